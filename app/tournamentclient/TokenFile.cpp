// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TokenFile.h"

#include "client/TokenText.h"

#include <QCoreApplication>
#include <QFile>

namespace pen::gui {
namespace {

// A token line is short; a larger file is not a token file (and is not read into memory).
constexpr qint64 MaxTokenFileBytes = 4096;

QString translated(const char *text)
{
    return QCoreApplication::translate("pen::gui::TokenFile", text);
}

} // namespace

Expected<QString> readTokenFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         translated(QT_TRANSLATE_NOOP("pen::gui::TokenFile", "The token file %1 cannot be read: %2."))
                             .arg(path, file.errorString()));
    const QByteArray head = file.read(MaxTokenFileBytes);
    if (!file.atEnd())
        return makeError(
            ErrorCode::InvalidArgument,
            translated(QT_TRANSLATE_NOOP("pen::gui::TokenFile", "The token file %1 is too large to hold a token."))
                .arg(path));
    const QString text = QString::fromUtf8(head);
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         translated(QT_TRANSLATE_NOOP("pen::gui::TokenFile",
                                                      "The token file %1 is empty: its first line must be the token."))
                             .arg(path));
    auto secret = server::tokenSecretFrom(text);
    if (!secret)
        return makeError(
            secret.error().code,
            translated(QT_TRANSLATE_NOOP("pen::gui::TokenFile", "The token file %1 does not hold a token: %2"))
                .arg(path, secret.error().message));
    return secret;
}

} // namespace pen::gui
