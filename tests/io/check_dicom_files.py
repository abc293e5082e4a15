#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: PEN-Tournament contributors
"""Checks our DICOM files with independent tools.

usage: check_dicom_files.py pydicom WRITER
       check_dicom_files.py dciodvfy WRITER --dciodvfy PATH
WRITER is dicom_sample_writer, which writes the files and their expected pixels into a folder.
"""
import argparse
import subprocess
import sys
import tempfile
from pathlib import Path


def check_pydicom(folder):
    import numpy
    import pydicom

    low = numpy.fromfile(folder / "dual_low.raw", dtype="<u2").reshape(48, 64)
    high = numpy.fromfile(folder / "dual_high.raw", dtype="<u2").reshape(48, 64)
    for name in ("dicos_dual.dcm", "sc_dual.dcm"):
        ds = pydicom.dcmread(folder / name)
        assert ds.NumberOfFrames == 2, (name, ds.NumberOfFrames)
        pixels = ds.pixel_array
        assert pixels.shape == (2, 48, 64), (name, pixels.shape)
        assert (pixels[0] == low).all() and (pixels[1] == high).all(), name
        assert pixels.max() > 4095, name
        assert "narcotics" not in str(ds), name  # ground truth never in the file
    rgb = numpy.fromfile(folder / "colour.raw", dtype="u1").reshape(24, 32, 3)
    ds = pydicom.dcmread(folder / "sc_colour.dcm")
    assert ds.PhotometricInterpretation == "RGB"
    assert (ds.pixel_array == rgb).all(), "sc_colour.dcm"
    print("pydicom reads the same pixels")
    return 0


def check_dciodvfy(folder, dciodvfy):
    failures = 0
    for name in ("dicos_dual.dcm", "dicos_single.dcm", "sc_dual.dcm", "sc_single.dcm", "sc_colour.dcm"):
        run = subprocess.run([dciodvfy, str(folder / name)], capture_output=True, text=True)
        output = run.stdout + run.stderr
        print(f"=== {name}\n{output}")
        # Secondary capture files are checked in full: neither errors nor warnings.
        problems = [line for line in output.splitlines() if line.startswith(("Error", "Warning"))]
        # dciodvfy has no tables for DICOS, so it cannot find the DICOS IOD: the DICOS modules are
        # checked by check_dicos_modules.py instead; nothing else may fail.
        if name.startswith("dicos"):
            problems = [line for line in problems
                        if line.startswith("Error") and "Information Object Not found" not in line]
        failures += len(problems)
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("check", choices=["pydicom", "dciodvfy"])
    parser.add_argument("writer")
    parser.add_argument("--dciodvfy", default="dciodvfy")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        subprocess.run([args.writer, str(folder)], check=True)
        if args.check == "pydicom":
            return check_pydicom(folder)
        return check_dciodvfy(folder, args.dciodvfy)


if __name__ == "__main__":
    sys.exit(main())
