#!/usr/bin/env bash
# Install the .deb into a clean Debian 12 chroot and prove that TrustDesk starts there in Japanese.
#
# Usage (as root, after packaging/build.sh): packaging/test-in-chroot.sh [CHROOT] [SCREENSHOT]
#   CHROOT      default /tmp/trustdesk-chroot; created with debootstrap --variant=minbase when missing
#   SCREENSHOT  default /tmp/trustdesk-chroot-ja.png
# Steps: dpkg -i + apt-get -f install (the .deb's Depends), a ja_JP.UTF-8 locale, `trustdesk --self-test`,
# then the desktop entry's Exec line under Xvfb with a screenshot of the window.
# Needs debootstrap and the Debian mirror named in /etc/apt/sources.list*. It took about 4 minutes here, so
# CI does not run it (.ci/run runs the frozen app's --self-test instead).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
chroot_dir="${1:-/tmp/trustdesk-chroot}"
screenshot="${2:-/tmp/trustdesk-chroot-ja.png}"
deb="$(ls -t "$root"/dist/trustdesk_*.deb 2>/dev/null | head -1)"
[[ -n "$deb" ]] || { echo "test-in-chroot.sh: no dist/trustdesk_*.deb; run packaging/build.sh first" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || { echo "test-in-chroot.sh: run as root (debootstrap and chroot need it)" >&2; exit 1; }

mirror="$(grep -rhoE '^(URIs:|deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null \
    | awk '{print $2}' | head -1 || true)"
mirror="${mirror:-http://deb.debian.org/debian}"
if [[ ! -x "$chroot_dir/usr/bin/apt-get" ]]; then
    command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
    debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror"
fi

mount -t proc proc "$chroot_dir/proc"
mount --bind /dev "$chroot_dir/dev"
app_pid=""
xvfb_pid=""
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    sleep 1
    umount "$chroot_dir/dev" "$chroot_dir/proc" 2>/dev/null || umount -l "$chroot_dir/dev" "$chroot_dir/proc"
}
trap cleanup EXIT
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
cp "$deb" "$chroot_dir/tmp/trustdesk.deb"

in_chroot() { chroot "$chroot_dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root DEBIAN_FRONTEND=noninteractive "$@"; }
in_chroot apt-get update -qq
# dpkg stops at the missing dependencies, and apt-get -f installs them: the double-click path of a .deb.
in_chroot dpkg -i /tmp/trustdesk.deb || in_chroot apt-get -f install -y -qq --no-install-recommends
in_chroot dpkg -s trustdesk | grep -q "^Status: install ok installed"
# Only the test tools: the locale, a virtual X server and ImageMagick's `import` for the screenshot.
in_chroot apt-get install -y -qq --no-install-recommends locales xvfb xauth imagemagick >/dev/null
sed -i 's/^# *ja_JP.UTF-8 UTF-8/ja_JP.UTF-8 UTF-8/' "$chroot_dir/etc/locale.gen"
grep -q "^ja_JP.UTF-8 UTF-8" "$chroot_dir/etc/locale.gen" || echo "ja_JP.UTF-8 UTF-8" >> "$chroot_dir/etc/locale.gen"
in_chroot locale-gen >/dev/null

echo "== trustdesk --self-test (ja_JP.UTF-8, no display)"
in_chroot LANG=ja_JP.UTF-8 QT_QPA_PLATFORM=offscreen /usr/bin/trustdesk --self-test

exec_line="$(sed -n 's/^Exec=//p' "$chroot_dir/usr/share/applications/trustdesk.desktop" | head -1)"
echo "== desktop entry Exec=$exec_line under Xvfb (ja_JP.UTF-8)"
chroot "$chroot_dir" env -i PATH=/usr/bin:/bin Xvfb :77 -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 2
# shellcheck disable=SC2086  # Exec is a command line; the desktop entry has no field codes or quoting.
chroot "$chroot_dir" env -i PATH=/usr/bin:/bin HOME=/root DISPLAY=:77 LANG=ja_JP.UTF-8 $exec_line \
    > "$chroot_dir/tmp/trustdesk-gui.log" 2>&1 &
app_pid=$!
sleep 8
kill -0 "$app_pid" || { cat "$chroot_dir/tmp/trustdesk-gui.log" >&2; echo "test-in-chroot.sh: the window exited early" >&2; exit 1; }
in_chroot DISPLAY=:77 import -window root /tmp/screenshot.png
cp "$chroot_dir/tmp/screenshot.png" "$screenshot"
echo "== window output:"
cat "$chroot_dir/tmp/trustdesk-gui.log"
echo "screenshot: $screenshot"
