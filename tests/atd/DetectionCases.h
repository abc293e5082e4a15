// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "atd/MachineAnswer.h"
#include "model/GroundTruthObject.h"

#include <QRectF>
#include <QString>

#include <cmath>

// Small builders for hand-computed detection cases.
namespace pen::cases {

inline const QString firearm = QStringLiteral("firearm");
inline const QString knife = QStringLiteral("knife");

inline GroundTruthObject truthBox(const QString &id, const QString &category, QRectF box, int view = 0)
{
    GroundTruthObject object;
    object.id = id;
    object.category = category;
    object.regions = {Region{view, box, {}}};
    return object;
}

inline DetectedObject detection(const QString &category, QRectF box, double probability, int view = 0)
{
    return {category, Region{view, box, {}}, probability};
}

inline MachineAnswer answer(const QString &scanId, QList<DetectedObject> objects, double alarmScore = 0,
                            double seconds = 1)
{
    MachineAnswer result;
    result.scanId = scanId;
    result.objects = std::move(objects);
    result.alarmScore = alarmScore;
    result.seconds = seconds;
    return result;
}

inline MachineAnswer failedAnswer(const QString &scanId, double seconds = 0)
{
    MachineAnswer result = answer(scanId, {}, 0, seconds);
    result.failure = QStringLiteral("timeout");
    return result;
}

inline bool near(double actual, double expected, double tolerance = 1e-12)
{
    return std::abs(actual - expected) <= tolerance;
}

} // namespace pen::cases
