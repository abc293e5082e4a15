// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "TournamentMessages.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace pen::gui {

class ServerCountdown;

/// Between rounds: the event's title, who is playing, its rounds, what the event is doing now
/// (waiting for the host, counting down to a round, a break, paused, over) and the time left of
/// that phase as the server counts it.
class LobbyPage final : public QWidget {
    Q_OBJECT
public:
    explicit LobbyPage(QWidget *parent = nullptr);

    void setJoinedEvent(const JoinedEvent &event);
    void showStatus(const EventStatus &status);
    void showClock(const ServerCountdown &countdown);

signals:
    void disconnectRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_contestant = nullptr;
    QListWidget *m_rounds = nullptr;
    QLabel *m_phase = nullptr;
    QLabel *m_clock = nullptr;
    bool m_waitingForOthers = false; ///< every scan answered while the round runs for others
    QLabel *m_scoring = nullptr;
};

} // namespace pen::gui
