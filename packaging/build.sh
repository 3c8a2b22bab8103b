#!/usr/bin/env bash
# ./dev package: build the one-folder app (dist/atoz-desktop/) with PyInstaller, then prove it
# works: started from its folder with nothing of the source tree or the venv in sight, on a
# demo workspace it made itself, offscreen and in French, `self-check` must pass (catalogues,
# icons, guide, fonts, migrations, PDFium, zxing-cpp, QtPdf, the window shown). Prints the
# bundle's size and the times the README quotes.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/atoz-desktop.spec
bundle=$PWD/dist/atoz-desktop
program=$bundle/atoz-desktop

trial=$(mktemp -d)
trap 'rm -rf "$trial"' EXIT
run() {  # the bundle alone: no PYTHONPATH, no venv, a fresh home, the temporary folder as cwd
    (cd "$trial" && env -i PATH=/usr/bin:/bin HOME="$trial/home" LANG=fr_FR.UTF-8 \
        QT_QPA_PLATFORM=offscreen "$@")
}
ms() { echo $(( $(date +%s%N) / 1000000 )); }
start=$(ms); run "$program" --version; version_ms=$(( $(ms) - start ))
run "$program" demo --orders 300 --db "$trial/demo.sqlite3"
start=$(ms); run "$program" self-check --db "$trial/demo.sqlite3"; check_ms=$(( $(ms) - start ))
run env XDG_DATA_HOME="$trial/data" "$bundle/install-desktop-entry.sh" >/dev/null
grep -q "^Exec=\"$program\"" "$trial/data/applications/atoz-desktop.desktop"
test -f "$trial/data/icons/hicolor/scalable/apps/atoz-desktop.svg"

echo
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1), $(find "$bundle" -type f | wc -l) files)"
echo "start to --version: $version_ms ms; self-check on the demo, window shown included: $check_ms ms"
