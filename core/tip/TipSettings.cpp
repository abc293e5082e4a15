// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tip/TipSettings.h"

#include <cmath>

namespace pen {
namespace {

Error outOfRange(const QString &field, double value, const QString &range)
{
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("TIP settings: %1 = %2 is outside %3").arg(field).arg(value).arg(range));
}

bool within(double value, double low, double high)
{
    return std::isfinite(value) && value >= low && value <= high;
}

} // namespace

Expected<void> TipSettings::validate() const
{
    if (!within(rate, 0, 1))
        return outOfRange(QStringLiteral("rate"), rate, QStringLiteral("0..1"));
    if (maxThreatsPerScan < 1 || maxThreatsPerScan > 100)
        return outOfRange(QStringLiteral("maxThreatsPerScan"), maxThreatsPerScan, QStringLiteral("1..100"));
    if (!within(minRotationDeg, -360, 360))
        return outOfRange(QStringLiteral("minRotationDeg"), minRotationDeg, QStringLiteral("-360..360"));
    if (!within(maxRotationDeg, minRotationDeg, 360))
        return outOfRange(QStringLiteral("maxRotationDeg"), maxRotationDeg, QStringLiteral("minRotationDeg..360"));
    if (!within(scaleJitter, 0, 0.5))
        return outOfRange(QStringLiteral("scaleJitter"), scaleJitter, QStringLiteral("0..0.5"));
    if (viewIndex < 0)
        return outOfRange(QStringLiteral("viewIndex"), viewIndex, QStringLiteral("0.."));
    if (!within(objectTransmission, 0, 1) || objectTransmission == 0)
        return outOfRange(QStringLiteral("objectTransmission"), objectTransmission, QStringLiteral("(0, 1]"));
    if (!within(minInsideFraction, 0, 1))
        return outOfRange(QStringLiteral("minInsideFraction"), minInsideFraction, QStringLiteral("0..1"));
    if (!within(minCoverAttenuation, 0, 10))
        return outOfRange(QStringLiteral("minCoverAttenuation"), minCoverAttenuation, QStringLiteral("0..10"));
    for (auto it = categoryWeights.cbegin(); it != categoryWeights.cend(); ++it) {
        if (!within(it.value(), 0, 1e9))
            return outOfRange(QStringLiteral("categoryWeights[%1]").arg(it.key()), it.value(),
                              QStringLiteral("0..1e9"));
    }
    return {};
}

Expected<QMap<QString, double>> parseCategoryWeights(const QString &text)
{
    QMap<QString, double> weights;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double weight = item.section(QLatin1Char('='), 1).toDouble(&ok);
        const QString category = item.section(QLatin1Char('='), 0, 0).trimmed();
        if (!ok || item.count(QLatin1Char('=')) != 1 || category.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("TIP mix: \"%1\" is not CATEGORY=WEIGHT (e.g. narcotics=2,weapon=1)")
                                 .arg(item.left(40)));
        weights.insert(category, weight);
    }
    return weights;
}

} // namespace pen
