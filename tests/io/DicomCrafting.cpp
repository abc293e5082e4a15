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
#include <dcmtk/dcmdata/dcvrus.h>
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

namespace {

Image16 expectedGreyFrame(const CraftedImage &image, const std::vector<quint16> &samples, int frame)
{
    const size_t framePixels = size_t(image.columns) * size_t(image.rows);
    const quint16 maxValue = quint16((quint32(1) << image.bitsStored) - 1);
    // Signed values v become v + 2^(BitsStored-1): for the stored bit pattern, a flip of its top bit.
    const quint16 signFlip = image.pixelRepresentation == 1 ? quint16(1u << (image.bitsStored - 1)) : 0;
    const bool invert = image.photometric == QLatin1String("MONOCHROME1");
    Image16 channel(image.columns, image.rows);
    for (size_t i = 0; i < framePixels; ++i) {
        const quint16 value = samples[size_t(frame) * framePixels + i] ^ signFlip;
        channel.pixels[i] = invert ? quint16(maxValue - value) : value;
    }
    return channel;
}

} // namespace

ScanView expectedView(const CraftedImage &image, std::optional<int> frame)
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
        const size_t first = size_t(frame.value_or(0)) * framePixels * 3;
        for (size_t i = 0; i < framePixels * 3; ++i) {
            const size_t pixel = i / 3, channel = i % 3;
            view.colour.rgb[i] = quint8(
                image.planarConfiguration == 0 ? samples[first + i] : samples[first + channel * framePixels + pixel]);
        }
        return view;
    }
    const bool dual = image.frames == 2 && !frame;
    view.kind = dual ? ViewKind::DualEnergy : ViewKind::SingleEnergy;
    for (int f = dual ? 0 : frame.value_or(0); f < (dual ? 2 : frame.value_or(0) + 1); ++f)
        view.channels.push_back(expectedGreyFrame(image, samples, f));
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
    // After encoding: DCMTK's encoders read NumberOfFrames only as IS.
    if (image.numberOfFramesAsUS) {
        auto *frames = new DcmUnsignedShort(DcmTag(DCM_NumberOfFrames, EVR_US));
        frames->putUint16(Uint16(image.frames));
        if (const OFCondition status = dataset.insert(frames, true); status.bad()) {
            delete frames; // not taken by the data set
            return text(status, "NumberOfFrames");
        }
    }
    return text(file.saveFile(OFFilename(path.toLocal8Bit().constData()), xfer), "saving");
}

namespace {

constexpr int PaletteColumns = 7, PaletteRows = 5;

quint8 paletteIndex(int pixel)
{
    return quint8((pixel * 37) % 256);
}

/// 16-bit entries whose top 8 bits are the colour: red i, green 255 - i, blue 7i (mod 256).
std::vector<Uint16> paletteTable(int channel)
{
    std::vector<Uint16> table(256);
    for (int i = 0; i < 256; ++i) {
        const int colour = channel == 0 ? i : channel == 1 ? 255 - i : (i * 7) % 256;
        table[size_t(i)] = Uint16(colour * 256 + (i % 200));
    }
    return table;
}

OFCondition putPalette(DcmDataset &dataset)
{
    const DcmTagKey descriptors[]
        = {DCM_RedPaletteColorLookupTableDescriptor, DCM_GreenPaletteColorLookupTableDescriptor,
           DCM_BluePaletteColorLookupTableDescriptor};
    const DcmTagKey tables[] = {DCM_RedPaletteColorLookupTableData, DCM_GreenPaletteColorLookupTableData,
                                DCM_BluePaletteColorLookupTableData};
    OFCondition status = EC_Normal;
    for (int channel = 0; channel < 3 && status.good(); ++channel) {
        auto *descriptor = new DcmUnsignedShort(DcmTag(descriptors[channel], EVR_US));
        if (status = dataset.insert(descriptor, true); status.bad()) {
            delete descriptor; // not taken by the data set
            break;
        }
        const Uint16 values[3] = {256, 0, 16}; // 256 entries, the first mapped index 0, 16 bits each
        status = descriptor->putUint16Array(values, 3);
        const std::vector<Uint16> table = paletteTable(channel);
        if (status.good())
            status = dataset.putAndInsertUint16Array(tables[channel], table.data(), Uint32(table.size()));
    }
    return status;
}

} // namespace

QString craftPaletteColourFile(const QString &path)
{
    registerEncoders();
    DcmFileFormat file;
    DcmDataset &dataset = *file.getDataset();
    CraftedImage image;
    image.columns = PaletteColumns;
    image.rows = PaletteRows;
    image.bitsAllocated = image.bitsStored = 8;
    image.photometric = QStringLiteral("PALETTE COLOR");
    if (const OFCondition status = putImageAttributes(dataset, image); status.bad())
        return text(status, "attributes");
    if (const OFCondition status = putPalette(dataset); status.bad())
        return text(status, "palette");
    std::vector<Uint8> indices(size_t(PaletteColumns * PaletteRows));
    for (size_t i = 0; i < indices.size(); ++i)
        indices[i] = paletteIndex(int(i));
    if (const OFCondition status
        = dataset.putAndInsertUint8Array(DCM_PixelData, indices.data(), Uint32(indices.size()));
        status.bad())
        return text(status, "pixel data");
    if (const OFCondition status = dataset.chooseRepresentation(EXS_RLELossless, nullptr); status.bad())
        return text(status, "encoding");
    return text(file.saveFile(OFFilename(path.toLocal8Bit().constData()), EXS_RLELossless), "saving");
}

ScanView expectedPaletteView()
{
    ScanView view;
    view.kind = ViewKind::Colour;
    view.width = PaletteColumns;
    view.height = PaletteRows;
    view.pixelSizeMm = 0.5;
    view.colour = RgbImage8(PaletteColumns, PaletteRows);
    for (int pixel = 0; pixel < PaletteColumns * PaletteRows; ++pixel) {
        for (int channel = 0; channel < 3; ++channel)
            view.colour.rgb[size_t(pixel * 3 + channel)] = quint8(paletteTable(channel)[paletteIndex(pixel)] >> 8);
    }
    return view;
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
