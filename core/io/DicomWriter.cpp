// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomWriter.h"
#include "io/DicomFileSaving.h"

#include "io/DicomScanComment.h"
#include "io/DicosInspectionAttributes.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcostrmb.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QSaveFile>

#include <QTimeZone>

#include <array>
#include <vector>

namespace pen {
namespace {

/// The reader refuses larger images; never write what cannot be read back.
constexpr quint64 MaxPixelCount = quint64(1) << 28;
constexpr int MaxSide = 65535; // Rows and Columns are 16-bit

/// Puts attributes into a data set and keeps the first DCMTK failure with the tag it concerned.
class AttributeWriter {
public:
    explicit AttributeWriter(DcmDataset &dataset) : m_dataset(dataset) {}

    void put(const DcmTagKey &tag, const QString &value)
    {
        check(m_dataset.putAndInsertOFStringArray(tag, OFString(value.toUtf8().constData())), tag);
    }
    void put(const DcmTagKey &tag, const char *value) { check(m_dataset.putAndInsertString(tag, value), tag); }
    void putUint16(const DcmTagKey &tag, int value) { check(m_dataset.putAndInsertUint16(tag, Uint16(value)), tag); }
    void putTagValue(const DcmTagKey &tag, const DcmTagKey &value)
    {
        check(m_dataset.putAndInsertTagKey(tag, value), tag);
    }
    void putUid(const DcmTagKey &tag, const QString &uid) { put(tag, uid); }
    void putEmpty(const DcmTagKey &tag) { check(m_dataset.insertEmptyElement(tag), tag); }
    /// Keeps the first failure of a helper that writes several attributes itself.
    void adopt(const Expected<void> &nested, const DcmTagKey &tag)
    {
        if (!nested && m_status.good())
            m_nestedError = nested.error().message;
        if (!nested)
            check(EC_IllegalCall, tag);
    }

    Expected<void> result() const
    {
        if (m_status.good())
            return {};
        if (!m_nestedError.isEmpty())
            return makeError(ErrorCode::InvalidArgument, m_nestedError);
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("cannot set %1: %2")
                .arg(QString::fromLatin1(DcmTag(m_failedTag).getTagName()), QString::fromLocal8Bit(m_status.text())));
    }

private:
    void check(const OFCondition &status, const DcmTagKey &tag)
    {
        if (status.bad() && m_status.good()) {
            m_status = status;
            m_failedTag = tag;
        }
    }

    DcmDataset &m_dataset;
    OFCondition m_status = EC_Normal;
    DcmTagKey m_failedTag;
    QString m_nestedError;
};

Expected<void> checkView(const Scan &scan, int viewIndex, DicomFlavour flavour)
{
    if (viewIndex < 0 || viewIndex >= scan.views.size())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("scan %1 has no view %2").arg(scan.id).arg(viewIndex));
    const ScanView &view = scan.views[viewIndex];
    if (flavour == DicomFlavour::DicosDx && view.kind == ViewKind::Colour)
        return makeError(ErrorCode::Unsupported, QStringLiteral("DICOS DX holds energy channels, not colour images"));
    if (view.width <= 0 || view.height <= 0 || view.width > MaxSide || view.height > MaxSide
        || quint64(view.width) * quint64(view.height) * 2 > MaxPixelCount)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("cannot store a %1 x %2 image").arg(view.width).arg(view.height));
    const size_t pixels = size_t(view.width) * size_t(view.height);
    if (view.kind == ViewKind::Colour) {
        if (view.colour.rgb.size() != pixels * 3)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("the colour image does not match the view size"));
        return {};
    }
    if (int(view.channels.size()) != view.expectedChannelCount())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 view without its %2 channels")
                             .arg(viewKindKey(view.kind))
                             .arg(view.expectedChannelCount()));
    for (const Image16 &channel : view.channels) {
        if (channel.width != view.width || channel.height != view.height || channel.pixels.size() != pixels)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("a channel does not match the view size"));
    }
    return {};
}

const char *sopClassFor(const ScanView &view, DicomFlavour flavour)
{
    if (flavour == DicomFlavour::DicosDx)
        return UID_DICOS_DigitalXRayImageStorageForPresentation;
    return view.kind == ViewKind::Colour ? UID_SecondaryCaptureImageStorage
                                         : UID_MultiframeGrayscaleWordSecondaryCaptureImageStorage;
}

void addPixels(QCryptographicHash &hash, const ScanView &view)
{
    for (const Image16 &channel : view.channels)
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(channel.pixels.data()),
                                    qsizetype(channel.pixels.size() * sizeof(quint16))));
    hash.addData(
        QByteArrayView(reinterpret_cast<const char *>(view.colour.rgb.data()), qsizetype(view.colour.rgb.size())));
}

struct Uids {
    QString study, series, instance;
};

