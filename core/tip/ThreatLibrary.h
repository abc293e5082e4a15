// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "tip/ThreatImage.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace pen {

/// The threat images a TIP run draws from, grouped by ground-truth category. A value type; the
/// order of categories (sorted) and of threats (as added) is fixed, so that a seeded draw picks the
/// same threat on every run.
class ThreatLibrary {
public:
    /// The built-in synthetic dual-energy threats (see SyntheticThreats).
    static Expected<ThreatLibrary> builtIn(const AttenuationTable &table);

    /// Adds a threat under its label's category; refuses an empty image or a malformed category key.
    Expected<void> add(ThreatImage threat);

    /// Adds every usable PNG, TIFF and JPEG image in folder (not its subfolders, in name order) as a
    /// real isolated threat (ThreatImage::fromImageFile) with the given label and provenance; a label
    /// without a name takes the file's base name. Unusable images are skipped and, where skipped is
    /// given, reported there. Returns how many were added; an Error if the folder cannot be read,
    /// the label's category is malformed, or no image was usable.
    Expected<int> loadFolder(const QString &folder, const ThreatLabel &label, const Provenance &provenance = {},
                             QList<Error> *skipped = nullptr);

    QStringList categories() const { return m_threats.keys(); }
    /// The threats of one category, in the order they were added; empty for an unknown category.
    /// The reference is valid until the library is next changed.
    const QList<ThreatImage> &threats(const QString &category) const;
    int size() const;
    bool isEmpty() const { return m_threats.isEmpty(); }

private:
    QMap<QString, QList<ThreatImage>> m_threats;
};

} // namespace pen
