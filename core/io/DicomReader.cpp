// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomReader.h"

#include "io/DicomCodecs.h"
#include "io/DicomMetaHeader.h"
#include "io/DicomPixelDecoding.h"
#include "io/DicomPixelLayout.h"
#include "io/DicomRenderedPixels.h"
#include "io/DicomScanComment.h"
#include "io/DicomSopClass.h"
#include "io/DicomStoredPixels.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

QString stringValue(DcmDataset &dataset, const DcmTagKey &tag)
{
    OFString value;
    if (dataset.findAndGetOFStringArray(tag, value).bad())
        return {}; // absent or empty: the attributes read this way are optional
    return QString::fromUtf8(value.c_str(), qsizetype(value.length())).trimmed();
}

/// A file without Pixel Data is either not an image at all (a report, a directory) or a broken one.
Expected<void> checkHasPixelData(DcmDataset &dataset)
{
    if (dataset.tagExists(DCM_PixelData))
        return {};
    if (dataset.tagExists(DCM_FloatPixelData) || dataset.tagExists(DCM_DoubleFloatPixelData))
        return makeError(ErrorCode::Unsupported, QStringLiteral("floating-point pixel data cannot be shown"));
    if (!dataset.tagExists(DCM_Rows))
        return makeError(ErrorCode::Unsupported, QStringLiteral("holds no image (no pixel data), nothing to show"));
    return makeError(ErrorCode::Format, QStringLiteral("no pixel data"));
}

Expected<FrameRange> chooseFrames(const PixelLayout &layout, const DicomReadOptions &options)
{
    if (options.frame) {
        if (*options.frame < 0 || *options.frame >= layout.frames)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("frame %1 was asked for, the image has %2 frames")
                                 .arg(*options.frame)
                                 .arg(layout.frames));
        return FrameRange{*options.frame, 1};
    }
    if (layout.frames == 2 && layout.isGrey())
        return FrameRange{0, 2}; // dual energy: low, high
    return FrameRange{0, 1};
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

std::optional<double> peakVoltage(DcmDataset &dataset)
{
    Float64 kv = 0;
    if (dataset.findAndGetFloat64(DCM_KVP, kv, 0).good() && std::isfinite(kv) && kv > 0)
        return kv;
    return std::nullopt;
}

void readMetadata(DcmDataset &dataset, Scan &scan, ScanView &view)
{
    scan.scanner
        = (stringValue(dataset, DCM_Manufacturer) + QLatin1Char(' ') + stringValue(dataset, DCM_ManufacturerModelName))
              .trimmed();
    view.label = stringValue(dataset, DCM_ViewPosition);
    view.pixelSizeMm = pixelSpacing(dataset);
    view.peakKv = peakVoltage(dataset);
    applyScanComment(stringValue(dataset, DCM_ImageComments), scan, view);
}

Expected<ScanView> readView(DcmDataset &dataset, const DicomReadOptions &options)
{
    Expected<PixelLayout> layout = readLayout(dataset);
    if (!layout)
        return layout.error();
    if (const Expected<void> geometry = checkGeometry(*layout); !geometry)
        return geometry.error();
    const Expected<FrameRange> frames = chooseFrames(*layout, options);
    if (!frames)
        return frames.error();
    if (const Expected<void> frameCount = normaliseNumberOfFrames(dataset, *layout); !frameCount)
        return frameCount.error();
    if (const Expected<void> decoded = decodePixelData(dataset); !decoded)
        return decoded.error();
    layout = readLayout(dataset); // decoders may rewrite the colour model and planar configuration
    if (!layout)
        return layout.error();
    return holdsStoredPixels(*layout) ? readStoredPixels(dataset, *layout, *frames)
                                      : readRenderedPixels(dataset, *layout, *frames);
}

Expected<Scan> scanFromDataset(DcmDataset &dataset, const QString &defaultId, const DicomReadOptions &options)
{
    if (const Expected<void> pixels = checkHasPixelData(dataset); !pixels)
        return pixels.error();
    Expected<ScanView> view = readView(dataset, options);
    if (!view)
        return view.error();
    Scan scan;
    scan.id = defaultId;
    readMetadata(dataset, scan, *view);
    scan.views.append(std::move(*view));
    return scan;
}

Expected<Scan> scanFromFileFormat(DcmFileFormat &file, const QString &defaultId, const QString &name,
                                  const DicomReadOptions &options)
{
    DcmDataset *dataset = file.getDataset();
    if (dataset == nullptr)
        return makeError(ErrorCode::Format, name + QStringLiteral(": no data set"));
    Expected<Scan> scan = scanFromDataset(*dataset, defaultId, options);
    if (!scan) // one line: the file, what it is, why it cannot be shown
        return scan.error().withContext(name + QStringLiteral(": ") + sopClassName(file));
    return scan;
}

} // namespace

Expected<Scan> readDicomFile(const QString &path, const DicomReadOptions &options)
{
    registerDicomDecoders();
    DcmFileFormat file;
    if (auto loaded = loadDicomFile(path, file); !loaded)
        return loaded.error();
    return scanFromFileFormat(file, QFileInfo(path).completeBaseName(), path, options);
}

Expected<Scan> readDicomBuffer(const QByteArray &bytes, const QString &name, const DicomReadOptions &options)
{
    registerDicomDecoders();
    DcmFileFormat file;
    if (auto loaded = loadDicomBuffer(bytes, name, file); !loaded)
        return loaded.error();
    return scanFromFileFormat(file, name, name, options);
}

} // namespace pen
