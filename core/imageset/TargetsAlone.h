// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "imageset/ImageSet.h"

#include <QString>

namespace pen {

/// Each target of a generated set rendered alone from its scene (SceneDraft::isolated), kept
/// beside the set as an image set of its own in the sub-folder "targets-alone", one scan
/// "<scan id>-<object id>" a target. What feedback and the threat library show beside a scan. It
/// is ground truth: the contestants' copy (ImageSetFolder::writeWithoutTruth) copies only the
/// manifest's files and so never carries it.
namespace TargetsAlone {

QString folderOf(const QString &setFolder);
QString scanIdOf(const QString &scanId, const QString &objectId);
/// The companion set's header: named after set, no round of its own, truth included.
ImageSet header(const ImageSet &set);

} // namespace TargetsAlone
} // namespace pen
