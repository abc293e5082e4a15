#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages that PEN-Tournament builds, runs and tests with.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config git
    # Qt 6.4: widgets, OpenGL, SQL (SQLite driver), charts, SVG, image formats (TIFF), translations, tests
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
    qt6-image-formats-plugins qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    # DICOM/DICOS, gRPC/Protobuf, SQLite, OpenCV
    libdcmtk-dev dcmtk libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
    libsqlite3-dev libopencv-dev
    # the ATD plugins' sandbox: its system call filter
    libseccomp-dev
    # the example ATD plugin in Python (gRPC and Protobuf for Python; stubs come from protoc and grpc_python_plugin)
    python3-grpcio python3-protobuf
    # tests: a virtual display with software OpenGL, independent DICOM checkers (pydicom decodes JPEG and
    # JPEG-LS through GDCM), fuzzing, test certificates, an independent PDF reader for the printed reports
    xvfb xauth libgl1-mesa-dri dicom3tools python3-pydicom python3-gdcm python3-numpy clang libclang-rt-14-dev openssl
    poppler-utils
    # the house format (.clang-format), checked by a test
    clang-format
    # the Debian packages built and checked by a test: their dependencies (dpkg-shlibdeps, file) and
    # the server's systemd unit (systemd-analyze)
    dpkg-dev file systemd
)

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
