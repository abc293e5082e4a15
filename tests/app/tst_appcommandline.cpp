// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// pentournament's command line, run as a process as a user runs it.
#include "enhance/ViewModes.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// No display is needed to be told that the command line is wrong; the offscreen platform makes
// sure that nothing would be shown anyway. The C locale keeps the messages English unless asked.
Run app(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PEN_APP), args);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestAppCommandLine final : public QObject {
    Q_OBJECT
private slots:
    void unknownModeNamesItAndTheValidOnes_data();
    void unknownModeNamesItAndTheValidOnes();
    void unknownModeInGerman();
    void helpListsTheModes();
    void tournamentOptionsThatDoNotGoAlone_data();
    void tournamentOptionsThatDoNotGoAlone();
};

void TestAppCommandLine::unknownModeNamesItAndTheValidOnes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mode");
    QTest::newRow("--mode bogus") << QStringList{QStringLiteral("--mode"), QStringLiteral("bogus")} << "bogus";
    QTest::newRow("--mode=bogus") << QStringList{QStringLiteral("--mode=bogus")} << "bogus";
    QTest::newRow("with a screenshot") << QStringList{QStringLiteral("--mode"), QStringLiteral("bogus"),
                                                      QStringLiteral("--screenshot"), QStringLiteral("never.png")}
                                       << "bogus";
    QTest::newRow("a name in capitals") << QStringList{QStringLiteral("--mode"), QStringLiteral("NEGATIVE")}
                                        << "NEGATIVE";
    QTest::newRow("empty") << QStringList{QStringLiteral("--mode=")} << "";
}

void TestAppCommandLine::unknownModeNamesItAndTheValidOnes()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mode);
    const Run run = app(args);
    QVERIFY2(run.exitCode > 0, qPrintable(QStringLiteral("exit code %1, stderr: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.contains(QStringLiteral("Unknown view mode \"%1\"").arg(mode)), qPrintable(run.err));
    for (const QString &name : pen::ViewModes::names())
        QVERIFY2(run.err.contains(name), qPrintable(QStringLiteral("%1 is not listed in: %2").arg(name, run.err)));
    QVERIFY(run.out.isEmpty());
}

void TestAppCommandLine::unknownModeInGerman()
{
    const Run run
        = app({QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--mode"), QStringLiteral("bogus")});
    QVERIFY(run.exitCode > 0);
    QVERIFY2(run.err.contains(QStringLiteral("Unbekannter Darstellungsmodus „bogus“")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("super-enhance")), qPrintable(run.err));
}

void TestAppCommandLine::helpListsTheModes()
{
    const Run run = app({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("--mode <mode>")), qPrintable(run.out));
    for (const QString &name : pen::ViewModes::names())
        QVERIFY2(run.out.contains(name), qPrintable(QStringLiteral("%1 is not listed in: %2").arg(name, run.out)));
    for (const char *option :
         {"--server <host:port>", "--token-file <file>", "--ca-cert <pem>", "--host-console", "--try-plugin"})
        QVERIFY2(run.out.contains(QLatin1String(option)),
                 qPrintable(QStringLiteral("%1 is not listed in: %2").arg(QLatin1String(option), run.out)));
}

void TestAppCommandLine::tournamentOptionsThatDoNotGoAlone_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString together = QStringLiteral("--server and --token-file go together");
    QTest::newRow("server alone") << QStringList{QStringLiteral("--server"), QStringLiteral("127.0.0.1:50051")}
                                  << together;
    QTest::newRow("token file alone") << QStringList{QStringLiteral("--token-file"), QStringLiteral("officer.token")}
                                      << together;
    QTest::newRow("certificate alone") << QStringList{QStringLiteral("--ca-cert"), QStringLiteral("ca.pem")}
                                       << QStringLiteral("--ca-cert needs --server");
}

void TestAppCommandLine::tournamentOptionsThatDoNotGoAlone()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = app(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestAppCommandLine)
#include "tst_appcommandline.moc"
