// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CtVolumeCrafting.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcvrus.h>

#include <cmath>

namespace pen::test {
namespace {

QString failed(const OFCondition &status, const char *what)
{
    return status.good() ? QString() : QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(status.text()));
}

// Where the rescale, spacing and voltage go: the data set itself, or one item of a macro of the
// Shared Functional Groups Sequence.
DcmItem *macroItem(DcmDataset &dataset, const DcmTagKey &macro)
{
    DcmItem *shared = nullptr;
    DcmItem *item = nullptr;
    if (dataset.findOrCreateSequenceItem(DCM_SharedFunctionalGroupsSequence, shared, 0).bad()
        || shared->findOrCreateSequenceItem(macro, item, 0).bad())
        return nullptr;
    return item;
}

} // namespace

CtVolume ctPhantom(float rodHu, int columns, int rows, int slices)
{
    CtVolume volume;
    volume.columns = columns;
    volume.rows = rows;
    volume.slices = slices;
    volume.columnSpacingMm = 1;
    volume.rowSpacingMm = 1;
    volume.sliceSpacingMm = 2;
    volume.peakKv = 140;
    volume.frameOfReferenceUid = QStringLiteral("1.2.826.0.1.3680043.10.1385.77");
    volume.values.assign(volume.voxelCount(), -1000.0f);
    for (int z = 0; z < slices; ++z)
        for (int y = 0; y < rows; ++y)
            for (int x = 0; x < columns; ++x) {
                float &value = volume.values[(size_t(z) * size_t(rows) + size_t(y)) * size_t(columns) + size_t(x)];
                if (x >= 10 && x < 30 && y >= 5 && y < 25 && z >= 4 && z < 16)
                    value = 0;
                if (x >= 5 && x < 8 && y >= 10 && y < 20)
                    value = rodHu;
            }
    return volume;
}

QString craftCtVolumeFile(const CtVolume &volume, const QString &path, const CtFileStyle &style)
{
    DcmFileFormat file;
    DcmDataset &dataset = *file.getDataset();
    const char *sopClass = style.dicos ? UID_DICOS_CTImageStorage : UID_CTImageStorage;
    char instance[100];
    OFCondition status = dataset.putAndInsertString(DCM_SOPClassUID, sopClass);
    status = status.good() ? dataset.putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(instance))
                           : status;
    status = status.good() ? dataset.putAndInsertString(DCM_Modality, "CT") : status;
    status = status.good() ? dataset.putAndInsertString(DCM_Manufacturer, "Crafted") : status;
    status = status.good()
        ? dataset.putAndInsertString(DCM_FrameOfReferenceUID, volume.frameOfReferenceUid.toLatin1().constData())
        : status;
    status = status.good() ? dataset.putAndInsertUint16(DCM_Rows, Uint16(volume.rows)) : status;
    status = status.good() ? dataset.putAndInsertUint16(DCM_Columns, Uint16(volume.columns)) : status;
    status = status.good() ? dataset.putAndInsertUint16(DCM_SamplesPerPixel, 1) : status;
    status = status.good() ? dataset.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2") : status;
    status = status.good() ? dataset.putAndInsertUint16(DCM_BitsAllocated, 16) : status;
    status = status.good() ? dataset.putAndInsertUint16(DCM_BitsStored, 16) : status;
    status = status.good() ? dataset.putAndInsertUint16(DCM_HighBit, 15) : status;
    status = status.good() ? dataset.putAndInsertUint16(DCM_PixelRepresentation, style.signedSamples ? 1 : 0) : status;
    if (QString error = failed(status, "attributes"); !error.isEmpty())
        return error;

    const double slope = style.signedSamples ? 1 : 0.5;
    const double intercept = style.signedSamples ? 0 : -1000;
    const QByteArray kv = QByteArray::number(volume.peakKv.value_or(140));
    const QByteArray spacing
        = QByteArray::number(volume.rowSpacingMm) + '\\' + QByteArray::number(volume.columnSpacingMm);
    if (style.dicos) {
        auto *frames = new DcmUnsignedShort(DcmTag(DCM_NumberOfFrames, EVR_US));
        frames->putUint16(Uint16(volume.slices));
        if (const OFCondition inserted = dataset.insert(frames, true); inserted.bad()) {
            delete frames;
            return failed(inserted, "NumberOfFrames");
        }
        DcmItem *transformation = macroItem(dataset, DCM_PixelValueTransformationSequence);
        DcmItem *measures = macroItem(dataset, DCM_PixelMeasuresSequence);
        DcmItem *xray = macroItem(dataset, DCM_CTXRayDetailsSequence);
        if (!transformation || !measures || !xray)
            return QStringLiteral("cannot make the functional groups");
        status = transformation->putAndInsertString(DCM_RescaleSlope, QByteArray::number(slope).constData());
        status = status.good()
            ? transformation->putAndInsertString(DCM_RescaleIntercept, QByteArray::number(intercept).constData())
            : status;
        status = status.good() ? xray->putAndInsertString(DCM_KVP, kv.constData()) : status;
        if (style.withSpacing) {
            status = status.good() ? measures->putAndInsertString(DCM_PixelSpacing, spacing.constData()) : status;
            status = status.good() ? measures->putAndInsertString(DCM_SliceThickness,
                                                                  QByteArray::number(volume.sliceSpacingMm).constData())
                                   : status;
        }
    } else {
        status = dataset.putAndInsertString(DCM_NumberOfFrames, QByteArray::number(volume.slices).constData());
        status = status.good() ? dataset.putAndInsertString(DCM_RescaleSlope, QByteArray::number(slope).constData())
                               : status;
        status = status.good()
            ? dataset.putAndInsertString(DCM_RescaleIntercept, QByteArray::number(intercept).constData())
            : status;
        status = status.good() ? dataset.putAndInsertString(DCM_KVP, kv.constData()) : status;
        if (style.withSpacing) {
            status = status.good() ? dataset.putAndInsertString(DCM_PixelSpacing, spacing.constData()) : status;
            status = status.good() ? dataset.putAndInsertString(DCM_SpacingBetweenSlices,
                                                                QByteArray::number(volume.sliceSpacingMm).constData())
                                   : status;
        }
    }
    if (QString error = failed(status, "rescale and spacing"); !error.isEmpty())
        return error;

    std::vector<Uint16> samples(volume.values.size());
    for (size_t i = 0; i < samples.size(); ++i) {
        const long stored = std::lround((volume.values[i] - intercept) / slope);
        samples[i] = style.signedSamples ? Uint16(Sint16(stored)) : Uint16(stored);
    }
    if (style.pixelDataSamples >= 0)
        samples.resize(size_t(style.pixelDataSamples));
    status = dataset.putAndInsertUint16Array(DCM_PixelData, samples.data(), Uint32(samples.size()));
    if (QString error = failed(status, "pixel data"); !error.isEmpty())
        return error;
    return failed(file.saveFile(OFFilename(path.toLocal8Bit().constData()), EXS_LittleEndianExplicit), "saving");
}

} // namespace pen::test
