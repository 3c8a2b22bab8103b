#!/bin/sh
# Refresh the French catalogue from the GUI sources, then compile it for the program.
# Edit the translations in atoz_desktop_fr.ts (Qt Linguist or a text editor); commit both files.
# atoz_desktop_en.ts holds only the English plural forms of the "%n …(s)" messages ("1 claim",
# "2 claims"); the program loads it under every other language's catalogue.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin="$root/.venv/bin"
cd "$root"
sources=$(find atoz_desktop/gui -name '*.py' | sort)  # every GUI module, area folders included
"$bin/pyside6-lupdate" -locations relative $sources -ts "$here/atoz_desktop_fr.ts"
"$bin/pyside6-lrelease" "$here/atoz_desktop_fr.ts" -qm "$here/atoz_desktop_fr.qm"
"$bin/pyside6-lupdate" -locations relative -pluralonly -target-language en $sources \
    -ts "$here/atoz_desktop_en.ts"
"$bin/pyside6-lrelease" "$here/atoz_desktop_en.ts" -qm "$here/atoz_desktop_en.qm"
# What Qt's own French catalogue lacks (hand-written, see the file).
"$bin/pyside6-lrelease" "$here/qt_missing_fr.ts" -qm "$here/qt_missing_fr.qm"
