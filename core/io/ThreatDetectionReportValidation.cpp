// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// checkThreatReport(), declared in ThreatDetectionReport.h: everything that could not be stored as
// given is refused before anything is written.
#include "io/ThreatDetectionReport.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace pen {
namespace {

constexpr int LongStringLength = 64; // LO, and each component group of PN

Expected<void> checkText(const QString &value, int maxLength, const QString &field)
{
    if (value.size() > maxLength)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1 has %2 characters, at most %3 fit").arg(field).arg(value.size()).arg(maxLength));
    if (value.contains(QLatin1Char('\\')))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 contains a backslash").arg(field));
    return {};
}

Expected<void> checkUid(const QString &uid, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*$"));
    if (!uid.isEmpty() && (uid.size() > 64 || !pattern.match(uid).hasMatch()))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 \"%2\" is not a UID").arg(field, uid));
    return {};
}

/// Values are stored as 32-bit floats (VR FL): they must be finite there too.
bool fitsFloat(double value)
{
    return std::isfinite(value) && std::abs(value) <= double(std::numeric_limits<float>::max());
}

Expected<void> checkRegion(const Region &region, const QString &field)
{
    if (region.viewIndex < 0 || region.viewIndex > 0xffff)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 has view index %2").arg(field).arg(region.viewIndex));
    if (region.isPolygon()) {
        if (region.polygon.size() < 3)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1 is a polygon of %2 points, at least 3 are needed")
                                 .arg(field)
                                 .arg(region.polygon.size()));
        for (const QPointF &point : region.polygon) {
            if (!fitsFloat(point.x()) || !fitsFloat(point.y()))
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("%1 has a point that is not a number").arg(field));
        }
        return {};
    }
    const QRectF &box = region.box;
    if (!fitsFloat(box.x()) || !fitsFloat(box.y()) || !fitsFloat(box.width()) || !fitsFloat(box.height()))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 has a box coordinate that is not a number").arg(field));
    if (box.width() <= 0 || box.height() <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 has no points: neither a polygon nor a box of positive size").arg(field));
    return {};
}

Expected<void> checkObject(const ThreatReport::Object &object, int index)
{
    const QString field = QStringLiteral("objects[%1]").arg(index);
    if (object.category.isEmpty())
        return makeError(ErrorCode::InvalidArgument, field + QStringLiteral(".category is empty"));
    if (!std::isfinite(object.probability) || object.probability < 0 || object.probability > 1)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1.probability %2 is not within 0..1").arg(field).arg(object.probability));
    return checkRegion(object.region, field + QStringLiteral(".region"));
}

Expected<void> checkNames(const ThreatReport &report)
{
    const struct {
        const QString &value;
        const char *field;
    } names[] = {
        {report.scanId, "scanId"},
        {report.algorithmName, "algorithmName"},
        {report.algorithmVersion, "algorithmVersion"},
        {report.vendor, "vendor"},
        {report.operatorName, "operatorName"},
    };
    for (const auto &name : names) {
        if (const Expected<void> valid = checkText(name.value, LongStringLength, QLatin1String(name.field)); !valid)
            return valid;
    }
    if (report.operatorName.contains(QLatin1Char('^')) || report.operatorName.contains(QLatin1Char('=')))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("operatorName contains ^ or =, which separate parts of a DICOM name"));
    return {};
}

} // namespace

Expected<void> checkThreatReport(const ThreatReport &report)
{
    if (report.scanId.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("scanId is empty"));
    if (const Expected<void> names = checkNames(report); !names)
        return names;
    if (!report.created.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("created is not a valid time"));
    if (!std::isfinite(report.alarmScore))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("alarmScore is not a number"));
    if (!fitsFloat(report.processingSeconds * 1000) || report.processingSeconds < 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("processingSeconds %1 is not a duration").arg(report.processingSeconds));
    if (report.objects.size() > 0xffff)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("more than 65535 objects"));
    if (const Expected<void> valid = checkUid(report.studyInstanceUid, QStringLiteral("studyInstanceUid")); !valid)
        return valid;
    if (const Expected<void> valid = checkUid(report.seriesInstanceUid, QStringLiteral("seriesInstanceUid")); !valid)
        return valid;
    for (qsizetype i = 0; i < report.referencedSopInstanceUids.size(); ++i) {
        if (const Expected<void> valid
            = checkUid(report.referencedSopInstanceUids[i], QStringLiteral("referencedSopInstanceUids[%1]").arg(i));
            !valid)
            return valid;
    }
    for (qsizetype i = 0; i < report.objects.size(); ++i) {
        if (const Expected<void> valid = checkObject(report.objects[i], int(i)); !valid)
            return valid;
    }
    return {};
}

} // namespace pen
