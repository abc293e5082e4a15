// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "atd/MachineMetrics.h"

#include <QTableWidget>

namespace pen::gui {

/// A run's detection quality per threat category: AP at IoU 0.5 and 0.5:0.95, the truth's
/// objects and the plugin's detections.
class CategoryApTable final : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Category, Ap50, ApCoco, TruthObjects, Detections, ColumnCount };

    explicit CategoryApTable(QWidget *parent = nullptr);
    void setMetrics(const MachineMetrics &metrics);
};

} // namespace pen::gui
