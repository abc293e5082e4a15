// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "SharedPixelsKeeper.h"

#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace pen::atd {

namespace {

// What the keeper answers to a descriptor it keeps.
struct Kept {
    qint32 pid = 0;
    qint32 descriptor = -1;
};

constexpr qint32 KeepCommand = -1; // any other command is the number of a descriptor to close

Error keeperError(const char *what)
{
    return makeError(ErrorCode::Io,
                     QStringLiteral("the keeper of the plugin's shared pixels: %1: %2")
                         .arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno))));
}

} // namespace

Expected<std::unique_ptr<SharedPixelsKeeper>> SharedPixelsKeeper::create()
{
    int sockets[2] = {-1, -1};
    // Close-on-exec: the keeper never executes anything, and the plugin must not hold either end.
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sockets) != 0)
        return keeperError("socketpair");
    const timeval patience{2, 0}; // the keeper answers at once or is dead
    setsockopt(sockets[1], SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
    return std::unique_ptr<SharedPixelsKeeper>(new SharedPixelsKeeper(sockets[0], sockets[1]));
}

SharedPixelsKeeper::~SharedPixelsKeeper()
{
    closeKeeperSocket();
    close(m_serverSocket);
}

void SharedPixelsKeeper::closeKeeperSocket()
{
    if (m_keeperSocket >= 0)
        close(m_keeperSocket);
    m_keeperSocket = -1;
}

Expected<QString> SharedPixelsKeeper::keep(int descriptor)
{
    qint32 command = KeepCommand;
    iovec part{&command, sizeof command};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    msghdr message{};
    message.msg_iov = &part;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    cmsghdr *rights = CMSG_FIRSTHDR(&message);
    rights->cmsg_level = SOL_SOCKET;
    rights->cmsg_type = SCM_RIGHTS;
    rights->cmsg_len = CMSG_LEN(sizeof(int));
    std::memcpy(CMSG_DATA(rights), &descriptor, sizeof descriptor);
    if (sendmsg(m_serverSocket, &message, MSG_NOSIGNAL) != sizeof command)
        return keeperError("send");
    Kept kept;
    ssize_t received = -1;
    do {
        received = recv(m_serverSocket, &kept, sizeof kept, 0);
    } while (received < 0 && errno == EINTR);
    if (received != sizeof kept || kept.descriptor < 0)
        return received == 0 ? makeError(ErrorCode::Io, QStringLiteral("the keeper of the shared pixels is gone"))
                             : keeperError("receive");
    return QStringLiteral("/proc/%1/fd/%2").arg(kept.pid).arg(kept.descriptor);
}

void SharedPixelsKeeper::release(const QString &path)
{
    bool ok = false;
    const qint32 descriptor = path.section(QLatin1Char('/'), -1).toInt(&ok);
    if (ok && descriptor >= 0)
        send(m_serverSocket, &descriptor, sizeof descriptor, MSG_NOSIGNAL);
}

void SharedPixelsKeeper::serveInChild(int keeperSocket, const sock_fprog &filter) noexcept
{
    const pid_t plugin = pid_t(syscall(SYS_getppid));
    // Every other descriptor is a copy of one of the server's (it never executes, so close-on-exec
    // never closes them), and the plugin could open it through /proc/KEEPER/fd.
    if (keeperSocket > 0)
        syscall(SYS_close_range, 0U, unsigned(keeperSocket - 1), 0U);
    syscall(SYS_close_range, unsigned(keeperSocket + 1), ~0U, 0U);
    prctl(PR_SET_PDEATHSIG, SIGKILL); // dies with the plugin
    const Kept self{qint32(syscall(SYS_getpid)), -1};
    if (syscall(SYS_getppid) != plugin || (filter.len > 0 && prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &filter) != 0))
        syscall(SYS_exit_group, 1);
    for (;;) {
        qint32 command = 0;
        iovec part{&command, sizeof command};
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
        msghdr message{};
        message.msg_iov = &part;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        const ssize_t received = recvmsg(keeperSocket, &message, MSG_CMSG_CLOEXEC);
        if (received < 0 && errno == EINTR)
            continue;
        if (received != sizeof command)
            syscall(SYS_exit_group, 0); // the server closed its end
        const cmsghdr *rights = CMSG_FIRSTHDR(&message);
        if (command == KeepCommand && rights && rights->cmsg_type == SCM_RIGHTS) {
            Kept kept = self;
            std::memcpy(&kept.descriptor, CMSG_DATA(rights), sizeof kept.descriptor);
            send(keeperSocket, &kept, sizeof kept, MSG_NOSIGNAL);
        } else if (command >= 0 && command != keeperSocket) {
            close(command);
        }
    }
}

} // namespace pen::atd
