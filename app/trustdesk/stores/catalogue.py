"""Every trust store on this computer: the OS stores, the Python bundles, and each file a setting names.

The OS module is chosen once at import, as truststore does, and every OS module exposes
``system_stores(organisation_fingerprints)``.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from trustdesk.certs.bundle import certifi_bundle_path
from trustdesk.stores import settings as found
from trustdesk.stores.commands import Runner, run_command
from trustdesk.stores.inventory import StoreOrigin, TrustStore, read_file_store, read_folder_store
from trustdesk.stores.settings import expand_home

if sys.platform == "win32":
    from trustdesk.stores import windows as _os_stores
elif sys.platform == "darwin":
    from trustdesk.stores import macos as _os_stores
else:
    from trustdesk.stores import linux as _os_stores


# Practice mode sets this to a folder of PEM files that replaces this computer's OS stores.
PRACTICE_OS_STORE_VARIABLE = "TRUSTDESK_PRACTICE_OS_STORE"


def system_stores(organisation_fingerprints: set[str]) -> list[TrustStore]:
    """Read this computer's OS stores, or only the practice OS store while practice mode runs."""
    practice_store = os.environ.get(PRACTICE_OS_STORE_VARIABLE)
    if practice_store:
        path = Path(practice_store)
        return [read_folder_store(StoreOrigin.OS_ANCHORS, f"practice:{path}", path, organisation_fingerprints)]
    return _os_stores.system_stores(organisation_fingerprints)


def botocore_bundled_path() -> Path | None:
    """Return botocore's own ``cacert.pem``, which botocore uses only when certifi cannot be imported."""
    spec = importlib.util.find_spec("botocore")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "cacert.pem"
    return path if path.is_file() else None


def all_stores(
    merged_bundle: Path,
    organisation_fingerprints: set[str],
    environ: Mapping[str, str] | None = None,
    *,
    runner: Runner = run_command,
    include_system: bool = True,
) -> list[TrustStore]:
    """List every store once, in a stable order; a store that cannot be read is an error record.

    The ``node`` probe and the ``git config`` queries run on two threads while this one reads and
    lints the files. They mostly wait for a child process, so they overlap with the reading even
    though cryptography holds the GIL. Their results are used at the same points as before, so the
    listing does not change.
    """
    environ = os.environ if environ is None else environ
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="trustdesk-stores") as probes:
        node_probe = probes.submit(found.node_runtime, environ, runner)
        git_query = probes.submit(found.git_settings, environ, runner)
        return _list_stores(
            merged_bundle, organisation_fingerprints, environ, include_system, node_probe.result, git_query.result
        )


def _list_stores(
    merged_bundle: Path,
    organisation_fingerprints: set[str],
    environ: Mapping[str, str],
    include_system: bool,
    node_runtime: Callable[[], found.NodeRuntime],
    git_settings: Callable[[], tuple[list[found.CaSetting], list[found.ConfigReadFailure]]],
) -> list[TrustStore]:
    stores = system_stores(organisation_fingerprints) if include_system else []
    stores.append(read_file_store(StoreOrigin.CERTIFI, "certifi", certifi_bundle_path(), organisation_fingerprints))
    bundled = botocore_bundled_path()
    if bundled is not None:
        stores.append(read_file_store(StoreOrigin.BOTOCORE_BUNDLED, "botocore", bundled, organisation_fingerprints))
    stores.append(read_file_store(StoreOrigin.MERGED, "trustdesk", merged_bundle, organisation_fingerprints))

    for setting in found.environment_settings(environ):
        path = Path(setting.value) if setting.value else None
        if setting.key in found.FOLDER_VARIABLES and path is not None and path.is_dir():
            stores.append(read_folder_store(StoreOrigin.ENVIRONMENT, setting.source, path, organisation_fingerprints))
        else:
            stores.append(read_file_store(StoreOrigin.ENVIRONMENT, setting.source, path, organisation_fingerprints))

    for setting in found.aws_profile_settings(found.aws_config(environ)):
        stores.append(_setting_store(StoreOrigin.AWS_PROFILE, setting, environ, organisation_fingerprints))
    pip_found, _ = found.pip_settings(environ)
    for setting in pip_found:
        if setting.key == "cert" and not setting.source.startswith("env:"):
            stores.append(_setting_store(StoreOrigin.PIP_CONFIG, setting, environ, organisation_fingerprints))
    runtime = node_runtime()
    npm_found, _ = found.npm_settings(environ, runtime.executable_prefix)
    for setting in npm_found:
        if setting.key == "cafile" and not setting.source.startswith("env:"):
            stores.append(_setting_store(StoreOrigin.NPM_CONFIG, setting, environ, organisation_fingerprints))
    git_found, _ = git_settings()
    for setting in git_found:
        if setting.key == "http.sslcainfo" and not setting.source.startswith("env:"):
            stores.append(_setting_store(StoreOrigin.GIT_CONFIG, setting, environ, organisation_fingerprints))
    for setting in found.curl_settings(environ):
        if setting.key == "cacert":
            stores.append(_setting_store(StoreOrigin.CURL_CONFIG, setting, environ, organisation_fingerprints))

    if runtime.bundled_roots is not None:
        stores.append(
            TrustStore(
                StoreOrigin.NODE_BUNDLED,
                "node",
                None,
                runtime.bundled_roots,
                notes=(f"node {'.'.join(map(str, runtime.version or ()))}",),
            )
        )
    elif runtime.failure not in (None, "not-found"):
        stores.append(TrustStore(StoreOrigin.NODE_BUNDLED, "node", None, 0, error_detail=str(runtime.failure)))
    return stores


def _setting_store(
    origin: StoreOrigin, setting: found.CaSetting, environ: Mapping[str, str], organisation_fingerprints: set[str]
) -> TrustStore:
    # The tools that read these files expand '~' themselves (pip, npm, git config); botocore does not,
    # and tools.resolve_tools reports that per tool.
    path = expand_home(setting.value, environ) if setting.value else None
    name = f"{setting.source}:{setting.key}"
    return read_file_store(
        origin,
        name,
        path,
        organisation_fingerprints,
        notes=(f"file {setting.origin_file}",) if setting.origin_file else (),
    )