/// Study from the scan (id, scanner, every view's pixels), series from the view, instance from the
/// view's pixels and the SOP class (a DICOS and a secondary-capture copy are different instances).
Uids uidsFor(const Scan &scan, const ScanView &view, DicomFlavour flavour)
{
    QCryptographicHash study(QCryptographicHash::Sha256);
    study.addData(QStringLiteral("study\n%1\n%2\n").arg(scan.id, scan.scanner).toUtf8());
    for (const ScanView &each : scan.views)
        addPixels(study, each);
    const QByteArray studyDigest = study.result();
    QCryptographicHash series(QCryptographicHash::Sha256);
    series.addData(studyDigest + QStringLiteral("\nseries\n%1").arg(view.label).toUtf8());
    const QByteArray seriesDigest = series.result();
    QCryptographicHash instance(QCryptographicHash::Sha256);
    instance.addData(seriesDigest + QByteArray("\ninstance\n") + sopClassFor(view, flavour));
    addPixels(instance, view);
    return {uidFromDigest(studyDigest), uidFromDigest(seriesDigest), uidFromDigest(instance.result())};
}

/// Dates honour SOURCE_DATE_EPOCH (reproducible-builds.org) so that generated sets are the same
/// bytes on every build; otherwise the time of writing.
QDateTime writingTime()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc()) : QDateTime::currentDateTime();
}

/// Patient (the object of inspection in DICOS), study, series, equipment, general image, SOP common.
void putCommonModules(AttributeWriter &out, const Scan &scan, const ScanView &view, DicomFlavour flavour)
{
    const QDateTime now = writingTime();
    const Uids uids = uidsFor(scan, view, flavour);
    const QString date = now.toString(QStringLiteral("yyyyMMdd"));
    const QString time = now.toString(QStringLiteral("HHmmss"));
    out.put(DCM_SpecificCharacterSet, "ISO_IR 192");
    out.put(DCM_SOPClassUID, sopClassFor(view, flavour));
    out.putUid(DCM_SOPInstanceUID, uids.instance);
    out.put(DCM_InstanceCreationDate, date);
    out.put(DCM_InstanceCreationTime, time);
    out.put(DCM_PatientName, "");
    out.put(DCM_PatientID, scan.id);
    out.put(DCM_PatientBirthDate, "");
    out.put(DCM_PatientSex, "");
    out.putUid(DCM_StudyInstanceUID, uids.study);
    out.put(DCM_StudyDate, date);
    out.put(DCM_StudyTime, time);
    out.put(DCM_ReferringPhysicianName, "");
    out.put(DCM_StudyID, "1");
    out.put(DCM_AccessionNumber, "");
    out.putUid(DCM_SeriesInstanceUID, uids.series);
    out.put(DCM_SeriesNumber, "1");
    out.put(DCM_SeriesDate, date);
    out.put(DCM_SeriesTime, time);
    out.put(DCM_Manufacturer, scan.scanner.left(64));
    // Scanned objects have no sides: "U" (unpaired) settles Laterality, whose condition (a paired body
    // part) validators cannot tell otherwise.
    out.put(DCM_ImageLaterality, "U");
    out.put(DCM_InstanceNumber, "1");
    out.put(DCM_ContentDate, date);
    out.put(DCM_ContentTime, time);
    out.put(DCM_ImageComments, scanCommentFor(scan, view));
}

void putGreyPixelModule(AttributeWriter &out, const ScanView &view, DicomFlavour flavour)
{
    out.putUint16(DCM_SamplesPerPixel, 1);
    out.put(DCM_PhotometricInterpretation, "MONOCHROME2");
    out.putUint16(DCM_Rows, view.height);
    out.putUint16(DCM_Columns, view.width);
    out.putUint16(DCM_BitsAllocated, 16);
    out.putUint16(DCM_BitsStored, 16);
    out.putUint16(DCM_HighBit, 15);
    out.putUint16(DCM_PixelRepresentation, 0);
    out.put(DCM_NumberOfFrames, QString::number(view.channels.size()));
    // Secondary capture allows the frame pointer only for several frames; DICOS labels every frame.
    if (view.channels.size() > 1 || flavour == DicomFlavour::DicosDx) {
        out.putTagValue(DCM_FrameIncrementPointer, DCM_FrameLabelVector);
        out.put(DCM_FrameLabelVector, view.kind == ViewKind::DualEnergy ? "LOW ENERGY\\HIGH ENERGY" : "SINGLE ENERGY");
    }
    out.put(DCM_PresentationLUTShape, "IDENTITY");
    out.put(DCM_RescaleIntercept, "0");
    out.put(DCM_RescaleSlope, "1");
    out.put(DCM_RescaleType, "US");
    out.put(DCM_BurnedInAnnotation, "NO");
}

void putColourPixelModule(AttributeWriter &out, const ScanView &view)
{
    out.putUint16(DCM_SamplesPerPixel, 3);
    out.put(DCM_PhotometricInterpretation, "RGB");
    out.putUint16(DCM_PlanarConfiguration, 0);
    out.putUint16(DCM_Rows, view.height);
    out.putUint16(DCM_Columns, view.width);
    out.putUint16(DCM_BitsAllocated, 8);
    out.putUint16(DCM_BitsStored, 8);
    out.putUint16(DCM_HighBit, 7);
    out.putUint16(DCM_PixelRepresentation, 0);
    out.put(DCM_BurnedInAnnotation, "NO");
}

