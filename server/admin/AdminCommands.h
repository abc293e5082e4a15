// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QStringList>
#include <QTextStream>

namespace pen::server {

/// pentournament-admin: every host action as a command, for people and scripts. Output is one
/// record per line, fields separated by tabs; errors go to err with the server's status and
/// message, and the exit code is non-zero. arguments excludes the program name.
int runAdminCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace pen::server
