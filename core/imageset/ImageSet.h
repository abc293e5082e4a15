// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Provenance.h"
#include "model/RoundSettings.h"
#include "model/Scan.h"
#include "model/ThreatCategories.h"

#include <QList>
#include <QString>

#include <optional>

namespace pen {

/// Where one view of a scan is stored, relative to the image set's folder, with its content hash.
struct ViewFile {
    QString path;   ///< relative, '/'-separated, inside the set's folder
    QString sha256; ///< lower-case hex digest of the file's bytes
    friend bool operator==(const ViewFile &, const ViewFile &) = default;
};

/// A scan as the manifest describes it: metadata, view sizes and ground truth, but no pixels.
struct ImageSetEntry {
    Scan scan;             ///< views carry kind, label and size only
    QList<ViewFile> files; ///< one per view, in view order
    friend bool operator==(const ImageSetEntry &, const ImageSetEntry &) = default;
};

/// A named collection of scans, as a folder holding manifest.json and the scan files.
/// A set written for contestants and plugins has groundTruthIncluded false and no truth at all.
struct ImageSet {
    static constexpr int FormatVersion = 1;
    static inline const QString ManifestFileName = QStringLiteral("manifest.json");

    QString name;
    QString description;
    Provenance provenance;
    bool groundTruthIncluded = true;
    QList<ThreatCategory> extraCategories;   ///< categories beyond the built-in vocabulary
    std::optional<RoundSettings> round = {}; ///< how the set is meant to be played, if it says
    QList<ImageSetEntry> entries;

    ThreatCategories categories() const;
    int objectCount() const;
    const ImageSetEntry *find(const QString &scanId) const;
    /// The round types the set can be played as, its own (round) first: finding and counting
    /// suit any set; a declaration check needs a declaration on every scan.
    QList<RoundType> playableRoundTypes() const;
    friend bool operator==(const ImageSet &, const ImageSet &) = default;
};

} // namespace pen
