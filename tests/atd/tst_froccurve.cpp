// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DetectionCases.h"

#include "atd/FrocCurve.h"

#include <QJsonDocument>
#include <QTest>

using namespace pen;
using namespace pen::cases;

namespace {

const QRectF onObject(0, 0, 10, 10);
const QRectF elsewhere(50, 50, 10, 10);

// s1 and s2 hold a firearm each, s3 a knife, s4 is clear and its answer failed.
TruthByScan fourScans()
{
    return {{QStringLiteral("s1"), {truthBox(QStringLiteral("a"), firearm, onObject)}},
            {QStringLiteral("s2"), {truthBox(QStringLiteral("b"), firearm, onObject)}},
            {QStringLiteral("s3"), {truthBox(QStringLiteral("c"), knife, onObject)}},
            {QStringLiteral("s4"), {}}};
}

QList<MachineAnswer> fourAnswers()
{
    return {
        answer(QStringLiteral("s1"), {detection(firearm, onObject, 0.9), detection(firearm, QRectF(0, 0, 10, 9), 0.6)}),
        answer(QStringLiteral("s2"), {detection(firearm, onObject, 0.6), detection(firearm, elsewhere, 0.8)}),
        answer(QStringLiteral("s3"), {detection(knife, onObject, 0.95), detection(firearm, elsewhere, 0.6)}),
        failedAnswer(QStringLiteral("s4"))};
}

} // namespace

class TestFrocCurve final : public QObject {
    Q_OBJECT
private slots:
    void pointsPerDistinctProbability();
    void allCategories();
    void noDetectionsNoPoints();
    void jsonRoundTrip();
};

void TestFrocCurve::pointsPerDistinctProbability()
{
    // Firearms only, 2 objects in 4 scans:
    // 0.9: a found                                   → 0 FP,   sensitivity 1/2
    // 0.8: s2's miss                                 → 1 FP,   1/2
    // 0.6: b found, a's duplicate, s3's firearm      → 3 FP,   1
    const FrocCurve curve = FrocCurve::compute(fourAnswers(), fourScans(), {firearm});
    QCOMPARE(curve.scans, 4);
    QCOMPARE(curve.truthObjects, 2);
    const QList<FrocPoint> expected{{0.9, 0, 0.5}, {0.8, 0.25, 0.5}, {0.6, 0.75, 1}};
    QCOMPARE(curve.points, expected);
}

void TestFrocCurve::allCategories()
{
    // The knife joins at 0.95, found: 3 objects.
    const FrocCurve curve = FrocCurve::compute(fourAnswers(), fourScans(), {});
    QCOMPARE(curve.truthObjects, 3);
    const QList<FrocPoint> expected{{0.95, 0, 1.0 / 3}, {0.9, 0, 2.0 / 3}, {0.8, 0.25, 2.0 / 3}, {0.6, 0.75, 1}};
    QCOMPARE(curve.points, expected);
}

void TestFrocCurve::noDetectionsNoPoints()
{
    const FrocCurve curve = FrocCurve::compute(QList<MachineAnswer>{}, fourScans(), {});
    QVERIFY(curve.points.isEmpty());
    QCOMPARE(curve.scans, 4);
    // Detections without any object: sensitivity stays 0.
    const FrocCurve noObjects = FrocCurve::compute({answer(QStringLiteral("s4"), {detection(firearm, onObject, 0.5)})},
                                                   TruthByScan{{QStringLiteral("s4"), {}}}, {firearm});
    QCOMPARE(noObjects.points, (QList<FrocPoint>{{0.5, 1, 0}}));
}

void TestFrocCurve::jsonRoundTrip()
{
    const FrocCurve curve = FrocCurve::compute(fourAnswers(), fourScans(), {});
    const QByteArray text = QJsonDocument(curve.toJson()).toJson();
    QCOMPARE(FrocCurve::fromJson(QJsonDocument::fromJson(text).object()), curve);
}

QTEST_APPLESS_MAIN(TestFrocCurve)
#include "tst_froccurve.moc"
