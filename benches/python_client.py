"""The official Python SDK client's side of benches/http.rs: times COUNT sequential
`tools/call TOOL` over Streamable HTTP and prints each latency in microseconds, one per line.

Usage: python_client.py URL COUNT TOOL ARGUMENTS_JSON
"""

import asyncio
import json
import sys
import time

import mcp

WARM_UP = 10


async def main(url, count, tool, arguments):
    async with mcp.Client(url, mode="legacy") as client:
        for _ in range(WARM_UP):
            await client.call_tool(tool, arguments)
        for _ in range(count):
            started = time.perf_counter()
            await client.call_tool(tool, arguments)
            print(round((time.perf_counter() - started) * 1e6))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3], json.loads(sys.argv[4])))
