// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PackedBagProbe.h"

#include <algorithm>

namespace pen {
namespace {

Ray vertical(double x, double y)
{
    return {{x, y, -10}, {0, 0, 1}};
}

} // namespace

std::vector<int> PackedBagProbe::itemsCrossed(double x, double y) const
{
    const Ray ray = vertical(x, y);
    std::vector<int> crossed;
    for (size_t i = 0; i < m_bag.items.size(); ++i) {
        const PlacedItem &item = m_bag.items[i];
        if (!item.bounds.crossedBy(ray))
            continue;
        for (int k = item.firstObject; k < item.firstObject + item.objectCount; ++k)
            if (m_bag.scene[size_t(k)].solid->chordLength(ray) > 0) {
                crossed.push_back(int(i));
                break;
            }
    }
    return crossed;
}

double PackedBagProbe::density(const VolumeObject &object) const
{
    return object.densityGcm3 > 0 ? object.densityGcm3 : m_table.density(object.material);
}

double PackedBagProbe::arealDensity(double x, double y) const
{
    const Ray ray = vertical(x, y);
    double sum = 0;
    for (const VolumeObject &object : m_bag.scene)
        if (object.solid->bounds().crossedBy(ray))
            sum += object.solid->chordLength(ray) * density(object);
    return sum;
}

template <typename Visit> void PackedBagProbe::forSamples(double step, Visit visit) const
{
    for (double x = m_bag.inner.min.x + step / 2; x < m_bag.inner.max.x; x += step)
        for (double y = m_bag.inner.min.y + step / 2; y < m_bag.inner.max.y; y += step)
            visit(x, y);
}

double PackedBagProbe::medianItemsCrossed(double step) const
{
    std::vector<double> counts;
    forSamples(step, [&](double x, double y) { counts.push_back(double(itemsCrossed(x, y).size())); });
    std::nth_element(counts.begin(), counts.begin() + std::ptrdiff_t(counts.size() / 2), counts.end());
    return counts[counts.size() / 2];
}

double PackedBagProbe::meanArealDensity(double step) const
{
    double sum = 0;
    int samples = 0;
    forSamples(step, [&](double x, double y) {
        sum += arealDensity(x, y);
        ++samples;
    });
    return sum / samples;
}

} // namespace pen
