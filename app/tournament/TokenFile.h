// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QString>

namespace pen::gui {

/// Reads an access token from a file (its first line, trimmed), so that the token never appears on
/// a command line where `ps` would show it. Errors name the file and say what is wrong with it.
Expected<QString> readTokenFile(const QString &path);

} // namespace pen::gui
