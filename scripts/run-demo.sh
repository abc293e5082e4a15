#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds, and runs the main job: the desktop app on the bundled demo sets.
# Where no display exists, the app runs on a virtual display and writes a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release
cmake --build --preset release

app=build/release/app/pentournament
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" "$@"
fi
echo "No display: describing the starter set and taking a screenshot of the app on a virtual display."
build/release/tools/imageset/pentournament-imageset info build/release/assets/imagesets/starter
xvfb-run -a "$app" --screenshot pentournament-demo.png "$@"
echo "Screenshot of the app: $(pwd)/pentournament-demo.png"
