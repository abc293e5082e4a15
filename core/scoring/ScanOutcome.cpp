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

double area(const QRectF &box)
{
    return std::max(0.0, box.width()) * std::max(0.0, box.height());
}

/// Whether a mark finds an object by the round's rule: 0 when it does not, otherwise how much a
/// mark that finds one object prefers this one. By the centre rule every find is worth the same
/// (the first object in truth order is taken, as that rule always did); by the covers rule the
/// object the mark fits best (intersection over union of the boxes) is taken.
double findStrength(const Mark &mark, const GroundTruthObject &object, RoundSettings::HitRule rule)
{
    const QRectF markBox = mark.region.box;
    double best = 0;
    for (const Region &region : object.regions) {
        if (region.viewIndex != mark.region.viewIndex)
            continue;
        const bool centreInside = region.contains(markBox.center());
        if (rule == RoundSettings::HitRule::CentreInside) {
            if (centreInside)
                best = 1;
            continue;
        }
        // A box drawn round the object hits whatever the object's shape: half of the object's box
        // covered, by a mark not larger than four of it (so that a mark over the whole bag does not).
        const QRectF objectBox = region.bounds();
        const double objectArea = area(objectBox);
        const double overlap = area(markBox.intersected(objectBox));
        const bool covers = objectArea > 0 && area(markBox) <= 4 * objectArea && overlap >= 0.5 * objectArea;
        if (!centreInside && !covers)
            continue;
        const double unionArea = area(markBox) + objectArea - overlap;
        best = std::max(best, std::max(unionArea > 0 ? overlap / unionArea : 0.0, 1e-9));
    }
    return best;
}

double speedShare(const Answer &answer, double secondsAllowed)
{
    if (secondsAllowed <= 0)
        return 0;
    return std::clamp(1.0 - answer.responseSeconds / secondsAllowed, 0.0, 1.0);
}

void addPoints(ScanOutcome &outcome, const Answer &answer, const RoundSettings &settings, double secondsAllowed)
{
    const ScoringRule &rule = settings.scoring;
    outcome.points
        = outcome.hitObjects.size() * rule.pointsPerHit - outcome.falseAlarmMarks.size() * rule.falseAlarmPenalty;
    if (!outcome.hitObjects.isEmpty())
        outcome.points += rule.speedBonus * speedShare(answer, secondsAllowed);
}

// Image-level labels have no place to check a mark against: only which categories were alarmed on.
ScanOutcome evaluateImageLevel(const Answer &answer, const QList<GroundTruthObject> &truth,
                               const RoundSettings &settings, double secondsAllowed)
{
    ScanOutcome outcome;
    outcome.scanId = answer.scanId;
    for (const GroundTruthObject &object : truth) {
        if (!settings.isTarget(object.category, object.inconsistency))
            continue;
        const auto naming = std::find_if(answer.marks.begin(), answer.marks.end(),
                                         [&](const Mark &mark) { return markNames(mark, object, settings); });
        if (naming == answer.marks.end()) {
            outcome.missedObjects.append(object.id);
        } else {
            outcome.hitObjects.append(object.id);
            outcome.hittingMarks.append(int(naming - answer.marks.begin()));
        }
    }
    if (outcome.targetCount() > 0) {
        outcome.verdict = outcome.hitObjects.isEmpty() ? ScanOutcome::Verdict::Miss : ScanOutcome::Verdict::Hit;
    } else {
        for (int m = 0; m < answer.marks.size(); ++m)
            outcome.falseAlarmMarks.append(m);
        outcome.verdict
            = answer.marks.isEmpty() ? ScanOutcome::Verdict::CorrectRejection : ScanOutcome::Verdict::FalseAlarm;
    }
    addPoints(outcome, answer, settings, secondsAllowed);
    return outcome;
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
        qsizetype bestTarget = -1;
        double bestStrength = 0;
        for (qsizetype t = 0; t < targets.size(); ++t) {
            const double strength = findStrength(answer.marks[m], *targets[t], settings.hitRule);
            if (strength <= 0 || !markNames(answer.marks[m], *targets[t], settings))
                continue;
            onTarget = true;
            if (markForTarget[t] >= 0)
                continue; // found already: this mark on it is neither a hit nor a false alarm
            if (settings.markMayFindSeveral)
                markForTarget[t] = m;
            else if (strength > bestStrength) {
                bestTarget = t;
                bestStrength = strength;
            }
        }
        if (bestTarget >= 0)
            markForTarget[bestTarget] = m;
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

    addPoints(outcome, answer, settings, secondsAllowed);
    return outcome;
}

ScanOutcome ScanOutcome::evaluate(const Answer &answer, const Scan &scan, const RoundSettings &settings,
                                  double secondsAllowed)
{
    switch (scan.truthLevel) {
    case TruthLevel::Localised: return evaluate(answer, scan.truth, settings, secondsAllowed);
    case TruthLevel::ImageLevel: return evaluateImageLevel(answer, scan.truth, settings, secondsAllowed);
    case TruthLevel::Unknown: break;
    }
    ScanOutcome outcome;
    outcome.scanId = answer.scanId;
    outcome.truthUnknown = true;
    return outcome;
}

} // namespace pen
