// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DicomCrafting.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmjpeg/djencode.h>
#include <dcmtk/dcmjpls/djencode.h>

#include <mutex>

namespace pen::test {
namespace {

void registerEncoders()
{
    static std::once_flag once;
    std::call_once(once, [] {
        DJEncoderRegistration::registerCodecs();
        DJLSEncoderRegistration::registerCodecs();
        DcmRLEEncoderRegistration::registerCodecs();
    });
}

QString text(const OFCondition &status, const char *what)
{
    return status.good() ? QString() : QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(status.text()));
}

OFCondition putImageAttributes(DcmDataset &dataset, const CraftedImage &image)
{
    char uid[100];
    OFCondition status = dataset.putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
    const auto put = [&](const DcmTagKey &tag, const char *value) {
        if (status.good())
            status = dataset.putAndInsertString(tag, value);
    };
    const auto putUint16 = [&](const DcmTagKey &tag, int value) {
        if (status.good())
            status = dataset.putAndInsertUint16(tag, Uint16(value));
    };
    put(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
    put(DCM_Manufacturer, "Crafted");
    put(DCM_ManufacturerModelName, "Test");
    put(DCM_ImagerPixelSpacing, "0.5\\0.5");
    put(DCM_PhotometricInterpretation, image.photometric.toLatin1().constData());
    putUint16(DCM_Rows, image.rows);
    putUint16(DCM_Columns, image.columns);
    putUint16(DCM_SamplesPerPixel, image.samples);
    putUint16(DCM_BitsAllocated, image.bitsAllocated);
    putUint16(DCM_BitsStored, image.bitsStored);
    putUint16(DCM_HighBit, image.bitsStored - 1);
    putUint16(DCM_PixelRepresentation, image.pixelRepresentation);
    if (image.samples > 1)
        putUint16(DCM_PlanarConfiguration, image.planarConfiguration);
    if (image.frames != 1)
        put(DCM_NumberOfFrames, QByteArray::number(image.frames).constData());
    return status;
}

OFCondition putPixelData(DcmDataset &dataset, const CraftedImage &image)
{
    const std::vector<quint16> samples = image.pixelDataBytes < 0
        ? storedSamples(image)
        : std::vector<quint16>(size_t(image.pixelDataBytes) / size_t(image.bitsAllocated / 8), 7);
    if (image.bitsAllocated == 16)
        return dataset.putAndInsertUint16Array(DCM_PixelData, samples.data(), Uint32(samples.size()));
    const std::vector<Uint8> bytes(samples.begin(), samples.end());
    return dataset.putAndInsertUint8Array(DCM_PixelData, bytes.data(), Uint32(bytes.size()));
}

} // namespace

std::vector<quint16> storedSamples(const CraftedImage &image)
{
    const size_t count = size_t(image.columns) * size_t(image.rows) * size_t(image.frames) * size_t(image.samples);
    const quint32 range = quint32(1) << image.bitsStored;
    std::vector<quint16> samples(count);
    for (size_t i = 0; i < count; ++i)
        samples[i] = quint16((i * 977 + (i / size_t(image.columns)) * 4099) % range);
    return samples;
}

ScanView expectedView(const CraftedImage &image)
{
    const std::vector<quint16> samples = storedSamples(image);
    const size_t framePixels = size_t(image.columns) * size_t(image.rows);
    ScanView view;
    view.width = image.columns;
    view.height = image.rows;
    view.pixelSizeMm = 0.5;
    if (image.samples == 3) {
        view.kind = ViewKind::Colour;
        view.colour = RgbImage8(image.columns, image.rows);
        for (size_t i = 0; i < framePixels * 3; ++i) {
            const size_t pixel = i / 3, channel = i % 3;
            view.colour.rgb[i]
                = quint8(image.planarConfiguration == 0 ? samples[i] : samples[channel * framePixels + pixel]);
        }
        return view;
    }
    view.kind = image.frames == 2 ? ViewKind::DualEnergy : ViewKind::SingleEnergy;
    const quint16 maxValue = quint16((quint32(1) << image.bitsStored) - 1);
    const bool invert = image.photometric == QLatin1String("MONOCHROME1");
    for (int frame = 0; frame < image.frames; ++frame) {
        Image16 channel(image.columns, image.rows);
        for (size_t i = 0; i < framePixels; ++i) {
            const quint16 value = samples[size_t(frame) * framePixels + i];
            channel.pixels[i] = invert ? quint16(maxValue - value) : value;
        }
        view.channels.push_back(channel);
    }
    return view;
}

QString craftDicomFile(const CraftedImage &image, const QString &path, E_TransferSyntax xfer)
{
    registerEncoders();
    DcmFileFormat file;
    DcmDataset &dataset = *file.getDataset();
    if (const OFCondition status = putImageAttributes(dataset, image); status.bad())
        return text(status, "attributes");
    if (image.withPixelData) {
        if (const OFCondition status = putPixelData(dataset, image); status.bad())
            return text(status, "pixel data");
    }
    if (const OFCondition status = dataset.chooseRepresentation(xfer, nullptr); status.bad())
        return text(status, "encoding");
    return text(file.saveFile(OFFilename(path.toLocal8Bit().constData()), xfer), "saving");
}

QString craftJpeg2000File(const QString &path)
{
    DcmFileFormat file;
    DcmDataset &dataset = *file.getDataset();
    if (const OFCondition status = putImageAttributes(dataset, CraftedImage{}); status.bad())
        return text(status, "attributes");
    auto *sequence = new DcmPixelSequence(DcmTag(DCM_PixelData, EVR_OB));
    sequence->insert(new DcmPixelItem(DcmTag(DCM_Item, EVR_OB))); // empty offset table
    auto *fragment = new DcmPixelItem(DcmTag(DCM_Item, EVR_OB));
    const Uint8 garbage[8] = {0xff, 0x4f, 0xff, 0x51, 0xde, 0xad, 0xbe, 0xef};
    fragment->putUint8Array(garbage, sizeof garbage);
    sequence->insert(fragment);
    auto *pixelData = new DcmPixelData(DCM_PixelData);
    pixelData->putOriginalRepresentation(EXS_JPEG2000LosslessOnly, nullptr, sequence);
    if (const OFCondition status = dataset.insert(pixelData, true); status.bad())
        return text(status, "pixel data");
    return text(file.saveFile(OFFilename(path.toLocal8Bit().constData()), EXS_JPEG2000LosslessOnly), "saving");
}

} // namespace pen::test
