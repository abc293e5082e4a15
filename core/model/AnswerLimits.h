// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

/// What one answer may hold, for the server that refuses more and the clients that must not send
/// it: hostile or broken clients are stopped at these sizes before any work is done.
namespace pen::AnswerLimits {

constexpr int MaxMarks = 64;          ///< marks per answer
constexpr int MaxPolygonPoints = 256; ///< points per mark's polygon
constexpr int MaxToolEntries = 64;    ///< tool-use counters per answer
constexpr int MaxToolNameLength = 64; ///< characters of a tool's key
constexpr int MaxIdLength = 200;      ///< characters of an answer's or a round's id

} // namespace pen::AnswerLimits
