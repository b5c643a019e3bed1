#!/usr/bin/env bash
# The first-day walk (scripts/walk_first_day.py) on a virtual 1366×768 screen with a window manager, so the
# screenshots show the windows as a secretary sees them. Usage: scripts/walk_first_day.sh OUT_DIR [--db FILE]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: walk_first_day.sh OUT_DIR}"
mkdir -p "$out" && out="$(cd "$out" && pwd)"
openbox=""
shift
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 "${WALK_SCREEN:-1366x768x24}" -nolisten tcp &
xvfb=$!
trap 'kill "$openbox" "$xvfb" 2>/dev/null || true' EXIT
sleep 1
DISPLAY="$display" openbox &
openbox=$!
sleep 1
cd "$root"
DISPLAY="$display" QT_QPA_PLATFORM=xcb SECRETARY_DATA_DIR="$out/data" XDG_CONFIG_HOME="$out/config" \
    "$root/.venv/bin/python" scripts/walk_first_day.py "$out" "$@" || status=$?
# The printed pages to look at: the PDFs as rendered by the app, the DOCX as LibreOffice lays them out.
cd "$out"
for pdf in bien-ban.pdf thong-bao.pdf phieu-don-doc.pdf; do
    [ -f "$pdf" ] && pdftoppm -png -r 80 "$pdf" "page-${pdf%.pdf}"
done
if command -v soffice >/dev/null; then
    mkdir -p docx-pages
    soffice --headless --convert-to pdf --outdir docx-pages bien-ban.docx thong-bao.docx >/dev/null 2>&1 || true
    for pdf in docx-pages/*.pdf; do pdftoppm -png -r 80 "$pdf" "${pdf%.pdf}"; done
fi
exit "${status:-0}"
