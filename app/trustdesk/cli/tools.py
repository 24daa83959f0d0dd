"""``trustdesk tools``: the CA source each developer tool really uses, and what is wrong with it.

The JSON layout is documented in docs/stores-tools-json.md and versioned by ``schema_version``.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from trustdesk.cli.common import EXIT_OK, EXIT_TOOL_PROBLEM, STORES_TOOLS_SCHEMA_VERSION


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "tools",
        help="show which certificates each developer tool uses",
        description="For boto3/botocore, the AWS CLI v2, the AWS SDK for JavaScript, requests, pip, Node.js, npm, "
        "git and curl: the setting or file each one uses, whether it replaces or adds to the tool's "
        "built-in roots, and every problem found. Exits with 6 when any tool has a problem that breaks "
        "its connections or turns verification off.",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the result as JSON (schema in docs/stores-tools-json.md)"
    )


def run(arguments: argparse.Namespace) -> int:
    from trustdesk.certs.organisation import OrganisationSet
    from trustdesk.gui import tools_text
    from trustdesk.stores.tools import resolve_tools

    organisation = OrganisationSet().fingerprints()
    tools = resolve_tools(organisation)
    texts = [tools_text.tool_text(tool) for tool in tools]
    exit_code = EXIT_TOOL_PROBLEM if any(text.status is tools_text.Status.PROBLEM for text in texts) else EXIT_OK

    if arguments.json:
        document = {
            "schema_version": STORES_TOOLS_SCHEMA_VERSION,
            "organisation_fingerprints": sorted(organisation),
            "exit_code": exit_code,
            "tools": [tool_json(tool, text) for tool, text in zip(tools, texts, strict=True)],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return exit_code
    for tool in tools:
        print("\n".join(tools_text.tool_lines(tool)))
    return exit_code


def tool_json(tool: Any, text: Any) -> dict[str, Any]:
    """Return one ``ToolTrust`` with its translated texts in the documented layout."""
    return {
        "tool": tool.tool.value,
        "status": text.status.name.lower(),
        "source": tool.source,
        "path": str(tool.path) if tool.path is not None else None,
        "mode": tool.mode.value,
        "default_roots": tool.default_roots,
        "rule_source": tool.rule_source,
        "explanation": text.explanation,
        "next_step": text.advice,
        "problems": [
            {
                "code": problem.code.value,
                "status": problem_text.status.name.lower(),
                "facts": dict(problem.facts),
                "message": problem_text.message,
                "next_step": problem_text.advice,
            }
            for problem, problem_text in zip(tool.problems, text.problems, strict=True)
        ],
    }
