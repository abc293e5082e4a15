// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TipFixtures.h"
#include "tip/TipInserter.h"

#include <QSet>
#include <QTest>

#include <cmath>

using namespace pen;
using namespace pen::test;

namespace {

// Turned by exactly this angle, even for the fixtures' captured ("test") threats.
TipSettings fixedTurn(double degrees)
{
    TipSettings settings;
    settings.minRotationDeg = degrees;
    settings.maxRotationDeg = degrees;
    settings.keepBeltAxis = false;
    return settings;
}

// Mean −ln T of the view's last channel over box.
double meanAttenuation(const ScanView &view, QRect box)
{
    double sum = 0;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x)
            sum += -std::log(view.channels.back().at(x, y) / 65535.0);
    }
    return sum / double(box.width() * box.height());
}

// A bag whose left half is packed (T ≈ 0.31) and whose right half holds nothing but its own walls
// (T ≈ 0.92, still "object").
Scan halfPackedBag()
{
    Scan scan = constantScan(2, 200, 100, 60000);
    for (Image16 &channel : scan.views[0].channels) {
        for (int y = 0; y < 100; ++y) {
            for (int x = 0; x < 100; ++x)
                channel.at(x, y) = 20000;
        }
    }
    return scan;
}

// Fraction of the box's pixels where the view (before projection) shows the object.
double insideFraction(const ScanView &view, QRect box)
{
    int inside = 0;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x)
            inside += view.channels.back().at(x, y) < 0.95 * 65535 ? 1 : 0;
    }
    return double(inside) / double(box.width() * box.height());
}

} // namespace

class TestTipInserter final : public QObject {
    Q_OBJECT
private slots:
    void insertsTheExactProduct();
    void recordsTheGroundTruth();
    void quarterTurnPutsTheBoxWhereExpected();
    void staysInsideTheObject();
    void mostlyInsideByDefault();
    void sameSeedSameBytes();
    void otherSeedOtherPlace();
    void keepsClearOfExistingTruth();
    void refusesWhenNothingFits();
    void refusesMismatchedChannels();
    void placesAmongTheContents();
    void capturedThreatsKeepTheBeltAxis();
};

void TestTipInserter::insertsTheExactProduct()
{
    Scan scan = constantScan(2, 50, 40, 40000);
    const Scan before = scan;
    std::mt19937 engine(1);
    auto inserted = TipInserter(fixedTurn(0)).insert(scan, constantThreat(2, 7, 5, 32768), engine);
    QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error().message));
    const QRect box = inserted->truth.regions.first().box.toRect();
    QCOMPARE(box.size(), QSize(7, 5));
    QCOMPARE(box, changedBounds(before.views[0], scan.views[0]));
    for (const Image16 &channel : scan.views[0].channels) {
        for (int y = 0; y < 40; ++y) {
            for (int x = 0; x < 50; ++x)
                QCOMPARE(channel.at(x, y), quint16(box.contains(x, y) ? 20000 : 40000));
        }
    }
}

void TestTipInserter::recordsTheGroundTruth()
{
    Scan scan = constantScan(1, 50, 40, 40000);
    std::mt19937 engine(2);
    auto inserted = TipInserter(fixedTurn(30)).insert(scan, constantThreat(1, 8, 4, 32768), engine);
    QVERIFY(inserted);
    QCOMPARE(scan.truth.size(), 1);
    const GroundTruthObject &truth = scan.truth.first();
    QCOMPARE(truth, inserted->truth);
    QCOMPARE(truth.id, QStringLiteral("tip1"));
    QCOMPARE(truth.category, QStringLiteral("weapon"));
    QCOMPARE(truth.material, QStringLiteral("steel_304"));
    QCOMPARE(truth.massKg, std::optional<double>(0.5));
    QCOMPARE(truth.note, QStringLiteral("TIP"));
    QCOMPARE(truth.regions.first().viewIndex, 0);
    QCOMPARE(truth.difficulty->rotationDeg, 30.0);
    // Scan and threat attenuate alike here (−ln 0.61 ≈ 0.49 vs ln 2 ≈ 0.69): overlap ≈ 0.42.
    QVERIFY2(std::abs(truth.difficulty->overlap - 0.4162) < 0.01,
             qPrintable(QString::number(truth.difficulty->overlap)));
    QCOMPARE(inserted->origin, QStringLiteral("test"));
    QVERIFY(TipInserter(fixedTurn(0)).insert(scan, constantThreat(1, 8, 4, 32768), engine));
    QCOMPARE(scan.truth.last().id, QStringLiteral("tip2"));
}

