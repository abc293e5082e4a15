// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "pen/v1/admin.pb.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace pen::gui {

/// A trainee's rounds in playing order: d′ and da (left axis), hit and false alarm rates
/// (right axis, %) per round.
class TraineeTrendChart final : public QChartView {
    Q_OBJECT
public:
    explicit TraineeTrendChart(QWidget *parent = nullptr);

    void setRounds(const QList<v1::RoundReport> &rounds);
    /// d′ per round (x: 1, 2, ...), for tests.
    QList<QPointF> dPrimePoints() const;

    QSize sizeHint() const override { return {480, 280}; }

private:
    QLineSeries *m_dPrime = nullptr;
    QLineSeries *m_dA = nullptr;
    QLineSeries *m_hitRate = nullptr;
    QLineSeries *m_falseAlarmRate = nullptr;
    QValueAxis *m_rounds = nullptr;
    QValueAxis *m_sensitivity = nullptr;
};

} // namespace pen::gui
