// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PluginLaunch.h"

namespace pen::atd {

PluginLaunch PluginLaunch::forLibrary(const QString &hostProgram, const QString &library, const QString &config)
{
    QStringList arguments{QStringLiteral("--plugin"), library};
    if (!config.isEmpty())
        arguments << QStringLiteral("--config") << config;
    return {hostProgram, arguments, library};
}

PluginLaunch PluginLaunch::forProgram(const QString &program, const QStringList &arguments, const QString &binary)
{
    return {program, arguments, binary.isEmpty() ? program : binary};
}

} // namespace pen::atd
