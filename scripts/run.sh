#!/usr/bin/env bash
# Installs what is missing, builds, and starts the GUI. Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
build_dir=${RKA_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir" --target relay-key-admin relay-key-admin-cli
exec "$build_dir/app/relay-key-admin" "$@"
