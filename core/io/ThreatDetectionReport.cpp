// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/ThreatDetectionReport.h"
#include "io/DicomFileSaving.h"

#include "io/DicosInspectionAttributes.h"
#include "io/ThreatDetectionReportTerms.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcostrmb.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcvrfd.h>
#include <dcmtk/dcmdata/dcvrus.h>

#include <QCryptographicHash>
#include <QDataStream>
#include <QSaveFile>

#include <array>
#include <cstdlib>
#include <vector>

namespace pen {
namespace {

constexpr int ShortStringLength = 16; // SH: Code Value

// ---- UIDs derived from the content

QString uidFor(const QByteArray &content)
{
    return uidFromDigest(QCryptographicHash::hash(content, QCryptographicHash::Sha256));
}

/// Every field of the report in a fixed binary form, for the SOP instance UID.
QByteArray contentBytes(const ThreatReport &report)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << report.scanId << report.referencedSopInstanceUids << report.studyInstanceUid << report.seriesInstanceUid
        << int(report.author) << report.algorithmName << report.algorithmVersion << report.vendor << report.operatorName
        << report.alarm << report.alarmScore << report.processingSeconds << report.created.toMSecsSinceEpoch()
        << report.created.offsetFromUtc() << qint64(report.objects.size());
    for (const ThreatReport::Object &object : report.objects)
        out << object.category << object.probability << object.region.viewIndex << object.region.box
            << object.region.polygon;
    return bytes;
}

struct Uids {
    QString study, series, instance;
};

Uids uidsFor(const ThreatReport &report)
{
    Uids uids;
    uids.study = !report.studyInstanceUid.isEmpty()
        ? report.studyInstanceUid
        : uidFor(QStringLiteral("tdr study\n%1").arg(report.scanId).toUtf8());
    const QString author = report.author == ThreatReport::Author::Machine
        ? QStringLiteral("machine\n%1\n%2\n%3").arg(report.vendor, report.algorithmName, report.algorithmVersion)
        : QStringLiteral("officer\n%1\n%2").arg(report.vendor, report.operatorName);
    uids.series = !report.seriesInstanceUid.isEmpty()
        ? report.seriesInstanceUid
        : uidFor(QStringLiteral("tdr series\n%1\n%2").arg(uids.study, author).toUtf8());
    uids.instance = uidFor(QByteArray("tdr instance\n") + uids.series.toLatin1() + '\n' + contentBytes(report));
    return uids;
}

// ---- attributes

/// Puts attributes into a data set or a sequence item and keeps the first DCMTK failure with the
/// tag it concerned.
class AttributeWriter {
public:
    explicit AttributeWriter(DcmItem &item) : m_item(item) {}

    void put(const DcmTagKey &tag, const QString &value) { put(tag, value.toUtf8().constData()); }
    void put(const DcmTagKey &tag, const char *value)
    {
        check(m_item.putAndInsertOFStringArray(tag, OFString(value)), tag);
    }
    void putUint16(const DcmTagKey &tag, int value) { check(m_item.putAndInsertUint16(tag, Uint16(value)), tag); }
    void putFloats(const DcmTagKey &tag, const std::vector<Float32> &values)
    {
        check(m_item.putAndInsertFloat32Array(tag, values.data(), static_cast<unsigned long>(values.size())), tag);
    }
    void putEmpty(const DcmTagKey &tag) { check(m_item.insertEmptyElement(tag), tag); }

    /// Private elements have no dictionary entry, so their VR is given here.
    void putPrivateDouble(const DcmTagKey &tag, double value)
    {
        auto *element = new DcmFloatingPointDouble(DcmTag(tag, EVR_FD));
        insert(element, element->putFloat64(value), tag);
    }
    void putPrivateUint16(const DcmTagKey &tag, int value)
    {
        auto *element = new DcmUnsignedShort(DcmTag(tag, EVR_US));
        insert(element, element->putUint16(Uint16(value)), tag);
    }

