#!/usr/bin/env bash
# Run the frozen app's --self-test the way CI does, then check the build against the size limits.
# Usage: packaging/smoke-test.sh        (after packaging/build.sh on Linux)
# Fails when a check fails, when stderr has a line not matched by packaging/selftest-allowlist.txt,
# or when dist/trustdesk/ is over 100 MiB or the .deb is over 45 MiB.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
max_unpacked_mib=100
max_compressed_mib=45

home="$(mktemp -d)"
stderr_file="$home/stderr.txt"
trap 'rm -rf "$home"' EXIT
# A clean environment: no CA, proxy or AWS variables from the calling shell, and a fresh HOME.
status=0
env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen AWS_EC2_METADATA_DISABLED=true \
    dist/trustdesk/trustdesk --self-test 2> "$stderr_file" || status=$?

patterns="$(sed -e '/^[[:space:]]*#/d' -e '/^[[:space:]]*$/d' packaging/selftest-allowlist.txt)"
if [[ -n "$patterns" ]]; then
    unexpected="$(grep -E -v -e "$patterns" "$stderr_file" || true)"
else
    unexpected="$(cat "$stderr_file")"
fi
if [[ -n "$unexpected" ]]; then
    echo "smoke-test: unexpected error output (add a commented pattern to packaging/selftest-allowlist.txt only if harmless):" >&2
    echo "$unexpected" >&2
    status=1
fi

unpacked_mib=$(( $(du -sb dist/trustdesk | cut -f1) / 1048576 ))
deb="$(ls -t dist/trustdesk_*.deb | head -1)"
compressed_mib=$(( $(stat -c %s "$deb") / 1048576 ))
echo "size: dist/trustdesk ${unpacked_mib} MiB unpacked (limit ${max_unpacked_mib}), $deb ${compressed_mib} MiB (limit ${max_compressed_mib})"
if (( unpacked_mib > max_unpacked_mib || compressed_mib > max_compressed_mib )); then
    echo "smoke-test: the build is over its size limit; see packaging/README.md for what is left out" >&2
    status=1
fi
exit "$status"
