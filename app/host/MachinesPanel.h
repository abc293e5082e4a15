// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"
#include "HostRecords.h"
#include "MachineRecords.h"

#include <optional>

#include <QWidget>

class QComboBox;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace pen::gui {

class AdminClient;
class EvaluationForm;
class HumanMachineView;
class MachineResultsView;
class MachinesClient;
class RegisterPluginForm;

/// The host's machines of the selected event (pen.v1.Machines): register ATD plugins, list them
/// with the runs they used per phase, set up the evaluation, run a plugin in the development or
/// final phase or on a round (with progress and a cancel that cancels the call), and read the
/// machine leaderboard per phase and a round's officers and machines together. Refusals reach
/// the console's message line through the client's failed().
class MachinesPanel final : public QWidget {
    Q_OBJECT
public:
    explicit MachinesPanel(AdminClient *admin, QWidget *parent = nullptr);
    ~MachinesPanel() override;

    /// Reads the event's plugins, evaluation and leaderboard when another event is selected (at
    /// once if the panel is shown, else when it is).
    void setEvent(const EventDetails &event);
    void setImageSets(const QList<ImageSetRecord> &sets);
    /// Reads the plugins, the evaluation and the leaderboard of the shown phase again.
    void refresh();

    MachinesClient *client() const { return m_client; }
    const QList<RegisteredPlugin> &plugins() const { return m_plugins; }
    const MachineLeaderboard &leaderboard() const { return m_board; }
    MachineResultsView *leaderboardView() const { return m_results; }
    HumanMachineView *humanMachine() const { return m_humanMachine; }

signals:
    void notice(const QString &text);
    void failure(const QString &what, const QString &message);
    /// A run ended, scored or not.
    void runEnded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createRunBar();
    void registerPlugin();
    void configureEvaluation();
    void runPlugin();
    void runFinished(const std::optional<MachineResult> &run, EvaluationPhase phase, bool cancelled);
    void showPlugins(const QList<RegisteredPlugin> &plugins);
    void refreshLeaderboard();
    void showPhaseChoice();

    AdminClient *m_admin = nullptr;
    MachinesClient *m_client = nullptr;
    QString m_eventId;
    RegisterPluginForm *m_register = nullptr;
    EvaluationForm *m_evaluation = nullptr;
    QTableWidget *m_pluginTable = nullptr;
    QComboBox *m_runPlugin = nullptr;
    QComboBox *m_runPhase = nullptr;
    QComboBox *m_runRound = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QComboBox *m_boardPhase = nullptr;
    MachineResultsView *m_results = nullptr;
    HumanMachineView *m_humanMachine = nullptr;
    QList<RegisteredPlugin> m_plugins;
    MachineLeaderboard m_board;
    bool m_stale = false; ///< another event was selected while the panel was hidden
};

} // namespace pen::gui
