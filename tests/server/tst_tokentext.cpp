// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// What a client takes as a token: the line that token-issue prints, or the secret alone; anything
// else is refused with a message that never repeats the secret. A connection refuses a token that
// gRPC could not send rather than letting it abort the process.
#include "client/ServerConnection.h"
#include "client/TokenText.h"

#include <QTest>

using namespace pen;
using namespace pen::server;

namespace {

// Shaped as TokenSecrets makes them: "pen_" and 43 base64url characters; "tok-" and 12 hex digits.
const QString Secret = QStringLiteral("pen_Qx7vR2mK9dLp4TzW8nYc3HsJ6fGb1AeU5oIk0rV-_Zt");
const QString Other = QStringLiteral("pen_aaaaBBBBccccDDDDeeeeFFFFggggHHHHiiiiJJJJkkk");
const QString Id = QStringLiteral("tok-0a1b2c3d4e5f");
// What the messages must never contain: the secret's random part, or any long piece of it.
const QString Body = Secret.mid(4, 20);

// For a failure's description, which is built whether the check fails or not.
QString messageOf(const Expected<QString> &secret)
{
    return secret ? QStringLiteral("accepted") : secret.error().message;
}

} // namespace

class TestTokenText final : public QObject {
    Q_OBJECT
private slots:
    void shapes();
    void acceptsWhatTokenIssuePrints_data();
    void acceptsWhatTokenIssuePrints();
    void refusesAnythingElseWithoutRepeatingIt_data();
    void refusesAnythingElseWithoutRepeatingIt();
    void sendableTokens_data();
    void sendableTokens();
    void aConnectionRefusesATokenItCouldNotSend();
};

void TestTokenText::shapes()
{
    QCOMPARE(Secret.size(), 47);
    QCOMPARE(Other.size(), 47);
}

void TestTokenText::acceptsWhatTokenIssuePrints_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("token-issue's line") << Id + QLatin1Char('\t') + Secret + QLatin1Char('\n');
    QTest::newRow("token-issue's line, no line end") << Id + QLatin1Char('\t') + Secret;
    QTest::newRow("token-issue's line, Windows line end") << Id + QLatin1Char('\t') + Secret + QStringLiteral("\r\n");
    QTest::newRow("id and secret apart by spaces") << Id + QStringLiteral("    ") + Secret;
    QTest::newRow("the secret alone") << Secret;
    QTest::newRow("the secret and a line end") << Secret + QLatin1Char('\n');
    QTest::newRow("blank lines and spaces around") << QStringLiteral("\n\n  \t") + Secret + QStringLiteral("  \r\n\n");
    QTest::newRow("a byte order mark") << QChar(0xfeff) + Id + QLatin1Char('\t') + Secret + QLatin1Char('\n');
}

void TestTokenText::acceptsWhatTokenIssuePrints()
{
    QFETCH(QString, text);
    const auto secret = tokenSecretFrom(text);
    QVERIFY2(secret.hasValue(), qPrintable(messageOf(secret)));
    QCOMPARE(*secret, Secret);
}

