// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// readThreatDetectionReport(), declared in ThreatDetectionReport.h.
#include "io/DicomMetaHeader.h"
#include "io/ThreatDetectionReport.h"
#include "io/ThreatDetectionReportTerms.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <cmath>

namespace pen {
namespace {

QString tagName(const DcmTagKey &tag)
{
    return QString::fromLatin1(DcmTag(tag).getTagName());
}

/// The whole value (all of a multi-valued string), decoded as UTF-8 (ISO_IR 192 is what we write).
QString text(DcmItem &item, const DcmTagKey &tag)
{
    OFString value;
    if (item.findAndGetOFStringArray(tag, value).bad())
        return {};
    return QString::fromUtf8(value.c_str(), qsizetype(value.size())).trimmed();
}

QString textValue(DcmItem &item, const DcmTagKey &tag, unsigned long position)
{
    OFString value;
    if (item.findAndGetOFString(tag, value, position).bad())
        return {};
    return QString::fromUtf8(value.c_str(), qsizetype(value.size())).trimmed();
}

Expected<QString> required(DcmItem &item, const DcmTagKey &tag)
{
    const QString value = text(item, tag);
    if (value.isEmpty())
        return makeError(ErrorCode::Format, tagName(tag) + QStringLiteral(" is missing"));
    return value;
}

std::vector<double> floats(DcmItem &item, const DcmTagKey &tag)
{
    std::vector<double> values;
    Float32 value = 0;
    for (unsigned long i = 0; item.findAndGetFloat32(tag, value, i).good(); ++i)
        values.push_back(double(value));
    return values;
}

bool hasOurPrivateBlock(DcmItem &item)
{
    return text(item, tdr::PrivateCreatorTag) == QLatin1String(tdr::PrivateCreator);
}

/// DICOM DT "YYYYMMDDHHMMSS.FFF&ZZXX"; without an offset the time is taken as UTC.
QDateTime parseDateTime(const QString &value)
{
    QString stamp = value;
    int offsetSeconds = 0;
    const qsizetype sign = std::max(value.lastIndexOf(QLatin1Char('+')), value.lastIndexOf(QLatin1Char('-')));
    if (sign >= 0 && value.size() - sign == 5) {
        const int hours = value.mid(sign + 1, 2).toInt();
        const int minutes = value.mid(sign + 3, 2).toInt();
        offsetSeconds = (hours * 3600 + minutes * 60) * (value.at(sign) == QLatin1Char('-') ? -1 : 1);
        stamp = value.left(sign);
    }
    const QString format
        = stamp.contains(QLatin1Char('.')) ? QStringLiteral("yyyyMMddHHmmss.zzz") : QStringLiteral("yyyyMMddHHmmss");
    const qsizetype fraction = stamp.indexOf(QLatin1Char('.'));
    if (fraction >= 0)
        stamp = (stamp + QStringLiteral("000")).left(fraction + 4); // milliseconds, as QDateTime keeps
    const QDateTime local = QDateTime::fromString(stamp, format);
    if (!local.isValid())
        return {};
    return QDateTime(local.date(), local.time(), QTimeZone(offsetSeconds));
}

/// Bounding Polygon (x, y, z triples): two points are a box's opposite corners, more a polygon.
Expected<Region> regionFrom(DcmItem &representation)
{
    Region region;
    const std::vector<double> polygon = floats(representation, DCM_BoundingPolygon);
    if (!polygon.empty()) {
        if (polygon.size() % 3 != 0 || polygon.size() < 6)
            return makeError(
                ErrorCode::Format,
                QStringLiteral("BoundingPolygon has %1 values, not points of x, y, z").arg(polygon.size()));
        if (polygon.size() == 6) {
            region.box = QRectF(QPointF(polygon[0], polygon[1]), QPointF(polygon[3], polygon[4])).normalized();
            return region;
        }
        for (size_t i = 0; i < polygon.size(); i += 3)
            region.polygon.append(QPointF(polygon[i], polygon[i + 1]));
        return region;
    }
    DcmItem *roi = nullptr;
    if (representation.findAndGetSequenceItem(DCM_ThreatROIVoxelSequence, roi, 0).good()) {
        const std::vector<double> base = floats(*roi, DCM_ThreatROIBase);
        const std::vector<double> extents = floats(*roi, DCM_ThreatROIExtents);
        if (base.size() >= 2 && extents.size() >= 2) {
            region.box = QRectF(base[0], base[1], extents[0], extents[1]);
            return region;
        }
    }
    return makeError(ErrorCode::Format, QStringLiteral("neither a BoundingPolygon nor a Threat ROI"));
}

/// The view an object lies in: our private index, else the position of the referenced image among
/// the images the report refers to (added to report.referencedSopInstanceUids as they come).
int viewIndexOf(DcmItem &representation, ThreatReport &report)
{
    QString image;
    DcmItem *reference = nullptr;
    if (representation.findAndGetSequenceItem(DCM_ReferencedInstanceSequence, reference, 0).good())
        image = text(*reference, DCM_ReferencedSOPInstanceUID);
    Uint16 privateIndex = 0;
    int view = 0;
    if (hasOurPrivateBlock(representation)
        && representation.findAndGetUint16(tdr::PrivateViewIndex, privateIndex).good()) {
        view = privateIndex;
    } else if (!image.isEmpty()) {
        view = int(report.referencedSopInstanceUids.indexOf(image));
        if (view < 0)
            view = int(report.referencedSopInstanceUids.size());
    }
    if (!image.isEmpty()) {
        while (report.referencedSopInstanceUids.size() <= view)
            report.referencedSopInstanceUids.append(QString());
        report.referencedSopInstanceUids[view] = image;
    }
    return view;
}

Expected<ThreatReport::Object> objectFrom(DcmItem &threat, ThreatReport &report)
{
    ThreatReport::Object object;
    DcmItem *assessment = nullptr;
    if (threat.findAndGetSequenceItem(DCM_ATDAssessmentSequence, assessment, 0).bad())
        return makeError(ErrorCode::Format, QStringLiteral("ATDAssessmentSequence is missing"));
    object.category = text(*assessment, DCM_ThreatCategoryDescription);
    if (object.category.isEmpty())
        object.category = text(*assessment, DCM_ThreatCategory).toLower();
    if (object.category.isEmpty())
        return makeError(ErrorCode::Format, QStringLiteral("ThreatCategory is missing"));
    const std::vector<double> probability = floats(*assessment, DCM_ATDAssessmentProbability);
    object.probability = probability.empty() ? 1 : probability.front();
    DcmItem *representation = nullptr;
    if (threat.findAndGetSequenceItem(DCM_PTORepresentationSequence, representation, 0).bad())
        return makeError(ErrorCode::Format, QStringLiteral("PTORepresentationSequence is missing"));
    Expected<Region> region = regionFrom(*representation);
    if (!region)
        return region.error();
    object.region = *region;
    object.region.viewIndex = viewIndexOf(*representation, report);
    return object;
}

Expected<void> readObjects(DcmDataset &dataset, ThreatReport &report)
{
    DcmItem *threat = nullptr;
    for (unsigned long i = 0; dataset.findAndGetSequenceItem(DCM_ThreatSequence, threat, long(i)).good(); ++i) {
        Expected<ThreatReport::Object> object = objectFrom(*threat, report);
        if (!object)
            return object.error().withContext(QStringLiteral("ThreatSequence[%1]").arg(i));
        report.objects.append(*object);
    }
    return {};
}

void readAuthor(DcmDataset &dataset, ThreatReport &report)
{
    if (report.author == ThreatReport::Author::Machine) {
        report.algorithmName = textValue(dataset, DCM_ThreatDetectionAlgorithmAndVersion, 0);
        report.algorithmVersion = textValue(dataset, DCM_ThreatDetectionAlgorithmAndVersion, 1);
        report.vendor = text(dataset, DCM_Manufacturer);
        return;
    }
    report.operatorName = text(dataset, DCM_OperatorsName);
    DcmItem *operatorItem = nullptr;
    if (dataset.findAndGetSequenceItem(DCM_OperatorIdentificationSequence, operatorItem, 0).good())
        report.vendor = text(*operatorItem, DCM_InstitutionName);
}

Expected<void> readDecision(DcmDataset &dataset, ThreatReport &report)
{
    const QString type = text(dataset, DCM_TDRType);
    if (type != QLatin1String(tdr::TypeMachine) && type != QLatin1String(tdr::TypeOperator))
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("TDR Type \"%1\" is neither MACHINE nor OPERATOR").arg(type));
    report.author
        = type == QLatin1String(tdr::TypeMachine) ? ThreatReport::Author::Machine : ThreatReport::Author::Officer;
    const QString decision = text(dataset, DCM_AlarmDecision);
    if (decision != QLatin1String(tdr::DecisionAlarm) && decision != QLatin1String(tdr::DecisionClear))
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("Alarm Decision \"%1\" is neither ALARM nor CLEAR").arg(decision));
    report.alarm = decision == QLatin1String(tdr::DecisionAlarm);
    Float64 score = 0;
    if (hasOurPrivateBlock(dataset) && dataset.findAndGetFloat64(tdr::PrivateAlarmScore, score).good())
        report.alarmScore = score;
    else
        report.alarmScore = report.alarm ? 1 : 0;
    report.created = parseDateTime(text(dataset, DCM_AlarmDecisionTime));
    if (!report.created.isValid())
        return makeError(ErrorCode::Format, QStringLiteral("AlarmDecisionTime is missing or not a date and time"));
    const std::vector<double> milliseconds = floats(dataset, DCM_TotalProcessingTime);
    report.processingSeconds = milliseconds.empty() ? 0 : milliseconds.front() / 1000;
    return {};
}

