// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PixelStats.h"
#include "synth/MaterialBands.h"
#include "synth/SceneProjector.h"

#include <QTest>

#include <cmath>

using namespace pen;

Q_DECLARE_METATYPE(pen::SceneObject)

class TestMaterialBands final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void boundariesOrderedAndHarden();
    void referenceMaterials_data();
    void referenceMaterials();
    void referenceScaleRisesWithZ();
    void zEffectiveOfPureMaterials_data();
    void zEffectiveOfPureMaterials();
    void starvedLimitFollowsTheDose();
    void threatUnderOverlay_data();
    void threatUnderOverlay();

private:
    std::optional<AttenuationTable> m_table;
    std::optional<DualEnergyDetector> m_detector;
    std::optional<MaterialBands> m_bands;
};

void TestMaterialBands::initTestCase()
{
    auto table = AttenuationTable::bundled();
    QVERIFY(table);
    m_table = *table;
    auto detector = DualEnergyDetector::create(*m_table, DetectorSettings{});
    QVERIFY2(detector, detector ? "" : qPrintable(detector.error().message));
    m_detector = *detector;
    m_bands = MaterialBands::calibrate(*m_detector);
}

void TestMaterialBands::boundariesOrderedAndHarden()
{
    double previousOrganic = 1e9, previousMixed = 1e9;
    for (double aHigh = 0.05; aHigh < m_bands->starvedAttenuation(); aHigh *= 1.5) {
        const double organic = m_bands->organicMaxRatio(aHigh);
        const double mixed = m_bands->mixedMaxRatio(aHigh);
        QVERIFY(organic > 1.0 && organic < mixed);
        // A harder beam (more matter on the ray) brings every R closer to 1.
        QVERIFY(organic < previousOrganic && mixed < previousMixed);
        previousOrganic = organic;
        previousMixed = mixed;
    }
}

void TestMaterialBands::referenceMaterials_data()
{
    QTest::addColumn<QString>("material");
    QTest::addColumn<double>("gramsPerCm2");
    QTest::addColumn<int>("expected");
    const auto row = [](const char *material, MaterialClass expected) {
        for (double gramsPerCm2 : {1.0, 5.0, 15.0}) {
            QTest::addRow("%s %g g/cm2", material, gramsPerCm2)
                << QString::fromLatin1(material) << gramsPerCm2 << int(expected);
        }
    };
    row("polyethylene", MaterialClass::Organic);
    row("water", MaterialClass::Organic);
    row("cellulose", MaterialClass::Organic);
    row("sucrose", MaterialClass::Organic);
    row("cocaine_base", MaterialClass::Organic);
    row("heroin_base", MaterialClass::Organic);
    row("tnt", MaterialClass::Organic);
    row("aluminium", MaterialClass::Mixed);
    row("glass_soda_lime", MaterialClass::Mixed);
    row("iron", MaterialClass::Inorganic);
    row("copper", MaterialClass::Inorganic);
}

void TestMaterialBands::referenceMaterials()
{
    // Noise-free, from the detector model: density 1 and thickness in cm give g/cm².
    QFETCH(QString, material);
    QFETCH(double, gramsPerCm2);
    QFETCH(int, expected);
    const MaterialLayer layer{material, 1.0, gramsPerCm2};
    const double aLow = -std::log(m_detector->transmission(DualEnergyDetector::Low, {layer}));
    const double aHigh = -std::log(m_detector->transmission(DualEnergyDetector::High, {layer}));
    // Thick metal starves the low channel: then the class is impenetrable, whatever the material.
    const int want
        = std::max(aLow, aHigh) > m_bands->starvedAttenuation() ? int(MaterialClass::Impenetrable) : expected;
    QCOMPARE(int(m_bands->classify(aLow, aHigh)), want);
}

void TestMaterialBands::referenceScaleRisesWithZ()
{
    // The continuous hue needs the reference materials' R in the order of their Z at every a_high.
    for (double aHigh = 0.03; aHigh < MaterialBands::CalibratedMaxAttenuation; aHigh *= 1.2) {
        for (int i = 1; i < MaterialBands::ZReferenceCount; ++i) {
            QVERIFY2(m_bands->referenceRatio(i, aHigh) > m_bands->referenceRatio(i - 1, aHigh),
                     qPrintable(QStringLiteral("%1 not above %2 at a_high %3")
                                    .arg(QLatin1String(MaterialBands::zReferences()[size_t(i)].name),
                                         QLatin1String(MaterialBands::zReferences()[size_t(i - 1)].name))
                                    .arg(aHigh)));
        }
    }
}

void TestMaterialBands::zEffectiveOfPureMaterials_data()
{
    QTest::addColumn<QString>("material");
    QTest::addColumn<double>("zEff");
    QTest::addColumn<double>("tolerance");
    // References are met up to the sampling of their curves; others within the scale's linear
    // interpolation.
    QTest::newRow("water") << QStringLiteral("water") << 7.42 << 0.3;
    QTest::newRow("aluminium") << QStringLiteral("aluminium") << 13.0 << 0.3;
    QTest::newRow("iron") << QStringLiteral("iron") << 26.0 << 0.3;
    QTest::newRow("cellulose") << QStringLiteral("cellulose") << 6.89 << 0.6;
    QTest::newRow("salt") << QStringLiteral("nacl") << 15.18 << 1.5;
    QTest::newRow("brass") << QStringLiteral("brass") << 29.0 << 0.6; // beyond copper: the scale's end
}

