// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ResultsPdf.h"

#include "HostNames.h"

#include <QCoreApplication>

namespace pen::gui {
namespace {

QList<QStringList> standingRows(const Leaderboard &board)
{
    QList<QStringList> rows;
    for (const Standing &standing : board.standings)
        rows.append(HostNames::standingRow(standing));
    return rows;
}

QString roundTitle(const EventDetails &event, const QString &roundId)
{
    for (const EventRound &round : event.rounds) {
        if (round.id == roundId)
            return QCoreApplication::translate("pen::gui::ResultsPdf", "Round %1: %2")
                .arg(round.index + 1)
                .arg(round.title);
    }
    return roundId;
}

} // namespace

ReportPdf resultsReport(const EventDetails &event, const Leaderboard &overall, const QList<Leaderboard> &rounds,
                        const QList<QChartView *> &charts)
{
    ReportPdf report(event.summary.title);
    report.addParagraph(
        QCoreApplication::translate("pen::gui::ResultsPdf", "Results of %1, %2. Phase: %3.")
            .arg(event.summary.title, HostNames::date(overall.serverTimeMs), HostNames::phase(event.status.phase)));
    report.addHeading(QCoreApplication::translate("pen::gui::ResultsPdf", "Leaderboard"));
    report.addTable(HostNames::standingHeaders(), standingRows(overall));
    for (QChartView *chart : charts)
        report.addChart(chart);
    if (!rounds.isEmpty())
        report.addHeading(QCoreApplication::translate("pen::gui::ResultsPdf", "Standings per round"));
    for (const Leaderboard &board : rounds) {
        report.addParagraph(roundTitle(event, board.roundId));
        report.addTable(HostNames::standingHeaders(), standingRows(board));
    }
    return report;
}

} // namespace pen::gui
