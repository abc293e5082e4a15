// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QString>

#include <optional>

namespace pen {

/// How much of a scan's ground truth is known.
///
/// Localised: every object with its outline; a scan without objects is clear.
/// ImageLevel: only which categories the image holds (SIXray-style labels): each is an object
/// without regions, so it can be told at the image level (alarm or not) but never located; a scan
/// without objects is clear.
/// Unknown: nothing is known (a folder of scans without annotations): the scan is neither a target
/// nor clear, and no score or metric may count it as either.
enum class TruthLevel { Localised, ImageLevel, Unknown };

QString truthLevelKey(TruthLevel level); ///< "localised", "image-level", "unknown"
std::optional<TruthLevel> truthLevelFromKey(const QString &key);

} // namespace pen
