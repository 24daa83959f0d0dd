"""Start and stop the practice environment, and point this process at it through environment variables.

``start`` creates a practice folder (a new temporary folder unless one is given), generates the
practice organisation root and the practice public root, places the organisation root in a
practice OS store inside the folder, starts the stand-in and the proxy on 127.0.0.1, and changes
this process's environment so that everything TrustDesk does goes through them:

- HTTPS_PROXY and HTTP_PROXY (both spellings) name the practice proxy; NO_PROXY is removed;
- AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are dummy practice values; other AWS credential,
  profile and CA variables are removed, and the AWS files live in the practice HOME;
- HOME, USERPROFILE and the XDG folders are inside the practice folder, so the user's real
  settings, organisation CA set and merged bundle are neither read nor written;
- TRUSTDESK_PRACTICE=1, and TRUSTDESK_PRACTICE_OS_STORE names the practice OS store, which
  ``trustdesk.stores.catalogue`` reads in place of this computer's OS stores.

``PracticeEnvironment.stop`` undoes all of it: servers stopped, threads joined, environment
restored, and a temporary folder removed. It also runs at exit and on SIGTERM, SIGINT and SIGHUP.

NOTE: Python runs signal handlers only between bytecodes of the main thread, so while the window's
Qt event loop waits for events a signal is handled at the next Python callback (a timer or an event).
"""

from __future__ import annotations

import atexit
import contextlib
import locale
import logging
import os
import shutil
import signal
import tempfile
import threading
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

from trustdesk.practice import OS_STORE_VARIABLE, PRACTICE_VARIABLE
from trustdesk.practice.authority import PracticeAuthority, ServerContexts
from trustdesk.practice.proxy import PracticeProxy
from trustdesk.practice.standin import PracticeStandIn

log = logging.getLogger(__name__)

ORGANISATION_ROOT_NAME = "TrustDesk Practice Organisation Root"
PUBLIC_ROOT_NAME = "TrustDesk Practice Public Root"
ORGANISATION_ROOT_FILE = "practice-organisation-root.pem"
PRACTICE_ACCESS_KEY_ID = "PRACTICEACCESSKEYID0"
PRACTICE_SECRET_ACCESS_KEY = "practice-secret-access-key-not-real"
REPLY_TEXTS = {"ja": "練習モードの応答です", "en": "Practice reply"}

# Variables removed for the practice session: proxies, CA settings and every other source of AWS
# credentials or endpoints. Matching is on the upper-cased name.
_REMOVED_VARIABLES = (
    "HTTPS_PROXY",
    "HTTP_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "AWS_SESSION_TOKEN",
    "AWS_SECURITY_TOKEN",
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_BEARER_TOKEN_BEDROCK",
    "AWS_CA_BUNDLE",
    "AWS_ROLE_ARN",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    "AWS_CONTAINER_AUTHORIZATION_TOKEN",
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_BEDROCK_RUNTIME",
    "REQUESTS_CA_BUNDLE",
    "CURL_CA_BUNDLE",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "NODE_EXTRA_CA_CERTS",
    "PIP_CERT",
    "GIT_SSL_CAINFO",
    "GIT_SSL_CAPATH",
)

_current_lock = threading.Lock()
_current: PracticeEnvironment | None = None


def current() -> PracticeEnvironment | None:
    """Return the practice environment running in this process, or None."""
    with _current_lock:
        return _current


def reply_text_for(language: str = "") -> str:
    """Return the stand-in's reply in ``language`` ("ja" or "en"); empty means the system locale's."""
    if not language:
        system = (locale.getlocale()[0] or os.environ.get("LANG", "")).lower()
        language = "ja" if system.startswith("ja") else "en"
    return REPLY_TEXTS.get(language, REPLY_TEXTS["en"])


