// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TokenText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace pen::server {
namespace {

// What TokenSecrets generates: "pen_" and 256 bits in base64url without padding; "tok-" and 12 hex digits.
const QLatin1String SecretPrefix("pen_");
constexpr int SecretLength = 4 + 43;
const QLatin1String IdPrefix("tok-");

Error refusal(const char *reason)
{
    return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("pen::server::TokenText", reason));
}

bool isVisibleAscii(QChar c)
{
    return c.unicode() > 0x20 && c.unicode() < 0x7f;
}

bool isBase64Url(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
}

bool isTokenId(const QString &word)
{
    const auto isHex = [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); };
    return word.startsWith(IdPrefix) && word.size() > IdPrefix.size()
        && std::all_of(word.begin() + IdPrefix.size(), word.end(), isHex);
}

Expected<QString> checkSecret(const QString &word)
{
    if (!std::all_of(word.begin(), word.end(), isVisibleAscii))
        return refusal(QT_TRANSLATE_NOOP(
            "pen::server::TokenText",
            "The token holds characters that no token has (control characters or letters outside ASCII)."));
    if (!word.startsWith(SecretPrefix) || word.size() != SecretLength
        || !std::all_of(word.begin() + SecretPrefix.size(), word.end(), isBase64Url))
        return refusal(QT_TRANSLATE_NOOP(
            "pen::server::TokenText",
            "This is not a PEN-Tournament token: a token is \"pen_\" and 43 letters, digits, \"-\" or \"_\"."));
    return word;
}

} // namespace

Expected<QString> tokenSecretFrom(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString trimmed = text;
    trimmed.remove(QChar(0xfeff)); // the byte order mark some editors put at the start of a file
    trimmed = trimmed.trimmed();
    if (trimmed.isEmpty())
        return refusal(QT_TRANSLATE_NOOP("pen::server::TokenText", "There is no token: the text is empty."));
    const QStringList words = trimmed.split(space, Qt::SkipEmptyParts);
    const auto secrets
        = std::count_if(words.begin(), words.end(), [](const QString &word) { return word.startsWith(SecretPrefix); });
    if (secrets > 1)
        return refusal(QT_TRANSLATE_NOOP(
            "pen::server::TokenText",
            "There are several tokens here: give one, as the line that pentournament-admin token-issue "
            "printed or the secret alone."));
    if (trimmed.contains(QLatin1Char('\n')) || trimmed.contains(QLatin1Char('\r')))
        return refusal(
            QT_TRANSLATE_NOOP("pen::server::TokenText",
                              "The token must be on one line: the line that pentournament-admin token-issue printed, "
                              "or the secret alone."));
    if (words.size() == 1)
        return checkSecret(words.first());
    if (words.size() == 2 && isTokenId(words.first()))
        return checkSecret(words.last());
    return refusal(
        QT_TRANSLATE_NOOP("pen::server::TokenText",
                          "There is more than a token here: give the line that pentournament-admin token-issue printed "
                          "(the token id, then the secret) or the secret alone."));
}

Expected<void> checkTokenSendable(const QString &token)
{
    if (!std::all_of(token.begin(), token.end(), isVisibleAscii))
        return refusal(
            QT_TRANSLATE_NOOP("pen::server::TokenText",
                              "The token cannot be sent: it holds spaces, control characters or letters outside ASCII. "
                              "Give the secret alone, as pentournament-admin token-issue printed it."));
    return {};
}

} // namespace pen::server
