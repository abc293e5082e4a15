// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/SolidGroup.h"

namespace pen {

SolidGroup::SolidGroup(std::vector<std::shared_ptr<const Solid>> parts, const Placement &placement)
    : Solid(placement), m_parts(std::move(parts))
{
    for (const auto &part : m_parts) {
        m_partBounds.push_back(part->bounds());
        m_bounds.include(m_partBounds.back());
    }
}

double SolidGroup::localChordLength(const Ray &localRay) const
{
    double chord = 0;
    for (size_t i = 0; i < m_parts.size(); ++i)
        if (m_partBounds[i].crossedBy(localRay))
            chord += m_parts[i]->chordLength(localRay);
    return chord;
}

} // namespace pen
