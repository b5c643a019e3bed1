#!/usr/bin/env bash
# Starts the app on the demo database (created on first run) from a fresh clone: installs what is
# missing, then opens the window. Without a display it starts under Xvfb.
source "$(dirname "${BASH_SOURCE[0]}")/_setup.sh"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    ensure_debs xvfb xauth
    ensure_venv app ""
    exec xvfb-run -a "$PY" -m secretary_app --demo "$@"
fi
ensure_debs
ensure_venv app ""
exec "$PY" -m secretary_app --demo "$@"
