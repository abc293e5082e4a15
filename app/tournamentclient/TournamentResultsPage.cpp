// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TournamentResultsPage.h"

#include "ServerCountdown.h"
#include "TournamentNames.h"
#include "practice/PracticeNames.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pen::gui {

TournamentResultsPage::TournamentResultsPage(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("resultsTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setHorizontalHeaderLabels({tr("Scan"), tr("Result"), tr("Marks"), tr("Points"), tr("Time")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_next = new QLabel;
    m_next->setObjectName(QStringLiteral("nextPhase"));
    m_review = new QPushButton(tr("Review scans with the truth"));
    m_review->setObjectName(QStringLiteral("reviewRoundScans"));
    m_review->hide();
    connect(m_review, &QPushButton::clicked, this, &TournamentResultsPage::reviewRequested);
    m_eventSummary = new QLabel;
    m_eventSummary->setObjectName(QStringLiteral("eventSummary"));
    m_eventSummary->setTextFormat(Qt::RichText);
    m_eventSummary->hide();
    m_standings = new QTableWidget(0, 3);
    m_standings->setObjectName(QStringLiteral("eventStandings"));
    m_standings->setHorizontalHeaderLabels({tr("Rank"), tr("Contestant"), tr("Points")});
    m_standings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_standings->setSelectionMode(QAbstractItemView::NoSelection);
    m_standings->verticalHeader()->hide();
    m_standings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_standings->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_review, 0, Qt::AlignLeft);
    layout->addWidget(m_eventSummary);
    layout->addWidget(m_standings, 1);
    layout->addWidget(m_next);
}

void TournamentResultsPage::showResults(const ContestantResults &results, const QString &roundTitle)
{
    m_results = results;
    m_title->setText(tr("Your results: %1").arg(roundTitle));
    const RoundScore &score = results.score;
    m_summary->setText(tr("<b>%1 points</b>, rank %2<br>Hits %3, misses %4, false alarms %5, correct rejections %6; "
                          "d′ %7; mean response time %8 s; %n scan(s) timed out",
                          nullptr, score.scansTimedOut)
                           .arg(score.points, 0, 'f', 1)
                           .arg(results.rank)
                           .arg(score.detection.hits)
                           .arg(score.detection.misses)
                           .arg(score.detection.falseAlarms)
                           .arg(score.detection.correctRejections)
                           .arg(score.detection.dPrime(), 0, 'f', 2)
                           .arg(score.meanResponseSeconds, 0, 'f', 1));
    m_table->setRowCount(int(results.scans.size()));
    for (int row = 0; row < results.scans.size(); ++row) {
        const ScanResultRow &scan = results.scans[row];
        const QStringList cells = {QString::number(scan.scanIndex + 1),
                                   (scan.verdict ? PracticeNames::verdict(*scan.verdict) : QStringLiteral("–"))
                                       + (scan.timedOut ? tr(" (time ran out)") : QString()),
                                   QString::number(scan.marks), QString::number(scan.points, 'f', 1),
                                   tr("%1 s").arg(scan.responseSeconds, 0, 'f', 1)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    // Only an event that reveals the truth after the round can be reviewed with it.
    m_review->setVisible(std::any_of(results.scans.cbegin(), results.scans.cend(),
                                     [](const ScanResultRow &scan) { return !scan.truth.isEmpty(); }));
}

void TournamentResultsPage::showEventResults(const ContestantResults &results)
{
    const bool hasTable = !results.finalStandings.isEmpty();
    m_eventSummary->setText(tr("<b>The event is over.</b> You finished %1 of %n contestant(s) with %2 points.", nullptr,
                               int(results.finalStandings.size()))
                                .arg(results.rank)
                                .arg(results.score.points, 0, 'f', 1));
    m_eventSummary->setVisible(hasTable);
    m_standings->setVisible(hasTable);
    m_standings->setRowCount(int(results.finalStandings.size()));
    for (int row = 0; row < results.finalStandings.size(); ++row) {
        const FinalStanding &standing = results.finalStandings[row];
        const QStringList cells{QString::number(standing.rank),
                                standing.yours ? tr("%1 (you)").arg(standing.name) : standing.name,
                                QString::number(standing.points, 'f', 1)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells[column]);
            if (standing.yours) {
                QFont bold = cell->font();
                bold.setBold(true);
                cell->setFont(bold);
            }
            m_standings->setItem(row, column, cell);
        }
    }
}

void TournamentResultsPage::showStatus(const EventStatus &status)
{
    m_status = status;
}

void TournamentResultsPage::showClock(const ServerCountdown &countdown)
{
    if (m_status.phase == EventStatus::Phase::Break)
        m_next->setText(
            tr("Break: the next round starts in %1").arg(PracticeNames::clock(countdown.phaseSecondsLeft())));
    else if (m_status.phase == EventStatus::Phase::Finished)
        m_next->setText(tr("The event is over. Thank you for taking part."));
    else
        m_next->setText(TournamentNames::phase(m_status));
}

} // namespace pen::gui
