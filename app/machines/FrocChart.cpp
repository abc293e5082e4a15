// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "FrocChart.h"

#include "RocChart.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pen::gui {

FrocChart::FrocChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("FROC: objects found over false positives per scan"));
    m_x = new QValueAxis;
    m_x->setRange(0, 1);
    m_x->setTitleText(tr("False positives per scan"));
    m_y = new QValueAxis;
    m_y->setRange(0, 1);
    m_y->setTitleText(tr("Sensitivity"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
}

void FrocChart::setCurves(const QList<MachineResult> &results)
{
    chart()->removeAllSeries();
    double widest = 1;
    int index = 0;
    for (const MachineResult &result : results) {
        auto *series = new QLineSeries;
        series->setName(result.label);
        series->setPen(QPen(RocChart::curveColour(index++), 2));
        for (const FrocPoint &point : result.metrics.froc.points) {
            series->append(point.falsePositivesPerImage, point.sensitivity);
            widest = std::max(widest, point.falsePositivesPerImage);
        }
        chart()->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    m_x->setRange(0, std::ceil(widest));
}

QStringList FrocChart::curveNames() const
{
    QStringList names;
    for (QAbstractSeries *series : chart()->series())
        names.append(series->name());
    return names;
}

} // namespace pen::gui
