// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace pen {
class MaterialBands;
}

namespace pen::gui {

/// The targets of a generated set rendered alone (TargetsAlone), as pictures in the console's
/// material colours, the views of a target side by side. Blocking (files are read and rendered):
/// call it off the GUI thread.
namespace TargetPictures {

/// For each of objectIds of the scan, its picture; a null image where the set has none (an imported
/// set, an object inserted by TIP) or the file cannot be read.
QList<QImage> load(const QString &setFolder, const QString &scanId, const QStringList &objectIds,
                   const MaterialBands *bands);

} // namespace TargetPictures
} // namespace pen::gui
