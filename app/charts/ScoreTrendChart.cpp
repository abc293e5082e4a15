// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ScoreTrendChart.h"

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

ScoreTrendChart::ScoreTrendChart(const QString &title, Sensitivity sensitivity, QWidget *parent) : QChartView(parent)
{
    const bool withDa = sensitivity == Sensitivity::DPrimeAndDa;
    auto *chart = new QChart;
    chart->setTitle(title);
    m_dPrime = series(tr("d′"), QColor(30, 90, 230));
    if (withDa)
        m_dA = series(tr("da"), QColor(120, 60, 200), Qt::DashLine);
    m_hitRate = series(tr("Hit rate %"), QColor(40, 150, 60));
    m_falseAlarmRate = series(tr("False alarm rate %"), QColor(210, 60, 40));
    m_rounds = new QValueAxis;
    m_rounds->setTitleText(tr("Round"));
    m_rounds->setLabelFormat(QStringLiteral("%d"));
    m_sensitivity = new QValueAxis;
    m_sensitivity->setTitleText(withDa ? tr("d′, da") : tr("d′"));
    auto *percent = new QValueAxis;
    percent->setTitleText(tr("Rate %"));
    percent->setRange(0, 100);
    chart->addAxis(m_rounds, Qt::AlignBottom);
    chart->addAxis(m_sensitivity, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignRight);
    for (QLineSeries *line : {m_dPrime, m_dA, m_hitRate, m_falseAlarmRate}) {
        if (!line)
            continue;
        chart->addSeries(line);
        line->attachAxis(m_rounds);
        line->attachAxis(line == m_dPrime || line == m_dA ? m_sensitivity : percent);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setRounds({});
}

void ScoreTrendChart::setRounds(const QList<RoundScore> &rounds)
{
    m_roundCount = int(rounds.size());
    QList<QPointF> dPrime, dA, hits, falseAlarms;
    double low = 0, high = 1;
    for (qsizetype i = 0; i < rounds.size(); ++i) {
        const SignalDetection &detection = rounds[i].detection;
        const double x = double(i + 1);
        dPrime.append({x, detection.dPrime()});
        dA.append({x, detection.dA()});
        hits.append({x, 100 * detection.hitRate()});
        falseAlarms.append({x, 100 * detection.falseAlarmRate()});
        low = std::min({low, detection.dPrime(), m_dA ? detection.dA() : low});
        high = std::max({high, detection.dPrime(), m_dA ? detection.dA() : high});
    }
    m_dPrime->replace(dPrime);
    if (m_dA)
        m_dA->replace(dA);
    m_hitRate->replace(hits);
    m_falseAlarmRate->replace(falseAlarms);
    m_rounds->setRange(1, std::max(2, m_roundCount));
    m_rounds->setTickCount(std::clamp(m_roundCount, 2, 11));
    m_sensitivity->setRange(std::floor(low), std::ceil(high));
}

QList<QPointF> ScoreTrendChart::dPrimePoints() const
{
    return m_dPrime->points();
}

} // namespace pen::gui
