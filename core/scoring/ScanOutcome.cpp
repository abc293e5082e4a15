// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scoring/ScanOutcome.h"

#include <algorithm>

namespace pen {
namespace {

bool markNames(const Mark &mark, const GroundTruthObject &object, const RoundSettings &settings)
{
    if (!settings.categoryRequired)
        return true;
    const QString &expected = settings.type == RoundType::DeclarationCheck ? object.inconsistency : object.category;
    return mark.category == expected;
}

bool markFallsOn(const Mark &mark, const GroundTruthObject &object)
{
    const QPointF centre = mark.region.box.center();
    return std::any_of(object.regions.begin(), object.regions.end(), [&](const Region &region) {
        return region.viewIndex == mark.region.viewIndex && region.contains(centre);
    });
}

double speedShare(const Answer &answer, double secondsAllowed)
{
    if (secondsAllowed <= 0)
        return 0;
    return std::clamp(1.0 - answer.responseSeconds / secondsAllowed, 0.0, 1.0);
}

} // namespace

ScanOutcome ScanOutcome::evaluate(const Answer &answer, const QList<GroundTruthObject> &truth,
                                  const RoundSettings &settings, double secondsAllowed)
{
    ScanOutcome outcome;
    outcome.scanId = answer.scanId;
    QList<const GroundTruthObject *> targets;
    for (const GroundTruthObject &object : truth) {
        if (settings.isTarget(object.category, object.inconsistency))
            targets.append(&object);
    }
    QList<int> markForTarget(targets.size(), -1);
    for (int m = 0; m < answer.marks.size(); ++m) {
        bool onTarget = false;
        for (qsizetype t = 0; t < targets.size(); ++t) {
            if (!markFallsOn(answer.marks[m], *targets[t]) || !markNames(answer.marks[m], *targets[t], settings))
                continue;
            onTarget = true;
            if (markForTarget[t] < 0) {
                markForTarget[t] = m;
                break;
            }
        }
        if (!onTarget)
            outcome.falseAlarmMarks.append(m);
    }
    for (qsizetype t = 0; t < targets.size(); ++t) {
        if (markForTarget[t] < 0) {
            outcome.missedObjects.append(targets[t]->id);
        } else {
            outcome.hitObjects.append(targets[t]->id);
            outcome.hittingMarks.append(markForTarget[t]);
        }
    }

    if (!targets.isEmpty())
        outcome.verdict = outcome.hitObjects.isEmpty() ? Verdict::Miss : Verdict::Hit;
    else
        outcome.verdict = answer.marks.isEmpty() ? Verdict::CorrectRejection : Verdict::FalseAlarm;

    const ScoringRule &rule = settings.scoring;
    outcome.points = outcome.hitObjects.size() * rule.pointsPerHit - outcome.falseAlarmMarks.size() * rule.falseAlarmPenalty;
    if (!outcome.hitObjects.isEmpty())
        outcome.points += rule.speedBonus * speedShare(answer, secondsAllowed);
    return outcome;
}

} // namespace pen
