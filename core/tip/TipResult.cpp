// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tip/TipResult.h"

#include "tip/PortableRandom.h"

namespace pen {
namespace {

constexpr int RedrawsPerThreat = 8;

// The threats a draw may pick, per category in the library's (sorted) order, with their weights.
struct Eligible {
    QList<QList<ThreatImage>> threats;
    QList<double> weights;
};

Eligible eligibleThreats(const ThreatLibrary &library, const TipSettings &settings, int channelCount)
{
    Eligible eligible;
    for (const QString &category : library.categories()) {
        const double weight = settings.categoryWeights.isEmpty() ? 1.0 : settings.categoryWeights.value(category, 0.0);
        QList<ThreatImage> matching;
        for (const ThreatImage &threat : library.threats(category)) {
            if (threat.channelCount() == channelCount)
                matching << threat;
        }
        if (weight > 0 && !matching.isEmpty()) {
            eligible.threats << matching;
            eligible.weights << weight;
        }
    }
    return eligible;
}

// Draws category, threat, rotation, scale and place until one fits or the redraws run out: a threat
// too large for this view, or for the room left in it, should not cost the scan its TIP.
Expected<TipInsertion> insertOne(Scan &scan, const Eligible &eligible, const TipInserter &inserter,
                                 std::mt19937 &engine)
{
    Error last;
    for (int attempt = 0; attempt < RedrawsPerThreat; ++attempt) {
        const QList<ThreatImage> &threats = eligible.threats[PortableRandom::weightedIndex(engine, eligible.weights)];
        const ThreatImage &threat = threats[PortableRandom::uniformInt(engine, 0, int(threats.size()) - 1)];
        auto inserted = inserter.insert(scan, threat, engine);
        if (inserted)
            return inserted;
        last = inserted.error();
    }
    return last;
}

} // namespace

Expected<TipResult> applyTip(const Scan &scan, const ThreatLibrary &library, const TipSettings &settings,
                             std::mt19937 &engine)
{
    if (auto ok = settings.validate(); !ok)
        return ok.error();
    if (settings.viewIndex >= scan.views.size())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("scan %1 has no view %2").arg(scan.id).arg(settings.viewIndex));
    const int channelCount = int(scan.views[settings.viewIndex].channels.size());
    const Eligible eligible = eligibleThreats(library, settings, channelCount);
    if (eligible.threats.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("scan %1: the library has no %2-channel threat in the "
                                        "weighted categories")
                             .arg(scan.id)
                             .arg(channelCount));
    TipResult result{scan, {}};
    if (!PortableRandom::chance(engine, settings.rate))
        return result;
    const int count = PortableRandom::uniformInt(engine, 1, settings.maxThreatsPerScan);
    const TipInserter inserter(settings);
    for (int i = 0; i < count; ++i) {
        auto inserted = insertOne(result.scan, eligible, inserter, engine);
        if (!inserted) {
            if (result.inserted.isEmpty())
                return inserted.error();
            break; // the view is full: keep the threats already placed
        }
        result.inserted << *inserted;
    }
    return result;
}

} // namespace pen
