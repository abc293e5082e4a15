// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomReader.h"

#include "io/DicomByteStream.h"
#include "io/DicomCodecs.h"
#include "io/DicomMetaHeader.h"
#include "io/DicomScanComment.h"

#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

/// Larger images (all frames together) are treated as corrupt rather than allocated.
constexpr quint64 MaxPixelCount = quint64(1) << 28;

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

    quint64 pixelCount() const { return quint64(rows) * quint64(columns) * quint64(frames); }
    quint64 byteCount() const { return pixelCount() * quint64(samples) * quint64(bitsAllocated / 8); }
    size_t framePixels() const { return size_t(rows) * size_t(columns); }
};

Error dcmtkError(ErrorCode code, const QString &what, const OFCondition &condition)
{
    return makeError(code, what + QStringLiteral(": ") + QString::fromLocal8Bit(condition.text()));
}

QString stringValue(DcmDataset &dataset, const DcmTagKey &tag)
{
    OFString value;
    if (dataset.findAndGetOFStringArray(tag, value).bad())
        return {}; // absent or empty: the attributes read this way are optional
    return QString::fromUtf8(value.c_str(), qsizetype(value.length())).trimmed();
}

Expected<int> requiredUint16(DcmDataset &dataset, const DcmTagKey &tag, const char *name)
{
    Uint16 value = 0;
    const OFCondition status = dataset.findAndGetUint16(tag, value);
    if (status.bad())
        return dcmtkError(ErrorCode::Format, QStringLiteral("cannot read %1").arg(QLatin1String(name)), status);
    return int(value);
}

Expected<int> frameCount(DcmDataset &dataset)
{
    if (!dataset.tagExistsWithValue(DCM_NumberOfFrames))
        return 1;
    Sint32 frames = 0;
    const OFCondition status = dataset.findAndGetSint32(DCM_NumberOfFrames, frames);
    if (status.bad())
        return dcmtkError(ErrorCode::Format, QStringLiteral("cannot read NumberOfFrames"), status);
    return int(frames);
}

Expected<void> readUint16Fields(DcmDataset &dataset, PixelLayout &layout)
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
        const Expected<int> value = requiredUint16(dataset, field.tag, field.name);
        if (!value)
            return value.error();
        *field.field = *value;
    }
    return {};
}

Expected<PixelLayout> readLayout(DcmDataset &dataset)
{
    PixelLayout layout;
    if (const Expected<void> fields = readUint16Fields(dataset, layout); !fields)
        return fields.error();
    const Expected<int> frames = frameCount(dataset);
    if (!frames)
        return frames.error();
    layout.frames = *frames;
    Uint16 planar = 0;
    if (layout.samples > 1 && dataset.findAndGetUint16(DCM_PlanarConfiguration, planar).good())
        layout.planarConfiguration = planar;
    layout.photometric = stringValue(dataset, DCM_PhotometricInterpretation);
    return layout;
}

/// What can be checked before any pixel is decoded, so that no absurd header leads to an allocation.
Expected<void> checkGeometry(const PixelLayout &layout)
{
    if (layout.rows <= 0 || layout.columns <= 0)
        return makeError(ErrorCode::Format,
                         QStringLiteral("the image is %1 x %2 pixels").arg(layout.columns).arg(layout.rows));
    if (layout.frames <= 0)
        return makeError(ErrorCode::Format, QStringLiteral("NumberOfFrames is %1").arg(layout.frames));
    if (layout.frames > 2 || (layout.frames == 2 && layout.samples != 1))
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("%1 frames of %2 samples (only 1 frame, or 2 grey frames for dual energy)")
                             .arg(layout.frames)
                             .arg(layout.samples));
    if (layout.pixelCount() > MaxPixelCount)
        return makeError(ErrorCode::Format,
                         QStringLiteral("absurd dimensions %1 x %2 x %3 frames")
                             .arg(layout.columns)
                             .arg(layout.rows)
                             .arg(layout.frames));
    if (layout.bitsAllocated != 8 && layout.bitsAllocated != 16)
        return makeError(ErrorCode::Unsupported, QStringLiteral("BitsAllocated %1").arg(layout.bitsAllocated));
    if (layout.bitsStored < 1 || layout.bitsStored > layout.bitsAllocated || layout.highBit < layout.bitsStored - 1
        || layout.highBit >= layout.bitsAllocated)
        return makeError(
            ErrorCode::Format,
            QStringLiteral("inconsistent BitsStored %1 / HighBit %2").arg(layout.bitsStored).arg(layout.highBit));
    if (layout.pixelRepresentation != 0)
        return makeError(ErrorCode::Unsupported, QStringLiteral("signed pixel values"));
    return {};
}

