// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

// For headers that hold or pass a connection and a call's context without calling through them:
// they compile without gRPC's headers, which only the sources that make calls include.
namespace grpc {
class ClientContext;
class Status;
} // namespace grpc

namespace pen::server {
class ServerConnection;
} // namespace pen::server
