// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/FanBeamRays.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pen {
namespace {

// The angle of v from central, in (−π, π]: no wrap-around inside a fan narrower than 180°.
double angleFrom(QPointF central, QPointF v)
{
    return std::atan2(central.x() * v.y() - central.y() * v.x(), central.x() * v.x() + central.y() * v.y());
}

QPointF unit(QPointF v)
{
    return v / std::hypot(v.x(), v.y());
}

// The elements whose angles (rising, sign · the angle from central) fall between the extremes of
// the box's corners in the fan plane, one spare on each side; all of them where the source is
// inside the box's cross-section.
std::pair<int, int> elementsBetween(const std::vector<double> &angles, double sign, QPointF source, QPointF central,
                                    const Bounds3 &box)
{
    const int n = int(angles.size());
    if (box.isEmpty())
        return {0, 0};
    if (source.x() >= box.min.x && source.x() <= box.max.x && source.y() >= box.min.z && source.y() <= box.max.z)
        return {0, n};
    double low = std::numbers::pi, high = -std::numbers::pi;
    for (const QPointF corner : {QPointF(box.min.x, box.min.z), QPointF(box.max.x, box.min.z),
                                 QPointF(box.min.x, box.max.z), QPointF(box.max.x, box.max.z)}) {
        const double a = sign * angleFrom(central, corner - source);
        low = std::min(low, a);
        high = std::max(high, a);
    }
    const int first = int(std::lower_bound(angles.begin(), angles.end(), low) - angles.begin()) - 1;
    const int end = int(std::upper_bound(angles.begin(), angles.end(), high) - angles.begin()) + 1;
    return {std::max(0, first), std::min(n, end)};
}

} // namespace

FanBeamRays::FanBeamRays(const FanView &view, const std::vector<Bounds3> &objectBounds)
    : m_elements(view.elementCount())
{
    const int sources = std::max(1, view.focalSubSources);
    for (int s = 0; s < sources; ++s)
        m_sources.push_back(trace(view, s, objectBounds));
}

FanBeamRays::SubSource FanBeamRays::trace(const FanView &view, int index,
                                          const std::vector<Bounds3> &objectBounds) const
{
    SubSource source{view.subSource(index), {}, {}};
    if (m_elements == 0)
        return source;
    const QPointF central = unit(view.element(m_elements / 2) - source.position);
    std::vector<double> angles;
    for (int e = 0; e < m_elements; ++e) {
        source.directions.push_back(unit(view.element(e) - source.position));
        angles.push_back(angleFrom(central, source.directions.back()));
    }
    // Elements along an L seen from its source turn one way; count them so that the angles rise.
    const double sign = angles.front() > angles.back() ? -1 : 1;
    for (double &a : angles)
        a *= sign;
    const bool monotonic = std::is_sorted(angles.begin(), angles.end());
    for (const Bounds3 &box : objectBounds) {
        source.objectElements.push_back(monotonic ? elementsBetween(angles, sign, source.position, central, box)
                                                  : std::pair<int, int>{0, m_elements});
    }
    return source;
}

} // namespace pen
