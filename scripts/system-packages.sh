#!/usr/bin/env bash
# Installs the Debian packages the tests drive: Chromium (task pane end to end) and LibreOffice Calc (recalculates
# what the add-in writes as formulas and conditional formats). Quick no-op when they are already there.
set -euo pipefail

packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-calc)
command -v pdftoppm >/dev/null 2>&1 || packages+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || packages+=(fonts-noto-cjk)

[ ${#packages[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need these Debian packages: ${packages[*]}." >&2
  echo "Install them with: sudo apt-get install -y --no-install-recommends ${packages[*]}" >&2
  exit 1
fi

echo "Installing ${packages[*]} (once per machine)…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
