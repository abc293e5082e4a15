// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// pentournament-admin against a real server: a host sets up and runs an event from the command
// line; mistakes get clear messages and non-zero exit codes.
#include "ServerFixture.h"
#include "admin/AdminCommands.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;
using namespace pen::test;

class TestAdminCommands : public QObject {
    Q_OBJECT

private:
    ServerFixture m_fixture;

    struct Run {
        int code = 0;
        QString out;
        QString err;
    };
    Run admin(QStringList arguments, const QString &token = {})
    {
        arguments.prepend(token.isEmpty() ? m_fixture.hostToken() : token);
        arguments.prepend(QStringLiteral("--token"));
        arguments.prepend(m_fixture.address());
        arguments.prepend(QStringLiteral("--server"));
        Run run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.code = server::runAdminCommand(arguments, out, err);
        return run;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
    }

    void aHostRunsAnEventFromTheCommandLine()
    {
        Run run = admin({QStringLiteral("event-create"), QStringLiteral("Command line cup")});
        QCOMPARE(run.code, 0);
        const QString event = run.out.trimmed();
        QVERIFY(event.startsWith(QLatin1String("event-")));

        run = admin({QStringLiteral("upload"), ServerFixture::starterFolder(), QStringLiteral("starter-again")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("5 scans")));
        QVERIFY2(run.err.contains(QLatin1String("100%")), "the upload shows its progress");
        const QString set = run.out.section(QLatin1Char('\t'), 0, 0);

        run = admin({QStringLiteral("round-add"), event, QStringLiteral("Round one"), set, QStringLiteral("--settings"),
                     QStringLiteral(R"({"type":"find-the-threat","secondsPerScan":60})"), QStringLiteral("--countdown"),
                     QStringLiteral("0")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString round = run.out.trimmed();

        run = admin({QStringLiteral("contestant-add"), event, QStringLiteral("Pair"), QStringLiteral("--member"),
                     QStringLiteral("Ann"), QStringLiteral("--member"), QStringLiteral("Bo")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString contestant = run.out.trimmed();

        run = admin({QStringLiteral("token-issue"), QStringLiteral("contestant"), QStringLiteral("--event"), event,
                     QStringLiteral("--contestant"), contestant, QStringLiteral("--label"),
                     QStringLiteral("Ann's laptop")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString token = run.out.trimmed().section(QLatin1Char('\t'), 1, 1);
        QVERIFY(token.startsWith(QLatin1String("pen_")));
        QVERIFY2(token.size() >= 4 + 43, "256 random bits");

        run = admin({QStringLiteral("event-show"), event});
        QVERIFY(run.out.contains(QLatin1String("Round one")));
        QVERIFY(run.out.contains(QLatin1String("Ann, Bo")));

        QCOMPARE(admin({QStringLiteral("start"), event}).out.trimmed(), QStringLiteral("countdown\tround 1"));
        m_fixture.advance(0.5);
        auto player = m_fixture.connect(token);
        QVERIFY(submit(*player, round, 0, QStringLiteral("from-the-cli-test"), {}).ok());
        run = admin({QStringLiteral("leaderboard"), event});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("1\tPair\t")));

        const QString csv = QDir::temp().filePath(QStringLiteral("pen-admin-export.csv"));
        QCOMPARE(admin({QStringLiteral("export"), event, csv}).code, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("from-the-cli-test"));
        file.remove();

        run = admin({QStringLiteral("report"), event, contestant});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("overall\tnarcotics\t0\t1\t")),
                 qPrintable(run.out)); // the clear answer missed it

        run = admin({QStringLiteral("audit"), event});
        for (const char *action : {"create-event", "add-round", "add-contestant", "issue-token", "start"})
            QVERIFY2(run.out.contains(QLatin1String(action)), action);
        // Times people read: the server's clock as an ISO date in UTC, not epoch milliseconds.
        const QDateTime first = QDateTime::fromString(run.out.section(QLatin1Char('\t'), 0, 0), Qt::ISODateWithMs);
        QVERIFY2(first.isValid() && first.timeSpec() == Qt::UTC, qPrintable(run.out.left(80)));
        QVERIFY2(first.toMSecsSinceEpoch() <= m_fixture.nowMs()
                     && m_fixture.nowMs() - first.toMSecsSinceEpoch() < 60'000,
                 qPrintable(first.toString(Qt::ISODateWithMs)));
    }

    // A trainer has the server generate a practice set, plays it in a session, and reads the
    // trainee's history.
    void aTrainerGeneratesASetAndReadsAHistory()
    {
        Run run = admin({QStringLiteral("token-issue"), QStringLiteral("trainer"), QStringLiteral("--label"),
                         QStringLiteral("CLI trainer")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString trainer = run.out.trimmed().section(QLatin1Char('\t'), 1, 1);

        run = admin({QStringLiteral("generate-set"), QStringLiteral("cli-practice"), QStringLiteral("--preset"),
                     QStringLiteral("starter"), QStringLiteral("--seed"), QStringLiteral("3"),
                     QStringLiteral("--tip-rate"), QStringLiteral("1"), QStringLiteral("--tip-mix"),
                     QStringLiteral("weapon=1")},
                    trainer);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("generating cli-practice: 5/5 scans")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("\tcli-practice\t5 scans\t")), qPrintable(run.out));
        const QString set = run.out.section(QLatin1Char('\t'), 0, 0);

        // The trainer's own set is listed for it; the host's starter set only once the host shares it.
        const QString trainerId = admin({QStringLiteral("tokens")})
                                      .out.split(QLatin1Char('\n'))
                                      .filter(QStringLiteral("CLI trainer"))
                                      .value(0)
                                      .section(QLatin1Char('\t'), 0, 0);
        QVERIFY(!trainerId.isEmpty());
        run = admin({QStringLiteral("sets")}, trainer);
        QVERIFY2(run.out.contains(set + QLatin1Char('\t')) && !run.out.contains(m_fixture.starterId()),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("owner ") + trainerId), qPrintable(run.out));
        QCOMPARE(admin({QStringLiteral("share-set"), m_fixture.starterId(), trainerId}, trainer).code,
                 1); // trainers do not share
        run = admin({QStringLiteral("share-set"), m_fixture.starterId(), trainerId});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(admin({QStringLiteral("sets")}, trainer).out.contains(m_fixture.starterId()),
                 "shared, the set is listed");
        QCOMPARE(
            admin({QStringLiteral("share-set"), m_fixture.starterId(), trainerId, QStringLiteral("--withdraw")}).code,
            0);
        QVERIFY2(!admin({QStringLiteral("sets")}, trainer).out.contains(m_fixture.starterId()), "withdrawn, it is not");

        run = admin({QStringLiteral("event-create"), QStringLiteral("CLI session"), QStringLiteral("--practice")},
                    trainer);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString event = run.out.trimmed();
        run = admin({QStringLiteral("round-add"), event, QStringLiteral("Weapons"), set, QStringLiteral("--settings"),
                     QStringLiteral(R"({"type":"find-the-threat","secondsPerScan":60})"), QStringLiteral("--countdown"),
                     QStringLiteral("0")},
                    trainer);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString round = run.out.trimmed();
        const QString contestant
            = admin({QStringLiteral("contestant-add"), event, QStringLiteral("Cli Trainee")}, trainer).out.trimmed();
        const QString token
            = admin({QStringLiteral("token-issue"), QStringLiteral("contestant"), QStringLiteral("--event"), event,
                     QStringLiteral("--contestant"), contestant, QStringLiteral("--label"), QStringLiteral("desk 1")},
                    trainer)
                  .out.trimmed()
                  .section(QLatin1Char('\t'), 1, 1);
        QCOMPARE(admin({QStringLiteral("start"), event}, trainer).code, 0);
        m_fixture.advance(0.5);
        auto player = m_fixture.connect(token);
        QVERIFY(submit(*player, round, 0, QStringLiteral("cli-history-1"), {}).ok());

        run = admin({QStringLiteral("report"), QStringLiteral("--trainee"), QStringLiteral("cli trainee")}, trainer);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Z CLI session / Weapons\tweapon\t0\t")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("overall\tweapon\t0\t")), qPrintable(run.out));

        run = admin({QStringLiteral("audit")});
        QVERIFY2(run.out.contains(QLatin1String("generate-image-set")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("preset starter seed 3 TIP rate 1 mix weapon=1")), qPrintable(run.out));
    }

    void generateAndHistoryMistakes()
    {
        Run run = admin({QStringLiteral("generate-set"), QStringLiteral("no-preset")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QLatin1String("generate-set needs a NAME and --preset P")), qPrintable(run.err));
        run = admin({QStringLiteral("generate-set"), QStringLiteral("bad-mix"), QStringLiteral("--preset"),
                     QStringLiteral("starter"), QStringLiteral("--tip-mix"), QStringLiteral("weapon")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QLatin1String("\"weapon\" is not CATEGORY=WEIGHT")), qPrintable(run.err));
        run = admin({QStringLiteral("generate-set"), QStringLiteral("too-many"), QStringLiteral("--preset"),
                     QStringLiteral("starter"), QStringLiteral("--scans"), QStringLiteral("100000")});
        QCOMPARE(run.code, 1);
        QVERIFY2(
            run.err.contains(QLatin1String("INVALID_ARGUMENT: 100000 scans asked for; a generated set has 1 to 500")),
            qPrintable(run.err));
        run = admin({QStringLiteral("report"), QStringLiteral("--trainee"), QStringLiteral("Nobody Known")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("NOT_FOUND: no practice session has a trainee named \"Nobody Known\"")),
                 qPrintable(run.err));
        run = admin({QStringLiteral("report"), QStringLiteral("event-x"), QStringLiteral("--trainee"),
                     QStringLiteral("Someone")});
        QCOMPARE(run.code, 2);
    }

    void aHostComparesMachinesFromTheCommandLine()
    {
        const QString event = admin({QStringLiteral("event-create"), QStringLiteral("Machine cup")}).out.trimmed();
        Run run = admin({QStringLiteral("machines-configure"), event, m_fixture.starterId(), QStringLiteral("--public"),
                         QStringLiteral("0.9"), QStringLiteral("--development-submissions"), QStringLiteral("2"),
                         QStringLiteral("--seconds-per-scan"), QStringLiteral("5")});
        QVERIFY2(run.code == 0, qPrintable(run.err.simplified()));
        QVERIFY2(run.out.contains(QLatin1String("public scans\t"))
                     && run.out.contains(QLatin1String("private scans\t")),
                 qPrintable(run.out));

        run = admin({QStringLiteral("plugin-register"), event, QStringLiteral("honest"), QStringLiteral("--library"),
                     QStringLiteral(PEN_FAULTY_PLUGIN), QStringLiteral("--config"), QStringLiteral("mode=good")});
        QVERIFY2(run.code == 0, qPrintable(run.err.simplified()));
        const QString plugin = run.out.trimmed();
        QVERIFY(plugin.startsWith(QLatin1String("plugin-")));
        run = admin({QStringLiteral("plugins"), event});
        QVERIFY2(run.out.startsWith(plugin + QStringLiteral("\thonest\t")), qPrintable(run.out));

        run = admin({QStringLiteral("plugin-run"), event, plugin, QStringLiteral("development")});
        QVERIFY2(run.code == 0, qPrintable(run.err.simplified()));
        QVERIFY2(run.err.contains(QLatin1String(" of ")) && run.err.contains(QLatin1String("scans")),
                 "the run shows its progress");
        QVERIFY2(run.out.contains(QLatin1String("plugin\tfaulty 0.1\t"))
                     && run.out.contains(QLatin1String("failures\t0 of ")),
                 qPrintable(run.out));
        run = admin({QStringLiteral("machine-leaderboard"), event});
        QVERIFY2(run.code == 0, qPrintable(run.err.simplified()));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 2);
        QVERIFY2(run.out.section(QLatin1Char('\n'), 1, 1).startsWith(QLatin1String("1\thonest\t0.1\t")),
                 qPrintable(run.out));

        // The machine's answers as DICOS Threat Detection Reports, one file per scan of its run.
        QTemporaryDir reports;
        run = admin({QStringLiteral("export-tdr"), event, reports.path()});
        QVERIFY2(run.code == 0, qPrintable(run.err.simplified()));
        QDirIterator files(reports.path(), {QStringLiteral("*.dcm")}, QDir::Files, QDirIterator::Subdirectories);
        int count = 0;
        while (files.hasNext()) {
            files.next();
            ++count;
        }
        QVERIFY(count >= 1);
        QVERIFY2(run.out.startsWith(QString::number(count) + QStringLiteral(" reports in ")), qPrintable(run.out));

        // Mistakes: no code given, an unknown plugin, a phase the plugin has no submissions left in.
        run = admin({QStringLiteral("plugin-register"), event, QStringLiteral("nothing")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QLatin1String("needs --library FILE or --program FILE")),
                 qPrintable(run.err.simplified()));
        run = admin(
            {QStringLiteral("plugin-run"), event, QStringLiteral("plugin-missing"), QStringLiteral("development")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("NOT_FOUND")), qPrintable(run.err.simplified()));
        QCOMPARE(admin({QStringLiteral("plugin-run"), event, plugin, QStringLiteral("development")}).code, 0);
        run = admin({QStringLiteral("plugin-run"), event, plugin, QStringLiteral("development")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("has used its 2 development submissions")),
                 qPrintable(run.err.simplified()));
    }

