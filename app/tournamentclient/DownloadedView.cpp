// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DownloadedView.h"

#include "io/DicomReader.h"
#include "io/ScanFileIO.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

namespace pen::gui {

Expected<Scan> decodeDownloadedView(const QByteArray &bytes, const QString &mediaType, const QString &name)
{
    if (mediaType != QLatin1String("image/png"))
        return readDicomBuffer(bytes, name);
    // Through a private temporary file: the raster reader reads files only.
    QTemporaryDir folder;
    if (!folder.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("%1: no temporary folder to decode the image in").arg(name));
    QFile file(folder.filePath(QStringLiteral("view.png")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1: cannot write %2: %3").arg(name, file.fileName(), file.errorString()));
    file.close();
    return readScanFile(file.fileName());
}

bool matchesSha256(const QByteArray &bytes, const QString &sha256Hex)
{
    if (sha256Hex.isEmpty())
        return true;
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() == sha256Hex.toLatin1().toLower();
}

} // namespace pen::gui