/// What only holds once the pixels are decoded (a JPEG decoder may change the colour model).
Expected<void> checkSampleFormat(const PixelLayout &layout)
{
    const bool grey = layout.samples == 1
        && (layout.photometric == QLatin1String("MONOCHROME1") || layout.photometric == QLatin1String("MONOCHROME2"));
    const bool rgb = layout.samples == 3 && layout.bitsAllocated == 8 && layout.photometric == QLatin1String("RGB");
    if (!grey && !rgb)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("%1 with %2 samples of %3 bits")
                             .arg(layout.photometric)
                             .arg(layout.samples)
                             .arg(layout.bitsAllocated));
    return {};
}

bool isJpeg2000(E_TransferSyntax xfer)
{
    return xfer == EXS_JPEG2000LosslessOnly || xfer == EXS_JPEG2000 || xfer == EXS_JPEG2000MulticomponentLosslessOnly
        || xfer == EXS_JPEG2000Multicomponent;
}

Expected<void> decodePixelData(DcmDataset &dataset)
{
    const E_TransferSyntax original = dataset.getOriginalXfer();
    const DcmXfer xfer(original);
    if (isJpeg2000(original))
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("JPEG 2000 (transfer syntax %1) is not supported by DCMTK on this system")
                             .arg(QLatin1String(xfer.getXferID())));
    if (xfer.isEncapsulated() && !DcmCodecList::canChangeCoding(original, EXS_LittleEndianExplicit))
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("no decoder for transfer syntax %1 (%2)")
                             .arg(QLatin1String(xfer.getXferID()), QLatin1String(xfer.getXferName())));
    const OFCondition status = dataset.chooseRepresentation(EXS_LittleEndianExplicit, nullptr);
    if (status.bad())
        return dcmtkError(ErrorCode::Format, QStringLiteral("cannot decode the pixel data"), status);
    return {};
}

Expected<DcmElement *> pixelDataElement(DcmDataset &dataset, const PixelLayout &layout)
{
    DcmElement *element = nullptr;
    const OFCondition status = dataset.findAndGetElement(DCM_PixelData, element);
    if (status.bad() || element == nullptr)
        return dcmtkError(ErrorCode::Format, QStringLiteral("no pixel data"), status);
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

template <typename Sample> Expected<void> readGreyFrames(DcmElement &element, const PixelLayout &layout, ScanView &view)
{
    Sample *samples = nullptr;
    OFCondition status;
    if constexpr (sizeof(Sample) == 1)
        status = element.getUint8Array(samples);
    else
        status = element.getUint16Array(samples);
    if (status.bad() || samples == nullptr)
        return dcmtkError(ErrorCode::Format, QStringLiteral("cannot read the pixel data"), status);
    for (int frame = 0; frame < layout.frames; ++frame)
        view.channels.push_back(greyFrame(samples + size_t(frame) * layout.framePixels(), layout));
    return {};
}

Expected<void> readColourFrame(DcmElement &element, const PixelLayout &layout, ScanView &view)
{
    Uint8 *samples = nullptr;
    const OFCondition status = element.getUint8Array(samples);
    if (status.bad() || samples == nullptr)
        return dcmtkError(ErrorCode::Format, QStringLiteral("cannot read the pixel data"), status);
    view.colour = RgbImage8(layout.columns, layout.rows);
    const size_t count = layout.framePixels();
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

Expected<ScanView> readPixels(DcmDataset &dataset, const PixelLayout &layout)
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
        read = readColourFrame(**element, layout, view);
    } else {
        view.kind = layout.frames == 2 ? ViewKind::DualEnergy : ViewKind::SingleEnergy;
        read = layout.bitsAllocated == 8 ? readGreyFrames<Uint8>(**element, layout, view)
                                         : readGreyFrames<Uint16>(**element, layout, view);
    }
    if (!read)
        return read.error();
    return view;
}

