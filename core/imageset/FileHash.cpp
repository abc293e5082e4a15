// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "imageset/FileHash.h"

#include <QCryptographicHash>
#include <QFile>

namespace pen {

Expected<QString> sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace pen
