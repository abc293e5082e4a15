// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "imageset/ImageSet.h"
#include "model/Answer.h"
#include "model/AnswerLimits.h"
#include "scoring/ScanOutcome.h"
#include "store/Records.h"

#include <QString>

/// The checks and small helpers that TournamentState's files share.
namespace pen::server::checks {

using namespace pen::AnswerLimits;

constexpr int MaxTextLength = 200;
constexpr int MaxSecondsSetting = 7 * 24 * 3600;

Error refuse(ErrorCode code, const QString &message);
/// Names, titles and labels: present (where required), at most MaxTextLength characters, no
/// control or text-direction control characters.
Expected<void> checkText(const QString &what, const QString &text, bool required = true);
bool isFinite(double value);
/// The index of a round in its event; -1 if it has no such round.
int roundIndexOf(const EventRecord &event, const QString &roundId);
/// A text cell as spreadsheets read it safely: a cell that starts like a formula (= + - @, or a
/// tab or carriage return before one) is prefixed with an apostrophe so that it stays text.
QString csvField(QString text);
QString verdictName(ScanOutcome::Verdict verdict);
/// A contestant's mark on a scan of the set: a view it has, a finite box inside it, a polygon of
/// 3 to MaxPolygonPoints points inside the box, a confidence in [0, 1], a category the set knows.
Expected<void> checkMark(const Mark &mark, const ImageSetEntry &entry, const ImageSet &set);

} // namespace pen::server::checks
