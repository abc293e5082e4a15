// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "charts/ScoreTrendChart.h"
#include "storage/PracticeHistory.h"

namespace pen::gui {

/// The officer's progress over past practice rounds, oldest on the left: the score trend chart
/// with d′ alone on its left axis.
class HistoryChart final : public ScoreTrendChart {
    Q_OBJECT
public:
    explicit HistoryChart(QWidget *parent = nullptr);

    void setRounds(const QList<PracticeRecord> &rounds);
};

} // namespace pen::gui
