// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QString>

#include <dcmtk/dcmdata/dcitem.h>

namespace pen {

/// The Image Pixel module of a data set: what the pixel data holds and how it is laid out.
struct PixelLayout {
    int rows = 0;
    int columns = 0;
    int frames = 1;
    int samples = 1;
    int bitsAllocated = 0;
    int bitsStored = 0;
    int highBit = 0;
    int pixelRepresentation = 0;
    int planarConfiguration = 0;
    QString photometric;

    quint64 framePixelCount() const { return quint64(rows) * quint64(columns); }
    quint64 pixelCount() const { return framePixelCount() * quint64(frames); }
    /// Bytes the uncompressed pixel data needs: 1-bit samples are packed, YBR_FULL_422 holds two
    /// chroma samples per two pixels.
    quint64 byteCount() const;
    size_t framePixels() const { return size_t(rows) * size_t(columns); }
    bool isGrey() const;
    bool isSigned() const { return pixelRepresentation != 0; }
};

/// Which frames of a multi-frame image become the view: one, or both of a dual-energy pair.
struct FrameRange {
    int first = 0;
    int count = 1;
};

/// An integer attribute in whichever VR the file gives it (IS, US, UL, SS, SL): DICOS writes
/// NumberOfFrames as US where DICOM has IS. Absent or empty: an error naming the attribute.
Expected<long long> integerAttribute(DcmItem &item, const DcmTagKey &tag, const char *name);

/// Reads the layout; frames is 1 where NumberOfFrames is absent.
Expected<PixelLayout> readLayout(DcmItem &dataset);

/// What can be checked before any pixel is decoded, so that no absurd header leads to an allocation.
Expected<void> checkGeometry(const PixelLayout &layout);

} // namespace pen
