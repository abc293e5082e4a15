// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QString>
#include <QStringList>

namespace pen {

/// Where the bundled demo image sets are found when no set is named on the command line.
namespace DemoImageSets {

/// In order: $PEN_IMAGESETS_DIR, <application dir>/../share/pentournament/imagesets and the build
/// tree's generated sets (a compile-time path, absent in an installed package).
QStringList searchFolders();

/// The first image set in the first folder that has one: a folder that is itself a set, or its
/// first sub-folder (by name) holding a manifest. Empty when there is none.
QString findFirst(const QStringList &folders);

} // namespace DemoImageSets
} // namespace pen
