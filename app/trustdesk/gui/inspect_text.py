"""Translated sentences for "Inspect connection", shared by the window and ``trustdesk probe``.

The core (``network.inspection``) returns codes and certificates; this module turns them into words
in the user's language. Every source string is a literal ``translate("InspectText", ...)`` call so
that pyside6-lupdate can extract it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trustdesk.certs import lint
from trustdesk.certs.details import display_name, group_fingerprint, sha256_fingerprint
from trustdesk.gui.messages import Verdict, fill
from trustdesk.network.inspection import CertificateDefect, InspectionReport, StoreId, ToolVerdict
from trustdesk.network.node import NodeAdvice, NodeProbeResult
from trustdesk.network.probe import FailureKind
from trustdesk.network.proxy import ProxyChoice, ProxyReason, ProxySource
from trustdesk.network.roots import RootSource

translate = QCoreApplication.translate

# Product names are not translated.
TOOL_NAMES = {
    lint.PYTHON312: "Python 3.12",
    lint.PYTHON313: "Python 3.13",
    lint.REQUESTS: "requests",
    lint.URLLIB3: "urllib3",
    lint.PIP: "pip",
    lint.BOTO3: "boto3",
    lint.AWS_CLI: "AWS CLI",
    lint.NODE: "Node.js",
    lint.AWS_SDK_JS: "AWS SDK for JavaScript",
    lint.CURL: "curl",
    lint.GIT: "git",
}


def tool_names(tools: tuple[str, ...] | list[str]) -> str:
    return ", ".join(TOOL_NAMES.get(tool, tool) for tool in tools)


def invalid_target(detail: str) -> str:
    return fill(
        translate("InspectText", "Invalid host: %1. Type a host name, optionally followed by a colon and a port."),
        detail,
    )


def store_name(store: StoreId) -> str:
    if store is StoreId.CERTIFI:
        return translate("InspectText", "public root certificates (certifi)")
    if store is StoreId.OS:
        return translate("InspectText", "the OS certificate store")
    return translate("InspectText", "the merged bundle")


def summary(report: InspectionReport) -> Verdict:
    """Return the headline, what it means and what to do next, for the whole inspection."""
    if report.cancelled:
        return Verdict(False, translate("InspectText", "Inspection cancelled"), "", "")
    if report.failure is not None:
        return failure_verdict(report)

    everyone_now = all(verdict.accepted_now for verdict in report.tools)
    everyone_with_bundle = bool(report.tools) and all(verdict.accepted_with_bundle for verdict in report.tools)
    if report.defects:
        return Verdict(
            False,
            translate("InspectText", "The proxy's own certificate is faulty"),
            defect_statement(report.defects),
            translate(
                "InspectText",
                "Send the details to your IT helpdesk: the proxy's certificate settings must be fixed. "
                "No certificate file on this computer can fix it.",
            ),
        )
    if everyone_now or everyone_with_bundle:
        how = (
            translate("InspectText", "Every tool checked accepts this connection as it is set up now.")
            if everyone_now
            else translate("InspectText", "Every tool checked accepts this connection with the merged bundle.")
        )
        return Verdict(True, translate("InspectText", "The connection is trusted"), how, "")
    return Verdict(
        False,
        translate("InspectText", "Some tools will not trust this connection"),
        root_statement(report) or translate("InspectText", "The certificate presented is not trusted."),
        root_next_step(report),
    )


def failure_verdict(report: InspectionReport) -> Verdict:
    failure = report.failure
    proxy = report.proxy.display_url or translate("InspectText", "no proxy")
    target = f"{report.host}:{report.port}"
    if failure is FailureKind.PROXY_REFUSED:
        return Verdict(
            False,
            translate("InspectText", "The proxy refused the connection"),
            fill(translate("InspectText", "Nothing answers at the proxy address %1."), proxy),
            translate(
                "InspectText", "Check that you are on the office network or VPN, and that the proxy address is right."
            ),
        )
    if failure is FailureKind.PROXY_TIMEOUT:
        return Verdict(
            False,
            translate("InspectText", "The proxy did not answer"),
            fill(translate("InspectText", "The proxy %1 accepted the connection but did not answer in time."), proxy),
            translate("InspectText", "Try again in a few minutes. If it keeps happening, contact your IT helpdesk."),
        )
    if failure is FailureKind.PROXY_STATUS:
        return Verdict(
            False,
            translate("InspectText", "The proxy could not reach the server"),
            fill(
                translate(
                    "InspectText",
                    "The proxy %1 answered with error %2 for %3. This usually means the proxy could not find "
                    "the server's name or is not allowed to connect to it.",
                ),
                proxy,
                report.failure_status or "?",
                target,
            ),
            translate("InspectText", "Ask your IT helpdesk whether the proxy allows connections to this host."),
        )
    if failure is FailureKind.DNS_FAILURE:
        return Verdict(
            False,
            translate("InspectText", "The name could not be found"),
            fill(translate("InspectText", "The name in %1 could not be resolved on this computer."), target),
            translate("InspectText", "Check the host name and your network connection."),
        )
    if failure in (FailureKind.CONNECT_TIMEOUT, FailureKind.TLS_TIMEOUT):
        return Verdict(
            False,
            translate("InspectText", "Timed out"),
            fill(translate("InspectText", "%1 did not complete the secure connection in time."), target),
            translate("InspectText", "Try again in a few minutes. If it keeps happening, contact your IT helpdesk."),
        )
    if failure is FailureKind.TLS_RESET:
        return Verdict(
            False,
            translate("InspectText", "The connection was cut"),
            fill(
                translate(
                    "InspectText",
                    "The secure connection to %1 was closed or reset before it was set up. A firewall or the "
                    "proxy may be blocking it.",
                ),
                target,
            ),
            translate("InspectText", "Send the details to your IT helpdesk."),
        )
    if failure in (FailureKind.CONNECT_REFUSED, FailureKind.PROXY_UNSUPPORTED):
        return Verdict(
            False,
            translate("InspectText", "Could not connect"),
            fill(translate("InspectText", "The connection to %1 could not be opened."), target),
            translate("InspectText", "Check the host name, the port and your network connection."),
        )
    return Verdict(
        False,
        translate("InspectText", "The secure connection failed"),
        fill(translate("InspectText", "The secure connection to %1 could not be set up."), target),
        translate("InspectText", "Send the details to your IT helpdesk."),
    )


def inspection_statement(report: InspectionReport) -> str:
    if not report.inspected:
        return translate("InspectText", "This connection is not inspected: it leads to a public root certificate.")
    return fill(
        translate(
            "InspectText",
            "This network inspects HTTPS traffic. The certificate you receive was issued by \u201c%1\u201d, "
            "not by the website's own certificate authority.",
        ),
        report.inspector,
    )


def root_statement(report: InspectionReport) -> str:
    """Say where the chain's root was found, and for a root seen only on the wire, why it is not offered."""
    root = report.root
    if root is None:
        return ""
    fingerprint = group_fingerprint(sha256_fingerprint(root.certificate)) if root.certificate else ""
    name = display_name(root.certificate.subject) if root.certificate else ""
    if root.source is RootSource.PUBLIC:
        return fill(translate("InspectText", "The root certificate \u201c%1\u201d is a public root."), name)
    if root.source is RootSource.ORGANISATION:
        return fill(
            translate(
                "InspectText", "The root certificate \u201c%1\u201d is already among your organisation's certificates."
            ),
            name,
        )
    if root.source is RootSource.OS_STORE:
        return fill(
            translate(
                "InspectText",
                "The root certificate \u201c%1\u201d was found in the OS certificate store, where your IT "
                "department installed it. You can use it with one click.",
            ),
            name,
        )
    if root.source is RootSource.PINNED:
        return fill(
            translate(
                "InspectText",
                "The root certificate \u201c%1\u201d is approved in your IT department's policy file. "
                "You can use it with one click.",
            ),
            name,
        )
    if root.source is RootSource.WIRE_ONLY:
        return fill(
            translate(
                "InspectText",
                "The root certificate \u201c%1\u201d was sent over the network only. It is not in the OS "
                "certificate store and not approved by your IT department, so TrustDesk will not trust it "
                "with one click: on an unsafe network, anyone can send such a certificate. "
                "Its fingerprint (SHA-256) is:\n%2",
            ),
            name,
            fingerprint,
        )
    missing = display_name(root.missing_issuer) if root.missing_issuer is not None else "?"
    return fill(
        translate(
            "InspectText",
            "The root certificate \u201c%1\u201d that issued this certificate was not found on this computer "
            "and was not sent over the network.",
        ),
        missing,
    )


