#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for ShipDesk: system libraries Qt needs, a Python 3.12 venv in
# .venv, and the app with its test extras. Idempotent; run from anywhere: `bash tools/setup.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# Qt's offscreen/xcb platforms and QtPdf need these; DejaVu (Cyrillic) and Droid Sans Fallback (CJK)
# let V2 labels print non-Roman addresses.
APT_PACKAGES=(
  libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libglib2.0-0
  fonts-dejavu-core fonts-droid-fallback tzdata ca-certificates
  # the xcb platform (a real X display, or xvfb-run) needs these beyond what offscreen uses
  libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-cursor0 libxcb-xinerama0
  libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0
  # label printing: lp/lpstat/cupsenable for raw ZPL, and cupsd + the Generic PDF PPD for the printing
  # tests, which start their own private cupsd (no system cupsd is started here)
  cups cups-client cups-bsd
  # API keys live in the OS keyring: on Linux a Secret Service. .ci/run starts gnome-keyring on a private
  # D-Bus session (dbus-run-session) so the keyring tests run against the real thing.
  gnome-keyring dbus dbus-user-session
  # the Windows installer script is compiled here by the tests (makensis) and its contents listed (7z)
  nsis p7zip-full
  # the scanner end-to-end test runs the app on a virtual X server and types a scan into it
  xvfb xdotool
)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Python 3.12+: PySide6 6.12 on Python 3.11 frees None and crashes (shared/notes/platform.md).
find_python() {
  for cand in "${SHIPDESK_PYTHON:-}" python3.13 python3.12; do
    [ -n "$cand" ] || continue
    if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
      echo "$cand"; return
    fi
  done
  # pyenv installs that are not the selected version are not on PATH through the shims
  for cand in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.12*/bin/python3.12 "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.13*/bin/python3.13; do
    [ -x "$cand" ] && { echo "$cand"; return; }
  done
  if python3 -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then echo python3; return; fi
  echo "ShipDesk needs Python 3.12 or newer; install it (e.g. apt-get install python3.12-venv) or set SHIPDESK_PYTHON" >&2
  exit 1
}

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then
  rm -rf .venv
  "$(find_python)" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
echo "ShipDesk is set up in .venv ($(.venv/bin/python -V))"