QString decimal(double value)
{
    return QString::number(value, 'g', 10);
}

// KVP in kV, a linear accelerator's too: at MeV the viewer's material colours change meaning.
void putPeakVoltage(AttributeWriter &out, const ScanView &view)
{
    if (view.peakKv)
        out.put(DCM_KVP, decimal(*view.peakKv));
}

void putSecondaryCaptureModules(AttributeWriter &out, const ScanView &view)
{
    out.put(DCM_Modality, "OT");
    out.put(DCM_ConversionType, "WSD");
    out.put(DCM_PatientOrientation, "");
    if (view.pixelSizeMm)
        out.put(DCM_PixelSpacing, decimal(*view.pixelSizeMm) + QLatin1Char('\\') + decimal(*view.pixelSizeMm));
    putPeakVoltage(out, view);
}

/// DICOS DX reuses the DX series, image, detector and acquisition context modules (a DICOS reader
/// sees a DX image) and adds its own attributes (DicosInspectionAttributes.h, acquisition status).
void putDicosModules(AttributeWriter &out, DcmDataset &dataset, const Scan &scan, const ScanView &view)
{
    out.adopt(putDicosInspectionAttributes(dataset, dicosOoiType(scan.objectKind)), DCM_DICOSVersion);
    out.put(DCM_OOITypeDescriptor, objectKindKey(scan.objectKind)); // finer than the OOI Type
    out.put(DCM_Modality, "DX");
    out.put(DCM_AcquisitionStatus, "SUCCESSFUL");
    out.putEmpty(DCM_AcquisitionContextSequence); // type 2: nothing is known of the acquisition context
    out.put(DCM_PresentationIntentType, "FOR PRESENTATION");
    out.put(DCM_ImageType, "DERIVED\\PRIMARY");
    out.put(DCM_PixelIntensityRelationship, "LIN");
    out.put(DCM_PixelIntensityRelationshipSign, "1");
    out.put(DCM_LossyImageCompression, "00");
    out.put(DCM_WindowCenter, "32768");
    out.put(DCM_WindowWidth, "65536");
    out.put(DCM_DetectorType, "");
    out.put(DCM_PatientOrientation, "");
    out.put(DCM_ViewPosition, "");
    if (view.pixelSizeMm) {
        const QString spacing = decimal(*view.pixelSizeMm) + QLatin1Char('\\') + decimal(*view.pixelSizeMm);
        out.put(DCM_ImagerPixelSpacing, spacing);
        out.put(DCM_PixelSpacing, spacing);
    }
    putPeakVoltage(out, view);
}

Expected<void> putPixelData(DcmDataset &dataset, const ScanView &view)
{
    auto *element = new DcmPixelData(DCM_PixelData);
    OFCondition status;
    if (view.kind == ViewKind::Colour) {
        Uint8 *bytes = nullptr;
        status = element->createUint8Array(Uint32(view.colour.rgb.size()), bytes);
        if (status.good())
            std::copy(view.colour.rgb.begin(), view.colour.rgb.end(), bytes);
    } else {
        const size_t framePixels = size_t(view.width) * size_t(view.height);
        Uint16 *words = nullptr;
        status = element->createUint16Array(Uint32(framePixels * view.channels.size()), words);
        for (size_t c = 0; status.good() && c < view.channels.size(); ++c)
            std::copy(view.channels[c].pixels.begin(), view.channels[c].pixels.end(), words + c * framePixels);
    }
    if (status.good())
        status = dataset.insert(element, true);
    else
        delete element;
    if (status.bad())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("cannot store the pixel data: %1").arg(QString::fromLocal8Bit(status.text())));
    return {};
}

Expected<void> fillDataset(DcmDataset &dataset, const Scan &scan, const ScanView &view, DicomFlavour flavour)
{
    AttributeWriter out(dataset);
    putCommonModules(out, scan, view, flavour);
    if (view.kind == ViewKind::Colour)
        putColourPixelModule(out, view);
    else
        putGreyPixelModule(out, view, flavour);
    if (flavour == DicomFlavour::DicosDx)
        putDicosModules(out, dataset, scan, view);
    else
        putSecondaryCaptureModules(out, view);
    if (const Expected<void> attributes = out.result(); !attributes)
        return attributes;
    return putPixelData(dataset, view);
}

} // namespace

Expected<void> writeDicomView(const Scan &scan, int viewIndex, const QString &path, DicomFlavour flavour)
{
    if (const Expected<void> valid = checkView(scan, viewIndex, flavour); !valid)
        return valid.error().withContext(path);
    DcmFileFormat file;
    if (const Expected<void> filled = fillDataset(*file.getDataset(), scan, scan.views[viewIndex], flavour); !filled)
        return filled.error().withContext(path);
    if (const Expected<void> saved = saveDicomAtomically(file, path); !saved)
        return saved.error().withContext(path);
    return {};
}

} // namespace pen
