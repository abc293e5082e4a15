// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PointsOverTimeChart.h"

#include "DisplayNames.h"
#include "HostNames.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pen::gui {
namespace {

// A long event sends many boards; a point per change is enough and keeps redraws cheap.
constexpr qsizetype MaxPointsPerLine = 2000;

} // namespace

PointsOverTimeChart::PointsOverTimeChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Points over time"));
    // Minutes on a value axis: Qt 6.4's QDateTimeAxis drew no labels here.
    m_time = new QValueAxis;
    m_time->setLabelFormat(QStringLiteral("%.1f"));
    m_time->setTitleText(tr("Minutes"));
    m_points = new QValueAxis;
    m_points->setTitleText(tr("Points"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_points, Qt::AlignLeft);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    fitAxes();
}

QLineSeries *PointsOverTimeChart::seriesFor(const Standing &standing)
{
    const QString id = standing.contestantId;
    if (QLineSeries *line = m_lines.value(id))
        return line;
    auto *line = new QLineSeries;
    line->setName(standing.name);
    line->setPen(QPen(DisplayNames::categoryColour(id), 2));
    line->setPointsVisible(true);
    chart()->addSeries(line);
    line->attachAxis(m_time);
    line->attachAxis(m_points);
    m_lines.insert(id, line);
    return line;
}

void PointsOverTimeChart::addBoard(const Leaderboard &board)
{
    const qint64 at = board.serverTimeMs;
    if (m_first == 0) {
        m_first = at;
        m_time->setTitleText(tr("Minutes after %1 (server time)").arg(HostNames::time(at)));
    }
    m_last = std::max(m_last, at);
    for (const Standing &standing : board.standings) {
        QLineSeries *line = seriesFor(standing);
        const double points = standing.score.points;
        // Only changes are plotted: the first board, then each new score.
        if (line->count() > 0 && line->at(line->count() - 1).y() == points)
            continue;
        if (line->count() >= MaxPointsPerLine)
            line->remove(0);
        line->append(double(at - m_first) / 60000.0, points);
        m_low = std::min(m_low, points);
        m_high = std::max(m_high, points);
    }
    fitAxes();
}

void PointsOverTimeChart::clear()
{
    for (QLineSeries *line : std::as_const(m_lines)) {
        chart()->removeSeries(line);
        delete line;
    }
    m_lines.clear();
    m_first = m_last = 0;
    m_time->setTitleText(tr("Minutes"));
    m_low = 0;
    m_high = 1;
    fitAxes();
}

void PointsOverTimeChart::fitAxes()
{
    // At least a minute wide, so that the first board is not a line of zero width.
    m_time->setRange(0, std::max(1.0, double(m_last - m_first) / 60000.0));
    m_time->applyNiceNumbers();
    m_points->setRange(std::floor(m_low), std::ceil(m_high));
}

QList<QPointF> PointsOverTimeChart::pointsOf(const QString &contestantId) const
{
    const QLineSeries *line = m_lines.value(contestantId);
    return line ? line->points() : QList<QPointF>();
}

} // namespace pen::gui
