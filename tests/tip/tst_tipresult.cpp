// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TipFixtures.h"
#include "tip/TipResult.h"

#include <QTest>

#include <cmath>

using namespace pen;
using namespace pen::test;

namespace {

ThreatLibrary threeCategories(int channelCount)
{
    ThreatLibrary library;
    for (const char *category : {"currency", "narcotics", "weapon"}) {
        ThreatImage threat = constantThreat(channelCount, 4, 3, 30000, QLatin1String(category));
        threat.label.name = QLatin1String(category);
        if (!library.add(threat))
            qFatal("could not add a test threat");
    }
    return library;
}

TipSettings always()
{
    TipSettings settings;
    settings.rate = 1;
    return settings;
}

} // namespace

class TestTipResult final : public QObject {
    Q_OBJECT
private slots:
    void rateZeroInsertsNothing();
    void rateOneAlwaysInserts();
    void rateIsARate();
    void categoryMixFollowsWeights();
    void severalThreatsDoNotOverlap();
    void sameSeedSameBytes();
    void builtInThreatsGoIntoTheStarterParcel();
    void refusesBadSettingsAndLibraries();
    void settingsValidate_data();
    void settingsValidate();
};

void TestTipResult::rateZeroInsertsNothing()
{
    const Scan scan = constantScan(1, 32, 32, 30000);
    TipSettings settings;
    settings.rate = 0;
    std::mt19937 engine(1);
    for (int i = 0; i < 200; ++i) {
        auto result = applyTip(scan, threeCategories(1), settings, engine);
        QVERIFY(result);
        QVERIFY(result->inserted.isEmpty());
        QCOMPARE(result->scan, scan);
    }
}

void TestTipResult::rateOneAlwaysInserts()
{
    const Scan scan = constantScan(2, 32, 32, 30000);
    std::mt19937 engine(2);
    for (int i = 0; i < 200; ++i) {
        auto result = applyTip(scan, threeCategories(2), always(), engine);
        QVERIFY(result);
        QCOMPARE(result->inserted.size(), 1);
        QCOMPARE(result->scan.truth.size(), 1);
        QVERIFY(result->scan.views != scan.views);
    }
}

void TestTipResult::rateIsARate()
{
    const Scan scan = constantScan(1, 32, 32, 30000);
    TipSettings settings;
    settings.rate = 0.3;
    std::mt19937 engine(3);
    int hits = 0;
    for (int i = 0; i < 1000; ++i)
        hits += applyTip(scan, threeCategories(1), settings, engine)->inserted.isEmpty() ? 0 : 1;
    // Binomial(1000, 0.3): σ ≈ 14.5; four σ.
    QVERIFY2(std::abs(hits - 300) < 58, qPrintable(QString::number(hits)));
}

void TestTipResult::categoryMixFollowsWeights()
{
    const Scan scan = constantScan(1, 32, 32, 30000);
    const ThreatLibrary library = threeCategories(1);
    TipSettings settings = always();
    settings.categoryWeights = {{QStringLiteral("currency"), 1},
                                {QStringLiteral("narcotics"), 2},
                                {QStringLiteral("weapon"), 7},
                                {QStringLiteral("explosive"), 5}}; // none in the library
    std::mt19937 engine(4);
    QMap<QString, int> counts;
    for (int i = 0; i < 1000; ++i) {
        auto result = applyTip(scan, library, settings, engine);
        QVERIFY(result);
        ++counts[result->inserted.first().truth.category];
    }
    // Expected 100, 200, 700 (explosive has no threat, so its weight drops out); four σ each.
    QVERIFY2(std::abs(counts.value(QStringLiteral("currency")) - 100) < 38,
             qPrintable(QString::number(counts.value(QStringLiteral("currency")))));
    QVERIFY2(std::abs(counts.value(QStringLiteral("narcotics")) - 200) < 51,
             qPrintable(QString::number(counts.value(QStringLiteral("narcotics")))));
    QVERIFY2(std::abs(counts.value(QStringLiteral("weapon")) - 700) < 58,
             qPrintable(QString::number(counts.value(QStringLiteral("weapon")))));
    QCOMPARE(counts.size(), 3);
}

void TestTipResult::severalThreatsDoNotOverlap()
{
    const Scan scan = constantScan(2, 60, 40, 30000);
    TipSettings settings = always();
    settings.maxThreatsPerScan = 4;
    std::mt19937 engine(5);
    QSet<int> counts;
    for (int i = 0; i < 100; ++i) {
        auto result = applyTip(scan, threeCategories(2), settings, engine);
        QVERIFY(result);
        counts.insert(int(result->inserted.size()));
        for (int a = 0; a < result->inserted.size(); ++a) {
            for (int b = a + 1; b < result->inserted.size(); ++b)
                QVERIFY(!result->inserted[a].truth.regions.first().box.intersects(
                    result->inserted[b].truth.regions.first().box));
        }
    }
    QCOMPARE(counts, (QSet<int>{1, 2, 3, 4}));
}