void TestTokenText::refusesAnythingElseWithoutRepeatingIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    const QString line = Id + QLatin1Char('\t') + Secret + QLatin1Char('\n');
    QTest::newRow("empty") << QString() << "empty";
    QTest::newRow("blank lines") << QStringLiteral("\n  \r\n\t\n") << "empty";
    QTest::newRow("two token-issue lines")
        << line + QStringLiteral("tok-999999999999\t") + Other + QLatin1Char('\n') << "several tokens";
    QTest::newRow("two secrets on a line") << Secret + QLatin1Char(' ') + Other << "several tokens";
    QTest::newRow("the same secret twice") << Secret + QLatin1Char('\n') + Secret << "several tokens";
    QTest::newRow("id and secret on two lines") << Id + QLatin1Char('\n') + Secret << "one line";
    QTest::newRow("server's bootstrap output")
        << QStringLiteral("Host token %1 (shown once, keep it secret):\n%2\n").arg(Id, Secret) << "one line";
    QTest::newRow("secret, then id") << Secret + QLatin1Char('\t') + Id << "more than a token";
    QTest::newRow("a header") << QStringLiteral("Bearer ") + Secret << "more than a token";
    QTest::newRow("a list row") << Id + QStringLiteral("\tROLE_HOST\t\tHost\t") + Secret << "more than a token";
    QTest::newRow("an id in capitals") << Id.toUpper() + QLatin1Char('\t') + Secret << "more than a token";
    QTest::newRow("the id alone") << Id << "not a PEN-Tournament token";
    QTest::newRow("another prefix") << QStringLiteral("tkn_") + Secret.mid(4) << "not a PEN-Tournament token";
    QTest::newRow("one character short") << Secret.chopped(1) << "not a PEN-Tournament token";
    QTest::newRow("one character more") << Secret + QLatin1Char('A') << "not a PEN-Tournament token";
    QTest::newRow("base64 that is not url-safe")
        << Secret.chopped(2) + QStringLiteral("+/") << "not a PEN-Tournament token";
    QTest::newRow("padding") << Secret.chopped(1) + QLatin1Char('=') << "not a PEN-Tournament token";
    QTest::newRow("a control character") << Secret.left(20) + QChar(0x01) + Secret.mid(21) << "characters";
    QTest::newRow("a NUL") << Id + QLatin1Char('\t') + Secret.left(30) + QChar(0) + Secret.mid(31) << "characters";
    QTest::newRow("a letter outside ASCII") << Secret.left(10) + QChar(0xe9) + Secret.mid(11) << "characters";
    QTest::newRow("a zero-width space") << Secret.left(10) + QChar(0x200b) + Secret.mid(10) << "characters";
}

void TestTokenText::refusesAnythingElseWithoutRepeatingIt()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto secret = tokenSecretFrom(text);
    QVERIFY2(!secret.hasValue(), "accepted");
    QCOMPARE(secret.error().code, ErrorCode::InvalidArgument);
    const QString message = secret.error().message;
    QVERIFY2(message.contains(reason), qPrintable(message));
    for (const QString &piece : {Body, Other.mid(4, 20), Secret.mid(27, 20), Id.mid(4)})
        QVERIFY2(!message.contains(piece), qPrintable(message));
}

void TestTokenText::sendableTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("sendable");
    QTest::newRow("a secret") << Secret << true;
    QTest::newRow("none") << QString() << true;
    QTest::newRow("a malformed one the server will refuse") << QStringLiteral("pen_not-a-token") << true;
    QTest::newRow("token-issue's line") << Id + QLatin1Char('\t') + Secret << false;
    QTest::newRow("a line end") << Secret + QLatin1Char('\n') << false;
    QTest::newRow("a space") << QStringLiteral("pen_a b") << false;
    QTest::newRow("a NUL") << Secret.left(5) + QChar(0) << false;
    QTest::newRow("a letter outside ASCII") << Secret.left(10) + QChar(0xe9) << false;
}

void TestTokenText::sendableTokens()
{
    QFETCH(QString, token);
    QFETCH(bool, sendable);
    const auto checked = checkTokenSendable(token);
    QCOMPARE(checked.hasValue(), sendable);
    if (!sendable)
        QVERIFY2(!checked.error().message.contains(Body), qPrintable(checked.error().message));
}

void TestTokenText::aConnectionRefusesATokenItCouldNotSend()
{
    // gRPC asserts on such a header value, aborting the process and printing the value; the
    // connection is refused before any call is made.
    const auto refused
        = ServerConnection::connect({QStringLiteral("127.0.0.1:1"), Id + QLatin1Char('\t') + Secret, {}, {}});
    QVERIFY(!refused.hasValue());
    QVERIFY2(refused.error().message.contains(QStringLiteral("cannot be sent")), qPrintable(refused.error().message));
    QVERIFY(!refused.error().message.contains(Body));
    QVERIFY(ServerConnection::connect({QStringLiteral("127.0.0.1:1"), Secret, {}, {}}).hasValue());
}

QTEST_APPLESS_MAIN(TestTokenText)
#include "tst_tokentext.moc"
