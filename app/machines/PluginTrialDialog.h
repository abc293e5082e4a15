// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "MachineResult.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace pen::gui {

class MachineDetectionsView;
class MachineResultsView;
class PluginTrial;
class PluginTrialForm;

/// A vendor tries an ATD plugin on a practice set before an event: the plugin runs here, in its
/// own process under the event's kind of limits, and is scored as the server scores it. Each run
/// joins the results, ranked as on a machine leaderboard, with its AP per category, ROC and FROC
/// curves and its failures with their reasons; the last run's detections are drawn on the scans.
class PluginTrialDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PluginTrialDialog(QWidget *parent = nullptr);
    ~PluginTrialDialog() override;

    PluginTrialForm *form() const { return m_form; }
    MachineResultsView *results() const { return m_results; }
    /// The last run's detections drawn on the set's scans.
    MachineDetectionsView *detections() const { return m_detections; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The last failure or notice, as shown under the form.
    QString message() const;
    bool isRunning() const;

    /// Starts a run with what the form says; a missing field is said in the message line.
    void run();
    void cancel();

signals:
    /// A run ended, scored or not.
    void runEnded();

private:
    void showProgress(int scansDone, int scanCount);
    void addResult(const MachineResult &result);
    void runFailed(const QString &message);
    void showFailure(const QString &message);
    void setRunning(bool running);

    PluginTrialForm *m_form = nullptr;
    PluginTrial *m_trial = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    MachineResultsView *m_results = nullptr;
    MachineDetectionsView *m_detections = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<MachineResult> m_runs;
    QString m_runLabel;
};

} // namespace pen::gui
