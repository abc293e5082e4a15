// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTimer;

namespace pen::gui {

class AdminClient;
class AuditLogPanel;
class ConnectPanel;
class ContestantsPanel;
class ControlPanel;
class EventsPanel;
class EventsWatcher;
class ImageSetsPanel;
class LeaderboardPanel;
class MachinesPanel;
class RoundsPanel;
class TokensPanel;
class CohortPanel;
class TraineeReportPanel;

/// The host's and trainer's console, one widget for a main window's tab: connect with a host or
/// trainer token, create and run events (rounds, image sets, contestants and teams, tokens,
/// start/pause/resume/end), watch the live leaderboard, export results, read trainee reports,
/// register, run and rank the event's ATD plugins (machines).
/// Every server call runs off the GUI thread; failures are shown in words in the console.
class HostConsole final : public QWidget {
    Q_OBJECT
public:
    explicit HostConsole(QWidget *parent = nullptr);
    ~HostConsole() override;

    AdminClient *client() const { return m_client; }
    /// The last failure or notice shown at the console's foot.
    QString message() const;
    QString selectedEventId() const;
    const EventDetails &selectedEvent() const { return m_event; }
    MachinesPanel *machines() const { return m_machines; }
    /// How many lists of events the server's event stream has delivered.
    int eventStreamUpdates() const { return m_eventStreamUpdates; }

signals:
    /// The selected event's details arrived from the server (after a change or a status poll).
    void eventRefreshed();
    void connectedChanged(bool connected);

private:
    /// The client and the panels that share it.
    void createPanels();
    /// The selected event's panels, one tab each.
    void createTabs();
    /// The line at the console's foot for failures and notices.
    void createMessageLine();
    /// Connect panel on top, events beside the tabs, the message line below.
    void layOut();
    /// The event stream for the lists and the poll for the selected event's clocks.
    void followServer();
    /// What the panels ask for and report goes to the console.
    void connectPanels();
    void connectToServer();
    void refreshEvents();
    void showEventsChanged(const EventsChange &changed);
    void refreshImageSets();
    void selectEvent(const QString &eventId);
    void refreshEvent();
    void showEvent(const EventDetails &event);
    void createEvent();
    void control(ClockCommand::Kind command);
    void showFailure(const QString &what, const QString &message);
    void showNotice(const QString &text);

    AdminClient *m_client = nullptr;
    ConnectPanel *m_connect = nullptr;
    EventsPanel *m_events = nullptr;
    QTabWidget *m_tabs = nullptr;
    RoundsPanel *m_rounds = nullptr;
    ImageSetsPanel *m_imageSets = nullptr;
    ContestantsPanel *m_contestants = nullptr;
    TokensPanel *m_tokens = nullptr;
    ControlPanel *m_control = nullptr;
    LeaderboardPanel *m_leaderboard = nullptr;
    TraineeReportPanel *m_report = nullptr;
    CohortPanel *m_cohort = nullptr;
    AuditLogPanel *m_audit = nullptr;
    MachinesPanel *m_machines = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_poll = nullptr;
    EventsWatcher *m_watcher = nullptr;
    quint64 m_serverVersion = 0;
    EventDetails m_event;
    bool m_polling = false;
    int m_eventStreamUpdates = 0;
};

} // namespace pen::gui
