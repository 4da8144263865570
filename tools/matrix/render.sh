#!/bin/sh
# Render every sample through Chromium in two layouts (see docs/renditions.md).
#   tools/matrix/render.sh [name...]      (run from the repository root)
# Needs: python3, chromium (Debian's), fonts-noto-cjk.  Writes
# samples/renditions/chromium-{ruled,borderless}/<name>.pdf; the HTML goes to
# a temporary folder.  CI does not run this: the PDFs are committed.
set -eu
cd "$(dirname "$0")/../.."
CHROMIUM=${CHROMIUM:-chromium}
names=${*:-"hiratsuka-2016-shiminbu iruma-2022-shiminseikatsubu iruma-2025-shiminseikatsubu isehara-2021-shiminseikatsubu toyonaka-2022-shiminkyodobu"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in $names; do
  orient=portrait
  case $n in isehara-*|toyonaka-*) orient=landscape;; esac
  for layout in ruled borderless; do
    out=samples/renditions/chromium-$layout
    mkdir -p "$out"
    python3 tools/matrix/gen.py "tools/matrix/source/$n.txt" $layout "$tmp/$n-$layout.html" $orient
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --virtual-time-budget=5000 --print-to-pdf="$out/$n.pdf" "file://$tmp/$n-$layout.html" 2>/dev/null
    echo "$out/$n.pdf"
  done
  [ -n "${KEEP_HTML:-}" ] && cp "$tmp/$n-"*.html "$KEEP_HTML/" || true
done
