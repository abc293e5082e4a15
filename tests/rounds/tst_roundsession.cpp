// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "imageset/ImageSetManifest.h"
#include "rounds/RoundSession.h"

#include <QJsonDocument>
#include <QTest>

using namespace pen;

namespace {

ImageSetEntry entry(const QString &id, bool withBrick)
{
    ImageSetEntry e;
    e.scan.id = id;
    if (withBrick) {
        GroundTruthObject brick;
        brick.id = QStringLiteral("o1");
        brick.category = QStringLiteral("narcotics");
        brick.regions = {Region{0, QRectF(100, 100, 50, 50), {}}};
        e.scan.truth.append(brick);
    }
    return e;
}

ImageSet fourScans()
{
    ImageSet set;
    set.name = QStringLiteral("test");
    set.entries = {entry(QStringLiteral("a"), true), entry(QStringLiteral("b"), false),
                   entry(QStringLiteral("c"), true), entry(QStringLiteral("d"), false)};
    return set;
}

const QList<Mark> onBrick{{Region{0, QRectF(110, 110, 20, 20), {}}, QStringLiteral("narcotics")}};

} // namespace

class TestRoundSession final : public QObject {
    Q_OBJECT
private slots:
    void settingsRoundTripThroughJson();
    void settingsErrorsNameTheField_data();
    void settingsErrorsNameTheField();
    void manifestCarriesRoundSettings();
    void playsThroughInOrder();
    void perScanClock();
    void roundClockEndsTheRound();
    void noClocks();
};

void TestRoundSession::settingsRoundTripThroughJson()
{
    RoundSettings settings = RoundSettings::defaultsFor(RoundType::FindTheMost);
    settings.targetCategories = {QStringLiteral("cigarettes")};
    settings.scoring = {3, 0, 1.5};
    settings.clockStart = RoundSettings::ClockStart::AtJoin;
    settings.joinWindowSeconds = 45;
    const auto back = RoundSettings::fromJson(settings.toJson());
    QVERIFY(back);
    QCOMPARE(*back, settings);
    QCOMPARE(settings.toJson().value(QStringLiteral("clockStart")).toString(), QStringLiteral("join"));
    QCOMPARE(back->roundSeconds, 600);
    QCOMPARE(back->feedback, RoundSettings::Feedback::AtEnd);
}

void TestRoundSession::settingsErrorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("type") << QByteArray(R"({"type":"find-it"})") << QStringLiteral("type: must be find-the-threat");
    QTest::newRow("negative clock") << QByteArray(R"({"type":"find-the-threat","secondsPerScan":-5})")
                                    << QStringLiteral("secondsPerScan: must be a whole number");
    QTest::newRow("fraction") << QByteArray(R"({"type":"find-the-threat","roundSeconds":1.5})")
                              << QStringLiteral("roundSeconds: must be a whole number");
    QTest::newRow("categories") << QByteArray(R"({"type":"find-the-threat","targetCategories":"narcotics"})")
                                << QStringLiteral("targetCategories: must be an array");
    QTest::newRow("feedback") << QByteArray(R"({"type":"find-the-threat","feedback":"never"})")
                              << QStringLiteral("feedback: must be after-each-scan or at-end");
    QTest::newRow("points") << QByteArray(R"({"type":"find-the-threat","scoring":{"pointsPerHit":"ten"}})")
                            << QStringLiteral("scoring.pointsPerHit: must be a number");
    QTest::newRow("clock start") << QByteArray(R"({"type":"find-the-threat","clockStart":"whenever"})")
                                 << QStringLiteral("clockStart: must be round-start or join");
    QTest::newRow("join window") << QByteArray(R"({"type":"find-the-threat","joinWindowSeconds":-1})")
                                 << QStringLiteral("joinWindowSeconds: must be a whole number");
}

void TestRoundSession::settingsErrorsNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto settings = RoundSettings::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!settings);
    QVERIFY2(settings.error().message.startsWith(expected), qPrintable(settings.error().message));
}

void TestRoundSession::manifestCarriesRoundSettings()
{
    ImageSet set = fourScans();
    set.provenance = {QStringLiteral("test"), QStringLiteral("CC0-1.0"), {}};
    set.entries.clear();
    set.round = RoundSettings::defaultsFor(RoundType::DeclarationCheck);
    const auto back = ImageSetManifest::parse(ImageSetManifest::toJson(set), QStringLiteral("manifest.json"));
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QVERIFY(back->round);
    QCOMPARE(*back->round, *set.round);

    QByteArray json = ImageSetManifest::toJson(set);
    json.replace("\"secondsPerScan\": 180", "\"secondsPerScan\": \"soon\"");
    const auto bad = ImageSetManifest::parse(json, QStringLiteral("manifest.json"));
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(QStringLiteral("manifest.json: round: secondsPerScan")),
             qPrintable(bad.error().message));
}

