#!/usr/bin/env bash
# Collect translatable strings from ui/*.ui, secretary_app/gui/**/*.py and the Qt-free modules that mark labels
# with QT_TRANSLATE_NOOP (secretary_app/domain/i18n.py) into the .ts files (existing translations are kept;
# strings that disappeared are dropped), then rebuild forms and .qm.
# Source strings are Vietnamese; translators edit the .ts files (Qt Linguist: pyside6-linguist).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bin="${PYSIDE_BIN:-$root/.venv/bin}"

mapfile -t sources < <(
    ls ui/*.ui
    find secretary_app/gui -name '*.py' -not -path '*/forms/*' | sort
    grep -rl --include='*.py' --exclude-dir=gui 'QT_TRANSLATE_NOOP(' secretary_app | sort
)
for lang in en; do
    "$bin/pyside6-lupdate" -silent -no-obsolete -locations none -source-language vi -target-language "$lang" \
        "${sources[@]}" -ts "resources/translations/secretary_${lang}.ts"
done
"$root/scripts/gen_forms.sh"
