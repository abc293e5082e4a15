// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// A token as people save it: the whole line that `pentournament-admin token-issue` printed (token
// id, tab, secret). pentournament-admin and the app, run as processes against a real server, take
// that line; garbage gets a message and a non-zero exit, never gRPC's abort (exit 134), and no
// output of any of these processes holds a secret.
#include "ServerFixture.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;
using namespace pen::test;

namespace {

struct Run {
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int code = -1;
    QString out;
    QString err;
};

bool hasDisplay()
{
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
        return false;
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QString describe(const Run &run)
{
    return QStringLiteral("finished %1, %2 exit %3\nstdout: %4\nstderr: %5")
        .arg(run.finished)
        .arg(run.status == QProcess::NormalExit ? QStringLiteral("normal") : QStringLiteral("crash"))
        .arg(run.code)
        .arg(run.out, run.err);
}

} // namespace

class TestPastedToken final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void tokenIssuePrintsTheIdATabAndTheSecret();
    void adminTakesTheLineTokenIssuePrinted_data();
    void adminTakesTheLineTokenIssuePrinted();
    void adminRefusesGarbageWithAMessage_data();
    void adminRefusesGarbageWithAMessage();
    void appJoinsWithTheLineInItsTokenFile();
    void appStaysUpWithAGarbageTokenFile();
    void noOutputHoldsASecret();

private:
    /// Runs program to its end (or, with aliveMs, for that long and then stops it) and keeps its
    /// output for noOutputHoldsASecret().
    Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
            int aliveMs = 0);
    Run admin(const QStringList &arguments,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QString writeFile(const QString &name, const QString &text);
    QProcessEnvironment appEnvironment() const;
    /// A secret and the pieces of it that a leak would show even if the text around it was changed.
    QStringList piecesOf(const QString &secret) const { return {secret, secret.mid(4, 16), secret.right(16)}; }

    ServerFixture m_fixture;
    QTemporaryDir m_dir;
    QString m_trainerLine; ///< token-issue's output for a trainer
    QString m_trainerSecret;
    QString m_officerLine; ///< token-issue's output for a contestant
    QString m_officerSecret;
    QStringList m_outputs;
};

void TestPastedToken::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    QString event;
    QString contestant;
    QVERIFY(m_fixture.createEvent(QStringLiteral("Paste cup"), &event).ok());
    QVERIFY(m_fixture.addContestant(event, QStringLiteral("Officer P"), {}, &contestant).ok());

    // Issued as a host issues them, by the command whose output people save; that output is the
    // secret's only showing, so it is not among the outputs checked for leaks.
    const QString hostFile = writeFile(QStringLiteral("host.token"), m_fixture.hostToken() + QLatin1Char('\n'));
    const QStringList server{QStringLiteral("--server"), m_fixture.address(), QStringLiteral("--token-file"), hostFile};
    QProcess issue;
    issue.start(QStringLiteral(PEN_ADMIN_BINARY),
                server
                    + QStringList{QStringLiteral("token-issue"), QStringLiteral("trainer"), QStringLiteral("--label"),
                                  QStringLiteral("Paste trainer")});
    QVERIFY(issue.waitForFinished(60000));
    QVERIFY2(issue.exitCode() == 0, issue.readAllStandardError().constData());
    m_trainerLine = QString::fromUtf8(issue.readAllStandardOutput());
    m_trainerSecret = m_trainerLine.section(QLatin1Char('\t'), 1).trimmed();
    issue.start(QStringLiteral(PEN_ADMIN_BINARY),
                server
                    + QStringList{QStringLiteral("token-issue"), QStringLiteral("contestant"),
                                  QStringLiteral("--event"), event, QStringLiteral("--contestant"), contestant,
                                  QStringLiteral("--label"), QStringLiteral("Paste officer")});
    QVERIFY(issue.waitForFinished(60000));
    QVERIFY2(issue.exitCode() == 0, issue.readAllStandardError().constData());
    m_officerLine = QString::fromUtf8(issue.readAllStandardOutput());
    m_officerSecret = m_officerLine.section(QLatin1Char('\t'), 1).trimmed();
}

Run TestPastedToken::run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                         int aliveMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    result.finished = process.waitForFinished(aliveMs > 0 ? aliveMs : 60000);
    if (!result.finished) {
        process.terminate();
        if (!process.waitForFinished(10000))
            process.kill();
    }
    process.waitForFinished();
    result.status = process.exitStatus();
    result.code = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    m_outputs << result.out << result.err;
    return result;
}

Run TestPastedToken::admin(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return run(QStringLiteral(PEN_ADMIN_BINARY),
               QStringList{QStringLiteral("--server"), m_fixture.address()} + arguments, environment);
}

QString TestPastedToken::writeFile(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) != text.toUtf8().size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QProcessEnvironment TestPastedToken::appEnvironment() const
{
    // The test's display (the app's viewer needs OpenGL, which the offscreen platform lacks); the
    // C locale keeps the messages English; the app's files go to the test's folder.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        environment.insert(QLatin1String(variable), m_dir.filePath(QLatin1String(variable)));
    return environment;
}

void TestPastedToken::tokenIssuePrintsTheIdATabAndTheSecret()
{
    for (const QString &line : {m_trainerLine, m_officerLine}) {
        QVERIFY2(line.startsWith(QLatin1String("tok-")) && line.endsWith(QLatin1Char('\n')), qPrintable(line));
        QCOMPARE(line.count(QLatin1Char('\t')), 1);
    }
    QVERIFY(m_trainerSecret.startsWith(QLatin1String("pen_")));
    QVERIFY(m_officerSecret.startsWith(QLatin1String("pen_")));
}

