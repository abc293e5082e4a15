// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/PackableItem.h"

namespace pen {

void PackableItem::add(std::shared_ptr<const Solid> solid, const QString &material, double densityGcm3)
{
    localBounds.include(solid->bounds());
    objects.push_back({std::move(solid), material, densityGcm3});
}

} // namespace pen
