// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "imageset/TargetsAlone.h"

#include <QDir>

namespace pen::TargetsAlone {

QString folderOf(const QString &setFolder)
{
    return QDir(setFolder).filePath(QStringLiteral("targets-alone"));
}

QString scanIdOf(const QString &scanId, const QString &objectId)
{
    return QStringLiteral("%1-%2").arg(scanId, objectId);
}

ImageSet header(const ImageSet &set)
{
    ImageSet alone;
    alone.name = set.name + QStringLiteral(": targets alone");
    alone.description = QStringLiteral("Each target of \"%1\" rendered alone from its scene.").arg(set.name);
    alone.provenance = set.provenance;
    alone.extraCategories = set.extraCategories;
    return alone;
}

} // namespace pen::TargetsAlone
