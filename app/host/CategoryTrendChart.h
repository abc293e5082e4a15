// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "HostRecords.h"

#include <QChartView>

class QValueAxis;

namespace pen::gui {

/// A trainee's hit rate per threat category over the rounds, one line per category, so that a
/// trainer sees which kind of threat is learnt and which is not.
class CategoryTrendChart final : public QChartView {
    Q_OBJECT
public:
    explicit CategoryTrendChart(QWidget *parent = nullptr);

    void setRounds(const QList<RoundReport> &rounds);
    QStringList categories() const;

    QSize sizeHint() const override { return {480, 280}; }

private:
    QValueAxis *m_rounds = nullptr;
    QValueAxis *m_rate = nullptr;
};

} // namespace pen::gui