void TestTipInserter::quarterTurnPutsTheBoxWhereExpected()
{
    // The L turned clockwise: its top row becomes the right column, its left column the top row.
    Scan scan = constantScan(1, 30, 30, 60000);
    const Scan before = scan;
    std::mt19937 engine(3);
    TipSettings settings = fixedTurn(90);
    settings.minCoverAttenuation = 0; // the scan is nearly clear (T ≈ 0.92)
    auto inserted = TipInserter(settings).insert(scan, lThreat(), engine);
    QVERIFY(inserted);
    const QRect box = inserted->truth.regions.first().box.toRect();
    QCOMPARE(box.size(), QSize(4, 6));
    QCOMPARE(box.topLeft(), inserted->topLeft);
    QCOMPARE(changedBounds(before.views[0], scan.views[0]), box);
    const Image16 &after = scan.views[0].channels[0];
    for (int y = 0; y < 6; ++y) {
        for (int x = 0; x < 4; ++x) {
            const bool lShape = x == 3 || y == 0;
            QCOMPARE(after.at(box.left() + x, box.top() + y) != 60000, lShape);
        }
    }
}

void TestTipInserter::staysInsideTheObject()
{
    // Mostly air, one parcel: every placement lies wholly on it, wherever the seed puts it.
    const QRect parcel(120, 40, 50, 60);
    const Scan clean = airScanWithObject(2, 200, 150, parcel, 20000);
    TipSettings settings;
    settings.minInsideFraction = 1.0;
    const TipInserter inserter(settings);
    for (quint32 seed = 0; seed < 100; ++seed) {
        Scan scan = clean;
        std::mt19937 engine(seed);
        auto inserted = inserter.insert(scan, constantThreat(2, 12, 6, 30000), engine);
        QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error().message));
        const QRect box = inserted->truth.regions.first().box.toAlignedRect();
        QVERIFY2(parcel.contains(box),
                 qPrintable(QStringLiteral("seed %1: box at %2,%3 %4x%5")
                                .arg(seed)
                                .arg(box.x())
                                .arg(box.y())
                                .arg(box.width())
                                .arg(box.height())));
        QCOMPARE(changedBounds(clean.views[0], scan.views[0]), box);
    }
}

void TestTipInserter::mostlyInsideByDefault()
{
    const QRect parcel(120, 40, 50, 60);
    const Scan clean = airScanWithObject(1, 200, 150, parcel, 20000);
    for (quint32 seed = 0; seed < 50; ++seed) {
        Scan scan = clean;
        std::mt19937 engine(seed);
        auto inserted = TipInserter(TipSettings{}).insert(scan, constantThreat(1, 10, 10, 30000), engine);
        QVERIFY(inserted);
        QVERIFY(insideFraction(clean.views[0], inserted->truth.regions.first().box.toAlignedRect()) >= 0.9);
    }
}

void TestTipInserter::sameSeedSameBytes()
{
    const Scan clean = airScanWithObject(2, 120, 80, QRect(10, 10, 90, 60), 30000);
    TipSettings settings;
    settings.scaleJitter = 0.2;
    const ThreatImage threat = constantThreat(2, 9, 5, 25000);
    Scan a = clean, b = clean;
    std::mt19937 engineA(5), engineB(5);
    QVERIFY(TipInserter(settings).insert(a, threat, engineA));
    QVERIFY(TipInserter(settings).insert(b, threat, engineB));
    QCOMPARE(a, b);
    QVERIFY(a != clean);
    QCOMPARE(engineA(), engineB()); // and the engines are left in the same state
}

void TestTipInserter::otherSeedOtherPlace()
{
    const Scan clean = airScanWithObject(2, 120, 80, QRect(10, 10, 90, 60), 30000);
    const ThreatImage threat = constantThreat(2, 9, 5, 25000);
    QList<QPoint> places;
    for (quint32 seed : {1u, 2u, 3u}) {
        Scan scan = clean;
        std::mt19937 engine(seed);
        auto inserted = TipInserter(fixedTurn(0)).insert(scan, threat, engine);
        QVERIFY(inserted);
        places << inserted->topLeft;
    }
    QVERIFY(places[0] != places[1] || places[1] != places[2]);
}

void TestTipInserter::keepsClearOfExistingTruth()
{
    Scan scan = constantScan(1, 40, 20, 30000);
    scan.truth << GroundTruthObject{
        QStringLiteral("o1"), QStringLiteral("narcotics"), {Region{0, QRectF(0, 0, 28, 20), {}}}, {}, {}, {}};
    for (quint32 seed = 0; seed < 20; ++seed) {
        Scan copy = scan;
        std::mt19937 engine(seed);
        auto inserted = TipInserter(fixedTurn(0)).insert(copy, constantThreat(1, 6, 6, 30000), engine);
        QVERIFY(inserted);
        QVERIFY(inserted->topLeft.x() >= 28);
    }
    const TipInserter inserter(fixedTurn(0));
    QCOMPARE(inserter.placeCount(scan.views[0], QSize(6, 6)), qint64(35 * 15));
    QCOMPARE(inserter.placeCount(scan.views[0], QSize(6, 6), {QRect(0, 0, 28, 20)}), qint64(7 * 15));
}

