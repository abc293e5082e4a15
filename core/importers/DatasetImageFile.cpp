// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/DatasetImageFile.h"

#include "io/DicomReader.h"
#include "io/RasterImageIO.h"

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

Expected<QSize> readSize(const QString &path)
{
    if (!isDicom(path))
        return readRasterSize(path);
    // DICOM has no cheap header-only size here; the decoder reads the file once.
    const auto view = readView(path);
    if (!view)
        return view.error();
    return QSize(view->width, view->height);
}

} // namespace pen::DatasetImageFile
