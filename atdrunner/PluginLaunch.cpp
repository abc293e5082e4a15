// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PluginLaunch.h"
#include "imageset/FileHash.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStandardPaths>

namespace pen::atd {

PluginLaunch PluginLaunch::forLibrary(const QString &hostProgram, const QString &library, const QString &config)
{
    QStringList arguments{QStringLiteral("--plugin"), library};
    if (!config.isEmpty())
        arguments << QStringLiteral("--config") << config;
    return {hostProgram, arguments, library, {library}, {}};
}

PluginLaunch PluginLaunch::forProgram(const QString &program, const QStringList &arguments)
{
    PluginLaunch launch{program, arguments, program, {}, {}};
    const QString found = QStandardPaths::findExecutable(program);
    launch.codeFiles.append(found.isEmpty() ? program : found);
    for (const QString &argument : arguments) {
        if (QFileInfo(argument).isFile()) {
            launch.codeFiles.append(argument);
            if (launch.binary == program)
                launch.binary = argument;
        }
    }
    return launch;
}

Expected<QString> codeSha256(const PluginLaunch &launch)
{
    if (launch.codeFiles.size() == 1)
        return sha256OfFile(launch.codeFiles.first());
    QByteArray list;
    for (const QString &file : launch.codeFiles) {
        auto hash = sha256OfFile(file);
        if (!hash)
            return hash.error();
        list += QFileInfo(file).fileName().toUtf8() + ' ' + hash->toLatin1() + '\n';
    }
    return QString::fromLatin1(QCryptographicHash::hash(list, QCryptographicHash::Sha256).toHex());
}

} // namespace pen::atd
