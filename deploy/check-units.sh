#!/bin/sh
# Checks the systemd units with systemd-analyze verify in a scratch root that holds the
# script where the service expects it (docs/operations.md, "Running it nightly").
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/opt/seam-revoke" "$root/etc/systemd/system" "$root/usr/lib/systemd"
cp "$here/seam-revoke-nightly.sh" "$root/opt/seam-revoke/"
cp "$here"/systemd/*.service "$here"/systemd/*.timer "$root/etc/systemd/system/"
cp -r /usr/lib/systemd/system "$root/usr/lib/systemd/"
systemd-analyze verify --root="$root" /etc/systemd/system/seam-revoke-batch.service \
	/etc/systemd/system/seam-revoke-batch.timer
echo "systemd units: OK"
