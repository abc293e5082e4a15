// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "imageset/ImageSet.h"
#include "tournament/EventPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace pen;

Q_DECLARE_METATYPE(pen::EventPlan)

namespace {

RoundPlan round(const QString &id, QStringList scanIds, RoundType type = RoundType::FindTheThreat)
{
    RoundPlan plan;
    plan.id = id;
    plan.title = QStringLiteral("Round ") + id;
    plan.settings = RoundSettings::defaultsFor(type);
    plan.imageSetId = QStringLiteral("set-1");
    plan.scanIds = std::move(scanIds);
    return plan;
}

EventPlan twoRounds()
{
    EventPlan event;
    event.id = QStringLiteral("event-1");
    event.title = QStringLiteral("Human vs human");
    event.rounds = {round(QStringLiteral("r1"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}),
                    round(QStringLiteral("r2"), {QStringLiteral("d")}, RoundType::FindTheMost)};
    return event;
}

// The JSON of twoRounds() with one value replaced: path like "rounds/1/scanIds", value undefined to remove it.
QJsonObject edited(const QStringList &path, const QJsonValue &value)
{
    std::function<QJsonValue(const QJsonValue &, qsizetype)> edit
        = [&](const QJsonValue &node, qsizetype depth) -> QJsonValue {
        const QString &key = path[depth];
        const bool last = depth == path.size() - 1;
        if (node.isArray()) {
            QJsonArray array = node.toArray();
            const int index = key.toInt();
            array[index] = last ? value : edit(array[index], depth + 1);
            return array;
        }
        QJsonObject object = node.toObject();
        if (last && value.isUndefined())
            object.remove(key);
        else
            object[key] = last ? value : edit(object[key], depth + 1);
        return object;
    };
    return edit(twoRounds().toJson(), 0).toObject();
}

QStringList path(const char *slashed)
{
    return QString::fromLatin1(slashed).split(QLatin1Char('/'));
}

} // namespace

class TestEventPlan final : public QObject {
    Q_OBJECT
private slots:
    void roundTripsThroughJson();
    void absentFieldsKeepTheirDefaults();
    void badJsonNamesTheField_data();
    void badJsonNamesTheField();
    void validateCatchesPlansBuiltInCode_data();
    void validateCatchesPlansBuiltInCode();
    void findsRoundsById();
    void checksScansAgainstTheImageSet();
};

void TestEventPlan::roundTripsThroughJson()
{
    EventPlan event = twoRounds();
    event.revealTruthAfterRound = false;
    event.rounds[0].countdownSeconds = 0;
    event.rounds[0].breakSecondsAfter = 45;
    event.rounds[0].settings.roundSeconds = 900;
    event.rounds[0].settings.targetCategories = {QStringLiteral("narcotics")};
    event.rounds[1].settings.scoring = {3, 0, 1.5};
    const QByteArray bytes = QJsonDocument(event.toJson()).toJson();
    const auto back = EventPlan::fromJson(QJsonDocument::fromJson(bytes).object());
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(*back, event);
    QCOMPARE(back->rounds[0].breakSecondsAfter, 45);
    QCOMPARE(back->rounds[1].settings.type, RoundType::FindTheMost);
}

void TestEventPlan::absentFieldsKeepTheirDefaults()
{
    const QJsonObject json{{"id", "e"},
                           {"rounds",
                            QJsonArray{QJsonObject{{"id", "r"},
                                                   {"imageSetId", "s"},
                                                   {"scanIds", QJsonArray{"x"}},
                                                   {"settings", QJsonObject{{"type", "declaration-check"}}}}}}};
    const auto event = EventPlan::fromJson(json);
    QVERIFY2(event, event ? "" : qPrintable(event.error().message));
    QVERIFY(event->revealTruthAfterRound);
    QCOMPARE(event->rounds[0].countdownSeconds, 10);
    QCOMPARE(event->rounds[0].breakSecondsAfter, 600);
    // A stored plan without a hit rule was played before rules were named: it keeps the centre rule.
    RoundSettings expected = RoundSettings::defaultsFor(RoundType::DeclarationCheck);
    expected.hitRule = RoundSettings::HitRule::CentreInside;
    QCOMPARE(event->rounds[0].settings, expected);
    QVERIFY(event->title.isEmpty());
}

