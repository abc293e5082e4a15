// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PixelStats.h"
#include "synth/SceneProjector.h"

#include <QTest>

#include <cmath>

using namespace pen;

namespace {

SceneObject slab(const QString &material, double thicknessCm, QRectF bounds = QRectF(0, 0, 64, 64))
{
    return {SceneObject::Shape::Box, bounds, {}, material, 0, thicknessCm};
}

DetectorSettings noiseless()
{
    DetectorSettings settings;
    settings.noise = false;
    settings.blurSigmaPx = 0;
    return settings;
}

} // namespace

class TestSceneProjector final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void spectrumLoads();
    void spectrumFollowsKramersAbove140();
    void emptySceneIsWhite();
    void binsMatchExactModel_data();
    void binsMatchExactModel();
    void sameSeedSameBytes();
    void otherSeedOtherNoise();
    void noiseIsPoisson_data();
    void noiseIsPoisson();
    void blurSpreadsEdges();
    void overlapHardensTheBeam();

private:
    std::optional<AttenuationTable> m_table;
};

void TestSceneProjector::initTestCase()
{
    auto table = AttenuationTable::bundled();
    QVERIFY(table);
    m_table = *table;
}

void TestSceneProjector::spectrumLoads()
{
    const auto tube = TubeSpectrum::tasmip(140);
    QVERIFY2(tube, tube ? "" : qPrintable(tube.error().message));
    QCOMPARE(tube->fluence(141), 0.0);
    QVERIFY(tube->fluence(60) > 0);
    // Unfiltered 140 kV tungsten: mean near 50 keV; aluminium filtration hardens it.
    QVERIFY(tube->meanKeV() > 40 && tube->meanKeV() < 60);
    QVERIFY(tube->filtered(*m_table, QStringLiteral("aluminium"), 3).meanKeV() > tube->meanKeV());
    QVERIFY(!TubeSpectrum::tasmip(160));
    QVERIFY(!TubeSpectrum::parseTasmip("energy_keV,a0\n1,x\n", 100));
    const auto detector = DualEnergyDetector::create(*m_table, DetectorSettings{});
    QVERIFY(detector);
    QVERIFY(detector->meanKeV(DualEnergyDetector::High) > detector->meanKeV(DualEnergyDetector::Low) + 20);
}

void TestSceneProjector::spectrumFollowsKramersAbove140()
{
    const auto tasmip = TubeSpectrum::tasmip(140);
    const auto at140 = TubeSpectrum::tungsten(140);
    const auto at160 = TubeSpectrum::tungsten(160);
    QVERIFY(tasmip && at140 && at160);
    QVERIFY(!TubeSpectrum::tungsten(161) && !TubeSpectrum::tungsten(29));
    // Up to TASMIP's end the spectrum is TASMIP's.
    for (int keV = 10; keV <= 140; ++keV)
        QCOMPARE(at140->fluence(keV), tasmip->fluence(keV));
    // Above, Kramers' law: N(E) ∝ (V − E) / E, so a bin of the continuum or a characteristic line
    // gains (160 − E) / (140 − E), and the new tail falls to 0 at 160 keV.
    QCOMPARE(at160->kVp(), 160);
    QVERIFY(std::abs(at160->fluence(80) / tasmip->fluence(80) - 80.0 / 60.0) < 1e-9);
    QVERIFY(std::abs(at160->fluence(59) / tasmip->fluence(59) - 101.0 / 81.0) < 1e-9);
    const double kramers = tasmip->fluence(TubeSpectrum::ExtensionJointKeV) * TubeSpectrum::ExtensionJointKeV
        / (140.0 - TubeSpectrum::ExtensionJointKeV);
    QVERIFY(std::abs(at160->fluence(150) / (kramers * 10 / 150) - 1) < 1e-9);
    QVERIFY(at160->fluence(159) > 0);
    QCOMPARE(at160->fluence(160), 0.0);
    // The joint between scaled bins and the Kramers continuum does not jump.
    const int joint = TubeSpectrum::ExtensionJointKeV;
    QVERIFY(std::abs(at160->fluence(joint + 1) / at160->fluence(joint) - 1) < 0.05);
    QVERIFY(at160->meanKeV() > at140->meanKeV() + 3);
}

void TestSceneProjector::emptySceneIsWhite()
{
    const ScanView view = SceneProjector(*m_table).project(16, 8, {}, noiseless());
    QCOMPARE(view.kind, ViewKind::DualEnergy);
    QCOMPARE(view.channels.size(), size_t(2));
    for (const Image16 &channel : view.channels)
        QCOMPARE(channel, Image16(16, 8, 65535));
}

void TestSceneProjector::binsMatchExactModel_data()
{
    QTest::addColumn<QString>("material");
    QTest::addColumn<double>("thicknessCm");
    for (const auto &[material, cm] : QList<std::pair<const char *, double>>{{"polyethylene", 10},
                                                                             {"sucrose", 5},
                                                                             {"aluminium", 2},
                                                                             {"steel_304", 0.3},
                                                                             {"copper", 0.5},
                                                                             {"tin", 0.1},
                                                                             {"tungsten", 0.02},
                                                                             {"lead", 0.05}})
        QTest::addRow("%s %g cm", material, cm) << QString::fromLatin1(material) << cm;
}

