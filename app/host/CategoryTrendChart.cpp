// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CategoryTrendChart.h"

#include "DisplayNames.h"

#include <QChart>
#include <QLineSeries>
#include <QMap>
#include <QValueAxis>

#include <algorithm>

namespace pen::gui {

CategoryTrendChart::CategoryTrendChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Hit rate per threat category"));
    m_rounds = new QValueAxis;
    m_rounds->setTitleText(tr("Round"));
    m_rounds->setLabelFormat(QStringLiteral("%d"));
    m_rate = new QValueAxis;
    m_rate->setTitleText(tr("Hit rate %"));
    m_rate->setRange(0, 100);
    chart->addAxis(m_rounds, Qt::AlignBottom);
    chart->addAxis(m_rate, Qt::AlignLeft);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setRounds({});
}

void CategoryTrendChart::setRounds(const QList<RoundReport> &rounds)
{
    chart()->removeAllSeries();
    QMap<QString, QList<QPointF>> lines;
    for (qsizetype i = 0; i < rounds.size(); ++i) {
        for (const CategoryRates &category : rounds[i].categories)
            lines[category.category].append({double(i + 1), 100 * category.hitRate});
    }
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        auto *line = new QLineSeries;
        line->setName(it.key());
        line->setPen(QPen(DisplayNames::categoryColour(it.key()), 2));
        line->setPointsVisible(true);
        line->replace(it.value());
        chart()->addSeries(line);
        line->attachAxis(m_rounds);
        line->attachAxis(m_rate);
    }
    const int count = int(rounds.size());
    m_rounds->setRange(1, std::max(2, count));
    m_rounds->setTickCount(std::clamp(count, 2, 11));
}

QStringList CategoryTrendChart::categories() const
{
    QStringList names;
    for (const QAbstractSeries *series : chart()->series())
        names.append(series->name());
    return names;
}

} // namespace pen::gui
