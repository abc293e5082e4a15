// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QString>

namespace pen::server {

/// Whether another socket already listens on listen ("host:port", "[::1]:port"): a probe that
/// binds as gRPC binds (address reuse, no port sharing) and reports EADDRINUSE. For the message
/// after a failed start only: by the time it answers, the other socket may be gone.
bool isListenAddressInUse(const QString &listen);

} // namespace pen::server
