// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/Answer.h"
#include "model/Declaration.h"
#include "model/ObjectKind.h"
#include "model/ScanView.h"
#include "scoring/RoundScore.h"
#include "scoring/ScanOutcome.h"
#include "tournament/Leaderboard.h"

#include "pen/v1/common.pb.h"

#include <QString>
#include <QStringList>

#include <string>

/// The domain types that travel in the contracts, to and from their messages: one conversion for
/// the server's services, the ATD runner and the clients.
namespace pen::convert {

/// Protobuf strings are bytes; ours are UTF-8 QStrings.
QString fromProto(const std::string &text);
std::string toProto(const QString &text);
QStringList fromProto(const google::protobuf::RepeatedPtrField<std::string> &texts);

v1::Score toProto(const RoundScore &score);
v1::Mark toProto(const Mark &mark);
/// A mark as sent; its coordinates are the receiver's to check.
Mark fromProto(const v1::Mark &mark);
v1::Standing toProto(const Standing &standing);
v1::Declaration toProto(const Declaration &declaration);

v1::ViewKind toProto(ViewKind kind);
v1::ObjectKind toProto(ObjectKind kind);
v1::Verdict toProto(ScanOutcome::Verdict verdict);
/// The enums as received. A value this build does not know (a newer peer's, or a hostile one) and
/// UNSPECIFIED (what a peer older than the enum sends) are an Error naming the value; the caller
/// that receives it decides what it means there (refuse the message, or a documented default).
Expected<ViewKind> fromProto(v1::ViewKind kind);
Expected<ObjectKind> fromProto(v1::ObjectKind kind);
Expected<ScanOutcome::Verdict> fromProto(v1::Verdict verdict);

/// A score as sent; its rates follow from its counts, as toProto computed them.
RoundScore fromProto(const v1::Score &score);
Standing fromProto(const v1::Standing &standing);

} // namespace pen::convert
