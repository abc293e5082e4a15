// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomStoredPixels.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcfcache.h>

#include <algorithm>

namespace pen {
namespace {

Error dcmtkError(const QString &what, const OFCondition &condition)
{
    return makeError(ErrorCode::Format, what + QStringLiteral(": ") + QString::fromLocal8Bit(condition.text()));
}

/// Reads bytes of the pixel data straight into target: DCMTK leaves a large value in the file until
/// it is asked for, and loading it whole would copy every pixel once more. The cache keeps the file
/// open from one read to the next (reads go forward only).
Expected<void> readPixelBytes(DcmElement &element, quint64 offset, quint64 count, void *target, DcmFileCache &cache)
{
    // pixelDataElement has checked that offset + count fits in the 32-bit value length.
    const OFCondition status = element.getPartialValue(target, Uint32(offset), Uint32(count), &cache);
    if (status.bad())
        return dcmtkError(QStringLiteral("cannot read the pixel data"), status);
    return {};
}

/// What one stored sample becomes: only the bits BitsStored/HighBit give, MONOCHROME1 inverted.
struct GreyMapping {
    int shift = 0;
    quint32 maxValue = 0;
    bool invert = false;
    bool identity = false;

    explicit GreyMapping(const PixelLayout &layout)
        : shift(layout.highBit + 1 - layout.bitsStored), maxValue((quint32(1) << layout.bitsStored) - 1),
          invert(layout.photometric == QLatin1String("MONOCHROME1"))
    {
        identity = shift == 0 && layout.bitsStored == layout.bitsAllocated && !invert;
    }

    quint16 operator()(quint32 sample) const
    {
        const quint32 value = (sample >> shift) & maxValue;
        return quint16(invert ? maxValue - value : value);
    }
};

/// Samples read per call: small enough to stay in cache, so that the pixels are written to memory once
/// (a zero-filled image read into would be written twice).
constexpr size_t ChunkSamples = 128 * 1024;

template <typename Sample>
Expected<Image16> readGreyFrame(DcmElement &element, const PixelLayout &layout, int frame, DcmFileCache &cache)
{
    Image16 image;
    image.width = layout.columns;
    image.height = layout.rows;
    const size_t count = layout.framePixels();
    image.pixels.reserve(count);
    const GreyMapping mapping(layout);
    std::vector<Sample> chunk(std::min(count, ChunkSamples));
    const quint64 frameOffset = quint64(frame) * count * sizeof(Sample);
    for (size_t done = 0; done < count; done += chunk.size()) {
        const size_t n = std::min(chunk.size(), count - done);
        if (const Expected<void> read
            = readPixelBytes(element, frameOffset + done * sizeof(Sample), n * sizeof(Sample), chunk.data(), cache);
            !read)
            return read.error();
        const auto first = image.pixels.insert(image.pixels.end(), chunk.begin(), chunk.begin() + qsizetype(n));
        if (!mapping.identity)
            std::transform(first, image.pixels.end(), first, mapping);
    }
    return image;
}

Expected<void> readGreyFrames(DcmElement &element, const PixelLayout &layout, FrameRange frames, ScanView &view)
{
    DcmFileCache cache;
    for (int frame = frames.first; frame < frames.first + frames.count; ++frame) {
        Expected<Image16> image = layout.bitsAllocated == 8 ? readGreyFrame<Uint8>(element, layout, frame, cache)
                                                            : readGreyFrame<Uint16>(element, layout, frame, cache);
        if (!image)
            return image.error();
        view.channels.push_back(std::move(*image));
    }
    return {};
}

Expected<void> readColourFrame(DcmElement &element, const PixelLayout &layout, int frame, ScanView &view)
{
    const size_t count = layout.framePixels();
    const quint64 frameOffset = quint64(frame) * count * 3;
    view.colour = RgbImage8(layout.columns, layout.rows);
    DcmFileCache cache;
    if (layout.planarConfiguration == 0)
        return readPixelBytes(element, frameOffset, count * 3, view.colour.rgb.data(), cache);
    std::vector<Uint8> planes(count * 3);
    if (const Expected<void> read = readPixelBytes(element, frameOffset, count * 3, planes.data(), cache); !read)
        return read.error();
    for (size_t i = 0; i < count; ++i) {
        for (size_t c = 0; c < 3; ++c)
            view.colour.rgb[i * 3 + c] = planes[c * count + i];
    }
    return {};
}

} // namespace

bool holdsStoredPixels(const PixelLayout &layout)
{
    if (layout.isGrey())
        return !layout.isSigned() && (layout.bitsAllocated == 8 || layout.bitsAllocated == 16);
    return layout.samples == 3 && layout.bitsAllocated == 8 && layout.photometric == QLatin1String("RGB");
}

Expected<DcmElement *> pixelDataElement(DcmDataset &dataset, const PixelLayout &layout)
{
    DcmElement *element = nullptr;
    const OFCondition status = dataset.findAndGetElement(DCM_PixelData, element);
    if (status.bad() || element == nullptr)
        return dcmtkError(QStringLiteral("no pixel data"), status);
    const quint64 length = element->getLength();
    // An odd number of 8-bit values is padded to an even length.
    if (length < layout.byteCount() || length > layout.byteCount() + 1)
        return makeError(ErrorCode::Format,
                         QStringLiteral("the pixel data has %1 bytes, %2 x %3 x %4 frames needs %5")
                             .arg(length)
                             .arg(layout.columns)
                             .arg(layout.rows)
                             .arg(layout.frames)
                             .arg(layout.byteCount()));
    return element;
}

Expected<ScanView> readStoredPixels(DcmDataset &dataset, const PixelLayout &layout, FrameRange frames)
{
    const Expected<DcmElement *> element = pixelDataElement(dataset, layout);
    if (!element)
        return element.error();
    ScanView view;
    view.width = layout.columns;
    view.height = layout.rows;
    Expected<void> read;
    if (layout.samples == 3) {
        view.kind = ViewKind::Colour;
        read = readColourFrame(**element, layout, frames.first, view);
    } else {
        view.kind = frames.count == 2 ? ViewKind::DualEnergy : ViewKind::SingleEnergy;
        read = readGreyFrames(**element, layout, frames, view);
    }
    if (!read)
        return read.error();
    return view;
}

} // namespace pen
