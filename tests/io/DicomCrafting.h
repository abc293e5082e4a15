// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/ScanView.h"

#include <dcmtk/dcmdata/dcxfer.h>

#include <QString>

#include <optional>
#include <vector>

namespace pen::test {

/// The image attributes of a DICOM file crafted by a test, including odd and broken ones.
struct CraftedImage {
    int columns = 16;
    int rows = 12;
    int frames = 1;
    int samples = 1;
    int bitsAllocated = 16;
    int bitsStored = 16;
    int pixelRepresentation = 0;
    int planarConfiguration = 0;
    QString photometric = QStringLiteral("MONOCHROME2");
    bool numberOfFramesAsUS = false; ///< as DICOS CT writes it, where DICOM has IS
    bool withPixelData = true;
    int pixelDataBytes = -1; ///< when >= 0, the pixel data has this many bytes, whatever the image needs
};

/// The sample values the file holds, in file order (frame after frame; planes when planar).
std::vector<quint16> storedSamples(const CraftedImage &image);

/// The view our reader should make of the file: MONOCHROME1 inverted, signed values offset by
/// 2^(BitsStored-1), planes interleaved; two grey frames are dual energy, otherwise the first frame
/// or the one asked for.
ScanView expectedView(const CraftedImage &image, std::optional<int> frame = std::nullopt);

/// Writes image to path in the given transfer syntax, compressing with DCMTK's encoders.
/// Returns an empty string, or what went wrong.
QString craftDicomFile(const CraftedImage &image, const QString &path,
                       E_TransferSyntax xfer = EXS_LittleEndianExplicit);

/// Writes a PALETTE COLOR image of 8-bit indices with 16-bit lookup tables, compressed with RLE,
/// and returns an empty string, or what went wrong. expectedPaletteView() is what it shows.
QString craftPaletteColourFile(const QString &path);
ScanView expectedPaletteView();

/// Writes a file that claims JPEG 2000 lossless with a garbage fragment.
QString craftJpeg2000File(const QString &path);

} // namespace pen::test