class PracticeEnvironment:
    """A running practice environment. Use it as a context manager, or call ``stop`` once done."""

    def __init__(self, folder: Path, *, owns_folder: bool, reply_text: str) -> None:
        self.folder = folder
        self.owns_folder = owns_folder
        self.home = folder / "home"
        self.os_store = folder / "os-store"
        self.organisation_root_path = self.os_store / ORGANISATION_ROOT_FILE
        self._lock = threading.RLock()
        self._stopped = False
        self._saved_environment: dict[str, str | None] = {}
        self._previous_handlers: dict[int, Any] = {}

        authority_folder = folder / "authority"
        for path in (self.home, self.os_store, authority_folder):
            path.mkdir(parents=True, exist_ok=True)
        self.organisation_root = _load_or_generate(
            authority_folder, "organisation", ORGANISATION_ROOT_NAME, owns_folder
        )
        self.public_root = _load_or_generate(authority_folder, "public", PUBLIC_ROOT_NAME, owns_folder)
        self.organisation_root_path.write_bytes(self.organisation_root.certificate_pem())

        self.standin = PracticeStandIn(ServerContexts(self.public_root, authority_folder), reply_text)
        self.proxy = PracticeProxy(
            ServerContexts(self.organisation_root, authority_folder),
            self.standin.port,
            self.public_root.certificate_pem().decode("ascii"),
        )

    @property
    def proxy_url(self) -> str:
        return self.proxy.url

    def environment(self) -> dict[str, str]:
        """Return the variables this environment sets (see the module docstring)."""
        data = self.home / ".local" / "share"
        values = {
            PRACTICE_VARIABLE: "1",
            OS_STORE_VARIABLE: str(self.os_store),
            "HTTPS_PROXY": self.proxy_url,
            "https_proxy": self.proxy_url,
            "HTTP_PROXY": self.proxy_url,
            "http_proxy": self.proxy_url,
            "AWS_ACCESS_KEY_ID": PRACTICE_ACCESS_KEY_ID,
            "AWS_SECRET_ACCESS_KEY": PRACTICE_SECRET_ACCESS_KEY,
            "AWS_CONFIG_FILE": str(self.home / ".aws" / "config"),
            "AWS_SHARED_CREDENTIALS_FILE": str(self.home / ".aws" / "credentials"),
            "AWS_EC2_METADATA_DISABLED": "true",
            "HOME": str(self.home),
            "USERPROFILE": str(self.home),
            "XDG_DATA_HOME": str(data),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            # NOTE: platformdirs on Windows asks the shell for the known folders, not these variables,
            # so there the data folder is redirected only where HOME-relative paths are used.
            "APPDATA": str(self.home / "AppData" / "Roaming"),
            "LOCALAPPDATA": str(self.home / "AppData" / "Local"),
        }
        return values

    def _apply_environment(self) -> None:
        changes: dict[str, str | None] = {name: None for name in os.environ if name.upper() in _REMOVED_VARIABLES}
        changes.update(self.environment())
        for name, value in changes.items():
            self._saved_environment.setdefault(name, os.environ.get(name))
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value

    def _restore_environment(self) -> None:
        for name, value in self._saved_environment.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        self._saved_environment.clear()

    def start(self, *, install_signal_handlers: bool) -> None:
        self.standin.start()
        self.proxy.start()
        self._apply_environment()
        atexit.register(self.stop)
        if install_signal_handlers and threading.current_thread() is threading.main_thread():
            for name in ("SIGTERM", "SIGINT", "SIGHUP"):
                number = getattr(signal, name, None)
                if number is not None:
                    self._previous_handlers[number] = signal.signal(number, self._on_signal)
        log.info(
            "Practice mode started in %s: proxy %s, stand-in 127.0.0.1:%d",
            self.folder,
            self.proxy_url,
            self.standin.port,
        )

    def stop(self) -> None:
        """Stop the servers, join their threads, restore the environment and remove a temporary folder.

        Safe to call more than once, and from a signal handler.
        """
        global _current
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
            self.proxy.stop()
            self.standin.stop()
            self._restore_environment()
            self._restore_signal_handlers()
            atexit.unregister(self.stop)
            if self.owns_folder:
                shutil.rmtree(self.folder, ignore_errors=True)
            with _current_lock:
                if _current is self:
                    _current = None
            log.info("Practice mode stopped; %s %s", self.folder, "removed" if self.owns_folder else "kept")

    @property
    def stopped(self) -> bool:
        return self._stopped

    def __enter__(self) -> PracticeEnvironment:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    def _restore_signal_handlers(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        for number, handler in self._previous_handlers.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(number, handler)
        self._previous_handlers.clear()

    def _on_signal(self, number: int, frame: FrameType | None) -> None:
        previous = self._previous_handlers.get(number, signal.SIG_DFL)
        log.info("Practice mode: signal %d received, cleaning up", number)
        self.stop()
        # Hand the signal on as if practice mode had not been there: the default action ends the
        # process with the signal's status, and Python's SIGINT handler raises KeyboardInterrupt.
        if callable(previous):
            previous(number, frame)
        elif previous == signal.SIG_DFL:
            signal.signal(number, signal.SIG_DFL)
            signal.raise_signal(number)


def _load_or_generate(folder: Path, stem: str, common_name: str, temporary: bool) -> PracticeAuthority:
    """Generate a practice root; in a kept practice folder, reuse the one saved there by an earlier run."""
    certificate_path = folder / f"{stem}-root.pem"
    key_path = folder / f"{stem}-root.key"
    if not temporary and certificate_path.is_file() and key_path.is_file():
        try:
            return PracticeAuthority.load(certificate_path, key_path)
        except (OSError, ValueError) as error:
            log.warning("Cannot reuse the practice root in %s, generating a new one: %s", folder, error)
    authority = PracticeAuthority.generate(common_name, "TrustDesk Practice")
    if not temporary:
        authority.save(certificate_path, key_path)
    return authority


def start(
    folder: Path | None = None,
    *,
    reply_text: str | None = None,
    install_signal_handlers: bool = False,
) -> PracticeEnvironment:
    """Start practice mode in this process and return it; raises ``RuntimeError`` if it is already running.

    Without ``folder`` a new temporary folder is used and removed by ``stop``. A given ``folder`` is
    created when missing and kept, with its practice roots, so later runs present the same roots.
    """
    global _current
    with _current_lock:
        if _current is not None:
            raise RuntimeError("practice mode is already running in this process")
        owns_folder = folder is None
        path = Path(tempfile.mkdtemp(prefix="trustdesk-practice-")) if folder is None else folder.resolve()
        try:
            environment = PracticeEnvironment(path, owns_folder=owns_folder, reply_text=reply_text or reply_text_for())
            environment.start(install_signal_handlers=install_signal_handlers)
        except BaseException:
            if owns_folder:
                shutil.rmtree(path, ignore_errors=True)
            raise
        _current = environment
    return environment
