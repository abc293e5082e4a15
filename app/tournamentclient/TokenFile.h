// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QString>

namespace pen::gui {

/// Reads an access token from a file, so that the token never appears on a command line where
/// `ps` would show it. The file holds what server::tokenSecretFrom takes (the line that
/// `pentournament-admin token-issue` printed, or the secret alone); the secret is returned. Errors
/// name the file and say what is wrong with it, never what it holds.
Expected<QString> readTokenFile(const QString &path);

} // namespace pen::gui
