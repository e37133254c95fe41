#!/usr/bin/env bash
# Builds ShipDesk for Linux: dist/linux/ShipDesk/ (run ./ShipDesk) and dist/ShipDesk-<version>-linux-<arch>.tar.gz.
#   bash installer/build-linux.sh            # build
#   bash installer/build-linux.sh --smoke    # build, then the smoke check (tests/installers/test_bundle.py,
#                                            # which runs installer/smoke.py with a private CUPS and keyring)
# The same script runs on the ubuntu-latest runner (.github/workflows/installers.yml). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=0
case "${1:-}" in
  "") ;;
  --smoke) smoke=1 ;;
  *) echo "usage: bash installer/build-linux.sh [--smoke]" >&2; exit 2 ;;
esac

# System libraries (PyInstaller copies the xcb ones into the bundle, so they must be there) and .venv with
# Python 3.12+, then PyInstaller from the `build` extra (pinned in pyproject.toml).
bash tools/setup.sh
.venv/bin/python -m pip install -q -e ".[test,build]"

started=$(date +%s)
.venv/bin/python installer/build.py bundle
.venv/bin/python installer/build.py archive
echo "Linux build took $(( $(date +%s) - started )) s"

if [ "$smoke" -eq 1 ]; then
  # The test starts a private cupsd and a gnome-keyring session (both installed by tools/setup.sh).
  SHIPDESK_BUNDLE="$PWD/dist/linux/ShipDesk" QT_QPA_PLATFORM=offscreen \
    .venv/bin/python -m pytest -q -p no:cacheprovider -rs tests/installers/test_bundle.py
fi