void TestMaterialBands::zEffectiveOfPureMaterials()
{
    QFETCH(QString, material);
    QFETCH(double, zEff);
    QFETCH(double, tolerance);
    for (double grams : {0.5, 2.0, 6.0}) {
        const MaterialLayer layer{material, 1.0, grams};
        const double aLow = -std::log(m_detector->transmission(DualEnergyDetector::Low, {layer}));
        const double aHigh = -std::log(m_detector->transmission(DualEnergyDetector::High, {layer}));
        if (std::max(aLow, aHigh) > m_bands->starvedAttenuation())
            continue; // no material to tell
        const double found = m_bands->zEffective(aLow, aHigh);
        QVERIFY2(std::abs(found - zEff) <= tolerance,
                 qPrintable(QStringLiteral("%1 g/cm2: Z_eff %2, want %3").arg(grams).arg(found).arg(zEff)));
    }
}

void TestMaterialBands::starvedLimitFollowsTheDose()
{
    // 9 pixels × 20000 quanta, at least 100 detected: a ≤ ln 1800. Four times the dose: ln 4 more.
    QVERIFY(std::abs(m_bands->starvedAttenuation() - std::log(1800.0)) < 1e-9);
    const MaterialBands fourTimes = MaterialBands::calibrate(*m_detector, 4 * DetectorSettings{}.incidentPhotons);
    QVERIFY(std::abs(fourTimes.starvedAttenuation() - m_bands->starvedAttenuation() - std::log(4.0)) < 1e-9);
    QCOMPARE(m_bands->classify(7.6, 4.0), MaterialClass::Impenetrable);
    QVERIFY(fourTimes.classify(7.6, 4.0) != MaterialClass::Impenetrable);
}

void TestMaterialBands::threatUnderOverlay_data()
{
    QTest::addColumn<SceneObject>("threat");
    QTest::addColumn<QList<SceneObject>>("overlay");
    QTest::addColumn<int>("expected");
    using Shape = SceneObject::Shape;
    // The threat fills x 20..60 of a 80 x 40 image; the overlay covers it all, so x 60..80 shows
    // the overlay alone on the same rows.
    const QRectF whole(0, 0, 80, 40);
    const SceneObject cocaine{Shape::Box, QRectF(20, 0, 40, 40), {}, QStringLiteral("cocaine_hcl"), 1.2, 5};
    const SceneObject pistol{Shape::Box, QRectF(20, 0, 40, 40), {}, QStringLiteral("steel_304"), 0, 0.8};
    const QList<std::pair<const char *, QList<SceneObject>>> overlays{
        {"nothing", {}},
        {"clothing", {{Shape::Box, whole, {}, QStringLiteral("pet_polyester"), 0.3, 25}}},
        {"books", {{Shape::Box, whole, {}, QStringLiteral("cellulose"), 0.9, 6}}},
        {"aluminium 5 mm", {{Shape::Box, whole, {}, QStringLiteral("aluminium"), 0, 0.5}}},
        {"aluminium 15 mm", {{Shape::Box, whole, {}, QStringLiteral("aluminium"), 0, 1.5}}},
    };
    for (const auto &[name, overlay] : overlays) {
        QTest::addRow("cocaine under %s", name) << cocaine << overlay << int(MaterialClass::Organic);
        QTest::addRow("pistol under %s", name) << pistol << overlay << int(MaterialClass::Inorganic);
    }
    const QList<SceneObject> clothingAndBooks{overlays[1].second[0], overlays[2].second[0]};
    QTest::newRow("cocaine under clothing and books") << cocaine << clothingAndBooks << int(MaterialClass::Organic);
    QTest::newRow("pistol under clothing and books") << pistol << clothingAndBooks << int(MaterialClass::Inorganic);
}

void TestMaterialBands::threatUnderOverlay()
{
    // The object's own R from the pixels: ln T with it minus ln T without it, in each channel.
    QFETCH(SceneObject, threat);
    QFETCH(QList<SceneObject>, overlay);
    QFETCH(int, expected);
    const ScanView view
        = SceneProjector(*m_table).project(80, 40, QList<SceneObject>(overlay) << threat, DetectorSettings{});
    QCOMPARE(view.channels.size(), size_t(2));
    const QRect with(25, 4, 30, 32), without(66, 4, 10, 32);
    const double aLow = test::meanAttenuation(view.channels[0], with);
    const double aHigh = test::meanAttenuation(view.channels[1], with);
    const double aLowWithout = test::meanAttenuation(view.channels[0], without);
    const double aHighWithout = test::meanAttenuation(view.channels[1], without);
    const double ratio = (aLow - aLowWithout) / (aHigh - aHighWithout);
    const QString numbers = QStringLiteral("R %1 at a_high %2: bands %3 / %4")
                                .arg(ratio)
                                .arg(aHigh)
                                .arg(m_bands->organicMaxRatio(aHigh))
                                .arg(m_bands->mixedMaxRatio(aHigh));
    if (expected == int(MaterialClass::Organic))
        QVERIFY2(ratio <= m_bands->organicMaxRatio(aHigh), qPrintable(numbers));
    else
        QVERIFY2(ratio > m_bands->mixedMaxRatio(aHigh), qPrintable(numbers));
    // Under enough clutter the ray itself becomes impenetrable: the console then shows the alarm
    // colour rather than blue, which is just as good for a pistol.
    const MaterialClass found = m_bands->classifyLayer(aLow, aHigh, aLowWithout, aHighWithout);
    if (found == MaterialClass::Impenetrable)
        QVERIFY2(expected == int(MaterialClass::Inorganic), qPrintable(numbers));
    else
        QVERIFY2(int(found) == expected, qPrintable(numbers));
}

QTEST_APPLESS_MAIN(TestMaterialBands)
#include "tst_materialbands.moc"
