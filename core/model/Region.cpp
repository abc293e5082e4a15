// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "model/Region.h"

#include <algorithm>

namespace pen {

QRectF Region::bounds() const
{
    if (!isPolygon())
        return box;
    qreal left = polygon.first().x(), right = left;
    qreal top = polygon.first().y(), bottom = top;
    for (const QPointF &p : polygon) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

bool Region::contains(QPointF point) const
{
    if (!isPolygon()) {
        return point.x() >= box.left() && point.x() <= box.right() && point.y() >= box.top()
            && point.y() <= box.bottom();
    }
    // Even-odd ray casting: count the edges that a ray to the right of the point crosses.
    bool inside = false;
    for (qsizetype i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
        const QPointF &a = polygon[i];
        const QPointF &b = polygon[j];
        if ((a.y() > point.y()) != (b.y() > point.y())) {
            const qreal xCross = a.x() + (point.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
            if (point.x() < xCross)
                inside = !inside;
        }
    }
    return inside;
}

} // namespace pen
