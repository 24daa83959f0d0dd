#!/usr/bin/env bash
# Build the frozen app into dist/trustdesk/ and, on Linux, the .deb (on macOS, the .dmg).
# Usage: packaging/build.sh          (from anywhere; writes build/ and dist/ at the repository root)
# Windows has no bash by default: run packaging\windows\build.ps1 there instead.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/setup-venv packaging
python=.venv/bin/python
rm -rf build/pyinstaller dist/trustdesk

if [[ "$(uname -s)" == "Linux" ]]; then
    tools=(icupkg:icu-devtools gcc:gcc nm:binutils dpkg-deb:dpkg)
    missing=()
    for pair in "${tools[@]}"; do
        command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
    done
    if [[ ${#missing[@]} -gt 0 ]]; then
        if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
            apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
        else
            echo "build.sh: install these Debian packages first: sudo apt-get install ${missing[*]}" >&2
            exit 1
        fi
    fi
    icu_library="$("$python" -c 'import PySide6, pathlib; print(next((pathlib.Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*[0-9]")))')"
    rm -rf build/icu && mkdir -p build/icu
    TRUSTDESK_SLIM_ICU_DATA="$("$python" packaging/linux/slim_icu.py "$icu_library" build/icu)"
    export TRUSTDESK_SLIM_ICU_DATA
fi

"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/trustdesk.spec
# NOTE: PyInstaller 6.22 still links _internal/<soname> to the Qt libraries the spec dropped; the links dangle.
find dist/trustdesk -xtype l -print -delete

case "$(uname -s)" in
    Linux) packaging/linux/build-deb.sh ;;
    Darwin) packaging/macos/build-dmg.sh ;;
esac
echo "unpacked size of dist/trustdesk: $(du -sm dist/trustdesk | cut -f1) MB"
