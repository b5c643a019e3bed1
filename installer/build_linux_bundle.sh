#!/bin/bash
# PyInstaller one-folder bundle on Linux from installer/secretary-app.spec, then its `--self-test` offscreen.
# Runs in CI: it proves the spec collects everything the frozen app needs (resources, Qt plugins, QtPdf, lazy
# imports), which a checkout-based test suite cannot see.
#
#   installer/build_linux_bundle.sh          # -> installer/build/linux/dist/ThuKyCapUy/ThuKyCapUy
#   PYTHON=/path/to/python installer/build_linux_bundle.sh   # another environment with the app installed
#
# PyInstaller is not a dependency of the app: it is pip-installed into a cache folder (--target) and put on
# PYTHONPATH for the build only, so the project's virtualenv is not changed.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
OUT="$HERE/build/linux"
PYINSTALLER_VERSION=6.22.3
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
[ -x "$PYTHON" ] || PYTHON=$(command -v python3)

T0=$(date +%s)
STEP_T=$T0
step() {
  local now; now=$(date +%s)
  echo "==> [$((now - T0))s] $1 ($((now - STEP_T))s)"
  STEP_T=$now
}

# PyInstaller reads shared-library dependencies with ldd and objdump (binutils).
if ! command -v objdump >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi

PY_TAG=$("$PYTHON" -c "import sys; print(f'cp{sys.version_info[0]}{sys.version_info[1]}')")
TOOLS="$HERE/cache/pyinstaller-$PYINSTALLER_VERSION-$PY_TAG"
if [ ! -f "$TOOLS/.complete" ]; then
  rm -rf "$TOOLS"
  # Output only on failure: pip's warnings about this machine's index configuration are noise in CI logs.
  out=$("$PYTHON" -m pip install -q --disable-pip-version-check --target "$TOOLS" "pyinstaller==$PYINSTALLER_VERSION" 2>&1) \
    || { echo "$out" >&2; exit 1; }
  touch "$TOOLS/.complete"
fi
step "PyInstaller $PYINSTALLER_VERSION ready"

rm -rf "$OUT/dist" "$OUT/work"
PYTHONPATH="$TOOLS${PYTHONPATH:+:$PYTHONPATH}" "$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$OUT/dist" --workpath "$OUT/work" "$HERE/secretary-app.spec"
APP="$OUT/dist/ThuKyCapUy/ThuKyCapUy"
[ -x "$APP" ] || { echo "PyInstaller produced no $APP" >&2; exit 1; }
step "PyInstaller bundle ($(du -sh "$OUT/dist/ThuKyCapUy" | cut -f1))"

# A data folder of its own: the bundle must not write into the CI user's ~/.local/share.
rm -rf "$OUT/data"
SECRETARY_DATA_DIR="$OUT/data" QT_QPA_PLATFORM=offscreen "$APP" --self-test
step "bundle --self-test passed"
echo "Bundle: $OUT/dist/ThuKyCapUy ($(du -sh "$OUT/dist/ThuKyCapUy" | cut -f1)), total $(( $(date +%s) - T0 )) s"
