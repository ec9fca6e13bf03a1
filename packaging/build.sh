#!/usr/bin/env bash
# Build Slotwise as a desktop app for Linux: a one-folder bundle that needs no Python, and a
# tarball with an installer.
#
#     packaging/build.sh [OUTDIR]        (OUTDIR defaults to dist/ in the checkout)
#
# Writes OUTDIR/Slotwise-<version>-linux-<arch>/ (the bundle in Slotwise/, the desktop files in
# share/, install.sh, uninstall.sh) and OUTDIR/Slotwise-<version>-linux-<arch>.tar.gz of it.
# Needs the project installed with its test extra (it brings PyInstaller):
#     python3.11 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]'
# The Python used: $PYTHON, else the active virtual environment's, else the checkout's .venv.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(realpath -m "${1:-$root/dist}")"
if [ -z "${PYTHON:-}" ]; then
    if [ -n "${VIRTUAL_ENV:-}" ]; then PYTHON="$VIRTUAL_ENV/bin/python"
    elif [ -x "$root/.venv/bin/python" ]; then PYTHON="$root/.venv/bin/python"
    else PYTHON=python3; fi
fi
export PYTHONPATH="$root"  # this checkout's packages, whatever else is installed
cd "$root"

version="$("$PYTHON" -c 'import runpy; print(runpy.run_path("scheduler/version.py")["__version__"])')"
app_id="$("$PYTHON" -c 'import runpy; print(runpy.run_path("scheduler/version.py")["APP_ID"])')"
name="Slotwise-$version-linux-$(uname -m)"
stage="$out/$name"
work="$out/build-work"
started=$SECONDS
rm -rf "$stage" "$stage.tar.gz" "$work/translations"
mkdir -p "$stage" "$work"

echo "== 1/4 translations"
qm="$work/translations"
mkdir -p "$qm"
if "$PYTHON" -c "import desktop.translations" >/dev/null 2>&1; then
    "$PYTHON" -m desktop.translations compile "$qm"
else
    echo "build.sh: desktop.translations is missing: the bundle carries no translation"
fi
if ! compgen -G "$qm/*.qm" >/dev/null; then
    echo "build.sh: no .ts in resources/translations: the app will speak English only"
fi

echo "== 2/4 icons"
for size in 16 24 32 48 64 128 256 512; do
    if [ ! -f "resources/icons/slotwise-$size.png" ]; then
        "$PYTHON" packaging/render_icons.py
        break
    fi
done

echo "== 3/4 bundle (PyInstaller)"
SLOTWISE_QM_DIR="$qm" "$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$stage" --workpath "$work/pyinstaller" packaging/slotwise.spec

echo "== 4/4 installer and tarball"
mkdir -p "$stage/share/applications" "$stage/share/metainfo" "$stage/share/mime/packages" \
         "$stage/share/icons/hicolor/scalable/apps"
cp "packaging/$app_id.desktop" "$stage/share/applications/"
cp "packaging/$app_id.metainfo.xml" "$stage/share/metainfo/"
cp "packaging/$app_id.mime.xml" "$stage/share/mime/packages/$app_id.xml"
cp resources/icons/slotwise.svg "$stage/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$stage/share/icons/hicolor/${size}x${size}/apps"
    cp "resources/icons/slotwise-$size.png" "$stage/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
cp packaging/install.sh packaging/uninstall.sh "$stage/"
chmod +x "$stage/install.sh" "$stage/uninstall.sh"
echo "$version" > "$stage/VERSION"
tar -C "$out" -czf "$stage.tar.gz" "$name"

echo "Built Slotwise $version in $((SECONDS - started)) s:"
echo "  bundle   $stage/Slotwise  ($(du -sh "$stage/Slotwise" | cut -f1))"
echo "  tarball  $stage.tar.gz  ($(du -sh "$stage.tar.gz" | cut -f1))"
echo "  install  $stage/install.sh   (or unpack the tarball elsewhere and run its install.sh)"
