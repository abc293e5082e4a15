// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomRenderedPixels.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmimage/diregist.h> // registers colour images with DicomImage
#include <dcmtk/dcmimgle/dcmimage.h>

#include <algorithm>

namespace pen {
namespace {

/// How stored grey values become 16-bit ones; see readRenderedPixels().
struct GreyMapping {
    qint64 offset = 0; ///< added to each value before scaling
    qint64 range = 0;  ///< when > 0: values 0..range are scaled onto 0..65535
    quint32 top = 0;   ///< the largest mapped value, for MONOCHROME1
    bool invert = false;

    quint16 map(qint64 value) const
    {
        qint64 mapped = value + offset;
        if (range > 0)
            mapped = (mapped * 65535 * 2 + range) / (range * 2);
        else if (range < 0)
            mapped = 0;                              // a constant image
        mapped = std::clamp<qint64>(mapped, 0, top); // DCMTK keeps values in range; a corrupt file need not
        return quint16(invert ? qint64(top) - mapped : mapped);
    }
};

template <typename T> GreyMapping greyMapping(const T *values, size_t count, const PixelLayout &layout)
{
    GreyMapping mapping;
    mapping.invert = layout.photometric == QLatin1String("MONOCHROME1");
    if (layout.bitsStored <= 16) {
        mapping.offset = layout.isSigned() ? qint64(1) << (layout.bitsStored - 1) : 0;
        mapping.top = (quint32(1) << layout.bitsStored) - 1;
        return mapping;
    }
    const auto [low, high] = std::minmax_element(values, values + count);
    mapping.offset = count > 0 ? -qint64(*low) : 0;
    mapping.range = count > 0 && *high > *low ? qint64(*high) - qint64(*low) : -1;
    mapping.top = 65535;
    return mapping;
}

template <typename T> void mapGreyFrames(const void *data, const PixelLayout &layout, FrameRange frames, ScanView &view)
{
    const T *values = static_cast<const T *>(data);
    const size_t framePixels = layout.framePixels();
    const GreyMapping mapping = greyMapping(values, framePixels * size_t(frames.count), layout);
    for (int frame = 0; frame < frames.count; ++frame) {
        Image16 channel(layout.columns, layout.rows);
        const T *first = values + size_t(frame) * framePixels;
        std::transform(first, first + framePixels, channel.pixels.begin(),
                       [&mapping](T value) { return mapping.map(qint64(value)); });
        view.channels.push_back(std::move(channel));
    }
}

Expected<void> readGrey(DicomImage &image, const PixelLayout &layout, FrameRange frames, ScanView &view)
{
    const DiPixel *pixels = image.getInterData();
    if (pixels == nullptr || pixels->getData() == nullptr
        || pixels->getCount() < layout.framePixels() * size_t(frames.count))
        return makeError(ErrorCode::Format, QStringLiteral("DCMTK gave no grey values for the pixel data"));
    view.kind = frames.count == 2 ? ViewKind::DualEnergy : ViewKind::SingleEnergy;
    switch (pixels->getRepresentation()) {
    case EPR_Uint8: mapGreyFrames<Uint8>(pixels->getData(), layout, frames, view); break;
    case EPR_Sint8: mapGreyFrames<Sint8>(pixels->getData(), layout, frames, view); break;
    case EPR_Uint16: mapGreyFrames<Uint16>(pixels->getData(), layout, frames, view); break;
    case EPR_Sint16: mapGreyFrames<Sint16>(pixels->getData(), layout, frames, view); break;
    case EPR_Uint32: mapGreyFrames<Uint32>(pixels->getData(), layout, frames, view); break;
    case EPR_Sint32: mapGreyFrames<Sint32>(pixels->getData(), layout, frames, view); break;
    }
    return {};
}

Expected<void> readColour(DicomImage &image, const PixelLayout &layout, ScanView &view)
{
    const size_t bytes = layout.framePixels() * 3;
    const auto *rgb = static_cast<const Uint8 *>(image.getOutputData(8, 0, 0));
    if (rgb == nullptr || image.getOutputDataSize(8) < bytes)
        return makeError(ErrorCode::Format,
                         QStringLiteral("DCMTK could not convert the %1 pixels to RGB").arg(layout.photometric));
    view.kind = ViewKind::Colour;
    view.colour = RgbImage8(layout.columns, layout.rows);
    std::copy(rgb, rgb + bytes, view.colour.rgb.begin());
    return {};
}

Expected<void> checkLength(DcmDataset &dataset, const PixelLayout &layout)
{
    DcmElement *element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || element == nullptr)
        return makeError(ErrorCode::Format, QStringLiteral("no pixel data"));
    if (quint64(element->getLength()) < layout.byteCount())
        return makeError(ErrorCode::Format,
                         QStringLiteral("the pixel data has %1 bytes, %2 x %3 x %4 frames needs %5")
                             .arg(element->getLength())
                             .arg(layout.columns)
                             .arg(layout.rows)
                             .arg(layout.frames)
                             .arg(layout.byteCount()));
    return {};
}

/// DCMTK swaps OW pixel data from a big-endian file as 16-bit words, also where BitsAllocated is
/// 32, which leaves the two halves of each value swapped; pydicom, and the same data written
/// little endian, say the value is the whole 32-bit word.
void joinBigEndianHalves(DcmDataset &dataset, const PixelLayout &layout)
{
    DcmElement *element = nullptr;
    Uint16 *words = nullptr;
    if (layout.bitsAllocated != 32 || dataset.getOriginalXfer() != EXS_BigEndianExplicit
        || dataset.findAndGetElement(DCM_PixelData, element).bad() || element == nullptr || element->getVR() != EVR_OW
        || element->getUint16Array(words).bad() || words == nullptr)
        return;
    const size_t count = element->getLength() / 4;
    for (size_t i = 0; i < count; ++i)
        std::swap(words[2 * i], words[2 * i + 1]);
}

} // namespace

Expected<ScanView> readRenderedPixels(DcmDataset &dataset, const PixelLayout &layout, FrameRange frames)
{
    if (const Expected<void> length = checkLength(dataset, layout); !length)
        return length.error();
    joinBigEndianHalves(dataset, layout);
    // Stored values, not rescaled: the mapping above needs them (see the header).
    DicomImage image(&dataset, EXS_LittleEndianExplicit, CIF_IgnoreModalityTransformation, Uint32(frames.first),
                     Uint32(frames.count));
    if (image.getStatus() != EIS_Normal)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("DCMTK cannot show %1 pixels of %2 bits: %3")
                             .arg(layout.photometric)
                             .arg(layout.bitsAllocated)
                             .arg(QLatin1String(DicomImage::getString(image.getStatus()))));
    ScanView view;
    view.width = layout.columns;
    view.height = layout.rows;
    const Expected<void> read
        = image.isMonochrome() ? readGrey(image, layout, frames, view) : readColour(image, layout, view);
    if (!read)
        return read.error();
    return view;
}

} // namespace pen
