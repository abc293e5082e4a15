// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TraineeTrendChart.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pen::gui {
namespace {

QLineSeries *series(const QString &name, const QColor &colour, Qt::PenStyle style = Qt::SolidLine)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->setPen(QPen(colour, 2, style));
    line->setPointsVisible(true);
    return line;
}

} // namespace

TraineeTrendChart::TraineeTrendChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Rounds in playing order"));
    m_dPrime = series(tr("d′"), QColor(30, 90, 230));
    m_dA = series(tr("da"), QColor(120, 60, 200), Qt::DashLine);
    m_hitRate = series(tr("Hit rate %"), QColor(40, 150, 60));
    m_falseAlarmRate = series(tr("False alarm rate %"), QColor(210, 60, 40));
    m_rounds = new QValueAxis;
    m_rounds->setTitleText(tr("Round"));
    m_rounds->setLabelFormat(QStringLiteral("%d"));
    m_sensitivity = new QValueAxis;
    m_sensitivity->setTitleText(tr("d′, da"));
    auto *percent = new QValueAxis;
    percent->setTitleText(tr("Rate %"));
    percent->setRange(0, 100);
    chart->addAxis(m_rounds, Qt::AlignBottom);
    chart->addAxis(m_sensitivity, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignRight);
    for (QLineSeries *line : {m_dPrime, m_dA, m_hitRate, m_falseAlarmRate}) {
        chart->addSeries(line);
        line->attachAxis(m_rounds);
    }
    m_dPrime->attachAxis(m_sensitivity);
    m_dA->attachAxis(m_sensitivity);
    m_hitRate->attachAxis(percent);
    m_falseAlarmRate->attachAxis(percent);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setRounds({});
}

void TraineeTrendChart::setRounds(const QList<v1::RoundReport> &rounds)
{
    QList<QPointF> dPrime, dA, hits, falseAlarms;
    double low = 0, high = 1;
    for (qsizetype i = 0; i < rounds.size(); ++i) {
        const v1::Score &score = rounds[i].score();
        const double x = double(i + 1);
        dPrime.append({x, score.d_prime()});
        dA.append({x, score.d_a()});
        hits.append({x, 100 * score.hit_rate()});
        falseAlarms.append({x, 100 * score.false_alarm_rate()});
        low = std::min({low, score.d_prime(), score.d_a()});
        high = std::max({high, score.d_prime(), score.d_a()});
    }
    m_dPrime->replace(dPrime);
    m_dA->replace(dA);
    m_hitRate->replace(hits);
    m_falseAlarmRate->replace(falseAlarms);
    const int count = int(rounds.size());
    m_rounds->setRange(1, std::max(2, count));
    m_rounds->setTickCount(std::clamp(count, 2, 11));
    m_sensitivity->setRange(std::floor(low), std::ceil(high));
}

QList<QPointF> TraineeTrendChart::dPrimePoints() const
{
    return m_dPrime->points();
}

} // namespace pen::gui
