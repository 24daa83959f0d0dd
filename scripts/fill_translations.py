"""Fill Japanese translations into trustdesk_ja.ts from a TSV file of "source<TAB>translation" lines.

Only entries that are unfinished or empty are filled; a translation already present is kept unless
--replace is given. Escapes in the TSV: \\n for a newline, \\t for a tab. Prints what it filled and
every source it did not find, and exits 1 when any line matched no entry.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path


def unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts_file", type=Path)
    parser.add_argument("tsv_file", type=Path)
    parser.add_argument("--replace", action="store_true", help="overwrite translations that are already finished")
    arguments = parser.parse_args()

    pairs: dict[str, str] = {}
    for number, line in enumerate(arguments.tsv_file.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if "\t" not in line:
            print(f"{arguments.tsv_file}:{number}: expected source<TAB>translation", file=sys.stderr)
            return 2
        source, translation = line.split("\t", 1)
        pairs[unescape(source)] = unescape(translation)

    tree = ElementTree.parse(arguments.ts_file)
    used: set[str] = set()
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if source not in pairs or translation is None:
            continue
        used.add(source)
        unfinished = translation.get("type") == "unfinished" or not (translation.text or "").strip()
        numerus = translation.findall("numerusform")
        if not (unfinished or arguments.replace):
            continue
        if numerus:
            for form in numerus:
                form.text = pairs[source]
        else:
            translation.text = pairs[source]
        translation.attrib.pop("type", None)
        filled += 1

    ElementTree.indent(tree, space="    ")
    with arguments.ts_file.open("wb") as stream:
        stream.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(stream, encoding="utf-8", xml_declaration=False)
        stream.write(b"\n")
    print(f"filled {filled} translation(s) in {arguments.ts_file}")
    missing = sorted(set(pairs) - used)
    for source in missing:
        print(f"not found in the .ts file: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
