#!/usr/bin/env bash
# macOS: sign dist/macos/ShipDesk.app, put it in dist/ShipDesk-<version>-macos.dmg beside an Applications link,
# sign the .dmg, notarise it and staple the ticket. Run after `python installer/build.py bundle`; macOS only
# (codesign, hdiutil, notarytool). Each step whose secrets are missing is skipped with a message:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Name (TEAMID)" or its SHA-1; when unset, the first
#                         Developer ID Application identity in MACOS_KEYCHAIN (import-certificate.sh) is used
#   MACOS_KEYCHAIN        the keychain holding it (default: the user's search list)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarytool credentials (APPLE_APP_PASSWORD: an app-specific
#                         password of APPLE_ID)
# Unsigned, the app keeps PyInstaller's ad-hoc signature: it runs on the machine that built it and on others
# after right-click > Open.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY="${PYTHON:-python3}"

name="$("$PY" installer/app_info.py name)"
version="$("$PY" installer/app_info.py version)"
app="dist/macos/$name.app"
dmg="dist/$name-$version-macos.dmg"
entitlements="installer/macos/entitlements.plist"
[ -d "$app" ] || { echo "no $app: run python installer/build.py bundle first" >&2; exit 1; }

notice() { if [ -n "${GITHUB_ACTIONS:-}" ]; then echo "::notice::$*"; else echo "NOTE: $*"; fi; }
keychain_args=()
[ -n "${MACOS_KEYCHAIN:-}" ] && keychain_args=(--keychain "$MACOS_KEYCHAIN")

identity="${MACOS_SIGN_IDENTITY:-}"
if [ -z "$identity" ] && [ -n "${MACOS_KEYCHAIN:-}" ]; then
  identity="$(security find-identity -v -p codesigning "$MACOS_KEYCHAIN" \
              | awk '/Developer ID Application/ { print $2; exit }')"
fi

# Hardened runtime and a secure timestamp on everything: notarisation refuses code without either.
# (${a[@]+"${a[@]}"}: an empty array under `set -u` on macOS's bash 3.2.)
sign() { codesign --force --timestamp --options runtime ${keychain_args[@]+"${keychain_args[@]}"} --sign "$identity" "$@"; }

# Deepest paths first, so each container is signed after what it contains.
deepest_first() { awk -F/ '{ print NF "\t" $0 }' | sort -rn | cut -f2-; }

if [ -n "$identity" ]; then
  # Inside-out, one by one: every Mach-O file (libpython, Qt libraries and plugins, Python extension modules,
  # the bootloader), then each framework bundle, then the app with its entitlements. `codesign --deep`
  # alone gives nested code neither the hardened runtime nor a timestamp, and notarisation of Qt bundles
  # signed that way fails.
  find "$app/Contents" -type f ! -path "*/_CodeSignature/*" -print0 \
    | while IFS= read -r -d '' f; do if file -b "$f" | grep -q "Mach-O"; then printf '%s\n' "$f"; fi; done \
    | deepest_first | while IFS= read -r f; do sign "$f"; done
  find "$app/Contents" -type d -name "*.framework" | deepest_first | while IFS= read -r f; do sign "$f"; done
  sign --entitlements "$entitlements" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
  echo "signed $app"
else
  notice "No signing identity (MACOS_SIGN_IDENTITY / MACOS_KEYCHAIN): $app and the .dmg stay unsigned (ad-hoc)."
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/$name.app"  # ditto keeps symlinks, extended attributes and signatures
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "$name $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
echo "disk image: $dmg"

if [ -z "$identity" ]; then
  notice "Notarisation skipped: the app is not signed."
  exit 0
fi
sign "$dmg"
if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
  notice "Notarisation skipped: APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD are not all set."
  exit 0
fi
result="$(xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
          --password "$APPLE_APP_PASSWORD" --wait --timeout 1h --output-format json)"
echo "$result"
status="$(printf %s "$result" | "$PY" -c 'import json, sys; print(json.load(sys.stdin).get("status", ""))')"
if [ "$status" != "Accepted" ]; then
  submission="$(printf %s "$result" | "$PY" -c 'import json, sys; print(json.load(sys.stdin).get("id", ""))')"
  if [ -n "$submission" ]; then  # Apple's reasons, file by file
    xcrun notarytool log "$submission" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" || true
  fi
  echo "notarisation: $status" >&2
  exit 1
fi
xcrun stapler staple "$dmg"
xcrun stapler validate "$dmg"
spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
echo "notarised and stapled: $dmg"
