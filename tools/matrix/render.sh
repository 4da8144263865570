#!/bin/sh
# Render every sample through three producers in two layouts each (see docs/renditions.md).
#   tools/matrix/render.sh [name...]      (run from the repository root)
#   PRODUCERS="libreoffice reportlab" tools/matrix/render.sh    (only some producers)
# Needs: python3; chromium (Debian's) and fonts-noto-cjk for chromium-*; soffice
# (libreoffice-writer-nogui) and fonts-noto-cjk for libreoffice-*; Debian's python3-reportlab
# (/usr/bin/python3) for reportlab-*.  Writes samples/renditions/<producer>-<layout>/<name>.pdf;
# the intermediate HTML / .fodt go to a temporary folder.  CI does not run this: the PDFs are
# committed.
set -eu
cd "$(dirname "$0")/../.."
CHROMIUM=${CHROMIUM:-chromium}
SOFFICE=${SOFFICE:-soffice}
PRODUCERS=${PRODUCERS:-"chromium libreoffice reportlab"}
names=${*:-"hiratsuka-2016-shiminbu iruma-2022-shiminseikatsubu iruma-2025-shiminseikatsubu isehara-2021-shiminseikatsubu toyonaka-2022-shiminkyodobu"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in $names; do
  orient=portrait
  case $n in isehara-*|toyonaka-*) orient=landscape;; esac
  for producer in $PRODUCERS; do
    for layout in ruled borderless; do
      out=samples/renditions/$producer-$layout
      mkdir -p "$out"
      case $producer in
        chromium)
          python3 tools/matrix/gen.py "tools/matrix/source/$n.txt" $layout "$tmp/$n-$layout.html" $orient
          "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
            --virtual-time-budget=5000 --print-to-pdf="$out/$n.pdf" "file://$tmp/$n-$layout.html" 2>/dev/null
          ;;
        libreoffice)
          mkdir -p "$tmp/lo-$layout"
          python3 tools/matrix/gen_fodt.py "tools/matrix/source/$n.txt" $layout "$tmp/lo-$layout/$n.fodt" $orient
          # a private profile, so that a running LibreOffice of the user is left alone
          "$SOFFICE" -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf \
            --outdir "$out" "$tmp/lo-$layout/$n.fodt" >/dev/null 2>&1
          ;;
        reportlab)
          /usr/bin/python3 tools/matrix/gen_reportlab.py "tools/matrix/source/$n.txt" $layout "$out/$n.pdf" $orient
          ;;
        *) echo "unknown producer $producer" >&2; exit 2;;
      esac
      echo "$out/$n.pdf"
    done
  done
  [ -n "${KEEP_HTML:-}" ] && cp "$tmp/$n-"*.html "$tmp"/lo-*/"$n".fodt "$KEEP_HTML/" 2>/dev/null || true
done
