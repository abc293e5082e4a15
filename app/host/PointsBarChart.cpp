// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PointsBarChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pen::gui {

PointsBarChart::PointsBarChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Points per contestant"));
    m_points = new QBarSet(tr("Points"));
    m_points->setColor(QColor(30, 90, 230));
    auto *series = new QBarSeries;
    series->append(m_points);
    chart->addSeries(series);
    m_names = new QBarCategoryAxis;
    m_axis = new QValueAxis;
    m_axis->setTitleText(tr("Points"));
    chart->addAxis(m_names, Qt::AlignBottom);
    chart->addAxis(m_axis, Qt::AlignLeft);
    series->attachAxis(m_names);
    series->attachAxis(m_axis);
    chart->legend()->setVisible(false);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
}

void PointsBarChart::setBoard(const Leaderboard &board)
{
    QStringList names;
    QList<qreal> points;
    double low = 0, high = 1;
    for (const Standing &standing : board.standings) {
        names.append(standing.name);
        points.append(standing.score.points);
        low = std::min(low, standing.score.points);
        high = std::max(high, standing.score.points);
    }
    m_points->remove(0, m_points->count());
    m_points->append(points);
    m_names->setCategories(names);
    m_axis->setRange(std::floor(low), std::ceil(high));
}

QStringList PointsBarChart::names() const
{
    return m_names->categories();
}

QList<double> PointsBarChart::points() const
{
    QList<double> values;
    for (int i = 0; i < m_points->count(); ++i)
        values.append(m_points->at(i));
    return values;
}

} // namespace pen::gui
