// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QStringList>

namespace pen {

/// count scans drawn from scanIds by seed, in the order drawn: the vision's "15 images" of a set.
/// The same ids, count and seed give the same scans on every machine (its own generator and
/// shuffle, not the standard library's, whose distributions differ between implementations).
/// count at or above the number of ids draws them all, shuffled.
QStringList drawScans(const QStringList &scanIds, int count, quint64 seed);

} // namespace pen
