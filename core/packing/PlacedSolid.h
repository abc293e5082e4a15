// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Solid.h"

#include <memory>

namespace pen {

/// A solid built in an item's frame, moved as a whole with the item (turned and put down in a
/// bag): the chord and bounds of the inner solid seen through one more placement. Immutable.
class PlacedSolid final : public Solid {
public:
    PlacedSolid(std::shared_ptr<const Solid> inner, const Placement &placement)
        : Solid(placement), m_inner(std::move(inner))
    {
    }

protected:
    double localChordLength(const Ray &localRay) const override { return m_inner->chordLength(localRay); }
    Bounds3 localBounds() const override { return m_inner->bounds(); }

private:
    std::shared_ptr<const Solid> m_inner;
};

} // namespace pen