void TestPastedToken::adminTakesTheLineTokenIssuePrinted_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("--token-file") << "file";
    QTest::newRow("--token") << "option";
    QTest::newRow("$PEN_TOKEN") << "environment";
}

void TestPastedToken::adminTakesTheLineTokenIssuePrinted()
{
    QFETCH(QString, source);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QStringList arguments;
    if (source == QLatin1String("file"))
        arguments << QStringLiteral("--token-file") << writeFile(QStringLiteral("trainer.token"), m_trainerLine);
    else if (source == QLatin1String("option"))
        arguments << QStringLiteral("--token") << m_trainerLine;
    else
        environment.insert(QStringLiteral("PEN_TOKEN"), m_trainerLine);
    // A trainer's practice session: a call that needs the token.
    const Run created
        = admin(arguments << QStringLiteral("event-create") << QStringLiteral("Practice via %1").arg(source)
                          << QStringLiteral("--practice"),
                environment);
    QVERIFY2(created.finished && created.status == QProcess::NormalExit && created.code == 0,
             qPrintable(describe(created)));
    QVERIFY2(created.out.startsWith(QLatin1String("event-")), qPrintable(describe(created)));
}

void TestPastedToken::adminRefusesGarbageWithAMessage_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString line = m_trainerLine;
    const QString control = line.left(30) + QChar(0x01) + line.mid(30);
    QTest::newRow("file: two lines of token-issue") << "file" << line + m_officerLine << "--token-file";
    QTest::newRow("file: a control character") << "file" << control << "holds characters";
    QTest::newRow("file: a letter outside ASCII")
        << "file" << line.left(30) + QChar(0xe9) + line.mid(31) << "holds characters";
    QTest::newRow("file: empty") << "file" << QString() << "empty";
    QTest::newRow("file: id and secret on two lines")
        << "file" << QString(line).replace(QLatin1Char('\t'), QLatin1Char('\n')) << "one line";
    QTest::newRow("--token: a control character") << "option" << control << "--token";
    QTest::newRow("--token: a header") << "option" << QStringLiteral("Bearer ") + m_trainerSecret
                                       << "more than a token";
    QTest::newRow("$PEN_TOKEN: a truncated secret") << "environment" << m_trainerSecret.chopped(3) << "$PEN_TOKEN";
    QTest::newRow("$PEN_TOKEN: two secrets")
        << "environment" << m_trainerSecret + QLatin1Char(' ') + m_officerSecret << "several tokens";
}

void TestPastedToken::adminRefusesGarbageWithAMessage()
{
    QFETCH(QString, source);
    QFETCH(QString, text);
    QFETCH(QString, message);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QStringList arguments;
    if (source == QLatin1String("file"))
        arguments << QStringLiteral("--token-file") << writeFile(QStringLiteral("garbage.token"), text);
    else if (source == QLatin1String("option"))
        arguments << QStringLiteral("--token") << text;
    else
        environment.insert(QStringLiteral("PEN_TOKEN"), text);
    const Run events = admin(arguments << QStringLiteral("events"), environment);
    QVERIFY2(events.finished && events.status == QProcess::NormalExit, qPrintable(describe(events)));
    QVERIFY2(events.code != 0 && events.code != 134, qPrintable(describe(events)));
    QVERIFY2(events.err.startsWith(QStringLiteral("pentournament-admin: ")) && events.err.contains(message),
             qPrintable(describe(events)));
    QVERIFY(events.out.isEmpty());
}

void TestPastedToken::appJoinsWithTheLineInItsTokenFile()
{
    if (!hasDisplay())
        QSKIP("the app needs a display (ctest runs inside xvfb-run)");
    // The app stays in the lobby until the host starts: it must still be running a while after
    // its join (gRPC's abort came with the first call). tst_tournamentclient checks the lobby.
    const QString file = writeFile(QStringLiteral("officer.token"), m_officerLine);
    const Run app = run(QStringLiteral(PEN_APP),
                        {QStringLiteral("--server"), m_fixture.address(), QStringLiteral("--token-file"), file},
                        appEnvironment(), 8000);
    QVERIFY2(!app.finished, qPrintable(describe(app)));
}

void TestPastedToken::appStaysUpWithAGarbageTokenFile()
{
    if (!hasDisplay())
        QSKIP("the app needs a display (ctest runs inside xvfb-run)");
    // Refused before any call, in words on the connect page (tst_tournamentclient reads them).
    const QString garbage = m_officerLine + m_trainerLine.left(30) + QChar(0x01) + m_trainerLine.mid(30);
    const QString file = writeFile(QStringLiteral("garbage-officer.token"), garbage);
    const Run app = run(QStringLiteral(PEN_APP),
                        {QStringLiteral("--server"), m_fixture.address(), QStringLiteral("--token-file"), file},
                        appEnvironment(), 8000);
    QVERIFY2(!app.finished, qPrintable(describe(app)));
}

void TestPastedToken::noOutputHoldsASecret()
{
    QVERIFY(!m_outputs.isEmpty());
    for (const QString &secret : {m_fixture.hostToken(), m_trainerSecret, m_officerSecret}) {
        for (const QString &piece : piecesOf(secret)) {
            for (const QString &output : std::as_const(m_outputs))
                QVERIFY2(!output.contains(piece),
                         qPrintable(QStringLiteral("a process printed a secret:\n%1").arg(output)));
        }
    }
}

QTEST_GUILESS_MAIN(TestPastedToken)
#include "tst_pastedtoken.moc"
