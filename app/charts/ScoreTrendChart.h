// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scoring/RoundScore.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace pen::gui {

/// Someone's rounds in order, oldest on the left: d′ (and da, where asked) on the left axis, hit
/// and false alarm rates (%) on the right. The practice mode shows an officer's past rounds with
/// it, the host's console a trainee's.
class ScoreTrendChart : public QChartView {
    Q_OBJECT
public:
    /// What the left axis shows besides d′.
    enum class Sensitivity { DPrime, DPrimeAndDa };

    ScoreTrendChart(const QString &title, Sensitivity sensitivity, QWidget *parent = nullptr);

    void setRounds(const QList<RoundScore> &rounds);
    int roundCount() const { return m_roundCount; }
    /// d′ per round (x: 1, 2, ...), for tests.
    QList<QPointF> dPrimePoints() const;

    void setSizeHint(const QSize &size) { m_sizeHint = size; }
    QSize sizeHint() const override { return m_sizeHint; }

private:
    QLineSeries *m_dPrime = nullptr;
    QLineSeries *m_dA = nullptr; ///< null unless asked for
    QLineSeries *m_hitRate = nullptr;
    QLineSeries *m_falseAlarmRate = nullptr;
    QValueAxis *m_rounds = nullptr;
    QValueAxis *m_sensitivity = nullptr;
    int m_roundCount = 0;
    QSize m_sizeHint{480, 280};
};

} // namespace pen::gui