void TestTipInserter::refusesWhenNothingFits()
{
    // The object is smaller than the threat: there is air all around, so no place qualifies.
    Scan scan = airScanWithObject(1, 100, 100, QRect(40, 40, 8, 8), 20000);
    const Scan before = scan;
    std::mt19937 engine(1);
    auto inserted = TipInserter(fixedTurn(0)).insert(scan, constantThreat(1, 12, 12, 30000), engine);
    QVERIFY(!inserted);
    QCOMPARE(inserted.error().code, ErrorCode::Validation);
    QVERIFY2(inserted.error().message.contains(QStringLiteral("no place")), qPrintable(inserted.error().message));
    QCOMPARE(scan, before);
    auto large = TipInserter(fixedTurn(0)).insert(scan, constantThreat(1, 101, 12, 30000), engine);
    QVERIFY(!large);
    QVERIFY2(large.error().message.contains(QStringLiteral("larger than the view")), qPrintable(large.error().message));
    TipSettings otherView = fixedTurn(0);
    otherView.viewIndex = 1;
    QVERIFY(!TipInserter(otherView).insert(scan, constantThreat(1, 2, 2, 30000), engine));
    QCOMPARE(scan, before);
}

void TestTipInserter::refusesMismatchedChannels()
{
    Scan scan = constantScan(2, 50, 50, 30000);
    const Scan before = scan;
    std::mt19937 engine(1);
    auto inserted = TipInserter(fixedTurn(0)).insert(scan, constantThreat(1, 5, 5, 30000), engine);
    QVERIFY(!inserted);
    QCOMPARE(inserted.error().code, ErrorCode::Unsupported);
    QCOMPARE(scan, before);
}

void TestTipInserter::placesAmongTheContents()
{
    // By default a threat goes where the bag holds something; with the rule off, into its empty half too.
    const Scan clean = halfPackedBag();
    TipSettings anywhere;
    anywhere.minCoverAttenuation = 0;
    bool emptyHalfUsed = false;
    for (quint32 seed = 0; seed < 60; ++seed) {
        Scan scan = clean;
        std::mt19937 engine(seed);
        auto inserted = TipInserter(TipSettings{}).insert(scan, constantThreat(2, 10, 10, 30000), engine);
        QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error().message));
        const QRect box = inserted->truth.regions.first().box.toAlignedRect();
        QVERIFY2(meanAttenuation(clean.views[0], box) >= 0.15, qPrintable(QString::number(box.left())));
        QVERIFY(box.left() < 100);

        Scan free = clean;
        std::mt19937 again(seed);
        auto loose = TipInserter(anywhere).insert(free, constantThreat(2, 10, 10, 30000), again);
        QVERIFY(loose);
        emptyHalfUsed = emptyHalfUsed || loose->truth.regions.first().box.left() >= 100;
    }
    QVERIFY(emptyHalfUsed);

    // Nothing anywhere meets a cover it cannot have: refused with the reason.
    TipSettings strict;
    strict.minCoverAttenuation = 2;
    Scan scan = clean;
    std::mt19937 engine(1);
    auto refused = TipInserter(strict).insert(scan, constantThreat(2, 10, 10, 30000), engine);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("among its contents")),
             qPrintable(refused.error().message));
    QCOMPARE(scan, clean);
}

void TestTipInserter::capturedThreatsKeepTheBeltAxis()
{
    const Scan clean = constantScan(1, 120, 120, 20000);
    ThreatImage captured = constantThreat(1, 12, 4, 30000);
    ThreatImage synthetic = captured;
    synthetic.origin = QStringLiteral("synthetic");
    QSet<double> capturedTurns, syntheticTurns;
    for (quint32 seed = 0; seed < 40; ++seed) {
        Scan a = clean, b = clean;
        std::mt19937 engineA(seed), engineB(seed);
        auto placedA = TipInserter(TipSettings{}).insert(a, captured, engineA);
        auto placedB = TipInserter(TipSettings{}).insert(b, synthetic, engineB);
        QVERIFY(placedA && placedB);
        capturedTurns.insert(placedA->truth.difficulty->rotationDeg);
        syntheticTurns.insert(placedB->truth.difficulty->rotationDeg);
        // Turned by 0° or 180°, the 12 × 4 box stays 12 wide along the detector and 4 rows along the belt.
        QCOMPARE(placedA->truth.regions.first().box.toAlignedRect().size(), QSize(12, 4));
    }
    QCOMPARE(capturedTurns, (QSet<double>{0.0, 180.0}));
    QVERIFY(syntheticTurns.size() > 10);
}

QTEST_APPLESS_MAIN(TestTipInserter)
#include "tst_tipinserter.moc"
