// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QString>

namespace pen::server::TokenSecrets {

/// A new secret: "pen_" and 256 random bits from the operating system, base64url.
QString generateSecret();
/// A public handle for a token, shown in lists and the audit log: "tok-" and 48 random bits.
QString generateId(const QString &prefix);
/// What the server stores instead of the secret.
QString hashOf(const QString &secret);
/// The secret of an "authorization: Bearer <secret>" header value; empty if it is not one.
QString secretFromAuthorization(const QString &header);

} // namespace pen::server::TokenSecrets
