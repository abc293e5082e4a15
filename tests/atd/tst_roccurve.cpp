// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DetectionCases.h"

#include "atd/RocCurve.h"

#include <QJsonDocument>
#include <QTest>

using namespace pen;
using namespace pen::cases;

namespace {

using Scores = QList<std::pair<QString, double>>;
using Points = QList<std::pair<double, double>>;

// Scans named t… hold a firearm, scans named c… are clear; scores < 0 mean a failed answer.
RocCurve curveFor(const Scores &scores)
{
    TruthByScan truth;
    QList<MachineAnswer> answers;
    for (const auto &[id, score] : scores) {
        truth.insert(id,
                     id.startsWith(u't')
                         ? QList<GroundTruthObject>{truthBox(QStringLiteral("a"), firearm, QRectF(0, 0, 1, 1))}
                         : QList<GroundTruthObject>{});
        answers.append(score < 0 ? failedAnswer(id) : answer(id, {}, score));
    }
    return RocCurve::compute(answers, truth, {});
}

Points pfaPd(const RocCurve &curve)
{
    Points points;
    for (const RocPoint &point : curve.points)
        points.append({point.pfa, point.pd});
    return points;
}

} // namespace

class TestRocCurve final : public QObject {
    Q_OBJECT
private slots:
    void smallCases_data();
    void smallCases();
    void handComputedCurve();
    void thresholdsOfPoints();
    void undefinedWithoutBothKinds();
    void jsonRoundTrip();
};

void TestRocCurve::smallCases_data()
{
    QTest::addColumn<Scores>("scores");
    QTest::addColumn<Points>("expected");
    QTest::addColumn<double>("area");
    QTest::newRow("perfect separation") << Scores{{QStringLiteral("t1"), 0.9}, {QStringLiteral("c1"), 0.1}}
                                        << Points{{0, 0}, {0, 1}, {1, 1}} << 1.0;
    QTest::newRow("reversed") << Scores{{QStringLiteral("t1"), 0.1}, {QStringLiteral("c1"), 0.9}}
                              << Points{{0, 0}, {1, 0}, {1, 1}} << 0.0;
    QTest::newRow("tie is a diagonal step")
        << Scores{{QStringLiteral("t1"), 0.5}, {QStringLiteral("c1"), 0.5}} << Points{{0, 0}, {1, 1}} << 0.5;
    QTest::newRow("failures join at the end")
        << Scores{{QStringLiteral("t1"), -1}, {QStringLiteral("c1"), 0.3}} << Points{{0, 0}, {1, 0}, {1, 1}} << 0.0;
}

void TestRocCurve::smallCases()
{
    QFETCH(Scores, scores);
    QFETCH(Points, expected);
    QFETCH(double, area);
    const RocCurve curve = curveFor(scores);
    QCOMPARE(pfaPd(curve), expected);
    QCOMPARE(curve.area(), std::optional<double>(area));
}

void TestRocCurve::handComputedCurve()
{
    // Targets 0.9, 0.7, 0.4; clear 0.8, 0.4, 0.1 and a failure. From the top:
    // 0.9 → (0, 1/3); 0.8 → (1/4, 1/3); 0.7 → (1/4, 2/3); 0.4 (target and clear) → (1/2, 1);
    // 0.1 → (3/4, 1); then (1, 1). Area: 1/4·1/3 + 1/4·(2/3 + 1)/2 + 1/4 + 1/4 = 19/24, which is also
    // the chance that a target outscores a clear scan, ties counting half: 9.5 of 12 pairs.
    const RocCurve curve = curveFor({{QStringLiteral("t1"), 0.9},
                                     {QStringLiteral("t2"), 0.7},
                                     {QStringLiteral("t3"), 0.4},
                                     {QStringLiteral("c1"), 0.8},
                                     {QStringLiteral("c2"), 0.4},
                                     {QStringLiteral("c3"), 0.1},
                                     {QStringLiteral("c4"), -1}});
    const Points expected{{0, 0}, {0, 1.0 / 3}, {0.25, 1.0 / 3}, {0.25, 2.0 / 3}, {0.5, 1}, {0.75, 1}, {1, 1}};
    QCOMPARE(pfaPd(curve), expected);
    QVERIFY(curve.area() && near(*curve.area(), 19.0 / 24));
}

void TestRocCurve::thresholdsOfPoints()
{
    const RocCurve curve = curveFor({{QStringLiteral("t1"), 0.9}, {QStringLiteral("c1"), 0.1}});
    QCOMPARE(curve.points[0].threshold, std::nullopt);
    QCOMPARE(curve.points[1].threshold, std::optional<double>(0.9));
    QCOMPARE(curve.points[2].threshold, std::optional<double>(0.1));
    QCOMPARE(curve.points.size(), 3);
}

void TestRocCurve::undefinedWithoutBothKinds()
{
    QVERIFY(curveFor({{QStringLiteral("t1"), 0.9}, {QStringLiteral("t2"), 0.1}}).points.isEmpty());
    QCOMPARE(curveFor({{QStringLiteral("c1"), 0.9}}).area(), std::nullopt);
    QCOMPARE(curveFor({}).area(), std::nullopt);
}

void TestRocCurve::jsonRoundTrip()
{
    const RocCurve curve = curveFor({{QStringLiteral("t1"), 0.9},
                                     {QStringLiteral("t2"), 0.7},
                                     {QStringLiteral("c1"), 0.8},
                                     {QStringLiteral("c2"), -1}});
    const QByteArray text = QJsonDocument(curve.toJson()).toJson();
    QCOMPARE(RocCurve::fromJson(QJsonDocument::fromJson(text).object()), curve);
}

QTEST_APPLESS_MAIN(TestRocCurve)
#include "tst_roccurve.moc"
