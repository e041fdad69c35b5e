#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources with lupdate, always with the same flags so that
# diffs stay small: no line numbers, no obsolete entries, contexts and messages sorted.
# The source language file (_en) holds only the plural forms, as Qt recommends.
#
#   tools/update-translations.sh            update the .ts files
#   tools/update-translations.sh --list     only list entries still to translate (exit 1 if any)
#   tools/update-translations.sh --output DIR   update copies in DIR, leave translations/ alone
#                                               (the test that the files are up to date uses it)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)"
lupdate="${LUPDATE:-$bin/lupdate}"
name=encrypted-vm-backup
sources=(app ui models)
tsdir="$root/translations"
flags=(-silent -no-obsolete -locations none -no-ui-lines -source-language en)

list_unfinished() {
    # One line per unfinished or empty translation: file, context, source text.
    local status=0
    for ts in "$tsdir"/${name}_*.ts; do
        if awk -v file="$(basename "$ts")" '
            /<name>/ { sub(/.*<name>/, ""); sub(/<\/name>.*/, ""); context = $0 }
            /<source>/ { src = $0; sub(/.*<source>/, "", src); sub(/<\/source>.*/, "", src) }
            /<translation[^>]*type="unfinished"/ { print file ": " context ": " src; found = 1 }
            /<translation[^>]*type="(obsolete|vanished)"/ { print file ": obsolete: " context ": " src; found = 1 }
            /<numerusform><\/numerusform>|<numerusform\/>/ { print file ": empty plural form: " context ": " src; found = 1 }
            END { exit found ? 0 : 1 }' "$ts"; then
            status=1
        fi
    done
    return $status
}

case "${1:-}" in
--list)
    list_unfinished
    exit $?
    ;;
--output)
    tsdir="${2:?--output needs a directory}"
    cp "$root"/translations/${name}_*.ts "$tsdir"/
    ;;
esac

cd "$root"
"$lupdate" "${flags[@]}" -pluralonly -target-language en "${sources[@]}" -ts "$tsdir/${name}_en.ts"
for lang in de ja; do
    "$lupdate" "${flags[@]}" -target-language "$lang" "${sources[@]}" -ts "$tsdir/${name}_${lang}.ts"
done
if ! list_unfinished; then
    echo "Entries above still need a translation (open the file in Qt Linguist)." >&2
fi
