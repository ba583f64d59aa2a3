"""Peak memory of the review server under large unauthenticated API posts (issue 11, item 4).

    python -m bench.post_rss [--size-mb 200] [--parallel 4]

Starts `resolver serve` on 127.0.0.1 (a fresh SQLite database, a [server] token configured),
sends PARALLEL concurrent POSTs of SIZE MB of JSON to /api/markets/x/decisions without a token
or CSRF cookie (with --authorized: with the token), then prints the server's peak resident memory (VmHWM from /proc) and how each
post was answered."""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

CHUNK = b"a" * (1 << 20)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def vm_hwm_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM")


def post(port: int, size_mb: int, results: list, k: int, extra: str = "") -> None:
    head = b'{"action": "accept", "note": "'
    tail = b'"}'
    length = len(head) + size_mb * len(CHUNK) + len(tail)
    start = time.monotonic()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=120) as s:
            s.sendall(f"POST /api/markets/x/decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      f"{extra}Content-Length: {length}\r\nConnection: close\r\n\r\n".encode() + head)
            sent = 0
            try:
                for _ in range(size_mb):
                    s.sendall(CHUNK)
                    sent += 1
                s.sendall(tail)
            except OSError:
                pass  # the server answered and closed early
            s.settimeout(120)
            reply = b""
            try:
                while chunk := s.recv(65536):
                    reply += chunk
            except OSError:
                pass
        status = reply.split(b" ", 2)[1].decode() if reply.startswith(b"HTTP/") else "closed"
        results[k] = {"status": status, "sent_mb": sent, "seconds": round(time.monotonic() - start, 2)}
    except OSError as exc:
        results[k] = {"status": f"error: {exc}", "seconds": round(time.monotonic() - start, 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size-mb", type=int, default=200)
    ap.add_argument("--parallel", type=int, default=4)
    ap.add_argument("--authorized", action="store_true", help="send the server token (the body cap answers, not auth)")
    args = ap.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "resolver.toml"
        cfg.write_text('[server]\ntoken = "bench-secret-token"\n')
        proc = subprocess.Popen([sys.executable, "-m", "resolver.cli", "serve", "--db", f"sqlite:///{tmp}/b.db",
                                 "--config", str(cfg), "--port", str(port), "--analyst", "bench"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(200):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.1)
            idle = vm_hwm_kb(proc.pid)
            results: list = [None] * args.parallel
            threads = [threading.Thread(target=post, args=(port, args.size_mb, results, k,
                                                                "Authorization: Bearer bench-secret-token\r\n" if args.authorized else "")) for k in range(args.parallel)]
            start = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            time.sleep(0.5)
            peak = vm_hwm_kb(proc.pid)
            print(json.dumps({"authorized": args.authorized, "size_mb": args.size_mb, "parallel": args.parallel, "idle_peak_rss_mb": round(idle / 1024, 1),
                              "peak_rss_mb": round(peak / 1024, 1), "wall_seconds": round(time.monotonic() - start, 2),
                              "answers": results}, indent=2))
        finally:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()