def root_next_step(report: InspectionReport) -> str:
    root = report.root
    if root is None:
        return ""
    if root.one_click:
        return translate("InspectText", "Press \u201cUse this certificate\u201d, then \u201cBuild merged bundle\u201d.")
    if root.source is RootSource.ORGANISATION:
        return translate("InspectText", "Press \u201cBuild merged bundle\u201d so that the tools use it.")
    if root.source is RootSource.WIRE_ONLY:
        return translate(
            "InspectText",
            "Ask your IT helpdesk for your organisation's root certificate file, and read them the "
            "fingerprint above so they can confirm it. Then import the file.",
        )
    if root.source is RootSource.NOT_FOUND:
        return translate(
            "InspectText",
            "Ask your IT helpdesk for the root certificate file named above, or to install it in the OS "
            "certificate store. Then inspect again.",
        )
    return ""


def defect_statement(defects: tuple[CertificateDefect, ...]) -> str:
    lines = []
    for defect in defects:
        codes = ", ".join(finding.code for finding in defect.findings)
        lines.append(
            fill(
                translate(
                    "InspectText",
                    "The certificate \u201c%1\u201d made by the proxy breaks the rules that %2 check (%3). "
                    "This is a fault in the proxy's own certificates, so no certificate file can fix it.",
                ),
                display_name(defect.certificate.subject),
                tool_names(defect.tools),
                codes,
            )
        )
        if "missing-authority-key-identifier" in codes:
            lines.append(
                translate(
                    "InspectText",
                    "IT must change the proxy so that the certificates it makes include the "
                    "Authority Key Identifier extension.",
                )
            )
    return "\n".join(lines)


