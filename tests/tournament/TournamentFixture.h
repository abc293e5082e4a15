// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// A small image set with known ground truth and the answers contestants give on it, shared by the
// scoring tests of the tournament.
#pragma once

#include "imageset/ImageSet.h"
#include "tournament/EventPlan.h"
#include "tournament/RecordedAnswer.h"

namespace pen::test {

inline GroundTruthObject object(const QString &id, const QString &category, QRectF box,
                                const QString &inconsistency = {})
{
    GroundTruthObject o;
    o.id = id;
    o.category = category;
    o.regions = {Region{0, box, {}}};
    o.inconsistency = inconsistency;
    return o;
}

/// s1: a narcotics brick; s2: clear; s3: a weapon and a narcotics brick; s4: clear;
/// s5: a narcotics brick beside an "other" object (not a target).
inline ImageSet tournamentSet()
{
    ImageSet set;
    set.name = QStringLiteral("tournament");
    const QList<QList<GroundTruthObject>> truth{
        {object(QStringLiteral("brick"), QStringLiteral("narcotics"), QRectF(100, 100, 50, 50))},
        {},
        {object(QStringLiteral("gun"), QStringLiteral("weapons"), QRectF(0, 0, 40, 40)),
         object(QStringLiteral("bag"), QStringLiteral("narcotics"), QRectF(200, 200, 50, 50))},
        {},
        {object(QStringLiteral("brick"), QStringLiteral("narcotics"), QRectF(100, 100, 50, 50)),
         object(QStringLiteral("lamp"), QStringLiteral("other"), QRectF(300, 0, 50, 50))},
    };
    for (qsizetype i = 0; i < truth.size(); ++i) {
        ImageSetEntry entry;
        entry.scan.id = QStringLiteral("s%1").arg(i + 1);
        entry.scan.truth = truth[i];
        set.entries.append(entry);
    }
    return set;
}

/// A round over the first scanCount scans of tournamentSet(), 120 s per scan.
inline RoundPlan tournamentRound(const QString &id, int scanCount = 4)
{
    RoundPlan round;
    round.id = id;
    round.imageSetId = QStringLiteral("tournament");
    round.settings = RoundSettings::defaultsFor(RoundType::FindTheThreat);
    for (int i = 1; i <= scanCount; ++i)
        round.scanIds.append(QStringLiteral("s%1").arg(i));
    return round;
}

inline Mark markAt(QPointF centre, const QString &category = {})
{
    return {Region{0, QRectF(centre - QPointF(5, 5), QSizeF(10, 10)), {}}, category};
}

// Where to click: on s1's brick, on s3's gun and bag, on nothing.
inline const QPointF OnBrick(120, 120);
inline const QPointF OnGun(20, 20);
inline const QPointF OnBag(220, 220);
inline const QPointF OnNothing(500, 500);

/// A contestant's answers in a round: marks per scan, each answered at the given play time.
inline QList<RecordedAnswer> answers(const QString &roundId, const QString &contestantId,
                                     const QList<QList<Mark>> &marks, const QList<double> &playTimes)
{
    QList<RecordedAnswer> recorded;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        RecordedAnswer answer;
        answer.roundId = roundId;
        answer.contestantId = contestantId;
        answer.scanIndex = int(i);
        answer.answerId = QStringLiteral("%1-%2").arg(contestantId).arg(i);
        answer.playTime = playTimes[i];
        answer.answer.marks = marks[i];
        recorded.append(answer);
    }
    return recorded;
}

} // namespace pen::test
