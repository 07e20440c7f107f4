#!/usr/bin/env bash
# The single place that names the packages the project needs on Debian 12.
# Installs only what is missing; runs apt-get update once when something is.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # Qt 6 (Widgets, Network, Charts, Svg, Test, LinguistTools)
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev
  qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-image-formats-plugins libgl-dev
  # Redis client parsing, TLS, keychain
  libhiredis-dev libssl-dev openssl qtkeychain-qt6-dev
  # the test suite's private Redis servers
  redis-server redis-tools
  # Chinese text in the interface and screenshots; Qt's own translations (standard buttons, dialogs)
  fonts-noto-cjk qt6-translations-l10n
  # packaging checks: .desktop and AppStream validation, the .deb's dependencies
  desktop-file-utils appstream dpkg-dev
  # fuzzing (scripts/test-sanitizers.sh): clang and its runtimes with libFuzzer (a Recommends of
  # clang, so named here); GCC's ASan/UBSan runtimes come with build-essential
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
