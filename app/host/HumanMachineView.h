// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"
#include "MachineRecords.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace pen::gui {

class MachinesClient;
class RocChart;

/// Officers and machines on one round: one leaderboard scored by the same formula (a column says
/// which is a machine), and the machines' ROC curves on the round's scans with each officer's
/// operating point (hit rate over false alarm rate) on them.
class HumanMachineView final : public QWidget {
    Q_OBJECT
public:
    enum Column { Rank, Name, Kind, Points, HitRate, FalseAlarmRate, DPrime, MedianSeconds, ColumnCount };

    explicit HumanMachineView(MachinesClient *client, QWidget *parent = nullptr);

    /// The event whose rounds are offered; the board is cleared when the event changes.
    void setEvent(const EventDetails &event);
    void refresh();
    const HumanMachineLeaderboard &board() const { return m_board; }
    RocChart *rocChart() const { return m_roc; }

signals:
    void boardShown();

private:
    void showBoard(const HumanMachineLeaderboard &board);

    MachinesClient *m_client = nullptr;
    QString m_eventId;
    QComboBox *m_round = nullptr;
    QTableWidget *m_table = nullptr;
    RocChart *m_roc = nullptr;
    HumanMachineLeaderboard m_board;
};

} // namespace pen::gui