void TestEventPlan::badJsonNamesTheField_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("message");
    const QJsonValue none(QJsonValue::Undefined);
    QTest::newRow("no event id") << edited(path("id"), none) << "id: must not be empty";
    QTest::newRow("title a number") << edited(path("title"), 7) << "title: must be a string";
    QTest::newRow("reveal a string") << edited(path("revealTruthAfterRound"), "yes")
                                     << "revealTruthAfterRound: must be true or false";
    QTest::newRow("rounds missing") << edited(path("rounds"), none) << "rounds: is missing";
    QTest::newRow("rounds an object") << edited(path("rounds"), QJsonObject()) << "rounds: must be an array";
    QTest::newRow("no rounds") << edited(path("rounds"), QJsonArray()) << "rounds: an event needs at least one round";
    QTest::newRow("round a string") << edited(path("rounds/1"), "r2") << "rounds[1]: must be an object";
    QTest::newRow("round id empty") << edited(path("rounds/0/id"), "") << "rounds[0].id: must not be empty";
    QTest::newRow("round id twice") << edited(path("rounds/1/id"), "r1") << "rounds[1].id: \"r1\" is used twice";
    QTest::newRow("no image set") << edited(path("rounds/0/imageSetId"), none)
                                  << "rounds[0].imageSetId: must not be empty";
    QTest::newRow("scans missing") << edited(path("rounds/1/scanIds"), none) << "rounds[1].scanIds: is missing";
    QTest::newRow("no scans") << edited(path("rounds/1/scanIds"), QJsonArray())
                              << "rounds[1].scanIds: a round needs at least one scan";
    QTest::newRow("scan id a number") << edited(path("rounds/0/scanIds/1"), 2)
                                      << "rounds[0].scanIds[1]: must be a string";
    QTest::newRow("scan id empty") << edited(path("rounds/0/scanIds/2"), "")
                                   << "rounds[0].scanIds[2]: must not be empty";
    QTest::newRow("scan listed twice") << edited(path("rounds/0/scanIds/2"), "a")
                                       << "rounds[0].scanIds[2]: \"a\" is listed twice";
    QTest::newRow("negative countdown") << edited(
        path("rounds/0/countdownSeconds"),
        -5) << "rounds[0].countdownSeconds: must be a whole number of seconds from 0 to 86400";
    QTest::newRow("fractional break") << edited(
        path("rounds/1/breakSecondsAfter"),
        1.5) << "rounds[1].breakSecondsAfter: must be a whole number of seconds from 0 to 86400";
    QTest::newRow("break a string") << edited(path("rounds/0/breakSecondsAfter"), "600")
                                    << "rounds[0].breakSecondsAfter: must be a whole number of seconds from 0 to 86400";
    QTest::newRow("settings missing") << edited(path("rounds/0/settings"), none)
                                      << "rounds[0].settings: must be an object";
    QTest::newRow("unknown round type") << edited(path("rounds/1/settings/type"), "find-it")
                                        << "rounds[1].settings.type: must be find-the-threat, declaration-check or "
                                           "find-the-most, not \"find-it\"";
    QTest::newRow("negative seconds per scan") << edited(path("rounds/0/settings/secondsPerScan"), -1)
                                               << "rounds[0].settings.secondsPerScan: must be a whole number of "
                                                  "seconds from 0 to 86400";
    QTest::newRow("negative penalty") << edited(
        path("rounds/0/settings/scoring/falseAlarmPenalty"),
        -2) << "rounds[0].settings.scoring.falseAlarmPenalty: must be a number from 0 to 1000000";
}

void TestEventPlan::badJsonNamesTheField()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, message);
    const auto event = EventPlan::fromJson(json);
    QVERIFY(!event);
    QCOMPARE(event.error().message, message);
    QCOMPARE(event.error().code, ErrorCode::Validation);
}

void TestEventPlan::validateCatchesPlansBuiltInCode_data()
{
    QTest::addColumn<EventPlan>("event");
    QTest::addColumn<QString>("message");
    EventPlan event = twoRounds();
    QTest::newRow("valid") << event << QString();
    event.rounds[1].breakSecondsAfter = -1;
    QTest::newRow("negative break") << event << "rounds[1].breakSecondsAfter: must be from 0 to 86400 seconds, not -1";
    event = twoRounds();
    event.rounds[0].countdownSeconds = 86401;
    QTest::newRow("day-long countdown") << event
                                        << "rounds[0].countdownSeconds: must be from 0 to 86400 seconds, not 86401";
    event = twoRounds();
    event.rounds[0].settings.roundSeconds = -600;
    QTest::newRow("negative round clock") << event
                                          << "rounds[0].settings.roundSeconds: must be a whole number of "
                                             "seconds from 0 to 86400";
    event = twoRounds();
    event.rounds[1].scanIds.clear();
    QTest::newRow("no scans") << event << "rounds[1].scanIds: a round needs at least one scan";
    event = twoRounds();
    event.rounds[1].id = QStringLiteral("r1");
    QTest::newRow("round id twice") << event << "rounds[1].id: \"r1\" is used twice";
    event = twoRounds();
    event.id.clear();
    QTest::newRow("no id") << event << "id: must not be empty";
}

void TestEventPlan::validateCatchesPlansBuiltInCode()
{
    QFETCH(EventPlan, event);
    QFETCH(QString, message);
    const Expected<void> valid = event.validate();
    QCOMPARE(valid.hasValue(), message.isEmpty());
    if (!valid)
        QCOMPARE(valid.error().message, message);
}

void TestEventPlan::findsRoundsById()
{
    const EventPlan event = twoRounds();
    QCOMPARE(event.roundIndex(QStringLiteral("r1")), 0);
    QCOMPARE(event.roundIndex(QStringLiteral("r2")), 1);
    QCOMPARE(event.roundIndex(QStringLiteral("r3")), -1);
    QCOMPARE(event.rounds[0].scanCount(), 3);
}

void TestEventPlan::checksScansAgainstTheImageSet()
{
    ImageSet set;
    set.name = QStringLiteral("demo");
    for (const char *id : {"a", "b", "c"}) {
        ImageSetEntry entry;
        entry.scan.id = QString::fromLatin1(id);
        set.entries.append(entry);
    }
    RoundPlan plan = twoRounds().rounds[0];
    QVERIFY(plan.checkAgainst(set));
    plan.scanIds[1] = QStringLiteral("zz");
    const Expected<void> missing = plan.checkAgainst(set);
    QVERIFY(!missing);
    QCOMPARE(missing.error().message, QStringLiteral("scanIds[1]: \"zz\" is not in image set \"demo\""));
    set.groundTruthIncluded = false;
    const Expected<void> noTruth = twoRounds().rounds[0].checkAgainst(set);
    QVERIFY(!noTruth);
    QCOMPARE(noTruth.error().message,
             QStringLiteral("image set \"demo\" carries no ground truth to score round \"r1\" with"));
}

QTEST_APPLESS_MAIN(TestEventPlan)
#include "tst_eventplan.moc"
