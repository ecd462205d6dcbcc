"""The official Python SDK client's side of benches/http.rs: times COUNT sequential
`tools/call add` over Streamable HTTP and prints each latency in microseconds, one per line.

Usage: python_client.py URL COUNT
"""

import asyncio
import sys
import time

import mcp

WARM_UP = 10


async def main(url, count):
    async with mcp.Client(url, mode="legacy") as client:
        for _ in range(WARM_UP):
            await client.call_tool("add", {"a": 1, "b": 2})
        for _ in range(count):
            started = time.perf_counter()
            await client.call_tool("add", {"a": 1, "b": 2})
            print(round((time.perf_counter() - started) * 1e6))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
