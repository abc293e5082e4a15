// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "MachineResult.h"

#include <QChartView>

class QValueAxis;

namespace pen::gui {

/// Object-level FROC curves of machines: the share of threat objects found over false positives
/// per scan, as the detection threshold falls.
class FrocChart final : public QChartView {
    Q_OBJECT
public:
    explicit FrocChart(QWidget *parent = nullptr);

    /// One curve per result, named by its label.
    void setCurves(const QList<MachineResult> &results);
    QStringList curveNames() const;

    QSize sizeHint() const override { return {420, 320}; }

private:
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
};

} // namespace pen::gui
