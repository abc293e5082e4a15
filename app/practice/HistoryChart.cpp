// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "HistoryChart.h"

namespace pen::gui {

HistoryChart::HistoryChart(QWidget *parent) : ScoreTrendChart(tr("Your practice rounds"), Sensitivity::DPrime, parent)
{
    setSizeHint({480, 260});
}

void HistoryChart::setRounds(const QList<PracticeRecord> &rounds)
{
    QList<RoundScore> scores;
    for (const PracticeRecord &round : rounds)
        scores.append(round.score);
    ScoreTrendChart::setRounds(scores);
}

} // namespace pen::gui
