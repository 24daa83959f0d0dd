"""The Qt-free part of ``trustdesk --self-test``: prove a build can read, merge and use CA bundles offline.

A frozen app breaks where a source checkout never does: certifi's ``cacert.pem`` missing from the
archive, botocore's service models trimmed too far, the OS store's command not found. Each check
here exercises one of those paths for real and returns a ``SelfTestStep`` instead of raising, so
that the report always lists every check. Nothing here opens a network connection.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import certifi
from cryptography import x509

from trustdesk.certs.bundle import BundleError, build_merged_bundle, certifi_bundle_path, check_bundle_loads
from trustdesk.certs.reader import ReadError, read_certificate_file
from trustdesk.settings import DEFAULT_REGION
from trustdesk.stores import catalogue

log = logging.getLogger(__name__)

# The services whose botocore models TrustDesk needs: the Bedrock call itself, and the clients
# botocore 1.44 creates while resolving credentials (sts for assume-role and web identity, sso and
# sso-oidc for IAM Identity Center, signin for `aws login` sessions). The frozen build ships only these.
AWS_SERVICES = ("bedrock-runtime", "sts", "sso", "sso-oidc", "signin")

# Credential providers that connect to the network (instance metadata, container endpoint) or run a
# program named in the user's config (credential_process) as soon as they are asked. The self-test
# removes them so it stays offline and never starts a prompt; the others read only variables and files.
_ACTIVE_PROVIDERS = ("iam-role", "container-role", "custom-process")

SELF_TEST_CA_NAME = "TrustDesk self-test root (discarded)"


@dataclass(frozen=True)
class SelfTestStep:
    """The outcome of one check: a short name, whether it passed, and one line of detail for the report."""

    name: str
    passed: bool
    detail: str


def run_core_checks(work_dir: Path) -> list[SelfTestStep]:
    """Run every Qt-free check in order, writing only inside ``work_dir``. A failed or raising check becomes a failed step."""
    steps = [_guarded("certifi", check_certifi), _guarded("os-store", check_os_store)]
    bundle_path = work_dir / "ca-bundle.pem"
    steps.append(_guarded("merged-bundle", lambda: check_merged_bundle(bundle_path)))

    # Without a merged bundle the clients still get certifi's file, so their own check stays meaningful.
    verify = bundle_path if bundle_path.is_file() else certifi_bundle_path()
    steps.append(_guarded("aws-clients", lambda: check_aws_clients(verify)))
    steps.append(_guarded("aws-credentials", check_credentials))
    return steps


def check_certifi() -> SelfTestStep:
    path = certifi_bundle_path()
    try:
        result = read_certificate_file(path)
    except ReadError as error:
        return SelfTestStep("certifi", False, f"cannot read {path}: {error}")
    count = len(result.certificates)
    detail = f"{count} roots in {path} (certifi {certifi.__version__})"
    return SelfTestStep("certifi", count > 0, detail)


def check_os_store() -> SelfTestStep:
    """Read the OS trust stores; pass when at least one gave certificates and none reported an error."""
    stores = catalogue.system_stores(set())
    if not stores:
        return SelfTestStep("os-store", False, "no OS trust store found")

    failed = [f"{store.name}: {store.error_detail or store.error}" for store in stores if store.error is not None]
    total = sum(store.certificate_count for store in stores)
    detail = f"{total} certificates in {len(stores)} store(s)"
    if failed:
        detail += "; unreadable: " + "; ".join(failed)
    return SelfTestStep("os-store", total > 0 and not failed, detail)


def check_merged_bundle(destination: Path) -> SelfTestStep:
    """Merge certifi's roots with a throwaway root CA into ``destination`` and load the file with Python's ssl.

    The throwaway CA takes the place of an organisation root. Its private key exists only in memory.
    """
    try:
        result = build_merged_bundle([make_throwaway_ca()], destination)
        loaded = check_bundle_loads(destination, result.public_count + result.organisation_count)
    except BundleError as error:
        return SelfTestStep("merged-bundle", False, str(error))
    detail = f"{loaded} certificates loaded by {ssl.OPENSSL_VERSION} from {destination}"
    return SelfTestStep("merged-bundle", True, detail)


def check_aws_clients(verify: Path) -> SelfTestStep:
    """Create (never call) a client per service in ``AWS_SERVICES``, proving their botocore models are present."""
    import boto3
    import botocore.session

    session = boto3.session.Session(botocore_session=botocore.session.get_session(), region_name=DEFAULT_REGION)
    endpoint = ""
    for service in AWS_SERVICES:
        # verify= is always passed: the merged bundle this self-test just wrote.
        client = session.client(service, region_name=DEFAULT_REGION, verify=str(verify))
        if service == "bedrock-runtime":
            endpoint = client.meta.endpoint_url
    detail = f"{len(AWS_SERVICES)} clients created (botocore {botocore.__version__}); bedrock-runtime at {endpoint}"
    return SelfTestStep("aws-clients", bool(endpoint), detail)


def check_credentials() -> SelfTestStep:
    """Run botocore's credential chain without its network and process providers; finding none still passes."""
    import botocore.credentials
    import botocore.session

    resolver = botocore.credentials.create_credential_resolver(botocore.session.get_session())
    for name in _ACTIVE_PROVIDERS:
        resolver.remove(name)
    credentials = resolver.load_credentials()
    found = credentials.method if credentials is not None else "none found (the Bedrock check needs them)"
    return SelfTestStep("aws-credentials", True, f"credential chain ran; credentials: {found}")


def make_throwaway_ca() -> x509.Certificate:
    """Return a new self-signed root CA; its key is discarded on return."""
    from trustdesk.practice.authority import PracticeAuthority

    return PracticeAuthority.generate(SELF_TEST_CA_NAME, "TrustDesk self-test").certificate


def format_report(steps: Sequence[SelfTestStep]) -> str:
    """Return one line per step, "PASS name: detail" or "FAIL name: detail", then a summary line."""
    lines = [f"{'PASS' if step.passed else 'FAIL'} {step.name}: {step.detail}" for step in steps]
    failed = sum(not step.passed for step in steps)
    lines.append(f"self-test {'passed' if failed == 0 else 'failed'}: {len(steps) - failed} of {len(steps)} checks")
    return "\n".join(lines)


def _guarded(name: str, check: Callable[[], SelfTestStep]) -> SelfTestStep:
    # A self-test reports a broken build instead of crashing on it, so any exception becomes a failed step.
    try:
        return check()
    except Exception as error:
        log.exception("Self-test check %s raised", name)
        return SelfTestStep(name, False, f"{type(error).__name__}: {error}")
