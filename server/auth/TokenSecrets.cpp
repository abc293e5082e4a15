// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TokenSecrets.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace pen::server::TokenSecrets {
namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    // QRandomGenerator::system() reads the operating system's cryptographic source.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}

} // namespace

QString generateSecret()
{
    return QStringLiteral("pen_")
        + QString::fromLatin1(randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString generateId(const QString &prefix)
{
    return prefix + QLatin1Char('-') + QString::fromLatin1(randomBytes(8).toHex().left(12));
}

QString hashOf(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString secretFromAuthorization(const QString &header)
{
    static const QString scheme = QStringLiteral("Bearer ");
    if (!header.startsWith(scheme, Qt::CaseInsensitive))
        return {};
    return header.mid(scheme.size()).trimmed();
}

} // namespace pen::server::TokenSecrets
