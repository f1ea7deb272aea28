#!/usr/bin/env bash
# Build the Debian package of the box: bin/fatoora_<version>_<arch>.deb.
#   scripts/deb/build.sh [OUTDIR]      (make deb)
# Needs Go and dpkg-deb (dpkg), nothing else. VERSION and ARCH may be set in
# the environment; by default the version is 0.0.0~git<date>.<commit>.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/bin}"
arch="${ARCH:-$(go env GOARCH)}"
commit="$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"
commit_full="$(git -C "$root" rev-parse HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git -C "$root" status --porcelain 2>/dev/null)" ]; then commit_full="$commit_full+dirty"; fi
date_utc="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
version="${VERSION:-0.0.0~git$(date -u +%Y%m%d).$commit}"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
chmod 0755 "$stage"
mkdir -p "$stage/DEBIAN" "$stage/usr/bin" "$stage/lib/systemd/system" \
	"$stage/etc/fatoora" "$stage/usr/share/doc/fatoora"

(cd "$root" && CGO_ENABLED=0 GOOS=linux GOARCH="$arch" go build -trimpath \
	-ldflags "-s -w -X fatoora/appliance/cli.version=$version -X fatoora/appliance/cli.commit=$commit_full -X fatoora/appliance/cli.buildDate=$date_utc" \
	-o "$stage/usr/bin/fatoora" ./cmd/fatoora)
install -m 0644 "$here/fatoora.service" "$stage/lib/systemd/system/fatoora.service"
install -m 0640 "$here/fatoora.env" "$stage/etc/fatoora/fatoora.env"
install -m 0644 "$root/README.md" "$stage/usr/share/doc/fatoora/README.md"
for f in postinst prerm postrm; do install -m 0755 "$here/$f" "$stage/DEBIAN/$f"; done
echo /etc/fatoora/fatoora.env >"$stage/DEBIAN/conffiles"
size="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
cat >"$stage/DEBIAN/control" <<CONTROL
Package: fatoora
Version: $version
Architecture: $arch
Maintainer: Fatoora <team@fatoora.invalid>
Installed-Size: $size
Depends: adduser
Section: net
Priority: optional
Homepage: https://fatoora.invalid
Description: WhatsApp orders to Arabic invoices, on the shop's own box
 Fatoora reads customers' WhatsApp messages (Egyptian Arabic, Franco-Arabic,
 English), matches them to the shop's catalog and answers with an Arabic PDF
 invoice with 14% VAT and a payment QR, a precise question, or in-stock
 alternatives. One process, one data directory (/var/lib/fatoora).
CONTROL
mkdir -p "$out"
deb="$out/fatoora_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "$deb"
