// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Answer.h"
#include "model/Declaration.h"
#include "scoring/RoundScore.h"
#include "tournament/Leaderboard.h"

#include "pen/v1/common.pb.h"

#include <QString>

#include <string>

/// The domain types that travel in the contracts, to and from their messages: one conversion for
/// the server's services, the ATD runner and the clients.
namespace pen::convert {

/// Protobuf strings are bytes; ours are UTF-8 QStrings.
QString fromProto(const std::string &text);
std::string toProto(const QString &text);

v1::Score toProto(const RoundScore &score);
v1::Mark toProto(const Mark &mark);
/// A mark as sent; its coordinates are the receiver's to check.
Mark fromProto(const v1::Mark &mark);
v1::Standing toProto(const Standing &standing);
v1::Declaration toProto(const Declaration &declaration);

} // namespace pen::convert
