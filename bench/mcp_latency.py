#!/usr/bin/env python3
"""Latency of the MCP `scan` tool of `pathfinder serve`, over stdio as an assistant calls it.

Starts the server on a project, waits for its index, then times `tools/call scan` from writing the request to
reading its answer: on one generated 60-line Flask module (the file an assistant just edited) and on a whole
directory (`--corpus DIR`, for example the benchmark corpus bench/.work/corpus). Each timing is repeated and
the median reported; the first call, which compiles the rules, is reported on its own. A benchmark, not a test.

    bench/mcp_latency.py                                  # the newer of target/release and target/debug pathfinder
    bench/mcp_latency.py --corpus bench/.work/corpus --runs 3
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

BLOCK = '''
@app.route("/tools/{n}")
def tool_{n}():
    host = request.args.get("host", "localhost")
    os.system("ping -c 1 " + host)
    return jsonify(ok=True)

'''


def sixty_lines():
    lines = "import os\nimport socket\n\nfrom flask import Flask, jsonify, request\n\napp = Flask(__name__)\n".splitlines()
    n = 0
    while len(lines) < 60:
        lines.extend(BLOCK.format(n=n).splitlines())
        n += 1
    return "\n".join(lines[:60]) + "\n"


class Server:
    def __init__(self, binary, root):
        self.proc = subprocess.Popen(
            [binary, "serve", "--timeout-ms", "3600000", root],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.next_id = 0
        self.request(
            "initialize",
            {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}},
        )
        self.send({"jsonrpc": "2.0", "method": "notifications/initialized"})

    def send(self, message):
        self.proc.stdin.write(json.dumps(message).encode() + b"\n")
        self.proc.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise SystemExit("the server closed its output")
            m = json.loads(line)
            if m.get("id") == self.next_id:
                return m

    def call(self, tool, args):
        r = self.request("tools/call", {"name": tool, "arguments": args})
        result = r.get("result") or {}
        if result.get("isError") or "error" in r:
            raise SystemExit(f"{tool} failed: {r}")
        return result["structuredContent"]

    def wait_ready(self):
        while self.call("status", {})["state"] != "ready":
            time.sleep(0.05)

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def timed(server, args, runs):
    first = None
    times = []
    doc = None
    for i in range(runs + 1):
        started = time.perf_counter()
        doc = server.call("scan", args)
        ms = (time.perf_counter() - started) * 1000
        if i == 0:
            first = ms
        else:
            times.append(ms)
    return first, times, doc


def row(label, first, times, doc):
    findings = doc["summary"].get("total", len(doc["results"])) if isinstance(doc.get("summary"), dict) else len(doc["results"])
    files = doc["scan"]["files_scanned"]
    print(f"| {label} | {files} | {findings} | {first:.0f} | {statistics.median(times):.0f} | {max(times):.0f} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", help="pathfinder binary")
    parser.add_argument("--corpus", help="a directory to scan as a whole (default: none)")
    parser.add_argument("--runs", type=int, default=10, help="timed calls per case after the first (default 10)")
    args = parser.parse_args()
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    binary = args.bin
    if binary is None:
        built = [os.path.join(repo, "target", p, "pathfinder") for p in ("release", "debug")]
        built = [b for b in built if os.access(b, os.X_OK)]
        if not built:
            raise SystemExit("no pathfinder binary: cargo build --release -p pathfinder-cli, or pass --bin")
        binary = max(built, key=os.path.getmtime)
    binary = os.path.abspath(binary)
    print(f"binary: {binary}")
    print()
    print("| scan of | files | findings | first call (ms) | median (ms) | max (ms) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as root:
        with open(os.path.join(root, "app.py"), "w") as f:
            f.write(sixty_lines())
        server = Server(binary, root)
        server.wait_ready()
        row("60-line file (`path`)", *timed(server, {"path": "app.py"}, args.runs))
        row("60-line file (unsaved `code`)", *timed(server, {"code": sixty_lines(), "language": "python", "path": "app.py"}, args.runs))
        server.close()
    if args.corpus:
        corpus = os.path.realpath(args.corpus)
        server = Server(binary, corpus)
        started = time.perf_counter()
        server.wait_ready()
        index_ms = (time.perf_counter() - started) * 1000
        row(f"`{args.corpus}` (whole directory)", *timed(server, {"path": ".", "max_findings": 0}, max(1, args.runs // 5)))
        print()
        print(f"index of `{args.corpus}` ready after {index_ms:.0f} ms")
        server.close()


if __name__ == "__main__":
    sys.exit(main())
