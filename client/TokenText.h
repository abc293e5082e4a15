// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QString>

namespace pen::server {

/// The secret in what a person hands a client as a token (a file, a command line option, an
/// environment variable, a form field): the line `pentournament-admin token-issue` prints (the
/// token id, a tab, the secret) or the secret alone ("pen_" and 43 base64url characters), with any
/// spaces and line ends around it. Anything else (nothing, several tokens, more words, characters
/// that no token has, a wrong prefix or length) is an InvalidArgument error that says what is wrong
/// without repeating the text, which may hold a secret. The messages are translatable (context
/// "pen::server::TokenText"), so the app shows them in the user's language.
Expected<QString> tokenSecretFrom(const QString &text);

/// Whether a token can go into an "authorization" header as it is: visible ASCII, no spaces.
/// gRPC aborts the process on anything else (and prints the header), so a client refuses it
/// first. Looser than tokenSecretFrom: a well-formed token the server does not know passes.
Expected<void> checkTokenSendable(const QString &token);

} // namespace pen::server
