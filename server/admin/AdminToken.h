// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Inside pentournament-admin: the token that the commands send.
#pragma once

#include "AdminSession.h"
#include "Expected.h"

namespace pen::server::admin {

/// The secret from --token-file FILE, else --token TOKEN, else $PEN_TOKEN (empty if none is
/// given), each taken as tokenSecretFrom takes it: the line token-issue printed or the secret
/// alone. Errors name where the token came from, never the token.
Expected<QString> adminToken(const Words &w);

} // namespace pen::server::admin
