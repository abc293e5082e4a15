// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ThreatReportExport.h"
#include "io/ThreatDetectionReport.h"

#include <QDir>
#include <QRegularExpression>

namespace pen::server {

namespace {

const QString UnspecifiedCategory = QStringLiteral("unspecified");

// Names of people and plugins as folder names: letters, digits, '-' and '_' only.
QString pathPart(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    QString part = name;
    part.replace(unsafe, QStringLiteral("_"));
    return part.left(60);
}

// Text for a DICOS attribute: at most 64 characters, no backslash (the value separator).
QString dicomText(const QString &text)
{
    QString value = text.left(64);
    value.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return value;
}

QString phaseFolder(int phase)
{
    switch (MachineEvaluation::Phase(phase)) {
    case MachineEvaluation::Phase::Development: return QStringLiteral("development");
    case MachineEvaluation::Phase::Final: return QStringLiteral("final");
    case MachineEvaluation::Phase::Round: return QStringLiteral("round");
    }
    return QStringLiteral("phase");
}

Expected<void> writeReport(const QString &folder, const QString &relativePath, const ThreatReport &report,
                           QStringList &written)
{
    const QString path = QDir(folder).filePath(relativePath);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1: cannot create the folder").arg(QFileInfo(path).absolutePath()));
    if (auto done = writeThreatDetectionReport(path, report); !done)
        return done.error();
    written.append(relativePath);
    return {};
}

} // namespace

Expected<QStringList> exportThreatReports(const TournamentState &state, const MachineEvaluation &machines,
                                          const TokenRecord &caller, const QString &eventId, const QString &folder)
{
    if (caller.role != Role::Host)
        return makeError(ErrorCode::PermissionDenied, QStringLiteral("only hosts export threat reports"));
    auto event = state.event(caller, eventId);
    if (!event)
        return event.error();
    auto scored = state.scoredAnswers(caller, eventId);
    if (!scored)
        return scored.error();
    auto runs = machines.runs(caller, eventId);
    if (!runs)
        return runs.error();

    QStringList written;
    for (const TournamentState::ScoredAnswer &row : *scored) {
        ThreatReport report;
        report.scanId = row.outcome.scanId;
        report.author = ThreatReport::Author::Officer;
        report.operatorName = dicomText(row.contestant.name);
        report.alarm = !row.answer.marks.isEmpty();
        report.alarmScore = report.alarm ? 1 : 0;
        // A round that does not ask for categories takes marks without one; such a mark is
        // exported as "unspecified" (DICOS OTHER) rather than failing the event's export.
        for (const Mark &mark : row.answer.marks)
            report.objects.append({mark.category.isEmpty() ? UnspecifiedCategory : mark.category, mark.region, 1});
        report.processingSeconds = row.answer.responseSeconds;
        report.created = QDateTime::fromMSecsSinceEpoch(
            row.record.receivedMs ? row.record.receivedMs : event->event.createdMs, Qt::UTC);
        const QString path
            = QStringLiteral("officers/%1/%2/%3-%4.dcm")
                  .arg(pathPart(row.round.id), pathPart(row.contestant.name + QLatin1Char('-') + row.contestant.id))
                  .arg(row.scanIndex + 1, 3, 10, QLatin1Char('0'))
                  .arg(pathPart(row.outcome.scanId));
        if (auto done = writeReport(folder, path, report, written); !done)
            return done.error();
    }
    for (const MachineRunRow &run : *runs) {
        const QJsonObject plugin = run.record.value(QStringLiteral("plugin")).toObject();
        const QString runFolder = QStringLiteral("machines/%1-%2-%3")
                                      .arg(pathPart(run.record.value(QStringLiteral("label")).toString()),
                                           phaseFolder(run.phase), pathPart(run.id));
        for (const MachineAnswer &answer : MachineEvaluation::answersOf(run)) {
            if (answer.failed())
                continue;
            ThreatReport report;
            report.scanId = answer.scanId;
            report.author = ThreatReport::Author::Machine;
            report.algorithmName = dicomText(plugin.value(QStringLiteral("name")).toString());
            report.algorithmVersion = dicomText(plugin.value(QStringLiteral("version")).toString());
            report.vendor = dicomText(plugin.value(QStringLiteral("vendor")).toString());
            report.alarm = answer.alarm;
            report.alarmScore = answer.alarmScore;
            for (const DetectedObject &object : answer.objects)
                report.objects.append({object.category, object.region, object.probability});
            report.processingSeconds = answer.seconds;
            report.created = QDateTime::fromMSecsSinceEpoch(run.startedMs, Qt::UTC);
            if (auto done = writeReport(folder, QStringLiteral("%1/%2.dcm").arg(runFolder, pathPart(answer.scanId)),
                                        report, written);
                !done)
                return done.error();
        }
    }
    return written;
}

} // namespace pen::server
