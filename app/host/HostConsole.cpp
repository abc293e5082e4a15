// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "HostConsole.h"

#include "AdminClient.h"
#include "AuditLogPanel.h"
#include "CohortPanel.h"
#include "ConnectPanel.h"
#include "ContestantsPanel.h"
#include "ControlPanel.h"
#include "EventsPanel.h"
#include "EventsWatcher.h"
#include "ImageSetsPanel.h"
#include "LeaderboardPanel.h"
#include "MachinesPanel.h"
#include "RoundsPanel.h"
#include "TokensPanel.h"
#include "TraineeReportPanel.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>

#include <QVBoxLayout>

namespace pen::gui {
namespace {

// The clocks of the selected event are shown live: it is read again this often. The lists come
// from the server's event stream (EventsWatcher) as they change.
constexpr int PollMilliseconds = 1000;

} // namespace

HostConsole::HostConsole(QWidget *parent) : QWidget(parent)
{
    createPanels();
    createTabs();
    createMessageLine();
    layOut();
    followServer();
    connectPanels();
    m_tabs->setEnabled(false);
}

void HostConsole::createPanels()
{
    m_client = new AdminClient(this);
    m_connect = new ConnectPanel(this);
    m_events = new EventsPanel(this);
    m_rounds = new RoundsPanel(m_client, this);
    m_imageSets = new ImageSetsPanel(m_client, this);
    m_contestants = new ContestantsPanel(m_client, this);
    m_tokens = new TokensPanel(m_client, this);
    m_control = new ControlPanel(this);
    m_leaderboard = new LeaderboardPanel(m_client, this);
    m_report = new TraineeReportPanel(m_client, this);
    m_cohort = new CohortPanel(m_client, this);
    m_audit = new AuditLogPanel(m_client, this);
    m_machines = new MachinesPanel(m_client, this);
    m_machines->setObjectName(QStringLiteral("machines"));
}

void HostConsole::createTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("eventTabs"));
    m_tabs->addTab(m_control, tr("Control"));
    m_tabs->addTab(m_leaderboard, tr("Leaderboard"));
    m_tabs->addTab(m_rounds, tr("Rounds"));
    m_tabs->addTab(m_imageSets, tr("Image sets"));
    m_tabs->addTab(m_contestants, tr("Contestants"));
    m_tabs->addTab(m_tokens, tr("Tokens"));
    m_tabs->addTab(m_report, tr("Trainee reports"));
    m_tabs->addTab(m_cohort, tr("Cohort"));
    m_tabs->addTab(m_machines, tr("Machines"));
    m_tabs->addTab(m_audit, tr("Audit log"));
}

void HostConsole::createMessageLine()
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("consoleMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void HostConsole::layOut()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_events);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 3);
    split->setSizes({420, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_connect);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
}

void HostConsole::followServer()
{
    m_watcher = new EventsWatcher(this);
    connect(m_watcher, &EventsWatcher::changed, this, &HostConsole::showEventsChanged);
    connect(m_watcher, &EventsWatcher::failed, this,
            [this](const QString &message) { showFailure(tr("Following the events"), message); });
    m_poll = new QTimer(this);
    m_poll->setInterval(PollMilliseconds);
    connect(m_poll, &QTimer::timeout, this, &HostConsole::refreshEvent);
}

void HostConsole::connectPanels()
{
    connect(m_client, &AdminClient::failed, this, &HostConsole::showFailure);
    connect(m_connect, &ConnectPanel::connectRequested, this, &HostConsole::connectToServer);
    connect(m_events, &EventsPanel::eventSelected, this, &HostConsole::selectEvent);
    connect(m_events, &EventsPanel::createRequested, this, &HostConsole::createEvent);
    connect(m_control, &ControlPanel::actionRequested, this, &HostConsole::control);
    connect(m_rounds, &RoundsPanel::roundAdded, this, [this] {
        showNotice(tr("Round added."));
        refreshEvent();
    });
    connect(m_contestants, &ContestantsPanel::contestantAdded, this, [this] {
        showNotice(tr("Contestant added."));
        refreshEvent();
    });
    connect(m_imageSets, &ImageSetsPanel::uploaded, this, [this](const QString &name) {
        showNotice(tr("Image set %1 uploaded.").arg(name));
        refreshImageSets();
    });
    connect(m_imageSets, &ImageSetsPanel::generated, this, [this](const QString &name) {
        showNotice(tr("Practice set %1 generated.").arg(name));
        refreshImageSets();
    });
    connect(m_imageSets, &ImageSetsPanel::generationInvalid, this,
            [this](const QString &message) { showFailure(tr("Generating a practice set"), message); });
    connect(m_machines, &MachinesPanel::notice, this, &HostConsole::showNotice);
    connect(m_machines, &MachinesPanel::failure, this, &HostConsole::showFailure);
    connect(m_tokens, &TokensPanel::tokenIssued, this,
            [this](const QString &label) { showNotice(tr("Token issued for %1.").arg(label)); });
    connect(m_leaderboard, &LeaderboardPanel::exported, this,
            [this](const QString &file) { showNotice(tr("Saved %1.").arg(file)); });
    connect(m_leaderboard, &LeaderboardPanel::exportFailed, this,
            [this](const QString &error) { showFailure(tr("Exporting"), error); });
    connect(m_report, &TraineeReportPanel::exported, this,
            [this](const QString &file) { showNotice(tr("Saved %1.").arg(file)); });
    connect(m_report, &TraineeReportPanel::exportFailed, this,
            [this](const QString &error) { showFailure(tr("Exporting"), error); });
    connect(m_cohort, &CohortPanel::exported, this,
            [this](const QString &file) { showNotice(tr("Saved %1.").arg(file)); });
    connect(m_cohort, &CohortPanel::failed, this, &HostConsole::showFailure);
    // Only hosts may read the audit log: it is read when its tab is opened, not for every event.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_audit)
            m_audit->refresh();
    });
}

