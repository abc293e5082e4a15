// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomVolumeReader.h"

#include "io/DicomCodecs.h"
#include "io/DicomFunctionalGroups.h"
#include "io/DicomMetaHeader.h"
#include "io/DicomPixelDecoding.h"
#include "io/DicomSopClass.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QFileInfo>

namespace pen {
namespace {

QString stringValue(DcmDataset &dataset, const DcmTagKey &tag)
{
    OFString value;
    if (dataset.findAndGetOFStringArray(tag, value).bad())
        return {};
    return QString::fromUtf8(value.c_str(), qsizetype(value.length())).trimmed();
}

Expected<PixelLayout> volumeLayout(DcmDataset &dataset)
{
    if (!dataset.tagExists(DCM_PixelData))
        return makeError(ErrorCode::Unsupported, QStringLiteral("holds no pixel data, no volume to read"));
    Expected<PixelLayout> layout = readLayout(dataset);
    if (!layout)
        return layout.error();
    if (const Expected<void> geometry = checkGeometry(*layout); !geometry)
        return geometry.error();
    if (!layout->isGrey())
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("a CT volume is grey, this one is %1").arg(layout->photometric));
    if (layout->frames < 2)
        return makeError(ErrorCode::Unsupported, QStringLiteral("one frame: a 2-D image, not a volume"));
    if (layout->bitsAllocated != 8 && layout->bitsAllocated != 16)
        return makeError(
            ErrorCode::Unsupported,
            QStringLiteral("BitsAllocated %1: volumes are read from 8- or 16-bit samples").arg(layout->bitsAllocated));
    return layout;
}

Expected<void> readSpacing(DcmDataset &dataset, CtVolume &volume)
{
    const std::optional<double> rowSpacing
        = numberInDatasetOrSharedGroup(dataset, DCM_PixelSpacing, DCM_PixelMeasuresSequence, 0);
    const std::optional<double> columnSpacing
        = numberInDatasetOrSharedGroup(dataset, DCM_PixelSpacing, DCM_PixelMeasuresSequence, 1);
    if (!rowSpacing || !columnSpacing || *rowSpacing <= 0 || *columnSpacing <= 0)
        return makeError(ErrorCode::Format, QStringLiteral("no Pixel Spacing: the volume's size is unknown"));
    std::optional<double> sliceSpacing
        = numberInDatasetOrSharedGroup(dataset, DCM_SpacingBetweenSlices, DCM_PixelMeasuresSequence);
    if (!sliceSpacing || *sliceSpacing <= 0)
        sliceSpacing = numberInDatasetOrSharedGroup(dataset, DCM_SliceThickness, DCM_PixelMeasuresSequence);
    if (!sliceSpacing || *sliceSpacing <= 0)
        return makeError(ErrorCode::Format,
                         QStringLiteral("neither Spacing Between Slices nor Slice Thickness: the volume's depth is "
                                        "unknown"));
    volume.rowSpacingMm = *rowSpacing;
    volume.columnSpacingMm = *columnSpacing;
    volume.sliceSpacingMm = *sliceSpacing;
    return {};
}

// The stored value of a sample: the BitsStored bits that end at HighBit, sign-extended where the
// pixel representation is signed.
struct SampleFormat {
    int shift = 0;
    quint32 mask = 0;
    bool isSigned = false;
    int bitsStored = 16;

