// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "MachineResult.h"

#include <QTableWidget>

namespace pen::gui {

/// Machines as a leaderboard, one row a run: rank, label, plugin name and version, mean AP at IoU
/// 0.5 and 0.5:0.95, Pd, Pfa, latency p50 and p95 (seconds), scans per hour, failures.
class MachineResultsTable final : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Rank, Label, Plugin, Ap50, ApCoco, Pd, Pfa, P50, P95, ScansPerHour, Failures, ColumnCount };

    explicit MachineResultsTable(QWidget *parent = nullptr);

    /// Rows in the given order; a result without a rank is numbered by its row.
    void setResults(const QList<MachineResult> &results);

    /// "0.512", or "–" for an undefined value: how every machine number is written.
    static QString number(const std::optional<double> &value, int decimals = 3);
};

} // namespace pen::gui