HostConsole::~HostConsole()
{
    // The streams' threads go before the client whose connection they read.
    m_leaderboard->stop();
    m_watcher->stop();
}

QString HostConsole::message() const
{
    return m_message->text();
}

QString HostConsole::selectedEventId() const
{
    return m_events->selectedEventId();
}

void HostConsole::connectToServer()
{
    const auto options = m_connect->options();
    m_connect->setBusy(true);
    m_connect->setStatus(tr("Connecting to %1…").arg(options.address));
    m_client->connectTo(
        options,
        [this, address = options.address](const QList<EventSummary> &events) {
            m_connect->setBusy(false);
            m_connect->setStatus(tr("Connected to %1").arg(address));
            showNotice(tr("Connected to %1: %n event(s) to manage.", nullptr, int(events.size())).arg(address));
            m_events->setEvents(events);
            m_tabs->setEnabled(true);
            refreshImageSets();
            m_watcher->watch(m_client->connection());
            m_poll->start();
            emit connectedChanged(true);
        },
        [this](const QString &message) {
            m_connect->setBusy(false);
            m_connect->setStatus(tr("Not connected: %1").arg(message));
        });
}

void HostConsole::refreshEvents()
{
    m_client->listEvents([this](const QList<EventSummary> &events) { m_events->setEvents(events); });
}

void HostConsole::showEventsChanged(const EventsChange &changed)
{
    m_events->setEvents(changed.events);
    ++m_eventStreamUpdates;
    // Something changed on the server (perhaps from another console): the selected event's
    // tables and tokens are read again.
    if (changed.version != m_serverVersion) {
        m_serverVersion = changed.version;
        refreshEvent();
        m_tokens->refresh();
    }
}

void HostConsole::refreshImageSets()
{
    m_client->listImageSets([this](const QList<ImageSetRecord> &sets) {
        m_rounds->setImageSets(sets);
        m_imageSets->setImageSets(sets);
        m_machines->setImageSets(sets);
    });
}

void HostConsole::selectEvent(const QString &eventId)
{
    m_audit->setEventId(eventId);
    if (eventId.isEmpty()) {
        showEvent({});
        return;
    }
    refreshEvent();
    if (m_tabs->currentWidget() == m_audit)
        m_audit->refresh();
}

void HostConsole::refreshEvent()
{
    const QString eventId = m_events->selectedEventId();
    if (eventId.isEmpty() || !m_client->isConnected() || m_polling)
        return;
    m_polling = true;
    m_client->getEvent(
        eventId,
        [this](const EventDetails &event) {
            m_polling = false;
            // An answer for an event no longer selected is of no use.
            if (event.summary.id == m_events->selectedEventId())
                showEvent(event);
        },
        [this](const QString &) { m_polling = false; });
}

void HostConsole::showEvent(const EventDetails &event)
{
    const bool changed = event.summary != m_event.summary || event.rounds.size() != m_event.rounds.size()
        || event.contestants.size() != m_event.contestants.size();
    m_event = event;
    if (!event.summary.id.isEmpty())
        m_events->updateEvent(event.summary);
    m_control->setStatus(event);
    m_leaderboard->setEvent(event);
    // The tables are rebuilt only when something in them changed, not on every status poll.
    if (changed) {
        m_rounds->setEvent(event);
        m_contestants->setEvent(event);
        m_tokens->setEvent(event);
        m_report->setEvent(event);
        m_cohort->setEvent(event);
        m_machines->setEvent(event);
    }
    emit eventRefreshed();
}

void HostConsole::createEvent()
{
    m_client->createEvent(m_events->newEvent(), [this](const EventSummary &event) {
        showNotice(tr("Event %1 created.").arg(event.title));
        m_events->clearForm();
        m_client->listEvents([this, id = event.id](const QList<EventSummary> &events) {
            m_events->setEvents(events);
            m_events->selectEvent(id);
        });
    });
}

void HostConsole::control(ClockCommand::Kind command)
{
    m_client->control(m_events->selectedEventId(), command, [this] {
        refreshEvents();
        m_polling = false;
        refreshEvent();
    });
}

void HostConsole::showFailure(const QString &what, const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setText(tr("%1 failed: %2").arg(what, message));
}

void HostConsole::showNotice(const QString &text)
{
    m_message->setStyleSheet({});
    m_message->setText(text);
}

} // namespace pen::gui
