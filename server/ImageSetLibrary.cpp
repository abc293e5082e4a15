// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ImageSetLibrary.h"

#include "StateChecks.h"
#include "TokenRegistry.h"
#include "auth/TokenSecrets.h"
#include "imageset/FileHash.h"
#include "imageset/ImageSetFolder.h"
#include "io/ScanFileIO.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace pen::server {

using namespace checks;

ImageSetLibrary::ImageSetLibrary(StateContext &context, QString dataFolder)
    : m_context(context), m_dataFolder(std::move(dataFolder))
{
}

Expected<void> ImageSetLibrary::load(const QList<ImageSetRecord> &records)
{
    std::lock_guard lock(m_mutex);
    for (const ImageSetRecord &record : records) {
        auto set = ImageSetFolder::open(record.folder);
        if (!set)
            return set.error().withContext(QStringLiteral("image set %1").arg(record.name));
        m_records.append(record);
        m_sets.insert(record.id, *set);
    }
    return {};
}

Expected<void> ImageSetLibrary::checkNewImageSet(const TokenRecord &caller, const QString &name) const
{
    if (caller.role != Role::Host && caller.role != Role::Trainer)
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("a %1 token cannot add image sets").arg(roleName(caller.role)));
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!validName.match(name).hasMatch())
        return refuse(
            ErrorCode::InvalidArgument,
            QStringLiteral("image set name \"%1\": use 1 to 64 letters, digits, '-' or '_'").arg(name.left(80)));
    std::lock_guard lock(m_mutex);
    return checkNameFree(name);
}

Expected<void> ImageSetLibrary::checkNameFree(const QString &name) const
{
    for (const ImageSetRecord &record : m_records) {
        if (record.name == name)
            return refuse(ErrorCode::AlreadyExists,
                          QStringLiteral("an image set named %1 exists already (%2)").arg(name, record.id));
    }
    return {};
}

Expected<ImageSetRecord> ImageSetLibrary::addImageSet(const TokenRecord &caller, const QString &name,
                                                      const QString &stagingFolder, const Adoption &adoption)
{
    if (auto allowed = checkNewImageSet(caller, name); !allowed)
        return allowed.error();
    const auto wanted = [&] { return !adoption.stillWanted || adoption.stillWanted(); };
    const QString cancelled = QStringLiteral("the call was cancelled; image set %1 was not stored").arg(name);
    // The full check decodes every file: slow, so it runs before taking the lock.
    auto set = ImageSetFolder::open(stagingFolder, ImageSetFolder::Check::Full);
    if (!set)
        return set.error().withContext(QStringLiteral("image set %1").arg(name));
    if (!set->groundTruthIncluded)
        return refuse(ErrorCode::Validation,
                      QStringLiteral("image set %1 has no ground truth: the server needs it to score").arg(name));
    auto manifestHash = sha256OfFile(QDir(stagingFolder).filePath(ImageSet::ManifestFileName));
    if (!manifestHash)
        return manifestHash.error();
    if (!wanted())
        return refuse(ErrorCode::Conflict, cancelled);

    std::lock_guard lock(m_mutex);
    if (auto free = checkNameFree(name); !free)
        return free.error();
    if (!wanted())
        return refuse(ErrorCode::Conflict, cancelled);
    ImageSetRecord record{
        TokenSecrets::generateId(QStringLiteral("set")), name, {}, *manifestHash, m_context.clock(), caller.id, {}};
    record.folder = QDir(m_dataFolder).filePath(QStringLiteral("imagesets/") + record.id);
    if (!QDir().rename(stagingFolder, record.folder))
        return refuse(ErrorCode::Io, QStringLiteral("cannot move the uploaded set into %1").arg(record.folder));
    if (auto stored = m_context.store->insertImageSet(record); !stored) {
        QDir().rename(record.folder, stagingFolder);
        return stored.error();
    }
    QString detail = QStringLiteral("%1 %2 (%3 scans)").arg(record.id, name).arg(set->entries.size());
    if (!adoption.auditDetail.isEmpty())
        detail += QLatin1Char(' ') + adoption.auditDetail;
    (void)m_context.audit(caller, {}, adoption.auditAction, detail);
    m_records.append(record);
    m_sets.insert(record.id, *set);
    m_context.changed();
    return record;
}

