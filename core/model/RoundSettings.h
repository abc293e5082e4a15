// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/ScoringRule.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pen {

/// The round types of the product brief.
enum class RoundType {
    FindTheThreat,    ///< a stack of scans, some with the target: mark it
    DeclarationCheck, ///< each scan with its declaration: mark where and which inconsistency
    FindTheMost,      ///< as many findings as possible under one round clock
};

QString roundTypeKey(RoundType type); ///< "find-the-threat", "declaration-check", "find-the-most"
std::optional<RoundType> roundTypeFromKey(const QString &key);

/// How a round is played: clocks, what counts as a target, when feedback is shown, and points.
/// Every number of the brief ("120 s per image", "10 minutes") is a setting here, not a constant.
struct RoundSettings {
    enum class Feedback {
        AfterEachScan, ///< ground truth beside the marks once a scan is answered
        AtEnd,         ///< only on the score page
    };
    /// How a mark is judged against an object (docs/scoring.md). Kept with every stored round, so
    /// that results are always rescored by the rule the round was played with.
    enum class HitRule {
        CentreInside = 1, ///< "centre-inside-v1": the mark's centre lies inside the object's outline
        Covers = 2,       ///< "covers-v2": centre inside, or the mark covers at least half of the
                          ///< object's box while being at most four times its size
    };
    /// When a contestant's clocks start in a tournament round (docs/scoring.md, "Clocks").
    enum class ClockStart {
        AtRoundStart, ///< "round-start": every clock starts with the round, which ends for all at one time
        AtJoin,       ///< "join": a contestant's clocks start when they open their first scan, if they
                      ///< do within joinWindowSeconds of the round's start; later, they sit it out
    };

    RoundType type = RoundType::FindTheThreat;
    int secondsPerScan = 120; ///< 0: no per-scan clock
    int roundSeconds = 0;     ///< 0: no round clock
    /// Ground-truth categories that count as targets; empty: every category but "other".
    /// Declaration checks ignore it: their targets are the objects with an inconsistency.
    QStringList targetCategories;
    bool categoryRequired = false; ///< a mark hits only if it names the object's category (or inconsistency kind)
    HitRule hitRule = HitRule::Covers;
    /// One mark may find several adjacent objects (loads side by side in a "find the most" round);
    /// otherwise a mark finds at most one, the object it fits best.
    bool markMayFindSeveral = false;
    Feedback feedback = Feedback::AfterEachScan;
    ScoringRule scoring;
    ClockStart clockStart = ClockStart::AtRoundStart;
    int joinWindowSeconds = 120; ///< with ClockStart::AtJoin: how long after the round's start one may join

    /// Whether a ground-truth object of this category / inconsistency counts as a target.
    bool isTarget(const QString &category, const QString &inconsistency) const;

    QJsonObject toJson() const;
    /// Reads settings, naming the field at fault; absent fields keep their defaults.
    static Expected<RoundSettings> fromJson(const QJsonObject &json);
    /// Reads settings stored with results: those stored before hit rules were named were scored
    /// by the centre rule, and keep it.
    static Expected<RoundSettings> fromStoredJson(const QJsonObject &json);
    /// A sensible default for a round type (the brief's numbers).
    static RoundSettings defaultsFor(RoundType type);

    friend bool operator==(const RoundSettings &, const RoundSettings &) = default;
};

} // namespace pen
