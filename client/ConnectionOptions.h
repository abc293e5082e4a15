// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QString>

namespace pen::server {

/// Where and how a client reaches a tournament server. A header of its own, without gRPC, so that
/// widgets which only ask for these settings compile without the protocol's headers.
struct ConnectionOptions {
    QString address;       ///< host:port
    QString token;         ///< sent as "authorization: Bearer <token>"
    QString caCertificate; ///< PEM file of the CA that signed the server's certificate; empty: plain text
    QString serverName;    ///< TLS name to check, if not the address's host
};

} // namespace pen::server
