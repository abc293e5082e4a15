// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "scoring/ScoringRule.h"

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

QString roundTypeKey(RoundType type);            ///< "find-the-threat", "declaration-check", "find-the-most"
std::optional<RoundType> roundTypeFromKey(const QString &key);

/// How a round is played: clocks, what counts as a target, when feedback is shown, and points.
/// Every number of the brief ("120 s per image", "10 minutes") is a setting here, not a constant.
struct RoundSettings {
    enum class Feedback {
        AfterEachScan, ///< ground truth beside the marks once a scan is answered
        AtEnd,         ///< only on the score page
    };

    RoundType type = RoundType::FindTheThreat;
    int secondsPerScan = 120;  ///< 0: no per-scan clock
    int roundSeconds = 0;      ///< 0: no round clock
    /// Ground-truth categories that count as targets; empty: every category but "other".
    /// Declaration checks ignore it: their targets are the objects with an inconsistency.
    QStringList targetCategories;
    bool categoryRequired = false;  ///< a mark hits only if it names the object's category (or inconsistency kind)
    Feedback feedback = Feedback::AfterEachScan;
    ScoringRule scoring;

    /// Whether a ground-truth object of this category / inconsistency counts as a target.
    bool isTarget(const QString &category, const QString &inconsistency) const;

    QJsonObject toJson() const;
    /// Reads settings, naming the field at fault; absent fields keep their defaults.
    static Expected<RoundSettings> fromJson(const QJsonObject &json);
    /// A sensible default for a round type (the brief's numbers).
    static RoundSettings defaultsFor(RoundType type);

    friend bool operator==(const RoundSettings &, const RoundSettings &) = default;
};

} // namespace pen
