"""Translated text for the command line.

The command line prints the same sentences as the window, in the user's language, so its text goes
through Qt's translation system too. Only QtCore is loaded here: no display is needed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trustdesk.certs.details import describe, display_name
from trustdesk.certs.reader import Block, BlockKind, ReadResult
from trustdesk.gui import i18n, messages
from trustdesk.network.bedrock import CheckResult

_application: QCoreApplication | None = None


def start_translation(language_override: str = "") -> str:
    """Create the QCoreApplication that carries the translators, once; return the language chosen."""
    global _application
    language = i18n.choose_language(language_override)
    if QCoreApplication.instance() is None:
        _application = QCoreApplication([])
        i18n.install_translators(_application, language)
    return language


translate = QCoreApplication.translate


def role_name(role_value: str) -> str:
    if role_value == "root":
        return translate("Console", "root certificate")
    if role_value == "intermediate":
        return translate("Console", "intermediate certificate")
    return translate("Console", "server certificate")


def read_result_lines(result: ReadResult) -> list[str]:
    """Return one line per block: what it is, or why it was rejected."""
    return [_block_line(block) for block in result.blocks]


def _block_line(block: Block) -> str:
    index = str(block.index)
    if block.kind is BlockKind.PRIVATE_KEY:
        return translate("Console", "  block %1: private key (not copied)").replace("%1", index)
    if block.certificate is None:
        rejected = translate("Console", "  block %1: rejected: %2")
        return rejected.replace("%1", index).replace("%2", block.error or block.label)

    details = describe(block.certificate)
    line = (
        translate("Console", "  block %1: %2, %3, SHA-256 %4")
        .replace("%1", index)
        .replace("%2", display_name(block.certificate.subject))
        .replace("%3", role_name(details.role.value))
        .replace("%4", details.sha256)
    )
    if any("trust settings" in note for note in block.notes):
        line += translate("Console", " (OpenSSL trust settings dropped)")
    return line


def verdict_text(result: CheckResult) -> str:
    verdict = messages.bedrock_verdict(result)
    lines = [verdict.headline, verdict.explanation]
    if verdict.next_step:
        lines.append(verdict.next_step)
    lines.append("")
    lines.append(translate("Console", "Endpoint: %1").replace("%1", result.endpoint))
    proxy = result.proxy or translate("Console", "none")
    lines.append(translate("Console", "Proxy: %1").replace("%1", proxy))
    lines.append(translate("Console", "Certificate file: %1").replace("%1", result.bundle))
    lines.append(translate("Console", "Duration: %1 s").replace("%1", f"{result.duration_s:.1f}"))
    if result.error_detail:
        lines.append(translate("Console", "Error: %1").replace("%1", result.error_detail))
    return "\n".join(lines)


def file_heading(path: str) -> str:
    return translate("Console", "%1:").replace("%1", path)


def nothing_imported(path: str) -> str:
    return translate("Console", "No certificate could be imported from %1.").replace("%1", path)


def bundle_failed(error: str) -> str:
    return translate("Console", "The merged bundle could not be written: %1").replace("%1", error)


def bundle_written(path: str, public_count: int, organisation_count: int) -> str:
    text = translate("Console", "Merged bundle written to %1 (public roots: %2, organisation certificates: %3).")
    return text.replace("%1", path).replace("%2", str(public_count)).replace("%3", str(organisation_count))
