#!/usr/bin/env python3
"""Holds connections open against an HTTP server, for bench/run-http-load-bench.sh.

    hold-connections.py PORT IDLE SLOW [READY_FILE]

IDLE connections each send one keep-alive request (GET /openapi.json), read the
answer and then stay silent. SLOW connections are slowloris clients: a request
line, then one header byte per second, never finishing the head; when the
server cuts one, it is reopened, so SLOW stay open. READY_FILE is written once
all are open. On SIGTERM or SIGINT prints one JSON line of counts and exits.
"""
import json
import resource
import selectors
import signal
import socket
import sys
import time

HOST = "127.0.0.1"
REQUEST = b"GET /openapi.json HTTP/1.1\r\nHost: bench\r\n\r\n"
SLOW_HEAD = b"GET /v1/health HTTP/1.1\r\nHost: bench\r\nX-Slow: "


def main():
    port, idle_n, slow_n = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    ready_file = sys.argv[4] if len(sys.argv) > 4 else None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    sel = selectors.DefaultSelector()
    stats = {"idle_open": 0, "idle_answered": 0, "idle_closed_by_server": 0, "refused": 0,
             "slow_open": 0, "slow_cut_by_server": 0, "slow_reopened": 0}
    stop = False

    def on_signal(*_):
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    def connect():
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        s.connect((HOST, port))
        s.setblocking(False)
        return s

    slow = set()

    def open_slow():
        s = connect()
        s.send(SLOW_HEAD)
        slow.add(s)
        sel.register(s, selectors.EVENT_READ, "slow")

    # Idle ones first, in batches so the listen backlog never overflows.
    pending = {}
    for i in range(idle_n):
        try:
            s = connect()
        except OSError:
            stats["refused"] += 1
            continue
        s.send(REQUEST)
        pending[s] = b""
        sel.register(s, selectors.EVENT_READ, "idle")
        stats["idle_open"] += 1
        if i % 200 == 199:
            time.sleep(0.05)
    for _ in range(slow_n):
        open_slow()
    stats["slow_open"] = len(slow)

    wrote_ready = False
    next_drip = time.monotonic() + 1
    while not stop:
        for key, _ in sel.select(timeout=0.2):
            s = key.fileobj
            try:
                data = s.recv(65536)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                data = b""
            if key.data == "idle":
                if data:
                    if s in pending:
                        pending[s] += data
                        if b"\r\n\r\n" in pending[s]:
                            del pending[s]
                            stats["idle_answered"] += 1
                    continue
                stats["idle_closed_by_server"] += 1
                pending.pop(s, None)
            else:
                if data:
                    continue  # the 408 before the close
                stats["slow_cut_by_server"] += 1
                slow.discard(s)
                try:
                    open_slow()
                    stats["slow_reopened"] += 1
                except OSError:
                    pass
            sel.unregister(s)
            s.close()
        now = time.monotonic()
        if now >= next_drip:
            next_drip = now + 1
            for s in list(slow):
                try:
                    s.send(b"a")
                except OSError:
                    pass
        if not wrote_ready and not pending and ready_file:
            with open(ready_file, "w") as f:
                f.write("ready\n")
            wrote_ready = True
    stats["slow_open_at_end"] = len(slow)
    print(json.dumps(stats), flush=True)


if __name__ == "__main__":
    main()
