#!/bin/sh
# Remove what install.sh installed for the current user: the bundle in ~/.local/opt/slotwise,
# the two commands in ~/.local/bin (only if they still point there), the menu entry, the
# AppStream file, the .slotwise file type and the icons. Project files are never touched.
set -eu

app_id=org.slotwise.Slotwise
opt="$HOME/.local/opt/slotwise"
bin="$HOME/.local/bin"
data="${XDG_DATA_HOME:-$HOME/.local/share}"

for command in slotwise-desktop slotwise; do
    if [ -L "$bin/$command" ] && [ "$(readlink "$bin/$command")" = "$opt/$command" ]; then
        rm -f "$bin/$command"
    fi
done
rm -f "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml" \
      "$data/mime/packages/$app_id.xml"
for icon in "$data"/icons/hicolor/*/apps/"$app_id".png "$data"/icons/hicolor/*/apps/"$app_id".svg; do
    rm -f "$icon"
done

if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data/mime" ]; then
    update-mime-database "$data/mime" || true
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data/applications" ]; then
    update-desktop-database "$data/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$data/icons/hicolor" ]; then
    gtk-update-icon-cache -f -t "$data/icons/hicolor" >/dev/null 2>&1 || true
fi

rm -rf "$opt" "$opt.new"
echo "Slotwise is removed (project files were left where they are)."
