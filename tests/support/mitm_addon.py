"""mitmproxy addon, loaded by the test mitmdump: send every upstream connection to the local stand-in.

The client asks the proxy for the real Bedrock host name, and mitmproxy keeps that name for SNI and
for verifying the upstream certificate. Only the address it connects to changes, and it changes in
the ``server_connect`` hook, before mitmproxy resolves or contacts anything, so no test connection
ever leaves 127.0.0.1.

A host listed in the ``fail_hosts`` option gets an upstream error instead, as if its name did not
resolve at the proxy; mitmproxy then answers the client's CONNECT with 502 Bad Gateway.

It also shuts mitmdump down when the test process that started it has gone, so a test run that
crashes before its fixture teardown leaves no proxy behind.

This file runs inside mitmproxy's own virtual environment, not the project's.
"""

from __future__ import annotations

import asyncio
import logging
import os

from mitmproxy import ctx
from mitmproxy.addonmanager import Loader
from mitmproxy.proxy.server_hooks import ServerConnectionHookData

log = logging.getLogger(__name__)

STANDIN_HOST = "127.0.0.1"
PARENT_CHECK_INTERVAL_S = 1.0


class RouteToStandIn:
    def __init__(self) -> None:
        self._parent_watch: asyncio.Task[None] | None = None

    def load(self, loader: Loader) -> None:
        loader.add_option("standin_port", int, 0, "Port of the Bedrock stand-in on 127.0.0.1.")
        loader.add_option("parent_pid", int, 0, "Exit when this process is no longer the parent (0: off).")
        loader.add_option("fail_hosts", str, "", "Comma-separated host names whose upstream connection fails.")

    def running(self) -> None:
        if ctx.options.parent_pid:
            self._parent_watch = asyncio.get_running_loop().create_task(self._exit_with_parent())

    async def _exit_with_parent(self) -> None:
        while os.getppid() == ctx.options.parent_pid:
            await asyncio.sleep(PARENT_CHECK_INTERVAL_S)
        log.warning("trustdesk-test: parent process %d has exited, shutting down", ctx.options.parent_pid)
        ctx.master.shutdown()

    def server_connect(self, data: ServerConnectionHookData) -> None:
        address = data.server.address
        requested = f"{address[0]}:{address[1]}" if address else "(no address)"
        failing = {name.strip().lower() for name in ctx.options.fail_hosts.split(",") if name.strip()}
        if address and str(address[0]).lower() in failing:
            data.server.error = f"Name or service not known: {address[0]}"
            log.info("trustdesk-test: upstream %s fails as if its name did not resolve", requested)
            return
        port = ctx.options.standin_port
        if not port:
            # Without a stand-in port the connection is killed rather than let through to the requested host.
            data.server.error = "standin_port is not set, so the upstream connection is blocked"
            log.error("trustdesk-test: blocked upstream %s because standin_port is not set", requested)
            return
        data.server.address = (STANDIN_HOST, port)
        log.info("trustdesk-test: upstream %s rewritten to %s:%d", requested, STANDIN_HOST, port)


addons = [RouteToStandIn()]
