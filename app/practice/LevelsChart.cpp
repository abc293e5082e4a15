// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "LevelsChart.h"

#include "DisplayNames.h"
#include "rounds/AdaptiveTraining.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pen::gui {

LevelsChart::LevelsChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Your level in each threat category"));
    m_rounds = new QValueAxis;
    m_rounds->setTitleText(tr("Round"));
    m_rounds->setLabelFormat(QStringLiteral("%d"));
    m_levels = new QValueAxis;
    m_levels->setTitleText(tr("Level"));
    m_levels->setRange(0.5, AdaptiveTraining::LevelCount + 0.5);
    for (QValueAxis *axis : {m_rounds, m_levels}) { // a tick at each level and each round
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(1);
        axis->setTickInterval(1);
    }
    m_levels->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_rounds, Qt::AlignBottom);
    chart->addAxis(m_levels, Qt::AlignLeft);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setLevels({});
}

void LevelsChart::setLevels(const QList<QMap<QString, int>> &levels)
{
    for (QLineSeries *line : std::as_const(m_series)) {
        chart()->removeSeries(line);
        delete line;
    }
    m_series.clear();
    QMap<QString, QList<QPointF>> points; // by category, in key order
    for (qsizetype round = 0; round < levels.size(); ++round)
        for (auto it = levels[round].cbegin(); it != levels[round].cend(); ++it)
            points[it.key()].append(QPointF(double(round + 1), it.value()));
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        auto *line = new QLineSeries;
        line->setName(DisplayNames::category(it.key(), {}));
        line->setPen(QPen(DisplayNames::categoryColour(it.key()), 2));
        line->setPointsVisible(true);
        line->replace(it.value());
        chart()->addSeries(line);
        line->attachAxis(m_rounds);
        line->attachAxis(m_levels);
        m_series.insert(it.key(), line);
    }
    m_rounds->setRange(1, double(std::max<qsizetype>(2, levels.size())));
    m_rounds->setTickInterval(std::max(1.0, std::ceil(levels.size() / 10.0))); // at most ten labels
}

QList<QPointF> LevelsChart::points(const QString &category) const
{
    const QLineSeries *line = m_series.value(category);
    return line ? line->points() : QList<QPointF>();
}

} // namespace pen::gui
