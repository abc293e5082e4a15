// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/MevClassTable.h"

#include "enhance/DefaultMevClasses.h"

#include <optional>

namespace pen {

MevClassTable::MevClassTable(const MevMaterialClasses &classes)
    : m_samples(size_t(BoundaryCount) * Size), m_orderedFrom(float(classes.orderedFromAttenuation())),
      m_starved(float(classes.starvedAttenuation())),
      m_quanta(float(classes.incidentPhotons() * double(IndependentPixels)))
{
    for (int i = 0; i < Size; ++i) {
        const double aHigh = double(i) * double(Step);
        for (int b = 0; b < BoundaryCount; ++b)
            m_samples[size_t(b * Size + i)]
                = float((classes.referenceRatio(b, aHigh) + classes.referenceRatio(b + 1, aHigh)) / 2);
    }
}

const MevClassTable *MevClassTable::portal()
{
    static const std::optional<MevClassTable> table = []() -> std::optional<MevClassTable> {
        const Expected<MevMaterialClasses> &classes = defaultMevClasses();
        if (!classes)
            return std::nullopt;
        return MevClassTable(*classes);
    }();
    return table ? &*table : nullptr;
}

} // namespace pen
