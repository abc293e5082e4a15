// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "TournamentState.h"

#include "pen/v1/common.pb.h"

#include <grpcpp/grpcpp.h>

namespace pen::server {

/// The gRPC status for a refusal: the code by kind, the message as the server wrote it.
grpc::Status statusOf(const Error &error);

/// Protobuf strings are bytes; the server's are UTF-8 QStrings.
QString fromProto(const std::string &text);
std::string toProto(const QString &text);

v1::Phase toProto(EventState::Phase phase);
v1::RoundInfo toProto(const EventRecord &event, int index);
v1::Score toProto(const RoundScore &score);
v1::Mark toProto(const Mark &mark);
/// A mark as sent; coordinates are checked by TournamentState.
Mark fromProto(const v1::Mark &mark);
v1::Standing toProto(const Standing &standing);
v1::Declaration toProto(const Declaration &declaration);

/// The secret of the call's "authorization" metadata (empty if none).
QString secretOf(const grpc::CallbackServerContext *context);

} // namespace pen::server
