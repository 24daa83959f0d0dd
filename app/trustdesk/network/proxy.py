"""Find the proxy a connection to a host goes through, and say where that choice came from.

Sources, in the order they are consulted:

1. the environment (HTTPS_PROXY, NO_PROXY), read with botocore's own functions, because boto3, the
   AWS CLI, requests, pip, curl, git and Node's SDK tools all read these variables first;
2. a PAC file given explicitly (a URL or a path), then the PAC URL in the OS settings, then WPAD
   when it is switched on; PAC files are evaluated with pypac;
3. the OS proxy settings as ``urllib.request.getproxies()`` returns them (the Windows registry and
   the macOS system configuration; on other systems it reads only the environment).

boto3 and the AWS CLI read only the environment: a proxy that comes from a PAC file or the OS
settings is one they do not use unless HTTPS_PROXY is set, and ``ProxyChoice.environment_only``
tells the caller so.
"""

from __future__ import annotations

import enum
import logging
import os
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from trustdesk.network.bedrock import redact_proxy

log = logging.getLogger(__name__)

# Bound for fetching one PAC file, in seconds. requests applies it to the connect and to each read.
PAC_FETCH_TIMEOUT_S = 3.0
# Content types accepted for a PAC file. pypac accepts only the first two by default, but many
# servers send PAC files as JavaScript or plain text.
PAC_CONTENT_TYPES = frozenset(
    {
        "application/x-ns-proxy-autoconfig",
        "application/x-javascript-config",
        "application/javascript",
        "text/javascript",
        "text/plain",
    }
)


class ProxySource(enum.Enum):
    """The source of the proxy decision. The value is stable because JSON output contains it."""

    ENVIRONMENT = "environment"
    PAC_FILE = "pac-file"
    OS_PAC = "os-pac"
    WPAD = "wpad"
    OS_SETTINGS = "os-settings"
    EXPLICIT = "explicit"
    NONE = "none"


class ProxyReason(enum.Enum):
    """Why the source gave this answer. The value is stable: JSON output keeps it."""

    PROXY_VARIABLE = "proxy-variable"  # HTTPS_PROXY (or https_proxy) names the proxy
    NO_PROXY_MATCH = "no-proxy-match"  # NO_PROXY lists the host, so the connection is direct
    PAC_PROXY = "pac-proxy"  # FindProxyForURL returned PROXY host:port
    PAC_DIRECT = "pac-direct"  # FindProxyForURL returned DIRECT
    PAC_UNUSABLE = "pac-unusable"  # only SOCKS proxies, which the probe cannot use
    PAC_FAILED = "pac-failed"  # the PAC file could not be fetched, read or evaluated
    OS_PROXY = "os-proxy"  # the OS settings name a proxy for https
    OS_BYPASS = "os-bypass"  # the OS bypass list contains the host
    GIVEN = "given"  # the caller named the proxy
    NOTHING_CONFIGURED = "nothing-configured"


@dataclass(frozen=True)
class ProxyChoice:
    """The proxy for one URL. ``url`` may hold a user name and password; show ``display_url`` instead.

    ``detail`` holds the raw fact behind the decision (the variable's name, the PAC return value,
    the PAC location). ``environment_only`` is True when boto3 and the AWS CLI make the same choice,
    which they do only when it comes from the environment or when there is no proxy anywhere.
    ``pac_error`` keeps why a configured PAC file was not used.
    """

    url: str | None
    source: ProxySource
    reason: ProxyReason
    detail: str = ""
    pac_error: str = ""

    @property
    def display_url(self) -> str | None:
        return redact_proxy(self.url)

    @property
    def environment_only(self) -> bool:
        return self.source in (ProxySource.ENVIRONMENT, ProxySource.NONE)


class PacError(Exception):
    """A PAC file could not be fetched, read or evaluated. The message says which and why."""


