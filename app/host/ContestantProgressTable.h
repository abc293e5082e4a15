// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"

#include <QTableWidget>

namespace pen::gui {

/// Every contestant of the event as the host watches the round: how many scans they have done
/// (a bar), whether they finished, and whether their client is connected (or since when it is
/// not, or that it never was), so that an absent or stuck contestant stands out.
class ContestantProgressTable final : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Name, Done, Bar, Connection, ColumnCount };

    explicit ContestantProgressTable(QWidget *parent = nullptr);
    void setEvent(const EventDetails &event);

    static QColor connectedColour() { return {20, 140, 60}; }
    static QColor absentColour() { return {200, 40, 40}; }
};

} // namespace pen::gui
