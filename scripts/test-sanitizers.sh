#!/usr/bin/env bash
# The sanitizer run and the bounded fuzzing (issue 10). scripts/test.sh calls it after the normal
# tests unless RKA_SKIP_SANITIZERS=1; CI runs it. It can also run alone (after install-deps.sh):
#
#   1. build-asan/: the whole project built with -fsanitize=address,undefined and Qt's assertions
#      on, then the whole test suite under it. The ASAN/UBSAN/LSAN options and suppressions come
#      from CMake (tests/sanitizers/README.md). Built by clang at -O0 without debug information:
#      GCC's UBSan at -O1 compiles this code base two to three times slower, which CI's two cores
#      feel (cold: 8 CPU-minutes with clang -O0, 17 with GCC -O1). Warnings are the main build's
#      business (GCC, -Werror); without clang this falls back to GCC -O1 with -Werror.
#   2. build-fuzz/: rka_core and the fuzz targets built by clang (-O1) with libFuzzer, ASan and
#      UBSan; then each target's corpus once and each target fuzzed for RKA_FUZZ_SECONDS (default
#      60) seconds, two at a time (ctest label "fuzz"; tests/fuzz/README.md). Needs clang++.
#
# RKA_SKIP_FUZZ=1 skips step 2. Extra arguments go to the ctest of step 1 (e.g. -R tst_connection).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)
fuzz_seconds=${RKA_FUZZ_SECONDS:-60}
timings=()

timed() { # timed "label" command...
    local label=$1 start=$SECONDS
    shift
    "$@"
    timings+=("$(printf '%-28s %4d s' "$label" $((SECONDS - start)))")
}

if command -v clang++ >/dev/null; then
    asan_compiler=(-DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS_DEBUG=-O0 -DRKA_WERROR=OFF)
else
    asan_compiler=(-DCMAKE_CXX_COMPILER=g++ -DCMAKE_CXX_FLAGS_DEBUG=-O1 -DRKA_WERROR=ON)
fi
asan_build() {
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug "${asan_compiler[@]}" \
          -DRKA_SANITIZE=address,undefined
    cmake --build build-asan
}
timed "asan: configure + build" asan_build
timed "asan: whole test suite" ctest --test-dir build-asan --output-on-failure -j "$jobs" "$@"

if [ "${RKA_SKIP_FUZZ:-0}" = 1 ]; then
    echo "test-sanitizers: RKA_SKIP_FUZZ=1: no fuzzing"
elif ! command -v clang++ >/dev/null; then
    echo "test-sanitizers: no clang++, so no libFuzzer runs (the corpora ran as fuzz_smoke_* above)"
else
    fuzz_build() {
        cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
              -DCMAKE_CXX_FLAGS_DEBUG=-O1 -DRKA_FUZZ=ON -DRKA_FUZZ_SECONDS="$fuzz_seconds"
        cmake --build build-fuzz --target fuzz_targets
    }
    timed "fuzz: configure + build" fuzz_build
    # Label regex "fuzz": the corpus runs (fuzz-smoke) and the bounded fuzzing (fuzz).
    timed "fuzz: corpora + ${fuzz_seconds} s/target" \
        ctest --test-dir build-fuzz --output-on-failure -j "$jobs" -L fuzz
    # libFuzzer's final statistics of each bounded run, from CTest's log.
    awk '/ Testing: / { name = $NF }
         name !~ /^fuzz_run_/ { next }
         /stat::number_of_executed_units/ { runs[name] = $2 }
         /INFO: seed corpus: files:/ { seeds[name] = $5 }
         /DONE|INITED/ && match($0, /corp: [0-9]+/) { corp[name] = substr($0, RSTART + 6, RLENGTH - 6) }
         END { for (n in runs) printf "%-18s %9d executions, seed corpus %4d files, corpus after %4d\n",
                                  n, runs[n], seeds[n], corp[n] }' \
        build-fuzz/Testing/Temporary/LastTest.log | sort
fi

echo "test-sanitizers: timings"
printf '  %s\n' "${timings[@]}"
