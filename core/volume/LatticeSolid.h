// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Solid.h"

#include <array>
#include <memory>

namespace pen {

/// One unit solid repeated on a regular grid: bottles in a carton, cans in a tray, tiles in a
/// stack, cartons on a pallet, the corrugations of a wall. The grid has counts[i] cells of
/// spacing[i] cm along local x, y, z and is centred on its placement; each cell holds a copy of
/// the unit, given in the cell's own frame (origin at the cell's centre). The unit must lie inside
/// its cell (touching the faces is fine): the chord then equals the sum over explicit copies, and
/// is computed by walking only the cells the line crosses (Amanatides–Woo), so that thousands of
/// copies cost a projector no more than the few dozen a ray meets. Immutable and thread-safe.
class LatticeSolid final : public Solid {
public:
    LatticeSolid(std::shared_ptr<const Solid> unit, std::array<int, 3> counts, Vec3 spacing,
                 const Placement &placement);

    int copies() const { return m_counts[0] * m_counts[1] * m_counts[2]; }
    Vec3 size() const { return 2 * m_half; } ///< the whole grid, cm

protected:
    double localChordLength(const Ray &localRay) const override;
    Bounds3 localBounds() const override { return {-m_half, m_half}; }

private:
    std::shared_ptr<const Solid> m_unit;
    std::array<int, 3> m_counts;
    Vec3 m_spacing;
    Vec3 m_half;
    Bounds3 m_unitBounds; ///< in the cell's frame

    Vec3 cellCentre(const std::array<int, 3> &cell) const;
};

} // namespace pen
