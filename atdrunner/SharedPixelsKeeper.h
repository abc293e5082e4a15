// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QString>

#include <linux/filter.h>
#include <memory>

namespace pen::atd {

/// Where a sandboxed plugin opens the shared pixels of its requests. Landlock lets a sandboxed
/// process look into /proc/PID/fd only of processes in its own sandbox, so the server's
/// /proc/PID/fd/N (SharedPixels::path) is closed to it. A small process forked inside the plugin's
/// sandbox before the plugin executes keeps a copy of each request's memfd while the call lasts,
/// and the request names /proc/KEEPER/fd/N instead. The keeper does nothing else (its own filter
/// allows it to receive, reply, close and exit only) and dies with the plugin. Use it from one thread.
class SharedPixelsKeeper {
public:
    /// The pair of connected sockets between the server and the keeper to be.
    static Expected<std::unique_ptr<SharedPixelsKeeper>> create();
    ~SharedPixelsKeeper();
    SharedPixelsKeeper(const SharedPixelsKeeper &) = delete;
    SharedPixelsKeeper &operator=(const SharedPixelsKeeper &) = delete;

    int keeperSocket() const { return m_keeperSocket; }
    int serverSocket() const { return m_serverSocket; }
    /// Once the plugin's process has started, the server closes its copy of the keeper's end, so
    /// that the keeper's death shows on the server's end.
    void closeKeeperSocket();

    /// Hands the memfd to the keeper; the path under which the plugin opens it.
    Expected<QString> keep(int descriptor);
    /// The keeper closes its copy of what path names.
    void release(const QString &path);

    /// In the keeper, a child of the plugin's process between fork and exec: serves until the
    /// server closes its end, with raw system calls only (no allocation).
    [[noreturn]] static void serveInChild(int keeperSocket, const sock_fprog &filter) noexcept;

private:
    SharedPixelsKeeper(int keeperSocket, int serverSocket) : m_keeperSocket(keeperSocket), m_serverSocket(serverSocket)
    {
    }

    int m_keeperSocket = -1;
    int m_serverSocket = -1;
};

} // namespace pen::atd
