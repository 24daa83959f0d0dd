"""Time to a verdict for a proxy that never answers: TrustDesk's inspection next to boto3's defaults.

A local TCP server on 127.0.0.1 accepts connections and never sends a byte, standing in for a proxy
that has hung. TrustDesk's ``inspect_connection`` is timed in this process. boto3 runs in a child
process with default settings (no Config: botocore's 60 s connect and read timeouts and its default
retry mode), HTTPS_PROXY pointing at the server and dummy credentials, making one Bedrock Converse
call; the child is killed at the cap, in which case boto3's time is reported as "at least the cap".
Nothing leaves 127.0.0.1: the silent proxy never forwards the CONNECT.

Usage: .venv/bin/python bench/verdict_time.py [--cap SECONDS] [--rounds N]
Target: TrustDesk's verdict within 6 s.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from trustdesk.network import roots
from trustdesk.network.inspection import inspect_connection, load_trust_sources
from trustdesk.network.proxy import given_proxy

HOST = "bedrock-runtime.ap-northeast-1.amazonaws.com"
BOTO3_CHILD = r"""
import boto3, certifi, sys
client = boto3.client("bedrock-runtime", region_name="ap-northeast-1", verify=certifi.where())
try:
    client.converse(modelId="apac.amazon.nova-micro-v1:0", messages=[{"role": "user", "content": [{"text": "Ping"}]}])
except Exception as error:
    print(type(error).__name__, file=sys.stderr)
"""


class SilentProxy:
    """A server that accepts connections on 127.0.0.1 and keeps them open without reading or sending."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.connections: list[socket.socket] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}"

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            self.connections.append(connection)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=5)
        for connection in self.connections:
            connection.close()
        self.listener.close()


def time_trustdesk(proxy_url: str) -> tuple[float, str]:
    sources = load_trust_sources(os_anchors=lambda: [], organisation=[], policy=roots.Policy())
    started = time.monotonic()
    report = inspect_connection(HOST, 443, given_proxy(proxy_url), sources, run_node=False)
    return time.monotonic() - started, report.failure.value if report.failure else "no failure"


def time_boto3(proxy_url: str, cap: float) -> tuple[float, bool, str]:
    """Return (seconds, hit the cap, error name) for one default boto3 call through the silent proxy."""
    with tempfile.TemporaryDirectory() as home:
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "HTTPS_PROXY": proxy_url,
            "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
            "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "AWS_CONFIG_FILE": str(Path(home) / "absent-config"),
            "AWS_SHARED_CREDENTIALS_FILE": str(Path(home) / "absent-credentials"),
            "AWS_EC2_METADATA_DISABLED": "true",
        }
        started = time.monotonic()
        try:
            completed = subprocess.run(
                [sys.executable, "-c", BOTO3_CHILD], env=environment, capture_output=True, text=True, timeout=cap
            )
        except subprocess.TimeoutExpired:
            return cap, True, "killed at the cap"
        return (
            time.monotonic() - started,
            False,
            completed.stderr.strip().splitlines()[-1:][0] if completed.stderr else "",
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cap", type=float, default=90.0, help="seconds after which the boto3 run is killed")
    parser.add_argument("--rounds", type=int, default=3, help="TrustDesk rounds (boto3 runs once)")
    arguments = parser.parse_args()

    proxy = SilentProxy()
    try:
        trustdesk_times = []
        verdict = ""
        for _ in range(arguments.rounds):
            seconds, verdict = time_trustdesk(proxy.url)
            trustdesk_times.append(seconds)
        boto3_seconds, capped, boto3_error = time_boto3(proxy.url, arguments.cap)
    finally:
        proxy.close()

    trustdesk_median = statistics.median(trustdesk_times)
    boto3_text = f">= {boto3_seconds:.1f} s (cap {arguments.cap:g} s reached)" if capped else f"{boto3_seconds:.1f} s"
    ratio_text = ">= " if capped else ""
    print(f"TrustDesk verdict ({verdict}): median {trustdesk_median:.2f} s over {arguments.rounds} rounds")
    print(f"boto3 default settings ({boto3_error or 'no error'}): {boto3_text}")
    print(f"ratio boto3 / TrustDesk: {ratio_text}{boto3_seconds / trustdesk_median:.1f}")
    print(f"target TrustDesk <= 6 s: {'met' if trustdesk_median <= 6.0 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
