// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "atd/IntersectionOverUnion.h"

#include <algorithm>

namespace pen {

double intersectionOverUnion(const Region &a, const Region &b)
{
    if (a.viewIndex != b.viewIndex)
        return 0;
    const QRectF first = a.bounds().normalized();
    const QRectF second = b.bounds().normalized();
    const double width = std::min(first.right(), second.right()) - std::max(first.left(), second.left());
    const double height = std::min(first.bottom(), second.bottom()) - std::max(first.top(), second.top());
    if (width <= 0 || height <= 0)
        return 0;
    const double intersection = width * height;
    const double unionArea = first.width() * first.height() + second.width() * second.height() - intersection;
    return unionArea > 0 ? intersection / unionArea : 0;
}

double intersectionOverUnion(const Region &region, const GroundTruthObject &object)
{
    double best = 0;
    for (const Region &objectRegion : object.regions)
        best = std::max(best, intersectionOverUnion(region, objectRegion));
    return best;
}

} // namespace pen