std::optional<double> pixelSpacing(DcmDataset &dataset)
{
    for (const DcmTagKey &tag : {DCM_PixelSpacing, DCM_ImagerPixelSpacing}) {
        Float64 spacing = 0;
        if (dataset.findAndGetFloat64(tag, spacing, 0).good() && std::isfinite(spacing) && spacing > 0)
            return spacing;
    }
    return std::nullopt;
}

void readMetadata(DcmDataset &dataset, Scan &scan, ScanView &view)
{
    scan.scanner
        = (stringValue(dataset, DCM_Manufacturer) + QLatin1Char(' ') + stringValue(dataset, DCM_ManufacturerModelName))
              .trimmed();
    view.label = stringValue(dataset, DCM_ViewPosition);
    view.pixelSizeMm = pixelSpacing(dataset);
    applyScanComment(stringValue(dataset, DCM_ImageComments), scan, view);
}

Expected<Scan> scanFromDataset(DcmDataset &dataset, const QString &defaultId)
{
    Expected<PixelLayout> layout = readLayout(dataset);
    if (!layout)
        return layout.error();
    if (const Expected<void> geometry = checkGeometry(*layout); !geometry)
        return geometry.error();
    if (const Expected<void> decoded = decodePixelData(dataset); !decoded)
        return decoded.error();
    layout = readLayout(dataset); // decoders may rewrite the colour model and planar configuration
    if (!layout)
        return layout.error();
    if (const Expected<void> format = checkSampleFormat(*layout); !format)
        return format.error();
    Expected<ScanView> view = readPixels(dataset, *layout);
    if (!view)
        return view.error();
    Scan scan;
    scan.id = defaultId;
    readMetadata(dataset, scan, *view);
    scan.views.append(std::move(*view));
    return scan;
}

Expected<Scan> scanFromFileFormat(DcmFileFormat &file, const QString &defaultId, const QString &name)
{
    DcmDataset *dataset = file.getDataset();
    if (dataset == nullptr)
        return makeError(ErrorCode::Format, name + QStringLiteral(": no data set"));
    Expected<Scan> scan = scanFromDataset(*dataset, defaultId);
    if (!scan)
        return scan.error().withContext(name);
    return scan;
}

} // namespace

Expected<Scan> readDicomFile(const QString &path)
{
    registerDicomDecoders();
    DcmFileFormat file;
    if (auto loaded = loadDicomFile(path, file); !loaded)
        return loaded.error();
    return scanFromFileFormat(file, QFileInfo(path).completeBaseName(), path);
}

Expected<Scan> readDicomBuffer(const QByteArray &bytes, const QString &name)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::Format, name + QStringLiteral(": no bytes"));
    if (const Expected<void> meta = checkMetaHeaderLengths(bytes.left(MetaHeaderCheckBytes), bytes.size()); !meta)
        return meta.error().withContext(name);
    registerDicomDecoders();
    DicomByteStream stream(bytes);
    DcmFileFormat file;
    file.transferInit();
    // Values that fit in the bytes are read at once: loading them later from a reopened memory
    // stream gave other pixels. Longer ones are deferred, so a corrupt length allocates nothing
    // before the value is found to end with the bytes.
    const Uint32 readAtOnce
        = Uint32(std::min<qsizetype>(std::max<qsizetype>(bytes.size(), DCM_MaxReadLength), 0xfffffffe));
    const OFCondition status = file.read(stream, EXS_Unknown, EGL_noChange, readAtOnce);
    file.transferEnd();
    if (status.bad())
        return dcmtkError(ErrorCode::Format, QStringLiteral("not a readable DICOM data set"), status).withContext(name);
    return scanFromFileFormat(file, name, name);
}

} // namespace pen
