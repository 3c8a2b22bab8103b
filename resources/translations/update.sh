#!/bin/sh
# Refresh the French catalogue from the GUI sources, then compile it for the program.
# Edit the translations in atoz_desktop_fr.ts (Qt Linguist or a text editor); commit both files.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin="$root/.venv/bin"
cd "$root"
sources=$(find atoz_desktop/gui -name '*.py' | sort)  # every GUI module, area folders included
"$bin/pyside6-lupdate" -locations relative $sources -ts "$here/atoz_desktop_fr.ts"
"$bin/pyside6-lrelease" "$here/atoz_desktop_fr.ts" -qm "$here/atoz_desktop_fr.qm"
