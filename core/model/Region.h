// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace pen {

/// Where an object lies in one view, in pixels of that view (x to the right, y down).
/// Either a box or a polygon; a polygon's bounding box is used wherever a box is needed.
struct Region {
    int viewIndex = 0;
    QRectF box;             ///< used when polygon is empty
    QList<QPointF> polygon; ///< at least three points when set

    bool isPolygon() const { return !polygon.isEmpty(); }
    QRectF bounds() const;
    bool contains(QPointF point) const;
    friend bool operator==(const Region &, const Region &) = default;
};

} // namespace pen
