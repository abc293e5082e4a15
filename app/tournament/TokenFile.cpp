// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TokenFile.h"

#include <QCoreApplication>
#include <QFile>

namespace pen::gui {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("pen::gui::TokenFile", text);
}

} // namespace

Expected<QString> readTokenFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, translated(QT_TRANSLATE_NOOP("pen::gui::TokenFile", "The token file %1 cannot be read: %2."))
                                                  .arg(path, file.errorString()));
    // A token is short; anything large is not a token file.
    const QByteArray head = file.read(4096);
    const QString token = QString::fromUtf8(head).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (token.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         translated(QT_TRANSLATE_NOOP("pen::gui::TokenFile", "The token file %1 is empty: its first line must be the token.")).arg(path));
    return token;
}

} // namespace pen::gui
