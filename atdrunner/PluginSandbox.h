// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "atdrunner/PluginLaunch.h"
#include "atdrunner/PluginSyscallFilter.h"

#include <QStringList>

namespace pen::atd {

class SharedPixelsKeeper;

/// What a plugin's process may do, prepared in the server before it forks: Landlock file rules
/// (pluginFileAccessRuleset: read its own files and the system's runtime, execute only its own
/// program chain, write nothing new) and a seccomp filter (pluginSyscallFilter: no connections, no
/// UDP, raw or netlink sockets, no new processes). Where the kernel lacks either, the plugin runs
/// with what there is and warnings() says what is missing. Not copyable; it must outlive the starts
/// of the processes it sandboxes.
class PluginSandbox {
public:
    explicit PluginSandbox(const PluginLaunch &launch);
    ~PluginSandbox();
    PluginSandbox(const PluginSandbox &) = delete;
    PluginSandbox &operator=(const PluginSandbox &) = delete;

    /// What the sandbox cannot enforce on this machine, in words; empty when it is whole.
    const QStringList &warnings() const { return m_warnings; }
    /// Whether the file rules apply: the plugin then reaches shared pixels only through a keeper.
    bool restrictsFiles() const { return m_fileRules >= 0; }

    /// In the child between fork and exec (async-signal-safe system calls only): forks the keeper
    /// when one is given, then restricts the child. Where that fails the child exits with code 126
    /// rather than run unconfined.
    void enterInChild(const SharedPixelsKeeper *keeper) const noexcept;

    /// Why the plugin died, where the signal it died of says that the sandbox killed it; else empty.
    static QString refusalOf(int signal);

private:
    int m_fileRules = -1;
    SyscallFilter m_pluginFilter;
    SyscallFilter m_keeperFilter;
    QStringList m_warnings;
};

} // namespace pen::atd
