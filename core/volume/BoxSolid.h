// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Solid.h"

namespace pen {

/// A box centred on its placement, oriented by the placement's rotation; sizes in cm.
class BoxSolid final : public Solid {
public:
    BoxSolid(Vec3 size, const Placement &placement) : Solid(placement), m_half(size / 2) {}

protected:
    double localChordLength(const Ray &localRay) const override;
    Bounds3 localBounds() const override { return {-m_half, m_half}; }

private:
    Vec3 m_half;
};

} // namespace pen
