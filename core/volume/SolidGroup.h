// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Solid.h"

#include <memory>
#include <vector>

namespace pen {

/// Several solids of one material that never overlap, as one: the unit of a lattice that is more
/// than one shape (a ring of bricks in a tyre). The chord is the sum of the parts' chords; the
/// parts are placed in the group's frame, the group by its placement. Immutable and thread-safe.
class SolidGroup final : public Solid {
public:
    SolidGroup(std::vector<std::shared_ptr<const Solid>> parts, const Placement &placement);

protected:
    double localChordLength(const Ray &localRay) const override;
    Bounds3 localBounds() const override { return m_bounds; }

private:
    std::vector<std::shared_ptr<const Solid>> m_parts;
    std::vector<Bounds3> m_partBounds; ///< culls the parts a ray misses
    Bounds3 m_bounds;
};

} // namespace pen
