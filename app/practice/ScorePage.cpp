// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ScorePage.h"

#include "DisplayNames.h"
#include "HistoryChart.h"
#include "PracticeNames.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>

namespace pen::gui {
namespace {

QString percent(double rate)
{
    return QStringLiteral("%1 %").arg(DisplayNames::number(100 * rate, 0));
}

} // namespace

ScorePage::ScorePage(QWidget *parent) : QWidget(parent)
{
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("scoreSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_scans = new QTableWidget(0, 5);
    m_scans->setObjectName(QStringLiteral("scanResults"));
    m_scans->setHorizontalHeaderLabels({tr("Scan"), tr("Result"), tr("Found"), tr("Missed"), tr("Time")});
    m_scans->horizontalHeader()->setStretchLastSection(true);
    m_scans->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scans->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_scans->setSelectionMode(QAbstractItemView::SingleSelection);
    m_scans->verticalHeader()->hide();
    m_history = new HistoryChart;
    m_history->setObjectName(QStringLiteral("scoreHistoryChart"));
    connect(m_scans, &QTableWidget::cellActivated, this, [this](int row) { emit reviewRequested(row); });
    m_review = new QPushButton(tr("Review scans"));
    m_review->setObjectName(QStringLiteral("reviewScans"));
    m_review->setToolTip(tr("Every scan of the round again, with the ground truth beside your marks"));
    connect(m_review, &QPushButton::clicked, this,
            [this] { emit reviewRequested(std::max(0, m_scans->currentRow())); });
    auto *again = new QPushButton(tr("Practise again"));
    again->setObjectName(QStringLiteral("practiceAgain"));
    connect(again, &QPushButton::clicked, this, &ScorePage::practiceAgain);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_review);
    buttons->addWidget(again);

    auto *left = new QVBoxLayout;
    left->addWidget(m_summary);
    left->addWidget(m_scans, 1);
    left->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_history, 1);
}

void ScorePage::showScore(const PracticeRecord &record, const QList<ScanOutcome> &outcomes)
{
    const RoundScore &s = record.score;
    const SignalDetection &d = s.detection;
    QStringList rows{
        tr("<h2>%1: %2 points</h2>").arg(record.setName.toHtmlEscaped(), DisplayNames::number(s.points, 1)),
        tr("Hit rate: <b>%1</b> (%2 of %3 scans with a target)")
            .arg(percent(d.hitRate()))
            .arg(d.hits)
            .arg(d.hits + d.misses),
        tr("False alarm rate: <b>%1</b> (%2 of %3 clear scans)")
            .arg(percent(d.falseAlarmRate()))
            .arg(d.falseAlarms)
            .arg(d.falseAlarms + d.correctRejections),
        tr("d′: <b>%1</b> · A′: %2 · d<sub>a</sub>: %3")
            .arg(DisplayNames::number(d.dPrime()), DisplayNames::number(d.aPrime()), DisplayNames::number(d.dA())),
        tr("Targets found: %1 of %2 · marks on nothing: %3")
            .arg(s.objectsHit)
            .arg(s.objectsHit + s.objectsMissed)
            .arg(s.falseAlarmMarks),
        tr("Response time: mean %1 s, median %2 s · %n scan(s) timed out", nullptr, s.scansTimedOut)
            .arg(DisplayNames::number(s.meanResponseSeconds, 1), DisplayNames::number(s.medianResponseSeconds, 1)),
        tr("<small>Scoring: %1</small>").arg(PracticeNames::scoringFormula(record.settings).toHtmlEscaped()),
    };
    m_summary->setText(rows.join(QStringLiteral("<br>")));
    m_scans->setRowCount(int(outcomes.size()));
    for (int row = 0; row < outcomes.size(); ++row) {
        const ScanOutcome &outcome = outcomes[row];
        const Answer &answer = record.answers.value(row);
        const QStringList cells{
            outcome.scanId, PracticeNames::verdict(outcome), QString::number(outcome.hitObjects.size()),
            QString::number(outcome.missedObjects.size()),
            answer.timedOut ? tr("%1 s (timed out)").arg(DisplayNames::number(answer.responseSeconds, 1))
                            : tr("%1 s").arg(DisplayNames::number(answer.responseSeconds, 1))};
        for (int column = 0; column < cells.size(); ++column)
            m_scans->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_scans->resizeColumnsToContents();
    m_scans->setCurrentCell(-1, -1);
    m_review->setEnabled(!outcomes.isEmpty());
}

} // namespace pen::gui
