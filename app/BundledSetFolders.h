// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QStringList>

namespace pen::gui {

/// The image set folders under the first of these folders that holds any (a folder that is itself
/// a set counts as one): the bundled demo sets in the order a new officer should meet them, then
/// the others by name. For DemoImageSets::searchFolders(): an installed copy wins over the build's.
QStringList bundledSetFolders(const QStringList &folders);

} // namespace pen::gui
