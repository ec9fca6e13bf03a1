#!/bin/sh
# Install Slotwise for the current user, without root, from the unpacked tarball:
#
#     ./install.sh
#
#   the app            ~/.local/opt/slotwise/          (the bundle: Python and Qt inside)
#   the commands       ~/.local/bin/slotwise-desktop, ~/.local/bin/slotwise   (symlinks)
#   the menu entry     ~/.local/share/applications/org.slotwise.Slotwise.desktop
#   software centres   ~/.local/share/metainfo/org.slotwise.Slotwise.metainfo.xml
#   .slotwise files    ~/.local/share/mime/packages/org.slotwise.Slotwise.xml
#   icons              ~/.local/share/icons/hicolor/<size>/apps/org.slotwise.Slotwise.png|svg
#
# XDG_DATA_HOME moves the share/ part, as the freedesktop specifications say. Installing
# again replaces the app; ~/.local/opt/slotwise/uninstall.sh removes everything again.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
app_id=org.slotwise.Slotwise
opt="$HOME/.local/opt/slotwise"
bin="$HOME/.local/bin"
data="${XDG_DATA_HOME:-$HOME/.local/share}"

if [ ! -x "$here/Slotwise/slotwise-desktop" ]; then
    echo "install.sh: $here/Slotwise/slotwise-desktop is missing; unpack the whole tarball first" >&2
    exit 1
fi

# The bundle: copied beside the old one, then moved in place, so a failed copy breaks nothing.
mkdir -p "$(dirname "$opt")"
rm -rf "$opt.new"
cp -R "$here/Slotwise" "$opt.new"
cp "$here/uninstall.sh" "$opt.new/uninstall.sh"
rm -rf "$opt"
mv "$opt.new" "$opt"

mkdir -p "$bin"
ln -sf "$opt/slotwise-desktop" "$bin/slotwise-desktop"
ln -sf "$opt/slotwise" "$bin/slotwise"

# The menu entry runs the installed app by its full path: ~/.local/bin is not on every PATH.
mkdir -p "$data/applications" "$data/metainfo" "$data/mime/packages"
sed -e "s|^Exec=slotwise-desktop|Exec=$opt/slotwise-desktop|" \
    -e "s|^TryExec=slotwise-desktop|TryExec=$opt/slotwise-desktop|" \
    "$here/share/applications/$app_id.desktop" > "$data/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/"
cp "$here/share/mime/packages/$app_id.xml" "$data/mime/packages/"
(cd "$here/share/icons" && find hicolor -type f) | while read -r icon; do
    mkdir -p "$data/icons/$(dirname "$icon")"
    cp "$here/share/icons/$icon" "$data/icons/$icon"
done

# Tell the desktop: new file type, new handler, new icons (each tool only where it exists).
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data/mime" || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$data/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -f -t "$data/icons/hicolor" >/dev/null 2>&1 || true
fi
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default "$app_id.desktop" application/x-slotwise-project || true
fi

echo "Slotwise $(cat "$here/VERSION") is installed in $opt."
echo "Start it from the applications menu, by opening a .slotwise file, or with: $bin/slotwise-desktop"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "($bin is not on your PATH; add it to run slotwise and slotwise-desktop by name.)" ;;
esac
echo "To remove it: $opt/uninstall.sh"
