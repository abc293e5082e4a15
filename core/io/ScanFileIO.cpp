// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/ScanFileIO.h"

#include "io/DicomReader.h"
#include "io/DicomWriter.h"
#include "io/RasterImageIO.h"

#include <QFile>
#include <QFileInfo>

namespace pen {

static bool hasDicomMagic(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(128))
        return false;
    return file.read(4) == "DICM";
}

Expected<Scan> readScanFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(ErrorCode::NotFound, path + QStringLiteral(": no such file"));
    if (hasDicomMagic(path) || info.suffix().compare(QLatin1String("dcm"), Qt::CaseInsensitive) == 0)
        return readDicomFile(path);
    Expected<ScanView> view = readRasterView(path);
    if (!view)
        return view.error();
    Scan scan;
    scan.id = info.completeBaseName();
    scan.views.append(std::move(*view));
    return scan;
}

QString storageSuffix(const ScanView &view)
{
    return view.kind == ViewKind::Colour ? QStringLiteral(".png") : QStringLiteral(".dcm");
}

Expected<void> writeStoredView(const Scan &scan, int viewIndex, const QString &path)
{
    if (viewIndex < 0 || viewIndex >= scan.views.size())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: scan %2 has no view %3").arg(path, scan.id).arg(viewIndex));
    const ScanView &view = scan.views[viewIndex];
    if (view.kind == ViewKind::Colour)
        return writeRasterView(view, path);
    return writeDicomView(scan, viewIndex, path, DicomFlavour::DicosDx);
}

} // namespace pen