    /// A new item appended to the sequence (created when missing), or nullptr after a failure.
    DcmItem *appendItem(const DcmTagKey &sequence)
    {
        DcmItem *item = nullptr;
        check(m_item.findOrCreateSequenceItem(sequence, item, -2), sequence);
        return m_status.good() ? item : nullptr;
    }

    void adopt(const Expected<void> &nested, const DcmTagKey &tag)
    {
        if (!nested && m_status.good()) {
            m_status = EC_IllegalCall;
            m_failedTag = tag;
            m_nestedError = nested.error().message;
        }
    }

    Expected<void> result() const
    {
        if (m_status.good())
            return {};
        const QString tag = QString::fromLatin1(DcmTag(m_failedTag).getTagName());
        if (!m_nestedError.isEmpty())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: %2").arg(tag, m_nestedError));
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("cannot set %1: %2").arg(tag, QString::fromLocal8Bit(m_status.text())));
    }

private:
    void check(const OFCondition &status, const DcmTagKey &tag)
    {
        if (status.bad() && m_status.good()) {
            m_status = status;
            m_failedTag = tag;
        }
    }
    void insert(DcmElement *element, const OFCondition &put, const DcmTagKey &tag)
    {
        OFCondition status = put;
        if (status.good())
            status = m_item.insert(element, true);
        else
            delete element;
        check(status, tag);
    }

    DcmItem &m_item;
    OFCondition m_status = EC_Normal;
    DcmTagKey m_failedTag;
    QString m_nestedError;
};

