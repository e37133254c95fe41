#!/usr/bin/env bash
# CI (macOS runner): put the Developer ID certificate from the secrets into a temporary keychain that codesign
# can use without a prompt, and tell later steps its path (MACOS_KEYCHAIN in $GITHUB_ENV).
#   MACOS_CERTIFICATE_P12       base64 of the .p12 holding "Developer ID Application: ..." and its key
#   MACOS_CERTIFICATE_PASSWORD  the .p12's password
# Without MACOS_CERTIFICATE_P12 it only says so: the build goes on unsigned.
set -euo pipefail

if [ -z "${MACOS_CERTIFICATE_P12:-}" ]; then
  echo "::notice::No MACOS_CERTIFICATE_P12 secret: the macOS app and .dmg are not signed or notarised."
  exit 0
fi
keychain="$RUNNER_TEMP/shipdesk-signing.keychain-db"
keychain_password="$(uuidgen)"
p12="$RUNNER_TEMP/shipdesk-signing.p12"
trap 'rm -f "$p12"' EXIT
printf %s "$MACOS_CERTIFICATE_P12" | base64 --decode > "$p12"

security create-keychain -p "$keychain_password" "$keychain"
security set-keychain-settings -lut 21600 "$keychain"  # stays unlocked for the whole job
security unlock-keychain -p "$keychain_password" "$keychain"
security import "$p12" -k "$keychain" -P "${MACOS_CERTIFICATE_PASSWORD:-}" -T /usr/bin/codesign
# Lets codesign use the key without a GUI prompt (there is no one to click "Allow" on a runner).
security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$keychain_password" "$keychain" >/dev/null
# shellcheck disable=SC2046  # the existing keychains, one word each
security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
echo "MACOS_KEYCHAIN=$keychain" >> "$GITHUB_ENV"
security find-identity -v -p codesigning "$keychain"