def tool_verdict_text(verdict: ToolVerdict) -> str:
    if verdict.accepted_now:
        return translate("InspectText", "Accepts now")
    if verdict.accepted_with_bundle:
        return translate("InspectText", "Accepts with the merged bundle")
    if verdict.accepted_with_bundle is None:
        return translate("InspectText", "Rejects (no merged bundle yet)")
    return translate("InspectText", "Rejects, even with the merged bundle")


def tool_store_text(verdict: ToolVerdict) -> str:
    if verdict.strict:
        return fill(translate("InspectText", "%1, strict checks"), store_name(verdict.store))
    return store_name(verdict.store)


def proxy_statement(choice: ProxyChoice) -> str:
    """Say which proxy is used and why."""
    proxy = choice.display_url
    reason = choice.reason
    if reason is ProxyReason.PROXY_VARIABLE:
        text = fill(translate("InspectText", "Proxy %1, from the HTTPS_PROXY environment variable."), proxy)
    elif reason is ProxyReason.NO_PROXY_MATCH:
        text = fill(translate("InspectText", "No proxy: NO_PROXY (%1) lists this host."), choice.detail)
    elif reason is ProxyReason.PAC_PROXY:
        text = fill(
            translate("InspectText", "Proxy %1, chosen by the proxy configuration (PAC) file %2."), proxy, choice.detail
        )
    elif reason is ProxyReason.PAC_DIRECT:
        text = fill(
            translate("InspectText", "No proxy: the proxy configuration (PAC) file says DIRECT (%1)."), choice.detail
        )
    elif reason is ProxyReason.PAC_UNUSABLE:
        text = fill(
            translate("InspectText", "No usable proxy: the PAC file names only SOCKS proxies (%1)."), choice.detail
        )
    elif reason is ProxyReason.OS_PROXY:
        text = fill(translate("InspectText", "Proxy %1, from the OS proxy settings."), proxy)
    elif reason is ProxyReason.OS_BYPASS:
        text = translate("InspectText", "No proxy: the OS proxy settings bypass this host.")
    elif reason is ProxyReason.GIVEN:
        text = (
            fill(translate("InspectText", "Proxy %1, as given."), proxy)
            if proxy
            else translate("InspectText", "No proxy, as given.")
        )
    else:
        text = translate("InspectText", "No proxy is configured; the connection is direct.")

    if choice.source in (ProxySource.PAC_FILE, ProxySource.OS_PAC, ProxySource.WPAD, ProxySource.OS_SETTINGS):
        text += " " + translate(
            "InspectText",
            "boto3 and the AWS CLI read only HTTPS_PROXY and NO_PROXY, so they need HTTPS_PROXY set to use this proxy.",
        )
    if choice.pac_error:
        text += " " + fill(translate("InspectText", "The PAC file was not used: %1"), choice.pac_error)
    return text


