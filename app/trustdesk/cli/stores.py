"""``trustdesk stores``: every trust store on this computer, its certificate count, lint summary and organisation match.

The JSON layout is documented in docs/stores-tools-json.md and versioned by ``schema_version``.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from trustdesk.cli.common import EXIT_OK, STORES_TOOLS_SCHEMA_VERSION


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "stores",
        help="list every trust store on this computer",
        description="List the OS stores, certifi, botocore's bundle, TrustDesk's merged bundle and every file "
        "a setting names, each with its certificate count, damaged parts, lint summary and whether it "
        "contains the organisation CAs imported into TrustDesk.",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the result as JSON (schema in docs/stores-tools-json.md)"
    )


def run(arguments: argparse.Namespace) -> int:
    from trustdesk import paths
    from trustdesk.certs.organisation import OrganisationSet
    from trustdesk.gui import tools_text
    from trustdesk.stores.catalogue import all_stores

    organisation = OrganisationSet().fingerprints()
    stores = all_stores(paths.merged_bundle_path(), organisation)
    if arguments.json:
        document = {
            "schema_version": STORES_TOOLS_SCHEMA_VERSION,
            "organisation_fingerprints": sorted(organisation),
            "stores": [store_json(store, tools_text.store_error_text(store)) for store in stores],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return EXIT_OK
    for store in stores:
        print("\n".join(tools_text.store_lines(store)))
    return EXIT_OK


def store_json(store: Any, message: str) -> dict[str, Any]:
    """Return one ``TrustStore`` in the documented layout; ``message`` is the translated error text."""
    lint = store.lint
    return {
        "name": store.name,
        "origin": store.origin.value,
        "path": str(store.path) if store.path is not None else None,
        "certificate_count": store.certificate_count,
        "trusted_count": store.trusted_count,
        "block_problems": [
            {"index": problem.index, "label": problem.label, "error": problem.error} for problem in store.block_problems
        ],
        "lint": None
        if lint is None
        else {
            "certificates": lint.certificates,
            "with_errors": lint.with_errors,
            "with_warnings": lint.with_warnings,
            "failing_strict": lint.failing_strict,
            "by_code": dict(sorted(lint.by_code.items())),
        },
        "contains_organisation": store.contains_organisation,
        "error": None
        if store.error is None and not store.error_detail
        else {
            "code": store.error.value if store.error is not None else None,
            "detail": store.error_detail,
            "message": message,
        },
        "notes": list(store.notes),
    }
