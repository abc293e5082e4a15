// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "atdrunner/PluginLaunch.h"
#include "atdrunner/PluginSandbox.h"
#include "atdrunner/SharedPixelsKeeper.h"
#include "pen/v1/atd.grpc.pb.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class QDeadlineTimer;

namespace pen::atd {

/// Whether a gRPC address is on this machine (a loopback address, localhost or a unix socket),
/// where a request's shared memory can reach the plugin.
bool isOnThisMachine(const QString &address);

/// One plugin's process, seen from the server: started with its limits in its sandbox
/// (PluginSandbox), talked to over gRPC, stopped when it hangs and started again after it crashes
/// or the sandbox kills it. Use it from one thread.
class PluginProcess {
public:
    PluginProcess(PluginLaunch launch, PluginLimits limits);
    ~PluginProcess();
    PluginProcess(const PluginProcess &) = delete;
    PluginProcess &operator=(const PluginProcess &) = delete;

    /// Starts the process and asks for its description (checked: interface version, categories,
    /// threshold).
    Expected<pen::v1::PluginDescription> start();

    struct Call {
        std::optional<pen::v1::Detection> detection; ///< set when the plugin answered
        QString failure;    ///< why not, in words (crashed, no answer in time, refused the scan)
        double seconds = 0; ///< wall time of the call
    };
    /// One detection under the deadline; a process lost before is started again first, up to
    /// maxRestarts times.
    Call detect(const pen::v1::DetectRequest &request);

    void stop();
    bool isRunning() const;
    int restarts() const { return m_restarts; }
    /// Whether requests may carry their pixels in shared memory: the plugin declared that it reads
    /// them so and serves on this machine. Known once started.
    bool takesSharedMemory() const { return m_sharedMemory; }
    /// Whether it failed so often that no more scans should be sent.
    bool givenUp() const { return m_restarts > m_limits.maxRestarts; }
    /// What the sandbox cannot enforce on this machine; empty when it is whole.
    const QStringList &sandboxWarnings() const { return m_sandbox.warnings(); }

private:
    /// The file that takes the process's merged output (stdout and stderr).
    QString logPath() const;
    /// Starts the host process with its output in the log and its limits applied.
    void launchProcess();
    /// The memory and CPU limits, the death signal and the sandbox that the child sets on itself.
    void limitChildProcess();
    /// The request as the plugin can read it: its shared pixels handed to the keeper where the
    /// sandbox needs one; keptPath is then what to release after the call.
    pen::v1::DetectRequest reachable(const pen::v1::DetectRequest &request, QString &keptPath);
    /// The address the plugin serves on, read from its log once it says so.
    Expected<QString> waitForAddress(const QString &name, const QDeadlineTimer &deadline);
    void connectTo(const QString &address);
    /// Asks the plugin for its description and checks it; the process is stopped when it fails.
    Expected<pen::v1::PluginDescription> describe(const QString &name, const QDeadlineTimer &deadline);
    QString exitDescription() const;
    QString lastWords() const;
    void kill();

    PluginLaunch m_launch;
    PluginLimits m_limits;
    PluginSandbox m_sandbox;
    std::unique_ptr<SharedPixelsKeeper> m_keeper;
    QTemporaryDir m_logFolder;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<pen::v1::AtdPlugin::Stub> m_stub;
    bool m_started = false;
    bool m_sharedMemory = false;
    int m_restarts = 0;
};

} // namespace pen::atd
