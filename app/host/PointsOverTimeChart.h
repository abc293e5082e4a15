// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"

#include <QChartView>
#include <QHash>

class QLineSeries;
class QValueAxis;

namespace pen::gui {

/// Each contestant's points over time, one line each, from the leaderboard updates received
/// while the console watched: minutes after the first update, by the server's clock.
class PointsOverTimeChart final : public QChartView {
    Q_OBJECT
public:
    explicit PointsOverTimeChart(QWidget *parent = nullptr);

    void addBoard(const Leaderboard &board);
    void clear();
    /// A contestant's plotted points (x: minutes after the first update), for tests.
    QList<QPointF> pointsOf(const QString &contestantId) const;

    QSize sizeHint() const override { return {480, 280}; }

private:
    QLineSeries *seriesFor(const Standing &standing);
    void fitAxes();

    QHash<QString, QLineSeries *> m_lines;
    QValueAxis *m_time = nullptr;
    QValueAxis *m_points = nullptr;
    qint64 m_first = 0;
    qint64 m_last = 0;
    double m_high = 1;
    double m_low = 0;
};

} // namespace pen::gui
