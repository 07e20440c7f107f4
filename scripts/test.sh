#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test headless. Then
# scripts/test-sanitizers.sh: the whole suite again under AddressSanitizer and UBSan (build-asan/)
# and each fuzz target for 60 s (build-fuzz/); RKA_SKIP_SANITIZERS=1 skips that locally, CI runs it.
# Extra arguments go to ctest (for example: -R tst_connection).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
build_dir=${RKA_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRKA_WERROR=ON
cmake --build "$build_dir"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)" "$@"

if [ "${RKA_SKIP_SANITIZERS:-0}" = 1 ]; then
  echo "test.sh: RKA_SKIP_SANITIZERS=1: no sanitizer run, no fuzzing"
else
  bash scripts/test-sanitizers.sh "$@"
fi
