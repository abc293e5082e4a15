// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ResultsPdf.h"

#include "HostNames.h"

#include <QCoreApplication>

namespace pen::gui {
namespace {

QList<QStringList> standingRows(const v1::Leaderboard &board)
{
    QList<QStringList> rows;
    for (const v1::Standing &standing : board.standings())
        rows.append(HostNames::standingRow(standing));
    return rows;
}

QString roundTitle(const v1::EventDetails &event, const std::string &roundId)
{
    for (const v1::RoundInfo &round : event.rounds()) {
        if (round.round_id() == roundId)
            return QCoreApplication::translate("pen::gui::ResultsPdf", "Round %1: %2")
                .arg(round.index() + 1)
                .arg(QString::fromStdString(round.title()));
    }
    return QString::fromStdString(roundId);
}

} // namespace

ReportPdf resultsReport(const v1::EventDetails &event, const v1::Leaderboard &overall,
                        const QList<v1::Leaderboard> &rounds, const QList<QChartView *> &charts)
{
    ReportPdf report(QString::fromStdString(event.summary().title()));
    report.addParagraph(QCoreApplication::translate("pen::gui::ResultsPdf", "Results of %1, %2. Phase: %3.")
                            .arg(QString::fromStdString(event.summary().title()),
                                 HostNames::date(overall.server_time_ms()), HostNames::phase(event.status().phase())));
    report.addHeading(QCoreApplication::translate("pen::gui::ResultsPdf", "Leaderboard"));
    report.addTable(HostNames::standingHeaders(), standingRows(overall));
    for (QChartView *chart : charts)
        report.addChart(chart);
    if (!rounds.isEmpty())
        report.addHeading(QCoreApplication::translate("pen::gui::ResultsPdf", "Standings per round"));
    for (const v1::Leaderboard &board : rounds) {
        report.addParagraph(roundTitle(event, board.round_id()));
        report.addTable(HostNames::standingHeaders(), standingRows(board));
    }
    return report;
}

} // namespace pen::gui
