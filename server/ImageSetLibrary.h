// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "PlayDesk.h"
#include "StateContext.h"
#include "imageset/ImageSet.h"

#include <QHash>

#include <functional>
#include <mutex>
#include <optional>

namespace pen::server {

class TokenRegistry;

/// The image sets the server holds (in its data folder, manifests with truth in memory) and who
/// may use them, under a lock of its own; and the copies of scans that contestants are sent.
class ImageSetLibrary {
public:
    ImageSetLibrary(StateContext &context, QString dataFolder);

    /// The store's sets at opening, each folder opened (a quick check).
    Expected<void> load(const QList<ImageSetRecord> &records);

    /// How a set came to the server, for the audit log, and whether it is still wanted.
    struct Adoption {
        QString auditAction = QStringLiteral("add-image-set");
        QString auditDetail; ///< appended to the set's id, name and scan count
        /// Asked after the full check and again under the lock, just before the set is moved in:
        /// false leaves the staging folder where it is and adopts nothing (a cancelled call).
        std::function<bool()> stillWanted;
    };
    /// Adopts a complete image set folder (checked in full: manifest, hashes, every file decoded)
    /// into the data folder under a new id; the staging folder is moved, not copied.
    Expected<ImageSetRecord> addImageSet(const TokenRecord &caller, const QString &name, const QString &stagingFolder,
                                         const Adoption &adoption);
    /// Whether caller may add a set under name now (role, a well-formed name not taken), so that
    /// slow work (generating a set) is refused before it starts; addImageSet checks again.
    Expected<void> checkNewImageSet(const TokenRecord &caller, const QString &name) const;
    /// The sets caller may use: a host every set, a trainer its own and those shared with it.
    Expected<QList<ImageSetRecord>> imageSets(const TokenRecord &caller) const;
    /// A host shares a set with one trainer token (empty: every trainer), or withdraws the share.
    Expected<ImageSetRecord> shareImageSet(const TokenRecord &caller, const QString &imageSetId,
                                           const QString &trainerTokenId, bool shared, const TokenRegistry &tokens);
    std::optional<ImageSet> imageSet(const QString &imageSetId) const;
    std::optional<ImageSetRecord> imageSetRecord(const QString &imageSetId) const;

    /// The files contestants are sent for a scan, one per view: copies of the stored views written
    /// under the neutral scan id (a stored DICOS file names the set's own id), made on the first
    /// request and kept in the data folder. Slow the first time; takes no lock of the state.
    Expected<QStringList> contestantFiles(const QString &roundId, int scanIndex, const PlayDesk::ScanAccess &access);

private:
    Expected<void> checkNameFree(const QString &name) const; ///< under m_mutex

    StateContext &m_context;
    const QString m_dataFolder;
    mutable std::mutex m_mutex;
    std::mutex m_copyMutex; ///< one writer of contestant copies at a time
    QList<ImageSetRecord> m_records;
    QHash<QString, ImageSet> m_sets; ///< by id, manifests with truth
};

} // namespace pen::server