def alpn_statement(alpn: str | None) -> str:
    if alpn == "h2":
        return translate("InspectText", "HTTP/2 was agreed, as the AWS SDK for JavaScript uses by default.")
    if alpn == "http/1.1":
        return translate(
            "InspectText",
            "Only HTTP/1.1 was agreed. The AWS SDK for JavaScript asks for HTTP/2 first; if it fails, "
            "force HTTP/1.1 as shown below.",
        )
    return translate("InspectText", "No protocol was agreed (ALPN), so clients fall back to HTTP/1.1.")


def node_statement(result: NodeProbeResult | None, advice: NodeAdvice | None) -> str:
    if result is None:
        return translate("InspectText", "Node.js is not installed, so it was not tested.")
    version = ".".join(map(str, result.version)) if result.version else "?"
    if result.authorized:
        text = fill(
            translate(
                "InspectText",
                "Node.js %1 trusts this connection with NODE_EXTRA_CA_CERTS set to your organisation's certificates.",
            ),
            version,
        )
    else:
        text = fill(
            translate(
                "InspectText",
                "Node.js %1 rejected this connection with NODE_EXTRA_CA_CERTS set to your organisation's "
                "certificates (%2).",
            ),
            version,
            result.error or "?",
        )
    if advice is not None:
        if advice.use_system_ca_variable:
            text += " " + translate(
                "InspectText",
                "This Node.js also reads NODE_USE_SYSTEM_CA=1, which makes it use the OS certificate store.",
            )
        elif advice.use_system_ca_flag:
            text += " " + translate(
                "InspectText",
                "This Node.js can use the OS certificate store with the --use-system-ca option "
                "(NODE_USE_SYSTEM_CA=1 needs Node.js 22.19 or 24.6 and later).",
            )
        else:
            text += " " + translate(
                "InspectText",
                "This Node.js cannot read the OS certificate store (that needs Node.js 22.19 or 24.6 and later), "
                "so set NODE_EXTRA_CA_CERTS to the organisation certificate file.",
            )
    return text


def report_lines(report: InspectionReport) -> list[str]:
    """Return the whole report as lines of text, for the command line and the "copy" button."""
    verdict = summary(report)
    lines = [verdict.headline]
    lines += [text for text in (verdict.explanation, verdict.next_step) if text]
    lines.append("")
    lines.append(fill(translate("InspectText", "Host: %1"), f"{report.host}:{report.port}"))
    lines.append(proxy_statement(report.proxy))
    if report.failure is not None:
        lines.append(fill(translate("InspectText", "Error: %1"), report.failure_detail))
        return lines

    lines.append(inspection_statement(report))
    statement = root_statement(report)
    if statement and statement != verdict.explanation:
        lines.append(statement)
    lines.append(alpn_statement(report.alpn))
    lines.append("")
    lines.append(translate("InspectText", "Certificates, server first:"))
    for link in report.chain:
        lines.append(
            fill(
                translate("InspectText", "  %1 (issued by %2), SHA-256 %3 [%4]"),
                display_name(link.certificate.subject),
                display_name(link.certificate.issuer),
                group_fingerprint(sha256_fingerprint(link.certificate)),
                link.origin.value,
            )
        )
    lines.append("")
    lines.append(translate("InspectText", "Tools:"))
    for tool in report.tools:
        mark = "\u2714" if tool.accepted_now else ("\u25b2" if tool.accepted_with_bundle else "\u2716")
        lines.append(
            f"  {mark} {TOOL_NAMES.get(tool.tool, tool.tool)}: {tool_verdict_text(tool)} ({tool_store_text(tool)})"
        )
    if report.node is not None or report.node_advice is not None:
        lines.append("")
        lines.append(node_statement(report.node, report.node_advice))
    lines.append(fill(translate("InspectText", "Duration: %1 s"), f"{report.duration_s:.1f}"))
    return lines
