// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "model/ThreatCategories.h"

#include "model/GroundTruthObject.h"

#include <QRegularExpression>

namespace pen {

const QList<ThreatCategory> &ThreatCategories::builtIn()
{
    static const QList<ThreatCategory> categories = {
        {QStringLiteral("narcotics"), QStringLiteral("Narcotics")},
        {QStringLiteral("cigarettes"), QStringLiteral("Cigarettes / tobacco")},
        {QStringLiteral("weapon"), QStringLiteral("Weapon")},
        {QStringLiteral("explosive"), QStringLiteral("Explosive")},
        {QStringLiteral("currency"), QStringLiteral("Currency")},
        {QStringLiteral("hidden-compartment"), QStringLiteral("Hidden compartment")},
        {QStringLiteral("other"), QStringLiteral("Other")},
    };
    return categories;
}

const QStringList &GroundTruthObject::inconsistencyKinds()
{
    static const QStringList kinds{QStringLiteral("wrong-goods"), QStringLiteral("wrong-quantity"),
                                   QStringLiteral("wrong-weight"), QStringLiteral("undeclared-goods")};
    return kinds;
}

ThreatCategories::ThreatCategories() : m_categories(builtIn()) {}

bool ThreatCategories::isValidKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return key.size() <= 64 && pattern.match(key).hasMatch();
}

bool ThreatCategories::add(const ThreatCategory &category)
{
    if (!isValidKey(category.key) || contains(category.key))
        return false;
    m_categories.append(category);
    return true;
}

bool ThreatCategories::contains(const QString &key) const
{
    return std::any_of(m_categories.cbegin(), m_categories.cend(),
                       [&](const ThreatCategory &c) { return c.key == key; });
}

} // namespace pen
