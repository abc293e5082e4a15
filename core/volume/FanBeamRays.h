// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Bounds3.h"
#include "volume/LineScanGeometry.h"

#include <QPointF>

#include <utility>
#include <vector>

namespace pen {

/// The rays of one fan view, from each of its sub-sources to each detector element (unit
/// directions in the x–z plane), and for each object which run of elements can see it: the rays
/// between the extreme angles of its bounds' corners, so a row traces only those. Immutable.
class FanBeamRays {
public:
    FanBeamRays(const FanView &view, const std::vector<Bounds3> &objectBounds);

    int elementCount() const { return m_elements; }
    int subSourceCount() const { return int(m_sources.size()); }
    QPointF subSource(int source) const { return m_sources[size_t(source)].position; }
    QPointF direction(int source, int element) const { return m_sources[size_t(source)].directions[size_t(element)]; }
    /// Elements [first, end) whose rays from source may cross object's bounds.
    std::pair<int, int> elementsSeeing(int source, int object) const
    {
        return m_sources[size_t(source)].objectElements[size_t(object)];
    }

private:
    struct SubSource {
        QPointF position;
        std::vector<QPointF> directions;
        std::vector<std::pair<int, int>> objectElements;
    };
    int m_elements = 0;
    std::vector<SubSource> m_sources;

    SubSource trace(const FanView &view, int index, const std::vector<Bounds3> &objectBounds) const;
};

} // namespace pen