def discover_proxy(
    url: str,
    *,
    pac: str | None = None,
    use_os_settings: bool = True,
    wpad: bool = False,
    os_proxies: Callable[[], Mapping[str, str]] | None = None,
    os_bypass: Callable[[str], bool] | None = None,
    os_pac_url: Callable[[], str | None] | None = None,
    pac_timeout: float = PAC_FETCH_TIMEOUT_S,
) -> ProxyChoice:
    """Return the proxy a client following the usual rules would use for ``url``, with its source.

    The environment is ``os.environ``, read with botocore's ``get_environ_proxies`` and
    ``should_bypass_proxies``.
    ``pac`` is a PAC file URL (http, https or file) or a path. ``wpad`` allows WPAD discovery, which
    asks DNS for ``wpad.<domain>`` names, so it stays off unless the user asks for it. The ``os_*``
    callables default to urllib's readers of the OS settings and pypac's reader of the OS PAC URL;
    tests pass fakes. Never raises: a PAC failure becomes ``pac_error`` and the next source is used.
    """
    from botocore.utils import get_environ_proxies, should_bypass_proxies

    host = urlsplit(url).hostname or ""
    if should_bypass_proxies(url):
        no_proxy = os.environ.get("NO_PROXY") or os.environ.get("no_proxy") or ""
        return ProxyChoice(None, ProxySource.ENVIRONMENT, ProxyReason.NO_PROXY_MATCH, no_proxy)
    proxy = get_environ_proxies(url).get(urlsplit(url).scheme)
    if proxy:
        return ProxyChoice(str(proxy), ProxySource.ENVIRONMENT, ProxyReason.PROXY_VARIABLE, "HTTPS_PROXY")

    pac_error = ""
    pac_locations: list[tuple[ProxySource, str]] = []
    if pac:
        pac_locations.append((ProxySource.PAC_FILE, pac))
    if use_os_settings:
        os_pac = (os_pac_url or _os_pac_url)()
        if os_pac:
            pac_locations.append((ProxySource.OS_PAC, os_pac))
    if wpad:
        pac_locations.extend((ProxySource.WPAD, candidate) for candidate in _wpad_candidates())

    for source, location in pac_locations:
        try:
            value = evaluate_pac(load_pac(location, pac_timeout), url, host)
        except PacError as error:
            log.warning("PAC file %s not used: %s", location, error)
            pac_error = pac_error or str(error)
            continue
        return _choice_from_pac(source, location, value, pac_error)

    if use_os_settings:
        proxies = (os_proxies or urllib.request.getproxies)()
        os_proxy = proxies.get("https")
        if os_proxy:
            if (os_bypass or urllib.request.proxy_bypass)(host):
                return ProxyChoice(None, ProxySource.OS_SETTINGS, ProxyReason.OS_BYPASS, host, pac_error)
            return ProxyChoice(os_proxy, ProxySource.OS_SETTINGS, ProxyReason.OS_PROXY, "https", pac_error)

    reason = ProxyReason.PAC_FAILED if pac_error else ProxyReason.NOTHING_CONFIGURED
    return ProxyChoice(None, ProxySource.NONE, reason, "", pac_error)


def given_proxy(proxy: str | None) -> ProxyChoice:
    """Return the choice for a proxy the user named (None or "" for a direct connection)."""
    return ProxyChoice(proxy or None, ProxySource.EXPLICIT, ProxyReason.GIVEN)


def load_pac(location: str, timeout: float = PAC_FETCH_TIMEOUT_S) -> object:
    """Fetch or read the PAC file at ``location`` and parse it; return pypac's ``PACFile``.

    Raises ``PacError`` when it cannot be fetched within ``timeout`` seconds per step, is not
    served as a PAC file, or does not define FindProxyForURL.
    """
    from pypac.parser import MalformedPacError, PACFile

    scheme = urlsplit(location).scheme.lower()
    if scheme in ("http", "https"):
        text = _download_pac(location, timeout)
    else:
        path = Path(urllib.request.url2pathname(urlsplit(location).path)) if scheme == "file" else Path(location)
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            raise PacError(f"cannot read {path}: {error}") from error

    try:
        return PACFile(text)
    except MalformedPacError as error:
        raise PacError(f"{location} is not a valid PAC file: {error}") from error


def evaluate_pac(pac_file: object, url: str, host: str) -> str:
    """Call FindProxyForURL(url, host) in ``pac_file`` and return its raw answer ("PROXY p:8080; DIRECT")."""
    from dukpy import JSRuntimeError

    try:
        value = pac_file.find_proxy_for_url(url, host)  # type: ignore[attr-defined]
    except JSRuntimeError as error:
        raise PacError(f"FindProxyForURL failed: {error}") from error
    return str(value or "DIRECT")


def _choice_from_pac(source: ProxySource, location: str, value: str, pac_error: str) -> ProxyChoice:
    from pypac.parser import parse_pac_value

    detail = f"{location}: {value}"
    # The first usable entry wins, as in browsers; a failed proxy is not retried with the next entry.
    for entry in parse_pac_value(value):
        if entry == "DIRECT":
            return ProxyChoice(None, source, ProxyReason.PAC_DIRECT, detail, pac_error)
        if str(entry).startswith(("http://", "https://")):
            return ProxyChoice(str(entry), source, ProxyReason.PAC_PROXY, detail, pac_error)
    return ProxyChoice(None, source, ProxyReason.PAC_UNUSABLE, detail, pac_error)


def _download_pac(url: str, timeout: float) -> str:
    from pypac.api import download_pac

    # pypac's download switches off the environment's proxies for the PAC request, as browsers do.
    text = download_pac([url], timeout=timeout, allowed_content_types=set(PAC_CONTENT_TYPES))
    if not text:
        raise PacError(f"cannot fetch {url} within {timeout:g} s, or it is not served as a PAC file")
    return str(text)


def _os_pac_url() -> str | None:
    from pypac import os_settings

    if os_settings.ON_WINDOWS:
        value = os_settings.autoconfig_url_from_registry()
    elif os_settings.ON_DARWIN:
        value = os_settings.autoconfig_url_from_preferences()
    else:
        return None
    return str(value) if value else None


def _wpad_candidates() -> list[str]:
    from pypac.wpad import proxy_urls_from_dns

    return [str(candidate) for candidate in proxy_urls_from_dns()]
