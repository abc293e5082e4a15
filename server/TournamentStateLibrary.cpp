// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// TournamentState's image-set library: adopting, listing and sharing sets.
#include "TournamentState.h"

#include "StateChecks.h"
#include "auth/TokenSecrets.h"
#include "imageset/FileHash.h"
#include "imageset/ImageSetFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace pen::server {

using namespace checks;

Expected<void> TournamentState::checkNewImageSet(const TokenRecord &caller, const QString &name) const
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
    for (const ImageSetRecord &record : m_imageSetRecords) {
        if (record.name == name)
            return refuse(ErrorCode::AlreadyExists,
                          QStringLiteral("an image set named %1 exists already (%2)").arg(name, record.id));
    }
    return {};
}

Expected<ImageSetRecord> TournamentState::addImageSet(const TokenRecord &caller, const QString &name,
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
    if (auto allowed = checkNewImageSet(caller, name); !allowed)
        return allowed.error();
    if (!wanted())
        return refuse(ErrorCode::Conflict, cancelled);
    ImageSetRecord record{
        TokenSecrets::generateId(QStringLiteral("set")), name, {}, *manifestHash, m_clock(), caller.id, {}};
    record.folder = QDir(m_dataFolder).filePath(QStringLiteral("imagesets/") + record.id);
    if (!QDir().rename(stagingFolder, record.folder))
        return refuse(ErrorCode::Io, QStringLiteral("cannot move the uploaded set into %1").arg(record.folder));
    if (auto stored = m_store->insertImageSet(record); !stored) {
        QDir().rename(record.folder, stagingFolder);
        return stored.error();
    }
    QString detail = QStringLiteral("%1 %2 (%3 scans)").arg(record.id, name).arg(set->entries.size());
    if (!adoption.auditDetail.isEmpty())
        detail += QLatin1Char(' ') + adoption.auditDetail;
    (void)audit(caller, {}, adoption.auditAction, detail);
    m_imageSetRecords.append(record);
    m_imageSets.insert(record.id, *set);
    changed();
    return record;
}

Expected<QList<ImageSetRecord>> TournamentState::imageSets(const TokenRecord &caller) const
{
    if (caller.role != Role::Host && caller.role != Role::Trainer)
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("a %1 token cannot list image sets").arg(roleName(caller.role)));
    std::lock_guard lock(m_mutex);
    QList<ImageSetRecord> usable;
    for (const ImageSetRecord &record : m_imageSetRecords) {
        if (record.usableBy(caller.id, caller.role == Role::Host))
            usable.append(record);
    }
    return usable;
}

Expected<ImageSetRecord> TournamentState::shareImageSet(const TokenRecord &caller, const QString &imageSetId,
                                                        const QString &trainerTokenId, bool shared)
{
    if (caller.role != Role::Host)
        return refuse(ErrorCode::PermissionDenied, QStringLiteral("only hosts share image sets"));
    std::lock_guard lock(m_mutex);
    const auto record = std::find_if(m_imageSetRecords.begin(), m_imageSetRecords.end(),
                                     [&](const ImageSetRecord &set) { return set.id == imageSetId; });
    if (record == m_imageSetRecords.end())
        return refuse(ErrorCode::NotFound, QStringLiteral("no image set %1").arg(imageSetId.left(80)));
    const QString with = trainerTokenId.isEmpty() ? ImageSetRecord::EveryTrainer : trainerTokenId;
    if (with != ImageSetRecord::EveryTrainer) {
        const auto token
            = std::find_if(m_tokens.cbegin(), m_tokens.cend(), [&](const TokenRecord &t) { return t.id == with; });
        if (token == m_tokens.cend())
            return refuse(ErrorCode::NotFound, QStringLiteral("no token %1").arg(with.left(80)));
        if (token->role != Role::Trainer)
            return refuse(ErrorCode::InvalidArgument,
                          QStringLiteral("token %1 is a %2 token; sets are shared with trainers")
                              .arg(with, roleName(token->role)));
    }
    if (record->sharedWith.contains(with) == shared)
        return *record;
    if (auto stored = m_store->setImageSetShare(record->id, with, shared); !stored)
        return stored.error();
    if (shared)
        record->sharedWith.append(with);
    else
        record->sharedWith.removeAll(with);
    const QString whom = with == ImageSetRecord::EveryTrainer ? QStringLiteral("every trainer") : with;
    (void)audit(caller, {}, shared ? QStringLiteral("share-image-set") : QStringLiteral("unshare-image-set"),
                QStringLiteral("%1 %2 with %3").arg(record->id, record->name, whom));
    changed();
    return *record;
}

std::optional<ImageSetRecord> TournamentState::imageSetRecord(const QString &imageSetId) const
{
    std::lock_guard lock(m_mutex);
    for (const ImageSetRecord &record : m_imageSetRecords) {
        if (record.id == imageSetId)
            return record;
    }
    return std::nullopt;
}

Expected<void> TournamentState::auditAction(const TokenRecord &caller, const QString &eventId, const QString &action,
                                            const QString &detail)
{
    std::lock_guard lock(m_mutex);
    return audit(caller, eventId, action, detail);
}

std::optional<ImageSet> TournamentState::imageSet(const QString &imageSetId) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_imageSets.constFind(imageSetId);
    if (found == m_imageSets.cend())
        return std::nullopt;
    return *found;
}

} // namespace pen::server
