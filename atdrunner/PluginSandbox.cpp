// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PluginSandbox.h"
#include "PluginFileAccess.h"
#include "SharedPixelsKeeper.h"

#include <QDebug>

#include <csignal>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace pen::atd {

namespace {

[[noreturn]] void refuseToRun(const char *why) noexcept
{
    constexpr char prefix[] = "the plugin sandbox could not be applied: ";
    (void)!write(STDERR_FILENO, prefix, sizeof prefix - 1);
    (void)!write(STDERR_FILENO, why, __builtin_strlen(why));
    (void)!write(STDERR_FILENO, "\n", 1);
    _exit(126);
}

sock_fprog programOf(const SyscallFilter &filter)
{
    return {static_cast<unsigned short>(filter.size()), const_cast<sock_filter *>(filter.data())};
}

} // namespace

PluginSandbox::PluginSandbox(const PluginLaunch &launch)
{
    const int abi = landlockAbi();
    if (abi == 0) {
        m_warnings.append(QStringLiteral("the kernel has no Landlock: the plugin may read and write every file "
                                         "the server's user may"));
    } else {
        auto rules = pluginFileAccessRuleset(launch, abi);
        if (rules)
            m_fileRules = *rules;
        else
            m_warnings.append(QStringLiteral("%1: the plugin may read and write every file the server's user may")
                                  .arg(rules.error().message));
    }
    auto pluginFilter = pluginSyscallFilter();
    auto keeperFilter = pixelsKeeperSyscallFilter();
    if (!kernelFiltersSyscalls()) {
        m_warnings.append(QStringLiteral("the kernel has no seccomp filters: the plugin may open network "
                                         "connections and start processes"));
    } else if (!pluginFilter || !keeperFilter) {
        m_warnings.append(QStringLiteral("%1: the plugin may open network connections and start processes")
                              .arg((pluginFilter ? keeperFilter.error() : pluginFilter.error()).message));
    } else {
        m_pluginFilter = std::move(*pluginFilter);
        m_keeperFilter = std::move(*keeperFilter);
    }
    for (const QString &warning : std::as_const(m_warnings))
        qWarning().noquote() << "ATD plugin sandbox incomplete:" << warning;
}

PluginSandbox::~PluginSandbox()
{
    if (m_fileRules >= 0)
        close(m_fileRules);
}

void PluginSandbox::enterInChild(const SharedPixelsKeeper *keeper) const noexcept
{
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        refuseToRun("no_new_privs");
    if (m_fileRules >= 0 && syscall(SYS_landlock_restrict_self, m_fileRules, 0) != 0)
        refuseToRun("landlock_restrict_self");
    // Forked inside the file rules and before the filter, which forbids forking.
    if (keeper && keeper->keeperSocket() >= 0) {
        const long child = syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
        if (child == 0)
            SharedPixelsKeeper::serveInChild(keeper->keeperSocket(), programOf(m_keeperFilter));
        if (child < 0)
            refuseToRun("fork of the keeper of shared pixels");
    }
    const sock_fprog program = programOf(m_pluginFilter);
    if (!m_pluginFilter.empty() && prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program) != 0)
        refuseToRun("seccomp");
}

QString PluginSandbox::refusalOf(int signal)
{
    if (signal != SIGSYS)
        return {};
    return QStringLiteral("stopped by the sandbox: it made a system call that plugins may not make "
                          "(a network connection, a new process or another refused call)");
}

} // namespace pen::atd
