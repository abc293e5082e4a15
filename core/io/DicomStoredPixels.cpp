// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomStoredPixels.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>

#include <algorithm>

namespace pen {
namespace {

Error dcmtkError(const QString &what, const OFCondition &condition)
{
    return makeError(ErrorCode::Format, what + QStringLiteral(": ") + QString::fromLocal8Bit(condition.text()));
}

template <typename Sample> Image16 greyFrame(const Sample *samples, const PixelLayout &layout)
{
    Image16 image(layout.columns, layout.rows);
    const int shift = layout.highBit + 1 - layout.bitsStored;
    const quint32 maxValue = (quint32(1) << layout.bitsStored) - 1;
    const bool invert = layout.photometric == QLatin1String("MONOCHROME1");
    if (shift == 0 && layout.bitsStored == layout.bitsAllocated && !invert) {
        std::copy(samples, samples + image.pixels.size(), image.pixels.begin());
        return image;
    }
    for (size_t i = 0; i < image.pixels.size(); ++i) {
        const quint32 value = (quint32(samples[i]) >> shift) & maxValue;
        image.pixels[i] = quint16(invert ? maxValue - value : value);
    }
    return image;
}

template <typename Sample>
Expected<void> readGreyFrames(DcmElement &element, const PixelLayout &layout, FrameRange frames, ScanView &view)
{
    Sample *samples = nullptr;
    OFCondition status;
    if constexpr (sizeof(Sample) == 1)
        status = element.getUint8Array(samples);
    else
        status = element.getUint16Array(samples);
    if (status.bad() || samples == nullptr)
        return dcmtkError(QStringLiteral("cannot read the pixel data"), status);
    for (int frame = frames.first; frame < frames.first + frames.count; ++frame)
        view.channels.push_back(greyFrame(samples + size_t(frame) * layout.framePixels(), layout));
    return {};
}

Expected<void> readColourFrame(DcmElement &element, const PixelLayout &layout, int frame, ScanView &view)
{
    Uint8 *samples = nullptr;
    const OFCondition status = element.getUint8Array(samples);
    if (status.bad() || samples == nullptr)
        return dcmtkError(QStringLiteral("cannot read the pixel data"), status);
    const size_t count = layout.framePixels();
    samples += size_t(frame) * count * 3;
    view.colour = RgbImage8(layout.columns, layout.rows);
    if (layout.planarConfiguration == 0) {
        std::copy(samples, samples + count * 3, view.colour.rgb.begin());
        return {};
    }
    for (size_t i = 0; i < count; ++i) {
        for (size_t c = 0; c < 3; ++c)
            view.colour.rgb[i * 3 + c] = samples[c * count + i];
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
        read = layout.bitsAllocated == 8 ? readGreyFrames<Uint8>(**element, layout, frames, view)
                                         : readGreyFrames<Uint16>(**element, layout, frames, view);
    }
    if (!read)
        return read.error();
    return view;
}

} // namespace pen
