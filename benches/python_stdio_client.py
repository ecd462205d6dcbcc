"""The official Python SDK client (mcp ClientSession) against a stdio server, for comparison.

Usage: python_stdio_client.py N COMMAND [ARGS...]
Prints one JSON object: sequential latencies (ms) of N `tools/call echo` and the wall time of
N concurrent calls on one session.
"""
import asyncio
import json
import sys
import time

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client


async def main():
    count, command, args = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    params = StdioServerParameters(command=command, args=args)
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            for _ in range(20):  # warm-up, as on the Rust side
                await session.call_tool("echo", {"message": "warm"})
            latencies = []
            for i in range(count):
                started = time.perf_counter()
                await session.call_tool("echo", {"message": f"m{i}"})
                latencies.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            await asyncio.gather(*(session.call_tool("echo", {"message": f"c{i}"}) for i in range(count)))
            concurrent = time.perf_counter() - started
    print(json.dumps({"latencies_ms": latencies, "concurrent_seconds": concurrent}))


asyncio.run(main())
