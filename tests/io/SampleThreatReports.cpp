// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "SampleThreatReports.h"

#include <QTimeZone>

namespace pen::test {

ThreatReport machineAlarmReport()
{
    ThreatReport report;
    report.scanId = QStringLiteral("container-0042");
    report.referencedSopInstanceUids = {QStringLiteral("2.25.1111"), QStringLiteral("2.25.2222")};
    report.studyInstanceUid = QStringLiteral("2.25.3333");
    report.seriesInstanceUid = QStringLiteral("2.25.4444");
    report.author = ThreatReport::Author::Machine;
    report.algorithmName = QStringLiteral("ReferenceDetector");
    report.algorithmVersion = QStringLiteral("2.1.0");
    report.vendor = QStringLiteral("Example Vision GmbH");
    report.alarm = true;
    report.alarmScore = 0.8765432101;
    Region box;
    box.box = QRectF(10.5, 20.25, 30, 40.75);
    Region polygon;
    polygon.viewIndex = 1;
    polygon.polygon = {QPointF(5, 5), QPointF(60.5, 8), QPointF(33.25, 47)};
    Region smallBox;
    smallBox.viewIndex = 1;
    smallBox.box = QRectF(1, 2, 3, 4);
    report.objects = {{QStringLiteral("narcotics"), box, 0.875},
                      {QStringLiteral("weapon"), polygon, 0.5},
                      {QStringLiteral("explosive"), smallBox, 0.25}};
    report.processingSeconds = 1.25;
    report.created = QDateTime(QDate(2024, 5, 17), QTime(10, 30, 15, 250), QTimeZone(2 * 3600));
    return report;
}

ThreatReport officerAlarmReport()
{
    ThreatReport report;
    report.scanId = QStringLiteral("Übersee-Paket №7");
    report.studyInstanceUid = QStringLiteral("2.25.5555");
    report.seriesInstanceUid = QStringLiteral("2.25.6666");
    report.author = ThreatReport::Author::Officer;
    report.operatorName = QStringLiteral("Anna Müller-Lüdenscheidt");
    report.vendor = QStringLiteral("Zoll Hamburg");
    report.alarm = true;
    report.alarmScore = 1;
    Region polygon;
    polygon.polygon = {QPointF(0, 0), QPointF(16, 0), QPointF(16, 9), QPointF(0, 9)};
    report.objects = {{QStringLiteral("cigarettes"), polygon, 1}};
    report.processingSeconds = 12.5;
    report.created = QDateTime(QDate(2024, 11, 3), QTime(8, 5, 0, 125), QTimeZone(-5 * 3600));
    return report;
}

ThreatReport machineClearReport()
{
    ThreatReport report;
    report.scanId = QStringLiteral("parcel-1");
    report.algorithmName = QStringLiteral("ReferenceDetector");
    report.algorithmVersion = QStringLiteral("2.1.0");
    report.vendor = QStringLiteral("Example Vision GmbH");
    report.alarmScore = 0.125;
    report.processingSeconds = 0.5;
    report.created = QDateTime(QDate(2024, 5, 17), QTime(10, 31, 0), QTimeZone::utc());
    return report;
}

} // namespace pen::test