void TestSceneProjector::binsMatchExactModel()
{
    // The projector merges keV into bins for speed; they must agree with the 1-keV sum.
    QFETCH(QString, material);
    QFETCH(double, thicknessCm);
    const auto images = SceneProjector(*m_table).transmissions(4, 4, {slab(material, thicknessCm)}, noiseless());
    const auto detector = DualEnergyDetector::create(*m_table, noiseless());
    QVERIFY(detector);
    for (int channel : {0, 1}) {
        const double exact = std::log(detector->transmission(channel, {{material, 0, thicknessCm}}));
        const double binned = std::log(double(images[size_t(channel)][5]));
        QVERIFY2(std::abs(binned / exact - 1) < 0.01, qPrintable(QStringLiteral("%1 vs %2").arg(binned).arg(exact)));
    }
}

void TestSceneProjector::sameSeedSameBytes()
{
    const QList<SceneObject> scene{
        slab(QStringLiteral("aluminium"), 1, QRectF(10, 10, 200, 150)),
        {SceneObject::Shape::Ellipse, QRectF(40, 60, 120, 80), {}, QStringLiteral("water"), 0, 5}};
    const SceneProjector projector(*m_table);
    DetectorSettings settings;
    settings.seed = 42;
    QCOMPARE(projector.project(256, 200, scene, settings), projector.project(256, 200, scene, settings));
}

void TestSceneProjector::otherSeedOtherNoise()
{
    const SceneProjector projector(*m_table);
    const QList<SceneObject> scene{slab(QStringLiteral("aluminium"), 1)};
    const ScanView a = projector.project(64, 64, scene, DetectorSettings{20000, true, 1});
    const ScanView b = projector.project(64, 64, scene, DetectorSettings{20000, true, 2});
    QVERIFY(a.channels != b.channels);
    // Same physics underneath: the means agree to well within the noise.
    const QRect all(0, 0, 64, 64);
    QVERIFY(std::abs(test::meanAttenuation(a.channels[1], all) - test::meanAttenuation(b.channels[1], all)) < 0.002);
}

void TestSceneProjector::noiseIsPoisson_data()
{
    QTest::addColumn<double>("photons");
    QTest::newRow("gaussian approximation, 2000 quanta") << 2000.0;
    QTest::newRow("exact Poisson, 8 quanta") << 8.0;
}

void TestSceneProjector::noiseIsPoisson()
{
    // Without blur each pixel is counts / photons: the counts' variance must equal their mean. The
    // rest of the detector chain (scatter, dark noise, ...) is off: at 8 quanta it would dominate.
    QFETCH(double, photons);
    DetectorSettings settings;
    settings.incidentPhotons = photons;
    settings.blurSigmaPx = 0;
    settings.chain = {.scatterFraction = 0,
                      .afterglowFraction = 0,
                      .gainResidue = 0,
                      .offsetResidueQuanta = 0,
                      .deadElementRate = 0,
                      .electronicNoiseQuanta = 0};
    const ScanView view = SceneProjector(*m_table).project(
        128, 128, {slab(QStringLiteral("water"), 5, QRectF(0, 0, 128, 128))}, settings);
    const auto exact = SceneProjector(*m_table).transmissions(
        1, 1, {slab(QStringLiteral("water"), 5, QRectF(0, 0, 1, 1))}, settings);
    for (int channel : {0, 1}) {
        double sum = 0, squares = 0;
        for (quint16 value : view.channels[size_t(channel)].pixels) {
            const double counts = value / 65535.0 * photons;
            sum += counts;
            squares += counts * counts;
        }
        const double n = double(view.channels[0].pixels.size());
        const double mean = sum / n;
        const double variance = squares / n - mean * mean;
        QVERIFY2(std::abs(mean / (photons * double(exact[size_t(channel)][0])) - 1) < 0.03,
                 qPrintable(QString::number(mean)));
        QVERIFY2(std::abs(variance / mean - 1) < 0.1, qPrintable(QString::number(variance / mean)));
    }
}

void TestSceneProjector::blurSpreadsEdges()
{
    DetectorSettings settings = noiseless();
    const QList<SceneObject> scene{slab(QStringLiteral("steel_304"), 0.5, QRectF(32, 0, 32, 16))};
    const ScanView sharp = SceneProjector(*m_table).project(64, 16, scene, settings);
    settings.blurSigmaPx = 2;
    const ScanView blurred = SceneProjector(*m_table).project(64, 16, scene, settings);
    QCOMPARE(sharp.channels[1].at(31, 8), quint16(65535));
    QVERIFY(blurred.channels[1].at(31, 8) < 60000);
    QVERIFY(blurred.channels[1].at(32, 8) > sharp.channels[1].at(32, 8));
    QCOMPARE(blurred.channels[1].at(50, 8), sharp.channels[1].at(50, 8)); // far from the edge
}

void TestSceneProjector::overlapHardensTheBeam()
{
    // Polychromatic physics, not a product of separate transmissions: steel behind aluminium
    // attenuates the already hardened beam less than it would alone.
    const auto images
        = SceneProjector(*m_table).transmissions(3, 1,
                                                 {slab(QStringLiteral("aluminium"), 1.5, QRectF(0, 0, 2, 1)),
                                                  slab(QStringLiteral("steel_304"), 0.3, QRectF(1, 0, 2, 1))},
                                                 noiseless());
    const double aluminium = -std::log(double(images[0][0]));
    const double both = -std::log(double(images[0][1]));
    const double steel = -std::log(double(images[0][2]));
    QVERIFY(both < aluminium + steel - 0.05);
    QVERIFY(both > std::max(aluminium, steel));
}

QTEST_APPLESS_MAIN(TestSceneProjector)
#include "tst_sceneprojector.moc"
