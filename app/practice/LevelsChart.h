// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QChartView>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPointF>

class QLineSeries;
class QValueAxis;

namespace pen::gui {

/// A trainee's adaptive level in each threat category after each practice round, oldest on the
/// left: one stepped line per category (AdaptiveTraining).
class LevelsChart final : public QChartView {
    Q_OBJECT
public:
    explicit LevelsChart(QWidget *parent = nullptr);

    /// Each category's level after each round, oldest first (AdaptiveTraining::levelsOverRounds).
    void setLevels(const QList<QMap<QString, int>> &levels);
    /// A category's points (round, level), for tests; empty where it has none.
    QList<QPointF> points(const QString &category) const;

private:
    QHash<QString, QLineSeries *> m_series;
    QValueAxis *m_rounds = nullptr;
    QValueAxis *m_levels = nullptr;
};

} // namespace pen::gui
