// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "enhance/ViewModes.h"
#include "model/ObjectKind.h"
#include "realism/ContextRings.h"
#include "realism/RealismFigures.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace pen::realism {

/// The figures of a group of images: one image set of ours in one view mode, or one folder of real
/// images.
struct MeasuredImages {
    QString name;  ///< the set's or the folder's name, as the table shows it
    QString mode;  ///< our view mode ("grey", "material"); empty for real images
    int scans = 0; ///< scans of ours measured (each gives one image per view)
    QList<RealismFigures> images;
    QStringList skipped; ///< "image: reason" for each image left out (no object, mode not applicable)
    /// For each view or image with a threat in it, the rings around its threats and elsewhere
    /// (real images: where their folder has annotations, see referenceThreatBoxes).
    QList<ContextRings> contextRings;
};

/// Called after each image or scan: (done, total).
using Progress = std::function<void(int, int)>;

/// Measures every image of a folder of real images (see referenceImageFiles). An unreadable image
/// fails the whole measurement, naming the file; an image without an object is skipped.
Expected<MeasuredImages> measureReferenceFolder(const QString &folder, const Progress &progress = {});

/// Measures every view of every scan of the image set in folder, rendered in each of modes: one
/// MeasuredImages per mode, in the order of modes. objectKinds, where not empty, keeps only scans
/// of those kinds. A scan that cannot be loaded fails the measurement; a view that a mode does not
/// apply to, or without an object, is skipped.
Expected<QList<MeasuredImages>> measureImageSet(const QString &folder, const QList<const ViewMode *> &modes,
                                                const QList<ObjectKind> &objectKinds = {},
                                                const Progress &progress = {});

/// Each image's patches (RealismFigures::patches), as the two-sample test takes them.
QList<ImagePatches> patchesOf(const MeasuredImages &group);

/// The name a folder shows under in the table: its own, or its parent's where it is a generic
/// "images" folder (gdxray-baggage/images shows as gdxray-baggage).
QString folderDisplayName(const QString &folder);

} // namespace pen::realism
