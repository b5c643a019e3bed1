#!/usr/bin/env bash
# Regenerate every generated GUI artefact from its source, deterministically:
#   ui/<name>.ui                           -> secretary_app/gui/forms/ui_<name>.py   (pyside6-uic)
#   resources/translations/*.ts            -> *.qm                                  (pyside6-lrelease)
# CI runs this and fails on `git diff`, so the committed outputs always match their sources.
# Uses the pinned PySide6 tools from the project's virtualenv (override with PYSIDE_BIN=/path/to/bin).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bin="${PYSIDE_BIN:-$root/.venv/bin}"
forms="secretary_app/gui/forms"

mkdir -p "$forms"
# Drop outputs whose .ui was deleted or renamed, so no stale form lingers.
for py in "$forms"/ui_*.py; do
    [ -e "$py" ] || continue
    name="$(basename "$py" .py)"
    [ -e "ui/${name#ui_}.ui" ] || rm -f "$py"
done

for ui in ui/*.ui; do
    name="$(basename "$ui" .ui)"
    "$bin/pyside6-uic" --generator python --output "$forms/ui_${name}.py" "$ui"
done

for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    "$bin/pyside6-lrelease" -silent -nounfinished "$ts" -qm "${ts%.ts}.qm"
done
