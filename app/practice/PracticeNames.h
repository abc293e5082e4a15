// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Declaration.h"
#include "model/GroundTruthObject.h"
#include "model/RoundSettings.h"
#include "model/ThreatCategories.h"
#include "scoring/ScanOutcome.h"

#include <QString>

namespace pen::gui {

/// Translated names of what the practice pages show.
namespace PracticeNames {

QString roundType(RoundType type);
QString verdict(ScanOutcome::Verdict verdict);
/// The outcome's verdict, or that nothing was judged where the scan's truth is unknown.
QString verdict(const ScanOutcome &outcome);
QString inconsistency(const QString &kind);
/// The inconsistency kinds as categories, for marking in declaration checks.
QList<ThreatCategory> inconsistencyCategories();
/// "01:05" for 65 seconds; "–" without a clock.
QString clock(double seconds);
/// The scoring formula as contestants see it.
/// The scoring formula with the hit rule, as contestants are shown it (docs/scoring.md).
QString scoringFormula(const RoundSettings &settings);
/// How a mark is judged against an object, in words.
QString hitRule(const RoundSettings &settings);
/// A customs declaration, one line each: goods description, HS code, quantity, gross weight, origin.
QString declaration(const Declaration &declaration);

} // namespace PracticeNames
} // namespace pen::gui
