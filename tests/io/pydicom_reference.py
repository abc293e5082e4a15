#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: PEN-Tournament contributors
"""Writes what our DICOM reader should make of each file, as pydicom decodes it.

usage: pydicom_reference.py FOLDER OUT
For every file under FOLDER, OUT/manifest.tsv gets one line:
    path (relative to FOLDER), "ok" or "none", kind, width, height, tolerance, note
and OUT/N.raw (N: the line number, from 0) the expected pixels: 16-bit little-endian grey channels
one after the other, or 8-bit RGB interleaved. kind is grey, dual or colour. The mapping is the one
core/io/DicomRenderedPixels.h documents, done here independently with numpy:
- grey, BitsStored <= 16: stored value, + 2^(BitsStored-1) when signed;
- grey, BitsStored > 16: the data's own range over the frames read, rounded onto 0..65535;
- MONOCHROME1: inverted against the top of that range;
- colour: RGB samples keep their top 8 bits; YBR is converted with pydicom's convert_color_space
  (DCMTK's own formula truncates where pydicom rounds, so those files get tolerance 1); lossy JPEG
  gets tolerance 1 as well, the decoders' rounding may differ.
Two grey frames make a dual-energy view (both frames); otherwise the first frame is read.
"""
import sys
import warnings
from pathlib import Path

import numpy
import pydicom
from pydicom.pixel_data_handlers.util import convert_color_space

try:  # pydicom decodes JPEG, JPEG-LS and JPEG 2000 through GDCM (python3-gdcm); its chatter is no result
    import gdcm

    gdcm.Trace.WarningOff()
    gdcm.Trace.ErrorOff()
except ImportError:
    pass

LOSSY = {"1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51"}


def stored_values(ds, arr):
    """The values of BitsStored bits at HighBit, sign-extended when signed (PS3.5 8.1.1)."""
    bits, high = int(ds.BitsStored), int(ds.HighBit)
    raw = arr.astype(numpy.int64) & ((1 << int(ds.BitsAllocated)) - 1)
    values = (raw >> (high + 1 - bits)) & ((1 << bits) - 1)
    if int(ds.PixelRepresentation) == 1:
        values = numpy.where(values >= (1 << (bits - 1)), values - (1 << bits), values)
    return values


def grey(ds, frames):
    values = stored_values(ds, frames)
    bits = int(ds.BitsStored)
    if bits <= 16:
        top = (1 << bits) - 1
        mapped = values + ((1 << (bits - 1)) if int(ds.PixelRepresentation) == 1 else 0)
    else:
        top = 65535
        low, span = int(values.min()), int(values.max()) - int(values.min())
        mapped = ((values - low) * 65535 * 2 + span) // (2 * span) if span > 0 else numpy.zeros_like(values)
    if ds.PhotometricInterpretation == "MONOCHROME1":
        mapped = top - mapped
    return mapped.astype("<u2")


def colour(ds, frame):
    photometric = ds.PhotometricInterpretation
    if photometric == "PALETTE COLOR":
        from pydicom.pixel_data_handlers.util import apply_color_lut

        rgb = apply_color_lut(frame, ds).astype(numpy.int64)
        return (rgb >> 8).astype("u1"), 0
    tolerance = 0
    if photometric.startswith("YBR"):
        frame = convert_color_space(frame, photometric, "RGB")
        tolerance = 1
    bits = int(ds.BitsStored)
    rgb = frame.astype(numpy.int64) >> max(bits - 8, 0)
    return rgb.astype("u1"), tolerance


def expected(ds):
    arr = ds.pixel_array
    count = int(getattr(ds, "NumberOfFrames", 1) or 1)
    samples = int(ds.SamplesPerPixel)
    if samples == 1 and ds.PhotometricInterpretation in ("MONOCHROME1", "MONOCHROME2"):
        if count == 2:
            return "dual", grey(ds, arr), 0
        return "grey", grey(ds, arr[0] if count > 1 else arr), 0
    rgb, tolerance = colour(ds, arr[0] if count > 1 else arr)
    return "colour", rgb, tolerance


def describe(folder, path, out, index):
    name = str(path.relative_to(folder))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ds = pydicom.dcmread(path)
            kind, pixels, tolerance = expected(ds)
    except Exception as error:  # pydicom cannot read it: no reference, said in the note
        reason = " ".join(f"{type(error).__name__}: {error}".split())[:120]
        return f"{name}\tnone\t-\t0\t0\t0\t{reason}"
    syntax = str(ds.file_meta.get("TransferSyntaxUID", ""))
    if syntax in LOSSY:
        tolerance = max(tolerance, 1)
    (out / f"{index}.raw").write_bytes(numpy.ascontiguousarray(pixels).tobytes())
    return f"{name}\tok\t{kind}\t{int(ds.Columns)}\t{int(ds.Rows)}\t{tolerance}\t{ds.PhotometricInterpretation}"


def main():
    folder, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    lines = [describe(folder, path, out, index) for index, path in enumerate(files)]
    (out / "manifest.tsv").write_text("\n".join(lines) + "\n")
    handlers = [h.__name__.split(".")[-1] for h in pydicom.config.pixel_data_handlers if h.is_available()]
    decoded = sum(1 for line in lines if line.split("\t")[1] == "ok")
    print(f"{decoded} of {len(files)} files decoded by pydicom {pydicom.__version__} ({', '.join(handlers)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
