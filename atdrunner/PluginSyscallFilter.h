// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <linux/filter.h>

#include <vector>

namespace pen::atd {

/// A seccomp program, built in the server's process so that a child between fork and exec only
/// has to install it.
using SyscallFilter = std::vector<sock_filter>;

/// Whether this kernel installs seccomp filters that kill the whole process.
bool kernelFiltersSyscalls();

/// The plugin's filter: everything is allowed but outgoing connections (connect, TCP Fast Open),
/// sockets other than TCP over IPv4/IPv6 and Unix streams, new processes (fork, vfork, clone
/// without CLONE_THREAD), io_uring (which bypasses the filter), ptrace and reading or writing
/// another process's memory. A forbidden call kills the plugin with SIGSYS; clone3 fails with
/// ENOSYS instead, so that the C library creates threads with clone.
Expected<SyscallFilter> pluginSyscallFilter();

/// The filter of the process that keeps a sandboxed plugin's shared pixels: it may only receive
/// and send on its socket, close descriptors and exit.
Expected<SyscallFilter> pixelsKeeperSyscallFilter();

} // namespace pen::atd
