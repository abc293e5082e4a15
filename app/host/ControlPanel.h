// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace pen::gui {
class ContestantProgressTable;
}

namespace pen::gui {

/// Start, pause, resume, end the round, end the event: each button enabled only in the phases
/// where the server allows it, with the phase, the round and the time left shown live.
class ControlPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ControlPanel(QWidget *parent = nullptr);

    void setStatus(const EventDetails &event);
    QString phaseText() const;

signals:
    void actionRequested(pen::ClockCommand::Kind command);

private:
    static QString timeLeft(const EventDetails &event);
    QPushButton *button(const QString &text, const QString &name, ClockCommand::Kind command);
    /// Emits actionRequested, after a confirmation for the actions that end a round or the event.
    void request(ClockCommand::Kind command);

    QLabel *m_phase = nullptr;
    QLabel *m_round = nullptr;
    QLabel *m_timeLeft = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_endRound = nullptr;
    QPushButton *m_endEvent = nullptr;
    ContestantProgressTable *m_progress = nullptr;
};

} // namespace pen::gui