Expected<QList<ImageSetRecord>> ImageSetLibrary::imageSets(const TokenRecord &caller) const
{
    if (caller.role != Role::Host && caller.role != Role::Trainer)
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("a %1 token cannot list image sets").arg(roleName(caller.role)));
    std::lock_guard lock(m_mutex);
    QList<ImageSetRecord> usable;
    for (const ImageSetRecord &record : m_records) {
        if (record.usableBy(caller.id, caller.role == Role::Host))
            usable.append(record);
    }
    return usable;
}

Expected<ImageSetRecord> ImageSetLibrary::shareImageSet(const TokenRecord &caller, const QString &imageSetId,
                                                        const QString &trainerTokenId, bool shared,
                                                        const TokenRegistry &tokens)
{
    if (caller.role != Role::Host)
        return refuse(ErrorCode::PermissionDenied, QStringLiteral("only hosts share image sets"));
    std::lock_guard lock(m_mutex);
    const auto record = std::find_if(m_records.begin(), m_records.end(),
                                     [&](const ImageSetRecord &set) { return set.id == imageSetId; });
    if (record == m_records.end())
        return refuse(ErrorCode::NotFound, QStringLiteral("no image set %1").arg(imageSetId.left(80)));
    const QString with = trainerTokenId.isEmpty() ? ImageSetRecord::EveryTrainer : trainerTokenId;
    if (with != ImageSetRecord::EveryTrainer) {
        const std::optional<TokenRecord> token = tokens.find(with);
        if (!token)
            return refuse(ErrorCode::NotFound, QStringLiteral("no token %1").arg(with.left(80)));
        if (token->role != Role::Trainer)
            return refuse(ErrorCode::InvalidArgument,
                          QStringLiteral("token %1 is a %2 token; sets are shared with trainers")
                              .arg(with, roleName(token->role)));
    }
    if (record->sharedWith.contains(with) == shared)
        return *record;
    if (auto stored = m_context.store->setImageSetShare(record->id, with, shared); !stored)
        return stored.error();
    if (shared)
        record->sharedWith.append(with);
    else
        record->sharedWith.removeAll(with);
    const QString whom = with == ImageSetRecord::EveryTrainer ? QStringLiteral("every trainer") : with;
    (void)m_context.audit(caller, {}, shared ? QStringLiteral("share-image-set") : QStringLiteral("unshare-image-set"),
                          QStringLiteral("%1 %2 with %3").arg(record->id, record->name, whom));
    m_context.changed();
    return *record;
}

std::optional<ImageSetRecord> ImageSetLibrary::imageSetRecord(const QString &imageSetId) const
{
    std::lock_guard lock(m_mutex);
    for (const ImageSetRecord &record : m_records) {
        if (record.id == imageSetId)
            return record;
    }
    return std::nullopt;
}

std::optional<ImageSet> ImageSetLibrary::imageSet(const QString &imageSetId) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_sets.constFind(imageSetId);
    if (found == m_sets.cend())
        return std::nullopt;
    return *found;
}

Expected<QStringList> ImageSetLibrary::contestantFiles(const QString &roundId, int scanIndex,
                                                       const PlayDesk::ScanAccess &access)
{
    const QDir folder(QDir(m_dataFolder).filePath(QStringLiteral("rounds/%1/scan-%2").arg(roundId).arg(scanIndex + 1)));
    QStringList files;
    for (int v = 0; v < access.entry.scan.views.size(); ++v)
        files.append(
            folder.filePath(QStringLiteral("view-%1%2").arg(v).arg(storageSuffix(access.entry.scan.views[v]))));
    const auto allThere = [&] {
        return std::all_of(files.begin(), files.end(), [](const QString &f) { return QFileInfo::exists(f); });
    };
    if (allThere())
        return files;
    std::lock_guard lock(m_copyMutex);
    if (allThere())
        return files;
    auto scan = ImageSetFolder::loadScan(access.folder, access.entry); // entry: neutral id, no truth
    if (!scan)
        return scan.error();
    if (!QDir().mkpath(folder.path()))
        return refuse(ErrorCode::Io, QStringLiteral("cannot create %1").arg(folder.path()));
    for (int v = 0; v < files.size(); ++v) {
        const QString partial = files[v] + QStringLiteral(".part");
        if (auto written = writeStoredView(*scan, v, partial); !written)
            return written.error();
        QFile::remove(files[v]);
        if (!QFile::rename(partial, files[v]))
            return refuse(ErrorCode::Io, QStringLiteral("cannot write %1").arg(files[v]));
    }
    return files;
}

} // namespace pen::server
