// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "MachineResult.h"
#include "atdrunner/PluginLaunch.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace pen::gui {

/// What a vendor tries: a plugin, the limits it runs under, and an image set with its truth.
struct TrialRequest {
    QString label; ///< how the results name this run
    atd::PluginLaunch launch;
    atd::PluginLimits limits;
    QString setFolder;
};

/// Runs a plugin locally over a practice set and scores it, the way the server runs and scores
/// it in an event (each plugin in its own process, the same limits, the same metrics). One run at a
/// time, off the GUI thread; its signals arrive on the GUI thread. Destroying the trial cancels
/// the run and waits for it to stop.
class PluginTrial final : public QObject {
    Q_OBJECT
public:
    explicit PluginTrial(QObject *parent = nullptr);
    ~PluginTrial() override;

    /// False (and nothing starts) while a run is under way.
    bool start(const TrialRequest &request);
    /// Stops the run after the scan in progress; failed() then says it was cancelled.
    void cancel();
    bool isRunning() const { return m_cancel != nullptr; }

    /// The pentournament-atd-host program that runs library plugins: beside this program, else
    /// (in the build tree) where the build put it.
    static QString atdHostProgram();

signals:
    void progress(int scansDone, int scanCount);
    void finished(const pen::gui::MachineResult &result);
    void failed(const QString &message);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace pen::gui
