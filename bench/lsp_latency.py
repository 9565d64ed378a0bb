#!/usr/bin/env python3
"""Diagnostics latency of `pathfinder lsp` on a 1,000-line Python buffer.

Starts the server over stdio, opens a generated 1,000-line Flask module (pattern and taint findings in it),
then sends full-text changes one at a time and measures, for each, the time from writing `didChange` to
reading the `publishDiagnostics` for that version. Runs once with no debounce (analysis plus transport) and
once with the server's default debounce (what an editor sees). A benchmark, not a test: it prints numbers and
checks them against the 100 ms target, nothing more.

    bench/lsp_latency.py                      # the newer of target/release and target/debug pathfinder
    bench/lsp_latency.py --bin PATH --changes 50
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

TARGET_MS = 100.0
LINES = 1000

BLOCK = '''

@app.route("/tools/{n}")
def tool_{n}():
    host = request.args.get("host", "localhost")
    count = int(request.args.get("count", "1"))
    label = "ping-{n}"
    os.system("ping -c %d %s" % (count, host))
    return jsonify(label=label, count=count)
'''


def make_buffer(marker):
    head = (
        "import os\nimport socket\n\nfrom flask import Flask, jsonify, request\n\n"
        f"app = Flask(__name__)\nMARKER = {marker}\n"
        's = socket.socket()\ns.bind(("0.0.0.0", 8080))\n'
    )
    lines = head.splitlines()
    n = 0
    while len(lines) < LINES:
        lines.extend(BLOCK.format(n=n).splitlines())
        n += 1
    return "\n".join(lines[:LINES]) + "\n"


class Server:
    def __init__(self, binary, root, debounce_ms):
        self.proc = subprocess.Popen(
            [binary, "lsp", "--stdio"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=root,
        )
        self.next_id = 0
        options = {} if debounce_ms is None else {"debounceMs": debounce_ms}
        self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": "file://" + root,
                "capabilities": {},
                "initializationOptions": {"pathfinder": options},
            },
        )
        self.notify("initialized", {})

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise SystemExit("the server closed its output")
            line = line.strip()
            if not line:
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(self.proc.stdout.read(length))

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            m = self.read()
            if m.get("id") == self.next_id and "method" not in m:
                return m

    def diagnostics(self, uri, version):
        while True:
            m = self.read()
            p = m.get("params", {})
            if m.get("method") == "textDocument/publishDiagnostics" and p.get("uri") == uri:
                if p.get("version") == version:
                    return p["diagnostics"]

    def close(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        self.proc.wait(timeout=10)


def measure(binary, root, changes, debounce_ms):
    path = os.path.join(root, "app.py")
    uri = "file://" + path
    server = Server(binary, root, debounce_ms)
    started = time.perf_counter()
    server.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": make_buffer(0)}},
    )
    found = server.diagnostics(uri, 1)
    open_ms = (time.perf_counter() - started) * 1000
    times = []
    for version in range(2, changes + 2):
        text = make_buffer(version)
        started = time.perf_counter()
        server.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]},
        )
        server.diagnostics(uri, version)
        times.append((time.perf_counter() - started) * 1000)
    server.close()
    return open_ms, len(found), times


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", help="pathfinder binary")
    parser.add_argument("--changes", type=int, default=30, help="changes timed per run (default 30)")
    args = parser.parse_args()
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    binary = args.bin
    if binary is None:
        # The newer of the release and debug builds, so a stale release binary is not benched by mistake.
        built = [os.path.join(repo, "target", p, "pathfinder") for p in ("release", "debug")]
        built = [b for b in built if os.access(b, os.X_OK)]
        if not built:
            raise SystemExit("no pathfinder binary: cargo build --release -p pathfinder-cli, or pass --bin")
        binary = max(built, key=os.path.getmtime)
    binary = os.path.abspath(binary)

    print(f"binary: {binary}")
    print(f"buffer: {LINES} lines of Python; {args.changes} full-text changes per run")
    print()
    print("| debounce | open → diagnostics (ms) | findings | change → diagnostics median (ms) | p90 (ms) | max (ms) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    worst_median = 0.0
    with tempfile.TemporaryDirectory() as root:
        root = os.path.realpath(root)
        for label, debounce in (("0 ms", 0), ("default (50 ms)", None)):
            open_ms, findings, times = measure(binary, root, args.changes, debounce)
            times.sort()
            median = statistics.median(times)
            p90 = times[max(0, int(len(times) * 0.9) - 1)]
            worst_median = max(worst_median, median)
            print(f"| {label} | {open_ms:.1f} | {findings} | {median:.1f} | {p90:.1f} | {times[-1]:.1f} |")
    print()
    verdict = "PASS" if worst_median <= TARGET_MS else "MISS"
    print(f"target: diagnostics within {TARGET_MS:.0f} ms of a change (median, default debounce): {verdict}")


if __name__ == "__main__":
    sys.exit(main())