    explicit SampleFormat(const PixelLayout &layout)
        : shift(layout.highBit + 1 - layout.bitsStored),
          mask(layout.bitsStored >= 32 ? 0xffffffffu : (1u << layout.bitsStored) - 1u), isSigned(layout.isSigned()),
          bitsStored(layout.bitsStored)
    {
    }
    int valueOf(quint32 sample) const
    {
        const quint32 bits = (sample >> shift) & mask;
        if (isSigned && (bits >> (bitsStored - 1)) != 0)
            return int(bits) - int(1u << bitsStored);
        return int(bits);
    }
};

template <typename Sample>
void rescaleInto(const Sample *samples, const SampleFormat &format, double slope, double intercept,
                 std::vector<float> &values)
{
    for (size_t i = 0; i < values.size(); ++i)
        values[i] = float(format.valueOf(samples[i]) * slope + intercept);
}

Expected<void> readValues(DcmDataset &dataset, const PixelLayout &layout, CtVolume &volume)
{
    const double slope
        = numberInDatasetOrSharedGroup(dataset, DCM_RescaleSlope, DCM_PixelValueTransformationSequence).value_or(1.0);
    const double intercept
        = numberInDatasetOrSharedGroup(dataset, DCM_RescaleIntercept, DCM_PixelValueTransformationSequence)
              .value_or(0.0);
    const SampleFormat format(layout);
    volume.values.assign(size_t(layout.pixelCount()), 0.0f);
    unsigned long count = 0;
    if (layout.bitsAllocated == 16) {
        const Uint16 *samples = nullptr;
        if (dataset.findAndGetUint16Array(DCM_PixelData, samples, &count).bad() || samples == nullptr)
            return makeError(ErrorCode::Format, QStringLiteral("cannot read the pixel data"));
        if (count < layout.pixelCount())
            return makeError(ErrorCode::Format,
                             QStringLiteral("the pixel data holds %1 samples, %2 x %3 x %4 need %5")
                                 .arg(count)
                                 .arg(layout.columns)
                                 .arg(layout.rows)
                                 .arg(layout.frames)
                                 .arg(layout.pixelCount()));
        rescaleInto(samples, format, slope, intercept, volume.values);
    } else {
        const Uint8 *samples = nullptr;
        if (dataset.findAndGetUint8Array(DCM_PixelData, samples, &count).bad() || samples == nullptr)
            return makeError(ErrorCode::Format, QStringLiteral("cannot read the pixel data"));
        if (count < layout.pixelCount())
            return makeError(
                ErrorCode::Format,
                QStringLiteral("the pixel data holds %1 bytes, %2 are needed").arg(count).arg(layout.pixelCount()));
        rescaleInto(samples, format, slope, intercept, volume.values);
    }
    return {};
}

enum class Voxels { Read, LeftOut };

// Without reading the voxels: uncompressed pixel data must be as long as the header says.
Expected<void> checkPixelDataLength(DcmDataset &dataset, const PixelLayout &layout)
{
    DcmElement *pixels = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, pixels).bad() || pixels == nullptr)
        return makeError(ErrorCode::Format, QStringLiteral("cannot read the pixel data"));
    if (DcmXfer(dataset.getOriginalXfer()).isEncapsulated())
        return {}; // compressed: its length says nothing of the voxels
    const quint64 needed = layout.pixelCount() * quint64(layout.bitsAllocated / 8);
    if (quint64(pixels->getLength()) < needed)
        return makeError(ErrorCode::Format,
                         QStringLiteral("the pixel data holds %1 bytes, %2 x %3 x %4 need %5")
                             .arg(pixels->getLength())
                             .arg(layout.columns)
                             .arg(layout.rows)
                             .arg(layout.frames)
                             .arg(needed));
    return {};
}

Expected<CtVolume> volumeFromDataset(DcmDataset &dataset, Voxels voxels)
{
    Expected<PixelLayout> layout = volumeLayout(dataset);
    if (!layout)
        return layout.error();
    CtVolume volume;
    if (const Expected<void> spacing = readSpacing(dataset, volume); !spacing)
        return spacing.error();
    volume.columns = layout->columns;
    volume.rows = layout->rows;
    volume.slices = layout->frames;
    if (voxels == Voxels::LeftOut) {
        if (const Expected<void> length = checkPixelDataLength(dataset, *layout); !length)
            return length.error();
    } else {
        if (const Expected<void> frames = normaliseNumberOfFrames(dataset, *layout); !frames)
            return frames.error();
        if (const Expected<void> decoded = decodePixelData(dataset); !decoded)
            return decoded.error();
        if (const Expected<void> values = readValues(dataset, *layout, volume); !values)
            return values.error();
    }
    volume.peakKv = numberInDatasetOrSharedGroup(dataset, DCM_KVP, DCM_CTXRayDetailsSequence);
    if (volume.peakKv && *volume.peakKv <= 0)
        volume.peakKv.reset();
    volume.frameOfReferenceUid = stringValue(dataset, DCM_FrameOfReferenceUID);
    volume.scanner
        = (stringValue(dataset, DCM_Manufacturer) + QLatin1Char(' ') + stringValue(dataset, DCM_ManufacturerModelName))
              .trimmed();
    return volume;
}

Expected<CtVolume> volumeFromFileFormat(DcmFileFormat &file, const QString &name, Voxels voxels)
{
    DcmDataset *dataset = file.getDataset();
    if (dataset == nullptr)
        return makeError(ErrorCode::Format, name + QStringLiteral(": no data set"));
    Expected<CtVolume> volume = volumeFromDataset(*dataset, voxels);
    if (!volume)
        return volume.error().withContext(name + QStringLiteral(": ") + sopClassName(file));
    return volume;
}

} // namespace

Expected<CtVolume> readDicomVolume(const QString &path)
{
    registerDicomDecoders();
    DcmFileFormat file;
    if (auto loaded = loadDicomFile(path, file); !loaded)
        return loaded.error();
    return volumeFromFileFormat(file, path, Voxels::Read);
}

Expected<CtVolume> readDicomVolumeHeader(const QString &path)
{
    registerDicomDecoders();
    DcmFileFormat file;
    constexpr quint32 LeavePixelsOnDisk = 4096;
    if (auto loaded = loadDicomFile(path, file, LeavePixelsOnDisk); !loaded)
        return loaded.error();
    return volumeFromFileFormat(file, path, Voxels::LeftOut);
}

Expected<CtVolume> readDicomVolumeBuffer(const QByteArray &bytes, const QString &name)
{
    registerDicomDecoders();
    DcmFileFormat file;
    if (auto loaded = loadDicomBuffer(bytes, name, file); !loaded)
        return loaded.error();
    return volumeFromFileFormat(file, name, Voxels::Read);
}

} // namespace pen
