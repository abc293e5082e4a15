// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ListenAddress.h"

#include <cerrno>

#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pen::server {
namespace {

bool bindFails(const addrinfo &address)
{
    const int socket = ::socket(address.ai_family, address.ai_socktype, address.ai_protocol);
    if (socket < 0)
        return false;
    const int on = 1;
    // TIME_WAIT connections of an earlier server do not stop gRPC, so they must not count here.
    ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    const bool inUse = ::bind(socket, address.ai_addr, address.ai_addrlen) != 0 && errno == EADDRINUSE;
    ::close(socket);
    return inUse;
}

} // namespace

bool isListenAddressInUse(const QString &listen)
{
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE;
    addrinfo *addresses = nullptr;
    const QByteArray node = host.toUtf8();
    const QByteArray service = listen.mid(colon + 1).toUtf8();
    if (::getaddrinfo(node.isEmpty() ? nullptr : node.constData(), service.constData(), &hints, &addresses) != 0)
        return false;
    bool inUse = false;
    for (const addrinfo *address = addresses; address && !inUse; address = address->ai_next)
        inUse = bindFails(*address);
    ::freeaddrinfo(addresses);
    return inUse;
}

} // namespace pen::server
