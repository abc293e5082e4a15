// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "atd/ImageDetectionRates.h"

namespace pen {

ImageDetectionRates ImageDetectionRates::count(const QList<EvaluatedScan> &scans, double threshold,
                                               const QStringList &categories)
{
    ImageDetectionRates rates;
    for (const EvaluatedScan &scan : scans) {
        const bool alarms = scan.alarms(threshold);
        if (scan.hasTargetOf(categories)) {
            ++rates.targetScans;
            rates.detectedTargets += alarms ? 1 : 0;
        } else if (scan.truth.isEmpty()) {
            ++rates.clearScans;
            rates.falseAlarms += alarms ? 1 : 0;
        }
    }
    return rates;
}

ImageDetectionRates ImageDetectionRates::count(const QList<MachineAnswer> &answers, const TruthByScan &truth,
                                               double threshold, const QStringList &categories)
{
    return count(pairWithTruth(answers, truth), threshold, categories);
}

} // namespace pen
