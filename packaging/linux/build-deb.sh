#!/usr/bin/env bash
# Package dist/trustdesk/ (from packaging/build.sh) as dist/trustdesk_<version>_<arch>.deb with dpkg-deb.
# Installs the app to /opt/trustdesk, the command /usr/bin/trustdesk, the desktop entry and the icons.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

[[ -x dist/trustdesk/trustdesk ]] || { echo "build-deb.sh: dist/trustdesk/trustdesk is missing; run packaging/build.sh" >&2; exit 1; }
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/trustdesk/__init__.py)"
architecture="$(dpkg --print-architecture)"
staging="build/deb/trustdesk"
rm -rf build/deb && mkdir -p "$staging/DEBIAN" "$staging/opt" "$staging/usr/bin" "$staging/usr/share/applications"

cp -a dist/trustdesk "$staging/opt/trustdesk"
ln -s /opt/trustdesk/trustdesk "$staging/usr/bin/trustdesk"
install -m 0644 packaging/linux/trustdesk.desktop "$staging/usr/share/applications/trustdesk.desktop"
for png in resources/icons/trustdesk-*.png; do
    size="${png##*-}"; size="${size%.png}"
    install -D -m 0644 "$png" "$staging/usr/share/icons/hicolor/${size}x${size}/apps/trustdesk.png"
done
install -D -m 0644 resources/icons/trustdesk.svg "$staging/usr/share/icons/hicolor/scalable/apps/trustdesk.svg"

# Depends: the PACKAGE column of system-libraries.txt, plus a font with Japanese glyphs.
depends="$(sed -e 's/#.*//' packaging/linux/system-libraries.txt | awk 'NF { print $1 }' | sort -u | paste -sd, - | sed 's/,/, /g')"
depends="$depends, fonts-noto-cjk | fonts-ipafont-gothic | fonts-vlgothic | fonts-takao-gothic"
installed_kb="$(du -sk --exclude=DEBIAN "$staging" | cut -f1)"
cat > "$staging/DEBIAN/control" <<CONTROL
Package: trustdesk
Version: $version
Architecture: $architecture
Maintainer: TrustDesk maintainers <trustdesk@invalid>
Installed-Size: $installed_kb
Depends: $depends
Section: utils
Priority: optional
Homepage: https://github.com/trustdesk/trustdesk
Description: make developer tools trust the organisation's root CA
 TrustDesk imports the root CA of a TLS-inspecting proxy, builds a merged CA
 bundle for boto3, the AWS CLI, pip, npm, git and Node, and tests an Amazon
 Bedrock call through the proxy. It never disables certificate verification.
CONTROL
# Desktops pick up the new entry and icon without a new login.
cat > "$staging/DEBIAN/postinst" <<'SCRIPT'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
SCRIPT
chmod 0755 "$staging/DEBIAN/postinst"

output="dist/trustdesk_${version}_${architecture}.deb"
# xz at the default level: about a third smaller than gzip for Qt's libraries.
dpkg-deb --root-owner-group -Zxz --build "$staging" "$output" >/dev/null
echo "built $output ($(( $(stat -c %s "$output") / 1024 / 1024 )) MB compressed, ${installed_kb} KB installed)"
