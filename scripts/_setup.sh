# Shared by demo.sh and test.sh: make sure the system libraries Qt needs and the virtualenv exist.
# Sourced, not run: sets VENV and PY for the caller.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

# Debian packages Qt needs offscreen (tests) and in a real X11 window (the app under Xvfb or a desktop);
# cups + printer-driver-cups-pdf (cups-pdf): the printing tests print through a real CUPS queue (tests/gui/cups_queues.py).
QT_DEBS="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core \
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxcb-xkb1 libx11-xcb1 \
poppler-utils fonts-liberation2 cups printer-driver-cups-pdf"

ensure_debs() {
    command -v dpkg >/dev/null 2>&1 || return 0  # not Debian: the user installs Qt's libraries their way
    local missing=() pkg
    for pkg in $QT_DEBS "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Cài các gói hệ thống còn thiếu: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

ensure_venv() {
    local stamp="$VENV/.installed-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)-$1"
    [ -x "$PY" ] || python3 -m venv "$VENV"
    if [ ! -f "$stamp" ]; then
        "$PY" -m pip install -q --upgrade pip
        "$PY" -m pip install -q -e "$ROOT$2"
        touch "$stamp"
    fi
}
