#!/bin/sh
# Put A-to-Z Desk in the desktop's application menu (for this user), from its bundle folder:
#   ./install-desktop-entry.sh        (run it from anywhere; it finds its own folder)
# The entry starts this folder's program; the icon goes where icon themes look.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps"
cp "$here/atoz-desktop.svg" "$data/icons/hicolor/scalable/apps/atoz-desktop.svg"
sed "s|^Exec=.*|Exec=\"$here/atoz-desktop\"|" "$here/atoz-desktop.desktop" \
    > "$data/applications/atoz-desktop.desktop"
echo "Installed $data/applications/atoz-desktop.desktop"