    // round-add --draw: the vision's "15 images" of a larger set, drawn by a seed.
    void aRoundOfScansDrawnBySeed()
    {
        Run run = admin({QStringLiteral("event-create"), QStringLiteral("Drawn from the CLI")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString event = run.out.trimmed();
        run = admin({QStringLiteral("round-add"), event, QStringLiteral("Two of five"), m_fixture.starterId(),
                     QStringLiteral("--draw"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = admin({QStringLiteral("event-show"), event});
        QVERIFY2(run.out.contains(QLatin1String("\tTwo of five\t2 scans\t")), qPrintable(run.out));
        run = admin({QStringLiteral("round-add"), event, QStringLiteral("None"), m_fixture.starterId(),
                     QStringLiteral("--draw"), QStringLiteral("0")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QLatin1String("--draw takes a number of scans")), qPrintable(run.err));
    }

    void mistakesGetClearMessages()
    {
        Run run = admin({QStringLiteral("launch-rockets")});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QLatin1String("unknown command \"launch-rockets\"")));
        QVERIFY(run.err.contains(QLatin1String("usage:")));

        run = admin({QStringLiteral("events")},
                    QStringLiteral("pen_") + QString(43, QLatin1Char('x'))); // shaped as a token, known to none
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("UNAUTHENTICATED")), qPrintable(run.err));

        // Not a token at all: said before anything is sent (tst_pastedtoken has the cases).
        run = admin({QStringLiteral("events")}, QStringLiteral("pen_wrong"));
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QLatin1String("--token: This is not a PEN-Tournament token")), qPrintable(run.err));

        run = admin({QStringLiteral("start"), QStringLiteral("event-missing")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("NOT_FOUND: no event event-missing")), qPrintable(run.err));

        run = admin({QStringLiteral("upload"), QStringLiteral("/nonexistent/folder"), QStringLiteral("x")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QLatin1String("no manifest.json")));

        QProcess process;
        process.start(QStringLiteral(PEN_ADMIN_BINARY), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("token-issue ROLE"));
    }
};

QTEST_GUILESS_MAIN(TestAdminCommands)
#include "tst_admincommands.moc"
