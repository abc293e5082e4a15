// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "TournamentState.h"
#include "convert/DomainMessages.h"

#include "pen/v1/common.pb.h"

#include <grpcpp/grpcpp.h>

namespace pen::server {

/// The gRPC status for a refusal: the code by kind, the message as the server wrote it.
grpc::Status statusOf(const Error &error);

// Text, scores, marks (coordinates are checked by TournamentState), standings and declarations.
using convert::fromProto;
using convert::toProto;

v1::Phase toProto(EventState::Phase phase);
v1::RoundInfo toProto(const EventRecord &event, int index);

/// The secret of the call's "authorization" metadata (empty if none).
QString secretOf(const grpc::CallbackServerContext *context);

} // namespace pen::server
