"""The floor of benches/http.rs: a minimal Streamable HTTP client on the standard library's
`http.client`, one keep-alive connection, no SDK. It initializes a session, then times COUNT
sequential `tools/call` POSTs, reading each whole answer (a JSON body or an SSE stream) and
finding the reply's id in it; prints each latency in microseconds, one per line.

It speaks PROTOCOL_VERSION, the version Roxy negotiates, so both clients ask the server for the
same work: server-everything answers a 2025-11-25 session with a priming event before each
answer and took 1.5-2.5x as long per call as for a 2025-06-18 session in one run.

Usage: http_floor.py URL COUNT TOOL ARGUMENTS_JSON PROTOCOL_VERSION
"""

import http.client
import sys
import time
import urllib.parse

WARM_UP = 20


def main(url, count, tool, arguments, version):
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port)
    headers = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}

    def post(body):
        connection.request("POST", parts.path, body, headers)
        response = connection.getresponse()
        return response, response.read()

    response, _ = post(
        '{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"%s",'
        '"capabilities":{},"clientInfo":{"name":"floor","version":"1"}}}' % version
    )
    session = response.getheader("mcp-session-id")
    if session:
        headers["Mcp-Session-Id"] = session
    headers["MCP-Protocol-Version"] = version
    post('{"jsonrpc":"2.0","method":"notifications/initialized"}')
    for i in range(1, WARM_UP + count + 1):
        body = f'{{"jsonrpc":"2.0","id":{i},"method":"tools/call","params":{{"name":"{tool}","arguments":{arguments}}}}}'
        started = time.perf_counter()
        response, data = post(body)
        elapsed = time.perf_counter() - started
        if response.status != 200 or f'"id":{i}'.encode() not in data:
            sys.exit(f"floor: unexpected answer {response.status}: {data[:300]!r}")
        if i > WARM_UP:
            print(round(elapsed * 1e6))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5])
