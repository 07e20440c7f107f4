#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test headless (the fuzz
# targets' corpora included, as fuzz_smoke_*). Then scripts/test-sanitizers.sh: the whole suite again
# under AddressSanitizer and UBSan (build-asan/) and each fuzz target for 60 s under libFuzzer
# (build-fuzz/), about 13 minutes more on two cores. RKA_SKIP_SANITIZERS=1 skips that stage locally;
# CI runs it.
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
  echo "test.sh: RKA_SKIP_SANITIZERS=1: no sanitizer run and no bounded fuzzing"
else
  bash scripts/test-sanitizers.sh "$@"
fi