void TestRoundSession::playsThroughInOrder()
{
    RoundSession session(fourScans(), RoundSettings{});
    QCOMPARE(session.scanCount(), 4);
    QCOMPARE(session.currentEntry()->scan.id, QStringLiteral("a"));
    QCOMPARE(session.answer(onBrick, {{QStringLiteral("zoom"), 3}}, 12).verdict, ScanOutcome::Verdict::Hit);
    QCOMPARE(session.currentEntry()->scan.id, QStringLiteral("b"));
    QCOMPARE(session.answer({}, {}, 20).verdict, ScanOutcome::Verdict::CorrectRejection);
    QCOMPARE(session.answer({}, {}, 50).verdict, ScanOutcome::Verdict::Miss);
    QVERIFY(!session.isFinished());
    QCOMPARE(session.answer(onBrick, {}, 55).verdict, ScanOutcome::Verdict::FalseAlarm);
    QVERIFY(session.isFinished());
    QCOMPARE(session.currentEntry(), nullptr);
    QCOMPARE(session.answers().size(), 4);
    QCOMPARE(session.answers()[0].toolUse.value(QStringLiteral("zoom")), 3);
    QCOMPARE(session.answers()[1].responseSeconds, 8.0); // shown at 12, answered at 20
    QCOMPARE(session.answers()[2].responseSeconds, 30.0);
    const RoundScore score = session.score();
    QCOMPARE(score.detection.hits, 1);
    QCOMPARE(score.detection.misses, 1);
    QCOMPARE(score.detection.falseAlarms, 1);
    QCOMPARE(score.detection.correctRejections, 1);
    QCOMPARE(score.totalSeconds, 55.0);
    // Answers after the end change nothing.
    session.answer(onBrick, {}, 60);
    QCOMPARE(session.answers().size(), 4);
}

void TestRoundSession::perScanClock()
{
    RoundSettings settings;
    settings.secondsPerScan = 120;
    RoundSession session(fourScans(), settings);
    QCOMPARE(session.scanSecondsLeft(20), 100.0);
    QCOMPARE(session.roundSecondsLeft(20), RoundSession::NoClock);
    QVERIFY(!session.clockExpired(119.9));
    QVERIFY(session.clockExpired(120));
    // The marks made before the clock ran out still count.
    const ScanOutcome outcome = session.timeOut(onBrick, {}, 121);
    QCOMPARE(outcome.verdict, ScanOutcome::Verdict::Hit);
    QVERIFY(session.answers()[0].timedOut);
    QCOMPARE(session.answers()[0].responseSeconds, 120.0);
    QCOMPARE(outcome.points, settings.scoring.pointsPerHit); // no time left: no speed bonus
    // The next scan gets a fresh clock.
    QCOMPARE(session.scanSecondsLeft(131), 110.0);
    QVERIFY(!session.isFinished());
}

void TestRoundSession::roundClockEndsTheRound()
{
    RoundSettings settings = RoundSettings::defaultsFor(RoundType::FindTheMost);
    settings.roundSeconds = 60;
    RoundSession session(fourScans(), settings);
    session.answer(onBrick, {}, 25);
    QCOMPARE(session.roundSecondsLeft(40), 20.0);
    QCOMPARE(session.scanSecondsLeft(40), RoundSession::NoClock);
    QVERIFY(session.clockExpired(60));
    session.timeOut({}, {}, 60);
    QVERIFY(session.isFinished());
    QCOMPARE(session.answers().size(), 2); // scans c and d were never shown
    QCOMPARE(session.score().objectsHit, 1);
}

void TestRoundSession::noClocks()
{
    RoundSettings settings;
    settings.secondsPerScan = 0;
    RoundSession session(fourScans(), settings);
    QVERIFY(!session.clockExpired(1e6));
    session.finish();
    QVERIFY(session.isFinished());
    QCOMPARE(session.score().scansAnswered, 0);
    RoundSession empty(ImageSet{}, settings);
    QVERIFY(empty.isFinished());
}

QTEST_GUILESS_MAIN(TestRoundSession)
#include "tst_roundsession.moc"
