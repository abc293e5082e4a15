// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "HistoryChart.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pen::gui {
namespace {

QLineSeries *series(const QString &name, const QColor &colour)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->setPen(QPen(colour, 2));
    line->setPointsVisible(true);
    return line;
}

} // namespace

HistoryChart::HistoryChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Your practice rounds"));
    m_dPrime = series(tr("d′"), QColor(30, 90, 230));
    m_hitRate = series(tr("Hit rate %"), QColor(40, 150, 60));
    m_falseAlarmRate = series(tr("False alarm rate %"), QColor(210, 60, 40));
    for (QLineSeries *line : {m_dPrime, m_hitRate, m_falseAlarmRate})
        chart->addSeries(line);
    m_rounds = new QValueAxis;
    m_rounds->setTitleText(tr("Round"));
    m_rounds->setLabelFormat(QStringLiteral("%d"));
    m_sensitivity = new QValueAxis;
    m_sensitivity->setTitleText(tr("d′"));
    auto *percent = new QValueAxis;
    percent->setTitleText(tr("Rate %"));
    percent->setRange(0, 100);
    chart->addAxis(m_rounds, Qt::AlignBottom);
    chart->addAxis(m_sensitivity, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignRight);
    for (QLineSeries *line : {m_dPrime, m_hitRate, m_falseAlarmRate})
        line->attachAxis(m_rounds);
    m_dPrime->attachAxis(m_sensitivity);
    m_hitRate->attachAxis(percent);
    m_falseAlarmRate->attachAxis(percent);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setRounds({});
}

void HistoryChart::setRounds(const QList<PracticeRecord> &rounds)
{
    m_roundCount = int(rounds.size());
    QList<QPointF> dPrime, hits, falseAlarms;
    double low = 0, high = 1;
    for (qsizetype i = 0; i < rounds.size(); ++i) {
        const SignalDetection &detection = rounds[i].score.detection;
        const double x = double(i + 1);
        dPrime.append({x, detection.dPrime()});
        hits.append({x, 100 * detection.hitRate()});
        falseAlarms.append({x, 100 * detection.falseAlarmRate()});
        low = std::min(low, detection.dPrime());
        high = std::max(high, detection.dPrime());
    }
    m_dPrime->replace(dPrime);
    m_hitRate->replace(hits);
    m_falseAlarmRate->replace(falseAlarms);
    m_rounds->setRange(1, std::max(2, m_roundCount));
    m_rounds->setTickCount(std::clamp(m_roundCount, 2, 11));
    m_sensitivity->setRange(std::floor(low), std::ceil(high));
}

QList<QPointF> HistoryChart::dPrimePoints() const
{
    return m_dPrime->points();
}

} // namespace pen::gui
