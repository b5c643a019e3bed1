#!/usr/bin/env bash
# The first-day walk (scripts/walk_first_day.py) on a virtual 1366×768 screen with a window manager, so the
# screenshots show the windows as a secretary sees them. Usage: scripts/walk_first_day.sh OUT_DIR [--db FILE]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: walk_first_day.sh OUT_DIR}"
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
    "$root/.venv/bin/python" scripts/walk_first_day.py "$out" "$@"
