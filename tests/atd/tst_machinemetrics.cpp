// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DetectionCases.h"

#include "atd/MachineMetrics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pen;
using namespace pen::cases;

namespace {

const QRectF onObject(0, 0, 10, 10);
const QRectF elsewhere(50, 50, 10, 10);

// s1, s2: a firearm each; s3: a knife; c1, c2: clear; s5: a firearm, never answered.
TruthByScan smallSet()
{
    return {{QStringLiteral("s1"), {truthBox(QStringLiteral("a"), firearm, onObject)}},
            {QStringLiteral("s2"), {truthBox(QStringLiteral("b"), firearm, onObject)}},
            {QStringLiteral("s3"), {truthBox(QStringLiteral("c"), knife, onObject)}},
            {QStringLiteral("c1"), {}},
            {QStringLiteral("c2"), {}},
            {QStringLiteral("s5"), {truthBox(QStringLiteral("e"), firearm, onObject)}}};
}

QList<MachineAnswer> smallAnswers()
{
    return {answer(QStringLiteral("s1"), {detection(firearm, onObject, 0.9)}, 0.9, 1),
            answer(QStringLiteral("s2"), {detection(firearm, elsewhere, 0.8)}, 0.8, 2),
            answer(QStringLiteral("s3"), {detection(knife, onObject, 0.7)}, 0.7, 3),
            answer(QStringLiteral("c1"), {detection(firearm, elsewhere, 0.3)}, 0.3, 4),
            failedAnswer(QStringLiteral("c2"), 10),
            // A second answer for s1 and one for a scan outside the set: both ignored.
            answer(QStringLiteral("s1"), {}, 0, 100),
            answer(QStringLiteral("x9"), {detection(firearm, onObject, 0.99)}, 0.99, 100)};
}

} // namespace

class TestMachineMetrics final : public QObject {
    Q_OBJECT
private slots:
    void evaluatesASmallSet();
    void undefinedCategoryIsLeftOutOfTheMean();
    void noAnswersAreAllFailures();
    void jsonRoundTrip();
};

void TestMachineMetrics::evaluatesASmallSet()
{
    const MachineMetrics metrics = evaluateMachine(smallAnswers(), smallSet(), 0.5, {});
    QCOMPARE(metrics.scans, 6);
    QCOMPARE(metrics.failures, 2); // c2 failed, s5 unanswered
    // Firearms a, b, e: detections 0.9 (a), 0.8 (miss), 0.3 (c1, miss) → AP = 1/3·1 = 1/3.
    // Knife c: found, AP 1. Categories in name order.
    QCOMPARE(metrics.categories.size(), 2);
    const CategoryMetrics &firearms = metrics.categories[0];
    QCOMPARE(firearms.category, firearm);
    QCOMPARE(firearms.truthObjects, 3);
    QCOMPARE(firearms.detections, 3);
    QVERIFY(firearms.ap50 && near(*firearms.ap50, 1.0 / 3));
    QVERIFY(firearms.apCoco && near(*firearms.apCoco, 1.0 / 3));
    QCOMPARE(metrics.categories[1].ap50, std::optional<double>(1.0));
    QVERIFY(metrics.meanAp50 && near(*metrics.meanAp50, 2.0 / 3));
    // Targets s1, s2, s3, s5: s1, s2, s3 alarm at 0.5. Clear c1 (0.3), c2 (failed): none.
    QCOMPARE(metrics.threshold, 0.5);
    QCOMPARE(metrics.targetScans, 4);
    QCOMPARE(metrics.clearScans, 2);
    QCOMPARE(metrics.pd, 0.75);
    QCOMPARE(metrics.pfa, 0.0);
    // ROC: targets 0.9, 0.8, 0.7 and one unanswered; clear 0.3 and one failed. The two without an
    // answer tie at the end: 6.5 of 8 pairs ordered right, AUC 13/16.
    QCOMPARE(metrics.roc.area(), std::optional<double>(13.0 / 16));
    QCOMPARE(metrics.froc.truthObjects, 4);
    QCOMPARE(metrics.froc.points.last().sensitivity, 0.5);
    // Times 1, 2, 3, 4, 10: p50 3, p95 10; 4 valid answers in 20 s → 720 per hour.
    QCOMPARE(metrics.latencyP50, 3.0);
    QCOMPARE(metrics.latencyP95, 10.0);
    QCOMPARE(metrics.imagesPerHour, 720.0);
}

void TestMachineMetrics::undefinedCategoryIsLeftOutOfTheMean()
{
    const QStringList categories{firearm, QStringLiteral("explosive")};
    const MachineMetrics metrics = evaluateMachine(smallAnswers(), smallSet(), 0.5, categories);
    QCOMPARE(metrics.categories.size(), 2);
    QCOMPARE(metrics.categories[1].ap50, std::nullopt);
    QCOMPARE(metrics.categories[1].apCoco, std::nullopt);
    QVERIFY(metrics.meanAp50 && near(*metrics.meanAp50, 1.0 / 3));
    // The knife scan is neither target nor clear now.
    QCOMPARE(metrics.targetScans, 3);
    QVERIFY(near(metrics.pd, 2.0 / 3));
    const MachineMetrics none = evaluateMachine(smallAnswers(), smallSet(), 0.5, {QStringLiteral("explosive")});
    QCOMPARE(none.meanAp50, std::nullopt);
    QCOMPARE(none.meanApCoco, std::nullopt);
}

void TestMachineMetrics::noAnswersAreAllFailures()
{
    const MachineMetrics metrics = evaluateMachine({}, smallSet(), 0.5, {});
    QCOMPARE(metrics.failures, 6);
    QCOMPARE(metrics.pd, 0.0);
    QCOMPARE(metrics.meanAp50, std::optional<double>(0.0));
    QCOMPARE(metrics.imagesPerHour, 0.0);
    QCOMPARE(metrics.roc.area(), std::optional<double>(0.5));
    const MachineMetrics empty = evaluateMachine({}, {}, 0.5, {});
    QCOMPARE(empty.scans, 0);
    QVERIFY(empty.categories.isEmpty());
    QCOMPARE(empty.meanAp50, std::nullopt);
}

void TestMachineMetrics::jsonRoundTrip()
{
    const MachineMetrics metrics
        = evaluateMachine(smallAnswers(), smallSet(), 0.5, {firearm, QStringLiteral("explosive")});
    const QJsonObject json = metrics.toJson();
    // Undefined values are absent, not 0.
    QVERIFY(!json.value(QStringLiteral("categories")).toArray().at(1).toObject().contains(QStringLiteral("ap50")));
    QVERIFY(json.contains(QStringLiteral("meanAp50")));
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const MachineMetrics back = MachineMetrics::fromJson(QJsonDocument::fromJson(text).object());
    QCOMPARE(back, metrics);
    QCOMPARE(back.toJson(), json);
    QVERIFY(!back.roc.points.isEmpty());
    QVERIFY(!back.froc.points.isEmpty());
}

QTEST_APPLESS_MAIN(TestMachineMetrics)
#include "tst_machinemetrics.moc"
