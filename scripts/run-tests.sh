#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds everything with the tests (warnings are errors in CI), builds the
# fuzz targets with clang, and runs every test with ctest on a virtual display. ctest's summary is
# the last thing printed.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
jobs=$(nproc)

# The fuzz targets need clang and sanitizers, so they live in a build of their own (only the fuzzers
# and what they link); ctest in the main build runs each of them briefly.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs" --target pen_fuzzers

cmake --preset ci -DPEN_FUZZ_BUILD_DIR="$(pwd)/build/fuzz"
cmake --build --preset ci -j "$jobs"
xvfb-run -a -s "-screen 0 1600x1000x24" ctest --preset ci -j "$jobs"
