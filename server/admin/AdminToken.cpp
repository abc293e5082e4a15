// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "AdminToken.h"

#include "client/TokenText.h"

#include <QFile>

namespace pen::server::admin {
namespace {

// A token line is short; a larger file is not a token file (and is not read into memory).
constexpr qint64 MaxTokenFileBytes = 4096;

Expected<QString> tokenFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("--token-file %1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray head = file.read(MaxTokenFileBytes);
    if (!file.atEnd())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("--token-file %1 is too large to hold a token").arg(path));
    auto secret = tokenSecretFrom(QString::fromUtf8(head));
    if (!secret)
        return secret.error().withContext(QStringLiteral("--token-file %1").arg(path));
    return secret;
}

} // namespace

Expected<QString> adminToken(const Words &w)
{
    if (w.options.contains(QStringLiteral("token-file")))
        return tokenFromFile(w.option(QStringLiteral("token-file")));
    if (w.options.contains(QStringLiteral("token"))) {
        auto secret = tokenSecretFrom(w.option(QStringLiteral("token")));
        return secret ? secret : Expected<QString>(secret.error().withContext(QStringLiteral("--token")));
    }
    if (qEnvironmentVariableIsEmpty("PEN_TOKEN"))
        return QString();
    auto secret = tokenSecretFrom(qEnvironmentVariable("PEN_TOKEN"));
    return secret ? secret : Expected<QString>(secret.error().withContext(QStringLiteral("$PEN_TOKEN")));
}

} // namespace pen::server::admin
