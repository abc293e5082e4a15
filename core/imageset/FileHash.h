// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QString>

namespace pen {

/// The SHA-256 of a file's bytes as 64 lower-case hex digits; scans are content-addressed by it.
Expected<QString> sha256OfFile(const QString &path);

} // namespace pen