void TestTipResult::sameSeedSameBytes()
{
    auto table = AttenuationTable::bundled();
    QVERIFY(table);
    auto library = ThreatLibrary::builtIn(*table);
    QVERIFY(library);
    const Scan scan = airScanWithObject(2, 500, 360, QRect(40, 30, 420, 300), 40000);
    TipSettings settings = always();
    settings.maxThreatsPerScan = 2;
    settings.scaleJitter = 0.1;
    std::mt19937 a(11), b(11), c(12);
    auto first = applyTip(scan, *library, settings, a);
    auto second = applyTip(scan, *library, settings, b);
    auto third = applyTip(scan, *library, settings, c);
    QVERIFY(first && second && third);
    QCOMPARE(first->scan, second->scan);
    QCOMPARE(first->inserted, second->inserted);
    QVERIFY(first->scan != third->scan);
}

void TestTipResult::builtInThreatsGoIntoTheStarterParcel()
{
    // Every built-in threat fits a parcel of the starter set's size, turned any way.
    auto table = AttenuationTable::bundled();
    auto library = ThreatLibrary::builtIn(*table);
    QVERIFY(library);
    const Scan scan = airScanWithObject(2, 500, 360, QRect(40, 30, 420, 300), 40000);
    TipInserter inserter(always());
    std::mt19937 engine(13);
    for (const QString &category : library->categories()) {
        for (const ThreatImage &threat : library->threats(category)) {
            Scan copy = scan;
            auto inserted = inserter.insert(copy, threat, engine);
            QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error().message));
            QVERIFY(QRectF(40, 30, 420, 300).intersects(inserted->truth.regions.first().box));
        }
    }
}

void TestTipResult::refusesBadSettingsAndLibraries()
{
    const Scan dual = constantScan(2, 32, 32, 30000);
    std::mt19937 engine(6);
    // Single-energy threats only, dual-energy scan: refused even where the rate would say no.
    TipSettings rare;
    rare.rate = 0;
    auto mismatch = applyTip(dual, threeCategories(1), rare, engine);
    QVERIFY(!mismatch);
    QVERIFY2(mismatch.error().message.contains(QStringLiteral("2-channel")), qPrintable(mismatch.error().message));
    TipSettings onlyExplosives = always();
    onlyExplosives.categoryWeights = {{QStringLiteral("explosive"), 1}};
    QVERIFY(!applyTip(dual, threeCategories(2), onlyExplosives, engine));
    TipSettings badRate;
    badRate.rate = 1.5;
    QVERIFY(!applyTip(dual, threeCategories(2), badRate, engine));
    TipSettings otherView = always();
    otherView.viewIndex = 2;
    QVERIFY(!applyTip(dual, threeCategories(2), otherView, engine));
    // A threat larger than the scan never fits.
    ThreatLibrary large;
    QVERIFY(large.add(constantThreat(2, 40, 40, 30000)));
    TipSettings upright = always();
    upright.minRotationDeg = upright.maxRotationDeg = 0;
    auto tooLarge = applyTip(dual, large, upright, engine);
    QVERIFY(!tooLarge);
    QVERIFY2(tooLarge.error().message.contains(QStringLiteral("larger than the view")),
             qPrintable(tooLarge.error().message));
}

void TestTipResult::settingsValidate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("valid");
    QTest::newRow("defaults") << QString() << true;
    QTest::newRow("rate") << QStringLiteral("rate") << false;
    QTest::newRow("maxThreatsPerScan") << QStringLiteral("maxThreatsPerScan") << false;
    QTest::newRow("maxRotationDeg") << QStringLiteral("maxRotationDeg") << false;
    QTest::newRow("scaleJitter") << QStringLiteral("scaleJitter") << false;
    QTest::newRow("objectTransmission") << QStringLiteral("objectTransmission") << false;
    QTest::newRow("minInsideFraction") << QStringLiteral("minInsideFraction") << false;
    QTest::newRow("minCoverAttenuation") << QStringLiteral("minCoverAttenuation") << false;
    QTest::newRow("categoryWeights") << QStringLiteral("categoryWeights") << false;
}

void TestTipResult::settingsValidate()
{
    QFETCH(QString, field);
    QFETCH(bool, valid);
    TipSettings settings;
    if (field == QLatin1String("rate"))
        settings.rate = -0.1;
    if (field == QLatin1String("maxThreatsPerScan"))
        settings.maxThreatsPerScan = 0;
    if (field == QLatin1String("maxRotationDeg"))
        settings.maxRotationDeg = -200;
    if (field == QLatin1String("scaleJitter"))
        settings.scaleJitter = 0.9;
    if (field == QLatin1String("objectTransmission"))
        settings.objectTransmission = 0;
    if (field == QLatin1String("minInsideFraction"))
        settings.minInsideFraction = 1.5;
    if (field == QLatin1String("minCoverAttenuation"))
        settings.minCoverAttenuation = -0.1;
    if (field == QLatin1String("categoryWeights"))
        settings.categoryWeights = {{QStringLiteral("weapon"), -1}};
    auto ok = settings.validate();
    QCOMPARE(bool(ok), valid);
    if (!valid)
        QVERIFY2(ok.error().message.contains(field), qPrintable(ok.error().message));
}

QTEST_APPLESS_MAIN(TestTipResult)
#include "tst_tipresult.moc"
