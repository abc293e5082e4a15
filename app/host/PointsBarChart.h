// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"

#include <QChartView>

class QBarSet;
class QBarCategoryAxis;
class QValueAxis;

namespace pen::gui {

/// The leaderboard as bars: each contestant's points, in rank order.
class PointsBarChart final : public QChartView {
    Q_OBJECT
public:
    explicit PointsBarChart(QWidget *parent = nullptr);

    void setBoard(const Leaderboard &board);
    /// The plotted values, for tests and the printed report.
    QStringList names() const;
    QList<double> points() const;

    QSize sizeHint() const override { return {480, 280}; }

private:
    QBarSet *m_points = nullptr;
    QBarCategoryAxis *m_names = nullptr;
    QValueAxis *m_axis = nullptr;
};

} // namespace pen::gui
