// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "MachineResult.h"

#include <QChartView>
#include <QPointF>

class QValueAxis;

namespace pen::gui {

/// Image-level ROC curves of machines (detection rate over false alarm rate), with the chance
/// diagonal; officers, who answer at one operating point each, are drawn as points on them.
class RocChart final : public QChartView {
    Q_OBJECT
public:
    /// An officer's hit rate and false alarm rate, from their Score.
    struct OperatingPoint {
        QString name;
        double falseAlarmRate = 0;
        double hitRate = 0;
    };

    explicit RocChart(QWidget *parent = nullptr);

    /// One curve per result, named by its label; the officers' points are cleared.
    void setCurves(const QList<MachineResult> &results);
    void setOperatingPoints(const QList<OperatingPoint> &points);

    /// What is plotted, for tests: the machines' curve names and the officers' points.
    QStringList curveNames() const;
    QList<QPointF> curve(const QString &name) const;
    QList<QPointF> operatingPoints() const;

    QSize sizeHint() const override { return {420, 320}; }

    /// The colour of the index-th machine's curve, the same in every machine chart.
    static QColor curveColour(int index);

private:
    void clearSeries(bool machines);

    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
};

} // namespace pen::gui
