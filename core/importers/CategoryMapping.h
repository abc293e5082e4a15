// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace pen {

/// Maps a dataset's class names to our ground-truth category keys (ThreatCategories::builtIn()).
///
/// Class names match case-insensitively and ignoring spaces, '_' and '-', so "RazorBlade",
/// "razor_blade" and "Razor Blade" are one class. The fallback "*" catches every other class;
/// without it an unknown class is an error, so that a new threat class is never silently filed
/// as "other". Immutable after construction; thread-safe to share.
class CategoryMapping {
public:
    /// The classes of the common public X-ray datasets (GDXray, SIXray, PIDray, OPIXray, HiXray...):
    /// firearms, ammunition, blades, batons and shuriken are "weapon"; tools, batteries, lighters,
    /// sprays and handcuffs are "other"; explosives, narcotics, tobacco and money have their own
    /// categories. It has no fallback.
    static CategoryMapping builtIn();

    /// Reads {"Handgun": "weapon", "Knife": "weapon", "*": "other"}. The file replaces the
    /// built-in mapping entirely, so that what a user's file says is all that applies.
    static Expected<CategoryMapping> fromJsonFile(const QString &path);
    static Expected<CategoryMapping> fromJson(const QByteArray &json, const QString &fileName);

    /// The category for className; the Error names the class and the mapping it is missing from.
    Expected<QString> categoryFor(const QString &className) const;

    bool hasFallback() const { return !m_fallback.isEmpty(); }
    const QString &origin() const { return m_origin; }

private:
    static QString normalised(const QString &className);

    QHash<QString, QString> m_categories; ///< normalised class name -> category key
    QString m_fallback;
    QString m_origin; ///< "the built-in mapping" or the file, for messages
};

} // namespace pen
