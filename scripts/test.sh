#!/usr/bin/env bash
# Runs the whole test suite from a fresh clone: installs what is missing (Debian packages for Qt,
# a virtualenv with the app and its test tools), then pytest with Qt offscreen.
source "$(dirname "${BASH_SOURCE[0]}")/_setup.sh"
ensure_debs
ensure_venv test "[test]"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec "$PY" -m pytest "$@"
