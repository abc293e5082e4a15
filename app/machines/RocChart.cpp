// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "RocChart.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace pen::gui {
namespace {

// Marks a series as a machine's curve or an officer's point, so each kind is replaced alone.
constexpr char KindProperty[] = "penRocKind";
constexpr char ChanceKind[] = "chance";
constexpr char MachineKind[] = "machine";
constexpr char OfficerKind[] = "officer";

} // namespace

QColor RocChart::curveColour(int index)
{
    static const QList<QColor> colours
        = {QColor(30, 90, 230), QColor(220, 110, 20), QColor(40, 160, 70), QColor(170, 50, 170),
           QColor(200, 40, 50), QColor(20, 150, 160), QColor(120, 100, 40)};
    return colours[index % colours.size()];
}

RocChart::RocChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("ROC: detection rate over false alarm rate"));
    m_x = new QValueAxis;
    m_x->setRange(0, 1);
    m_x->setTitleText(tr("False alarm rate (Pfa)"));
    m_y = new QValueAxis;
    m_y->setRange(0, 1);
    m_y->setTitleText(tr("Detection rate (Pd)"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    auto *chance = new QLineSeries;
    chance->setName(tr("Chance"));
    chance->setProperty(KindProperty, QLatin1String(ChanceKind));
    chance->append({{0, 0}, {1, 1}});
    QPen dashed(Qt::gray);
    dashed.setStyle(Qt::DashLine);
    chance->setPen(dashed);
    chart->addSeries(chance);
    chance->attachAxis(m_x);
    chance->attachAxis(m_y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
}

void RocChart::clearSeries(bool machines)
{
    const QLatin1String kind(machines ? MachineKind : OfficerKind);
    for (QAbstractSeries *series : chart()->series()) {
        if (series->property(KindProperty).toString() == kind) {
            chart()->removeSeries(series);
            delete series;
        }
    }
}

void RocChart::setCurves(const QList<MachineResult> &results)
{
    clearSeries(true);
    clearSeries(false);
    int index = 0;
    for (const MachineResult &result : results) {
        auto *series = new QLineSeries;
        series->setName(result.label);
        series->setProperty(KindProperty, QLatin1String(MachineKind));
        for (const RocPoint &point : result.metrics.roc.points)
            series->append(point.pfa, point.pd);
        series->setPen(QPen(curveColour(index++), 2));
        chart()->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
}

void RocChart::setOperatingPoints(const QList<OperatingPoint> &points)
{
    clearSeries(false);
    int index = 0;
    for (const OperatingPoint &point : points) {
        auto *series = new QScatterSeries;
        series->setName(point.name);
        series->setProperty(KindProperty, QLatin1String(OfficerKind));
        series->setMarkerShape(index % 2 ? QScatterSeries::MarkerShapeRectangle : QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(11);
        series->setColor(curveColour(int(curveNames().size()) + index++).darker(110));
        series->append(point.falseAlarmRate, point.hitRate);
        chart()->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
}

QStringList RocChart::curveNames() const
{
    QStringList names;
    for (QAbstractSeries *series : chart()->series()) {
        if (series->property(KindProperty).toString() == QLatin1String(MachineKind))
            names.append(series->name());
    }
    return names;
}

QList<QPointF> RocChart::curve(const QString &name) const
{
    for (QAbstractSeries *series : chart()->series()) {
        if (series->property(KindProperty).toString() == QLatin1String(MachineKind) && series->name() == name)
            return static_cast<QLineSeries *>(series)->points();
    }
    return {};
}

QList<QPointF> RocChart::operatingPoints() const
{
    QList<QPointF> points;
    for (QAbstractSeries *series : chart()->series()) {
        if (series->property(KindProperty).toString() == QLatin1String(OfficerKind))
            points.append(static_cast<QScatterSeries *>(series)->points());
    }
    return points;
}

} // namespace pen::gui
