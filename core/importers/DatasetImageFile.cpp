// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/DatasetImageFile.h"

#include "io/DicomIdentity.h"
#include "io/DicomReader.h"
#include "io/DicomVolumeReader.h"
#include "io/RasterImageIO.h"
#include "volume/CtProjection.h"

#include <QFileInfo>

namespace pen::DatasetImageFile {

const QStringList &patterns()
{
    static const QStringList all
        = {QStringLiteral("*.png"),  QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.tif"),
           QStringLiteral("*.tiff"), QStringLiteral("*.dcm"), QStringLiteral("*.dcs")};
    return all;
}

bool isDicom(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"dcm" || suffix == u"dcs";
}

Expected<ScanView> readView(const QString &path)
{
    if (!isDicom(path))
        return readRasterView(path);
    auto scan = readDicomFile(path);
    if (!scan)
        return scan.error();
    return scan->views.first();
}

bool isVolume(const QString &path)
{
    if (!isDicom(path))
        return false;
    const Expected<DicomIdentity> identity = readDicomIdentity(path);
    return identity && identity->isVolume();
}

namespace {

Expected<QList<ScanView>> volumeViews(const QString &path, const QString &highEnergyVolume)
{
    const Expected<CtVolume> volume = readDicomVolume(path);
    if (!volume)
        return volume.error();
    const Expected<CtProjection::WaterAttenuation> water = CtProjection::scannerWaterAttenuation();
    if (!water)
        return water.error();
    QList<ScanView> views;
    const QList<CtProjection::Axis> axes{CtProjection::Axis::Vertical, CtProjection::Axis::AcrossBelt};
    if (highEnergyVolume.isEmpty()) {
        for (const CtProjection::Axis axis : axes)
            views.append(CtProjection::projectedView(*volume, axis, water->highPerCm));
        return views;
    }
    const Expected<CtVolume> high = readDicomVolume(highEnergyVolume);
    if (!high)
        return high.error();
    for (const CtProjection::Axis axis : axes) {
        Expected<ScanView> view = CtProjection::projectedDualEnergyView(*volume, *high, axis, *water);
        if (!view)
            return view.error().withContext(QStringLiteral("%1 and %2").arg(path, highEnergyVolume));
        views.append(std::move(*view));
    }
    return views;
}

} // namespace

Expected<QList<ScanView>> readViews(const QString &path, const QString &highEnergyVolume)
{
    if (isVolume(path))
        return volumeViews(path, highEnergyVolume);
    Expected<ScanView> view = readView(path);
    if (!view)
        return view.error();
    return QList<ScanView>{std::move(*view)};
}

Expected<QSize> readSize(const QString &path)
{
    if (!isDicom(path))
        return readRasterSize(path);
    if (isVolume(path)) { // the header gives the size; the voxels are read once, on import
        const Expected<CtVolume> volume = readDicomVolumeHeader(path);
        if (!volume)
            return volume.error();
        return CtProjection::projectedSize(*volume, CtProjection::Axis::Vertical);
    }
    // DICOM has no cheap header-only size here; the decoder reads the file once.
    const auto view = readView(path);
    if (!view)
        return view.error();
    return QSize(view->width, view->height);
}

} // namespace pen::DatasetImageFile
