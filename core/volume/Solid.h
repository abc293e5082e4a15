// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Bounds3.h"
#include "volume/Placement.h"

namespace pen {

/// A piece of matter in 3-D, built in its own local frame and placed in the scanner's frame.
/// What a projector needs of it is the chord length: how far a straight line travels inside it, in
/// cm (the whole line: sources and detectors are outside every solid). Immutable and thread-safe.
class Solid {
public:
    explicit Solid(const Placement &placement = {}) : m_placement(placement) {}
    virtual ~Solid() = default;

    /// Length in cm of the line through the world ray inside the solid.
    double chordLength(const Ray &worldRay) const { return localChordLength(m_placement.toLocal(worldRay)); }
    /// A world box that holds the whole solid, for culling rays.
    virtual Bounds3 bounds() const { return m_placement.boundsToWorld(localBounds()); }
    const Placement &placement() const { return m_placement; }

protected:
    /// The chord of a ray given in the local frame (direction of length 1).
    virtual double localChordLength(const Ray &localRay) const = 0;
    virtual Bounds3 localBounds() const = 0;

private:
    Placement m_placement;
};

} // namespace pen
