// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QList>
#include <QString>

namespace pen {

/// A ground-truth category: a stable key (stored in files) and an English display name.
struct ThreatCategory {
    QString key;
    QString name;
    friend bool operator==(const ThreatCategory &, const ThreatCategory &) = default;
};

/// The controlled vocabulary of ground-truth categories: the built-in ones every image set knows,
/// plus those an image set declares for itself. Keys are lower-case words joined by '-'.
class ThreatCategories {
public:
    ThreatCategories();

    static const QList<ThreatCategory> &builtIn();
    static bool isValidKey(const QString &key);

    /// Adds a category; false if the key is malformed or already known.
    bool add(const ThreatCategory &category);
    bool contains(const QString &key) const;
    const QList<ThreatCategory> &all() const { return m_categories; }

private:
    QList<ThreatCategory> m_categories;
};

} // namespace pen
