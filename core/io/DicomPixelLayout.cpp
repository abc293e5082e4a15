// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomPixelLayout.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>

namespace pen {
namespace {

/// Larger images (all frames together) are treated as corrupt rather than allocated.
constexpr quint64 MaxPixelCount = quint64(1) << 28;

QString tagText(const DcmTagKey &tag)
{
    return QStringLiteral("(%1,%2)")
        .arg(tag.getGroup(), 4, 16, QLatin1Char('0'))
        .arg(tag.getElement(), 4, 16, QLatin1Char('0'));
}

Expected<int> smallInteger(DcmItem &item, const DcmTagKey &tag, const char *name)
{
    const Expected<long long> value = integerAttribute(item, tag, name);
    if (!value)
        return value.error();
    if (*value < 0 || *value > 0x7fffffff)
        return makeError(ErrorCode::Format, QStringLiteral("%1 is %2").arg(QLatin1String(name)).arg(*value));
    return int(*value);
}

Expected<void> readRequired(DcmItem &dataset, PixelLayout &layout)
{
    const struct {
        const DcmTagKey &tag;
        const char *name;
        int *field;
    } fields[] = {
        {DCM_Rows, "Rows", &layout.rows},
        {DCM_Columns, "Columns", &layout.columns},
        {DCM_SamplesPerPixel, "SamplesPerPixel", &layout.samples},
        {DCM_BitsAllocated, "BitsAllocated", &layout.bitsAllocated},
        {DCM_BitsStored, "BitsStored", &layout.bitsStored},
        {DCM_HighBit, "HighBit", &layout.highBit},
        {DCM_PixelRepresentation, "PixelRepresentation", &layout.pixelRepresentation},
    };
    for (const auto &field : fields) {
        const Expected<int> value = smallInteger(dataset, field.tag, field.name);
        if (!value)
            return value.error();
        *field.field = *value;
    }
    return {};
}

} // namespace

quint64 PixelLayout::byteCount() const
{
    const quint64 samplesPerFrame
        = photometric == QLatin1String("YBR_FULL_422") ? framePixelCount() * 2 : framePixelCount() * quint64(samples);
    return (samplesPerFrame * quint64(frames) * quint64(bitsAllocated) + 7) / 8;
}

bool PixelLayout::isGrey() const
{
    return samples == 1 && (photometric == QLatin1String("MONOCHROME1") || photometric == QLatin1String("MONOCHROME2"));
}

Expected<long long> integerAttribute(DcmItem &item, const DcmTagKey &tag, const char *name)
{
    DcmElement *element = nullptr;
    OFString text;
    if (item.findAndGetElement(tag, element).bad() || element == nullptr || element->getLength() == 0
        || element->getOFString(text, 0).bad())
        return makeError(ErrorCode::Format,
                         QStringLiteral("no %1 %2 attribute").arg(QLatin1String(name), tagText(tag)));
    bool ok = false;
    const long long value = QString::fromLatin1(text.c_str()).trimmed().toLongLong(&ok);
    Sint32 lenient = 0;
    if (!ok && element->getSint32(lenient).good())
        return lenient; // as DCMTK's image module reads it (an IS of "1A" is 1)
    if (!ok)
        return makeError(ErrorCode::Format,
                         QStringLiteral("%1 is \"%2\", not a whole number").arg(QLatin1String(name), text.c_str()));
    return value;
}

Expected<PixelLayout> readLayout(DcmItem &dataset)
{
    PixelLayout layout;
    if (const Expected<void> fields = readRequired(dataset, layout); !fields)
        return fields.error();
    if (dataset.tagExistsWithValue(DCM_NumberOfFrames)) {
        const Expected<int> frames = smallInteger(dataset, DCM_NumberOfFrames, "NumberOfFrames");
        if (!frames)
            return frames.error();
        layout.frames = *frames;
    }
    if (layout.samples > 1 && dataset.tagExistsWithValue(DCM_PlanarConfiguration)) {
        const Expected<int> planar = smallInteger(dataset, DCM_PlanarConfiguration, "PlanarConfiguration");
        if (!planar)
            return planar.error();
        layout.planarConfiguration = *planar;
    }
    OFString photometric;
    if (dataset.findAndGetOFStringArray(DCM_PhotometricInterpretation, photometric).good())
        layout.photometric = QString::fromLatin1(photometric.c_str()).trimmed();
    return layout;
}

Expected<void> checkGeometry(const PixelLayout &layout)
{
    if (layout.rows <= 0 || layout.columns <= 0)
        return makeError(ErrorCode::Format,
                         QStringLiteral("the image is %1 x %2 pixels").arg(layout.columns).arg(layout.rows));
    if (layout.frames <= 0)
        return makeError(ErrorCode::Format, QStringLiteral("NumberOfFrames is %1").arg(layout.frames));
    if (layout.pixelCount() > MaxPixelCount)
        return makeError(ErrorCode::Format,
                         QStringLiteral("absurd dimensions %1 x %2 x %3 frames")
                             .arg(layout.columns)
                             .arg(layout.rows)
                             .arg(layout.frames));
    if (layout.samples != 1 && layout.samples != 3)
        return makeError(ErrorCode::Unsupported, QStringLiteral("%1 samples per pixel").arg(layout.samples));
    if (layout.bitsAllocated < 1 || layout.bitsAllocated > 32)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("BitsAllocated %1 (DCMTK reads 1 to 32)").arg(layout.bitsAllocated));
    if (layout.bitsStored < 1 || layout.bitsStored > layout.bitsAllocated || layout.highBit < layout.bitsStored - 1
        || layout.highBit >= layout.bitsAllocated)
        return makeError(
            ErrorCode::Format,
            QStringLiteral("inconsistent BitsStored %1 / HighBit %2").arg(layout.bitsStored).arg(layout.highBit));
    return {};
}

} // namespace pen
