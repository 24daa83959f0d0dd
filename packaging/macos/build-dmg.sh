#!/usr/bin/env bash
# Package dist/TrustDesk.app (built by packaging/build.sh on macOS) as dist/TrustDesk-<version>.dmg.
# The disk image holds the app and a link to /Applications, so users drag the app across to install.
# Runs on macOS only (hdiutil). Signing and notarisation are left to the organisation's own identity:
#   codesign --deep --options runtime --sign "Developer ID Application: ..." dist/TrustDesk.app
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

[[ "$(uname -s)" == "Darwin" ]] || { echo "build-dmg.sh: needs macOS (hdiutil)" >&2; exit 1; }
[[ -d dist/TrustDesk.app ]] || { echo "build-dmg.sh: dist/TrustDesk.app is missing; run packaging/build.sh" >&2; exit 1; }
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/trustdesk/__init__.py)"

dist/TrustDesk.app/Contents/MacOS/trustdesk --self-test

staging="build/dmg"
rm -rf "$staging" && mkdir -p "$staging"
cp -R dist/TrustDesk.app "$staging/"
ln -s /Applications "$staging/Applications"
output="dist/TrustDesk-$version.dmg"
rm -f "$output"
hdiutil create -volname "TrustDesk $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$output"
echo "built $output ($(( $(stat -f %z "$output") / 1048576 )) MB)"