QString utcOffset(const QDateTime &time)
{
    const int minutes = time.offsetFromUtc() / 60;
    return QStringLiteral("%1%2%3")
        .arg(minutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(std::abs(minutes) / 60, 2, 10, QLatin1Char('0'))
        .arg(std::abs(minutes) % 60, 2, 10, QLatin1Char('0'));
}

/// Date and time as the report's author saw them, with the offset from UTC kept alongside.
struct DicomTimes {
    QString date, time, dateTime, offset;
};

DicomTimes dicomTimes(const QDateTime &created)
{
    const QDateTime local = created.toOffsetFromUtc(created.offsetFromUtc());
    const QString offset = utcOffset(local);
    return {local.toString(QStringLiteral("yyyyMMdd")), local.toString(QStringLiteral("HHmmss.zzz")),
            local.toString(QStringLiteral("yyyyMMddHHmmss.zzz")) + offset, offset};
}

/// SOP common, object of inspection (the patient modules in DICOS), general scan (study), TDR
/// series and general equipment.
void putCommonModules(AttributeWriter &out, const ThreatReport &report, const Uids &uids, const DicomTimes &when)
{
    out.put(DCM_SpecificCharacterSet, "ISO_IR 192");
    out.put(DCM_SOPClassUID, UID_DICOS_ThreatDetectionReportStorage);
    out.put(DCM_SOPInstanceUID, uids.instance);
    out.put(DCM_InstanceCreationDate, when.date);
    out.put(DCM_InstanceCreationTime, when.time);
    out.put(DCM_TimezoneOffsetFromUTC, when.offset);
    out.put(DCM_PatientName, "");
    out.put(DCM_PatientID, report.scanId);
    out.put(DCM_PatientBirthDate, "");
    out.put(DCM_PatientSex, "");
    out.put(DCM_StudyInstanceUID, uids.study);
    out.put(DCM_StudyDate, when.date);
    out.put(DCM_StudyTime, when.time);
    out.put(DCM_ReferringPhysicianName, "");
    out.put(DCM_StudyID, "1");
    out.put(DCM_AccessionNumber, "");
    out.put(DCM_Modality, "TDR");
    out.put(DCM_SeriesInstanceUID, uids.series);
    out.put(DCM_SeriesNumber, "1");
    out.put(DCM_SeriesDate, when.date);
    out.put(DCM_SeriesTime, when.time);
    const bool machine = report.author == ThreatReport::Author::Machine;
    out.put(DCM_Manufacturer, machine ? report.vendor : QString());
    if (machine && !report.algorithmName.isEmpty())
        out.put(DCM_ManufacturerModelName, report.algorithmName);
    if (machine && !report.algorithmVersion.isEmpty())
        out.put(DCM_SoftwareVersions, report.algorithmVersion);
    out.put(DCM_InstanceNumber, "1");
    out.put(DCM_ContentDate, when.date);
    out.put(DCM_ContentTime, when.time);
}

/// Operator Identification Sequence: the Person Identification Macro with the name as the code.
Expected<void> putOperator(DcmItem &item, const ThreatReport &report)
{
    AttributeWriter out(item);
    if (DcmItem *code = out.appendItem(DCM_PersonIdentificationCodeSequence)) {
        AttributeWriter codeOut(*code);
        // Code Value holds 16 characters; longer names go into Long Code Value instead.
        codeOut.put(report.operatorName.size() <= ShortStringLength ? DCM_CodeValue : DCM_LongCodeValue,
                    report.operatorName.isEmpty() ? QStringLiteral("UNKNOWN") : report.operatorName);
        codeOut.put(DCM_CodingSchemeDesignator, "99PEN");
        codeOut.put(DCM_CodeMeaning, report.operatorName.isEmpty() ? QStringLiteral("unknown") : report.operatorName);
        out.adopt(codeOut.result(), DCM_PersonIdentificationCodeSequence);
    }
    out.put(DCM_InstitutionName, report.vendor);
    return out.result();
}

void putAuthor(AttributeWriter &out, const ThreatReport &report)
{
    if (report.author == ThreatReport::Author::Machine) {
        out.put(DCM_TDRType, tdr::TypeMachine);
        out.put(DCM_ThreatDetectionAlgorithmAndVersion,
                report.algorithmName + QLatin1Char('\\') + report.algorithmVersion);
        return;
    }
    out.put(DCM_TDRType, tdr::TypeOperator);
    out.put(DCM_OperatorsName, report.operatorName);
    if (DcmItem *item = out.appendItem(DCM_OperatorIdentificationSequence))
        out.adopt(putOperator(*item, report), DCM_OperatorIdentificationSequence);
}

std::vector<Float32> boundingPolygon(const Region &region)
{
    std::vector<Float32> points;
    auto add = [&points](QPointF point) {
        points.insert(points.end(), {Float32(point.x()), Float32(point.y()), 0.0F});
    };
    if (region.isPolygon()) {
        for (const QPointF &point : region.polygon)
            add(point);
    } else { // two points are the opposite corners of a box
        add(region.box.topLeft());
        add(region.box.bottomRight());
    }
    return points;
}

/// One PTO representation: the view image it is seen in, its Threat ROI and its Bounding Polygon.
Expected<void> putRepresentation(DcmItem &item, const ThreatReport &report, const Region &region)
{
    AttributeWriter out(item);
    const QString image = report.referencedSopInstanceUids.value(region.viewIndex);
    if (!image.isEmpty()) {
        if (DcmItem *reference = out.appendItem(DCM_ReferencedInstanceSequence)) {
            AttributeWriter referenceOut(*reference);
            referenceOut.put(DCM_ReferencedSOPClassUID, UID_DICOS_DigitalXRayImageStorageForPresentation);
            referenceOut.put(DCM_ReferencedSOPInstanceUID, image);
            out.adopt(referenceOut.result(), DCM_ReferencedInstanceSequence);
        }
    }
    if (DcmItem *roi = out.appendItem(DCM_ThreatROIVoxelSequence)) {
        const QRectF bounds = region.bounds();
        AttributeWriter roiOut(*roi);
        roiOut.putFloats(DCM_ThreatROIBase, {Float32(bounds.x()), Float32(bounds.y()), 0.0F});
        roiOut.putFloats(DCM_ThreatROIExtents, {Float32(bounds.width()), Float32(bounds.height()), 0.0F});
        roiOut.putEmpty(DCM_ThreatROIBitmap); // empty: every pixel of the ROI belongs to the object
        out.adopt(roiOut.result(), DCM_ThreatROIVoxelSequence);
    }
    out.putFloats(DCM_BoundingPolygon, boundingPolygon(region));
    out.put(tdr::PrivateCreatorTag, tdr::PrivateCreator);
    out.putPrivateUint16(tdr::PrivateViewIndex, region.viewIndex);
    return out.result();
}

Expected<void> putAssessment(DcmItem &item, const ThreatReport &report, const ThreatReport::Object &object)
{
    AttributeWriter out(item);
    out.put(DCM_ThreatCategory, tdr::dicosThreatCategory(object.category));
    out.put(DCM_ThreatCategoryDescription, object.category);
    out.put(DCM_ATDAbilityAssessment, "NO_INTERFERENCE");
    out.put(DCM_ATDAssessmentFlag, report.alarm ? tdr::FlagThreat : tdr::FlagNoThreat);
    out.putFloats(DCM_ATDAssessmentProbability, {Float32(object.probability)});
    return out.result();
}

Expected<void> putThreat(DcmItem &item, const ThreatReport &report, int index)
{
    const ThreatReport::Object &object = report.objects[index];
    AttributeWriter out(item);
    out.putUint16(DCM_PotentialThreatObjectID, index + 1);
    if (DcmItem *assessment = out.appendItem(DCM_ATDAssessmentSequence))
        out.adopt(putAssessment(*assessment, report, object), DCM_ATDAssessmentSequence);
    if (DcmItem *representation = out.appendItem(DCM_PTORepresentationSequence))
        out.adopt(putRepresentation(*representation, report, object.region), DCM_PTORepresentationSequence);
    return out.result();
}

/// The TDR module with its Threat Sequence.
void putReportModule(AttributeWriter &out, const ThreatReport &report, const DicomTimes &when)
{
    putAuthor(out, report);
    out.put(DCM_AlarmDecision, report.alarm ? tdr::DecisionAlarm : tdr::DecisionClear);
    out.put(DCM_AlarmDecisionTime, when.dateTime);
    out.put(DCM_AbortFlag, "SUCCESS");
    const int count = int(report.objects.size());
    out.putUint16(DCM_NumberOfTotalObjects, count);
    out.putUint16(DCM_NumberOfAlarmObjects, report.alarm ? count : 0);
    out.putFloats(DCM_TotalProcessingTime, {Float32(report.processingSeconds * 1000)}); // milliseconds
    for (int i = 0; i < count; ++i) {
        if (DcmItem *threat = out.appendItem(DCM_ThreatSequence))
            out.adopt(putThreat(*threat, report, i), DCM_ThreatSequence);
    }
    out.put(tdr::PrivateCreatorTag, tdr::PrivateCreator);
    out.putPrivateDouble(tdr::PrivateAlarmScore, report.alarmScore);
}

} // namespace

Expected<void> writeThreatDetectionReport(const QString &path, const ThreatReport &report)
{
    if (const Expected<void> valid = checkThreatReport(report); !valid)
        return valid.error().withContext(path);
    const DicomTimes when = dicomTimes(report.created);
    DcmFileFormat file;
    AttributeWriter out(*file.getDataset());
    putCommonModules(out, report, uidsFor(report), when);
    // DICOS picks the baggage- or the person-specific PTO details by OOI Type; ours are never persons.
    out.adopt(putDicosInspectionAttributes(*file.getDataset(), "BAGGAGE"), DCM_DICOSVersion);
    putReportModule(out, report, when);
    if (const Expected<void> filled = out.result(); !filled)
        return filled.error().withContext(path);
    if (const Expected<void> saved = saveDicomAtomically(file, path); !saved)
        return saved.error().withContext(path);
    return {};
}

} // namespace pen
