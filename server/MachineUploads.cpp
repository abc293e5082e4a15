// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// MachineEvaluation's uploaded plugins: who may upload, and adopting a complete upload's folder.
#include "MachineEvaluation.h"

#include "PluginUploadReceiver.h"
#include "StateChecks.h"
#include "auth/TokenSecrets.h"

#include <QDir>
#include <QFileInfo>

namespace pen::server {

using checks::refuse;

namespace {

/// The uploaded file that a header's library or program names, checked like the files' paths.
Expected<QString> codeFileIn(const QDir &folder, const QString &relative, bool program)
{
    if (auto checked = PluginUploadReceiver::checkPath(relative); !checked)
        return checked.error().withContext(program ? QStringLiteral("the program") : QStringLiteral("the library"));
    const QFileInfo file(folder.filePath(relative));
    if (!file.isFile())
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("%1 is not one of the uploaded files").arg(relative.left(100)));
    if (program && !file.isExecutable())
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("the program %1 is not marked executable in the upload").arg(relative.left(100)));
    return file.absoluteFilePath();
}

/// Arguments that name an uploaded file or folder become its path on the server; others stay.
QStringList argumentsIn(const QDir &folder, const QStringList &arguments)
{
    QStringList resolved;
    for (const QString &argument : arguments) {
        const bool inUpload = PluginUploadReceiver::checkPath(argument) && QFileInfo::exists(folder.filePath(argument));
        resolved.append(inUpload ? folder.filePath(argument) : argument);
    }
    return resolved;
}

/// The plugin with its code and arguments as paths in folder.
Expected<PluginRecord> placedIn(PluginRecord plugin, const QString &folder)
{
    const QDir dir(folder);
    const bool program = plugin.libraryPath.isEmpty();
    auto code = codeFileIn(dir, program ? plugin.program : plugin.libraryPath, program);
    if (!code)
        return code.error();
    (program ? plugin.program : plugin.libraryPath) = *code;
    plugin.arguments = argumentsIn(dir, plugin.arguments);
    plugin.folder = dir.absolutePath();
    return plugin;
}

Expected<void> checkVersion(const QString &version)
{
    if (version.trimmed().isEmpty() || version.size() > 100
        || std::any_of(version.begin(), version.end(), [](QChar c) { return !c.isPrint(); }))
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("the version must have 1 to 100 printable characters"));
    return {};
}

} // namespace

Expected<void> MachineEvaluation::checkUpload(const TokenRecord &caller, const QString &eventId) const
{
    if (caller.role != Role::Vendor) {
        if (caller.role != Role::Host)
            return refuse(ErrorCode::PermissionDenied,
                          QStringLiteral("a %1 token cannot upload plugins").arg(roleName(caller.role)));
        return checkHost(caller, eventId);
    }
    if (caller.eventId == eventId && !eventId.isEmpty())
        return {};
    std::lock_guard lock(m_mutex);
    if (std::any_of(m_plugins.begin(), m_plugins.end(),
                    [&](const PluginRecord &p) { return p.eventId == eventId && p.vendorTokenId == caller.id; }))
        return {};
    return refuse(ErrorCode::PermissionDenied,
                  QStringLiteral("this vendor token is not for event %1").arg(eventId.left(100)));
}

Expected<PluginRecord> MachineEvaluation::addUploadedPlugin(const TokenRecord &caller, PluginRecord plugin,
                                                            const QString &stagingFolder)
{
    if (auto allowed = checkUpload(caller, plugin.eventId); !allowed)
        return allowed.error();
    if (auto checked = checkPluginFields(plugin); !checked)
        return checked.error();
    if (auto checked = checkVersion(plugin.version); !checked)
        return checked.error();
    plugin.vendorTokenId = caller.role == Role::Vendor ? caller.id : QString();
    plugin.uploaderTokenId = caller.id;
    // Hashed where it lies: the hash names files by their names alone, so it holds after the move.
    auto staged = placedIn(plugin, stagingFolder);
    if (!staged)
        return staged.error();
    auto hash = atd::codeSha256(launchOf(*staged));
    if (!hash)
        return hash.error();
    plugin.sha256 = *hash;
    plugin.id = TokenSecrets::generateId(QStringLiteral("plugin"));
    const QString home = QDir(m_state.dataFolder()).filePath(QStringLiteral("plugins/") + plugin.id);

    std::lock_guard lock(m_mutex);
    if (!QDir().mkpath(QFileInfo(home).absolutePath()) || !QDir().rename(stagingFolder, home))
        return refuse(ErrorCode::Io, QStringLiteral("cannot move the uploaded plugin into %1").arg(home));
    auto placed = placedIn(plugin, home);
    auto added = placed ? addPlugin(caller, *placed, QStringLiteral("upload-plugin")) : placed;
    if (!added)
        QDir().rename(home, stagingFolder); // the caller's receiver removes it
    return added;
}

} // namespace pen::server
