"""Build a smaller libicudata.so for the Linux build: ICU's data for English and Japanese only.

PySide6's Linux wheels (6.12) link Qt against their own ICU 73, whose data library is about 31 MB:
a third of the frozen app. Qt uses that data for collation, locale names and text codecs, and
TrustDesk shows only English and Japanese. This script extracts ICU's common data package from the
wheel's ``libicudata.so.<N>`` (the ``icudt<N>_dat`` symbol), removes the other languages, the
transliterators and the non-Japanese legacy codepages with
``icupkg``, and links the result into a drop-in ``libicudata.so.<N>`` with the same soname and symbol.
A locale that is removed falls back to ICU's root locale; nothing fails to load.

Needs ``nm``, ``icupkg`` (Debian: icu-devtools) and ``gcc``.
Usage: python packaging/linux/slim_icu.py LIBICUDATA OUTPUT_DIR   (prints the path it wrote)
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

KEPT_LOCALES = ("root", "en", "en_001", "ja")
# Locale trees are ICU data folders whose items are named after locales (ICU 73 layout).
LOCALE_TREES = ("", "coll", "curr", "lang", "region", "unit", "zone", "rbnf", "brkitr")
# Files named like locales that are indexes, not locales.
NOT_LOCALES = {"res_index.res", "pool.res"}
# Legacy codepages kept: Shift_JIS and windows-31j (ibm-943), EUC-JP (ibm-33722, euc-jp-2007), windows-1252.
KEPT_CODEPAGES = re.compile(r"^(ibm-943_|ibm-33722_|euc-jp-|ibm-5348_|ibm-1252_)")
# ICU 73 also has names with an empty part, such as coll/de_.res (an alias of coll/de.res).
LOCALE_NAME = re.compile(r"^([a-z]{2,3}|root)(_[A-Za-z0-9]*)*\.res$")


def is_dropped(item: str) -> bool:
    """Decide whether one ICU data item (as ``icupkg -l`` lists it, e.g. ``coll/de.res``) is removed."""
    folder, _, name = item.rpartition("/")
    if folder == "translit":
        return True
    if folder == "" and name.endswith(".cnv"):
        return not KEPT_CODEPAGES.match(name) and not name.startswith("icu-internal")
    if folder in LOCALE_TREES and name not in NOT_LOCALES and LOCALE_NAME.match(name):
        return name.removesuffix(".res") not in KEPT_LOCALES
    return False


def extract_data(library: Path, work: Path) -> tuple[str, Path]:
    """Copy the ICU common data package out of ``library``; return its symbol name and the .dat path."""
    listing = subprocess.run(["nm", "-D", "-S", str(library)], check=True, capture_output=True, text=True).stdout
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            address, size, symbol = int(fields[0], 16), int(fields[1], 16), fields[3]
            break
    else:
        raise SystemExit(f"slim_icu: no icudt<N>_dat symbol in {library}")

    # The data lives in .rodata, whose file offset equals its address in these wheels; check the header.
    blob = library.read_bytes()[address : address + size]
    if blob[2:4] != b"\xda\x27":
        raise SystemExit(f"slim_icu: {symbol} in {library} does not start with ICU's data header")
    dat = work / f"{symbol.removesuffix('_dat')}l.dat"
    dat.write_bytes(blob)
    return symbol, dat


def main() -> int:
    library, output_dir = Path(sys.argv[1]), Path(sys.argv[2])
    work = output_dir / "icu-work"
    work.mkdir(parents=True, exist_ok=True)
    symbol, dat = extract_data(library, work)

    items = subprocess.run(["icupkg", "-l", str(dat)], check=True, capture_output=True, text=True).stdout.split()
    dropped = [item for item in items if is_dropped(item)]
    removal_list = work / "removed.txt"
    removal_list.write_text("\n".join(dropped) + "\n", encoding="ascii")
    slim = work / "slim.dat"
    subprocess.run(["icupkg", "-r", str(removal_list), str(dat), str(slim)], check=True)

    # An assembler file keeps the data byte-exact and 16-byte aligned, as ICU's own genccode output is.
    assembly = work / "icudata.S"
    assembly.write_text(
        f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n.incbin "{slim}"\n'
        f'.size {symbol}, . - {symbol}\n.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    output = output_dir / library.name
    subprocess.run(
        ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(output), str(assembly)], check=True
    )
    print(
        f"slim_icu: kept {len(items) - len(dropped)} of {len(items)} ICU data items; "
        f"{library.stat().st_size // 1024} KB -> {output.stat().st_size // 1024} KB",
        file=sys.stderr,
    )
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
