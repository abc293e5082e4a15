// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "imageset/ImageSet.h"

#include <algorithm>

namespace pen {

ThreatCategories ImageSet::categories() const
{
    ThreatCategories categories;
    for (const ThreatCategory &category : extraCategories)
        categories.add(category);
    return categories;
}

int ImageSet::objectCount() const
{
    int count = 0;
    for (const ImageSetEntry &entry : entries)
        count += int(entry.scan.truth.size());
    return count;
}

const ImageSetEntry *ImageSet::find(const QString &scanId) const
{
    for (const ImageSetEntry &entry : entries) {
        if (entry.scan.id == scanId)
            return &entry;
    }
    return nullptr;
}

QList<RoundType> ImageSet::playableRoundTypes() const
{
    const bool declared = !entries.isEmpty()
        && std::all_of(entries.cbegin(), entries.cend(),
                       [](const ImageSetEntry &entry) { return entry.scan.declaration.has_value(); });
    QList<RoundType> types;
    if (round)
        types.append(round->type);
    for (RoundType type : {RoundType::FindTheThreat, RoundType::DeclarationCheck, RoundType::FindTheMost}) {
        if (!types.contains(type) && (type != RoundType::DeclarationCheck || declared))
            types.append(type);
    }
    return types;
}

} // namespace pen
