// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Scan.h"

#include <QString>

namespace pen {

/// The scan metadata that has no natural DICOM attribute, as our writer stores it in Image Comments
/// (0020,4000): a compact JSON object
/// {"penTournament":1,"scanId":…,"objectKind":…,"scanner":…,"viewLabel":…,
///  "provenance":{"source":…,"licence":…,"url":…}}. Ground truth and declarations are never in it.
QString scanCommentFor(const Scan &scan, const ScanView &view);

/// Applies a comment written by scanCommentFor to scan and view; false (nothing changed) when the
/// text is not such a comment, e.g. a file from another program.
bool applyScanComment(const QString &comment, Scan &scan, ScanView &view);

} // namespace pen
