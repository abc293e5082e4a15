// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "imageset/ImageSet.h"

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

} // namespace pen