Expected<ThreatReport> reportFrom(DcmDataset &dataset)
{
    const QString sopClass = text(dataset, DCM_SOPClassUID);
    if (sopClass != QLatin1String(UID_DICOS_ThreatDetectionReportStorage))
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("SOP class %1 is not a DICOS Threat Detection Report").arg(sopClass));
    ThreatReport report;
    for (const auto &[tag, target] :
         {std::pair{DCM_PatientID, &report.scanId}, std::pair{DCM_StudyInstanceUID, &report.studyInstanceUid},
          std::pair{DCM_SeriesInstanceUID, &report.seriesInstanceUid}}) {
        Expected<QString> value = required(dataset, tag);
        if (!value)
            return value.error();
        *target = *value;
    }
    if (const Expected<void> decision = readDecision(dataset, report); !decision)
        return decision.error();
    readAuthor(dataset, report);
    if (const Expected<void> objects = readObjects(dataset, report); !objects)
        return objects.error();
    return report;
}

} // namespace

Expected<ThreatReport> readThreatDetectionReport(const QString &path)
{
    DcmFileFormat file;
    if (auto loaded = loadDicomFile(path, file); !loaded)
        return loaded.error();
    Expected<ThreatReport> report = reportFrom(*file.getDataset());
    if (!report)
        return report.error().withContext(path);
    return report;
}

Expected<ThreatReport> readThreatDetectionReportBuffer(const QByteArray &bytes, const QString &name)
{
    DcmFileFormat file;
    if (auto loaded = loadDicomBuffer(bytes, name, file); !loaded)
        return loaded.error();
    Expected<ThreatReport> report = reportFrom(*file.getDataset());
    if (!report)
        return report.error().withContext(name);
    return report;
}

} // namespace pen
