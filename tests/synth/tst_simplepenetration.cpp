// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// ASTM F792-style simple penetration: how much steel a thin copper wire stays visible behind, at
// the default dose and the default detector chain. Vendors state 25–30 mm for baggage scanners.
#include "synth/SceneProjector.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace pen;

namespace {

constexpr double PixelMm = 0.8;  ///< the luggage scenes' pitch
constexpr double WireMm = 0.511; ///< 24 AWG
constexpr int Width = 160;
constexpr int Height = 200;
constexpr QRect Plate(20, 0, 120, Height);
constexpr int WireX = 80;
constexpr int WireTop = 50;
constexpr int WireRows = 100;  ///< 80 mm of wire along the scan direction
constexpr int NeighbourPx = 3; ///< beyond the rear layer's light spread
constexpr double Rose = 5;     ///< Rose's criterion: visible at five standard errors

// A pixel integrates the signal over its width; for a faint wire that is the wire's mean chord
// over the pixel it lies in, its cross-section π d²/4 spread over the pitch.
double wireChordCm()
{
    return std::numbers::pi * WireMm * WireMm / (4 * PixelMm) / 10;
}

QList<SceneObject> testPiece(double steelMm, bool withWire = true)
{
    QList<SceneObject> scene{
        {SceneObject::Shape::Box, QRectF(Plate), {}, QStringLiteral("steel_304"), 0, steelMm / 10}};
    if (withWire)
        scene.append({SceneObject::Shape::Box,
                      QRectF(WireX, WireTop, 1, WireRows),
                      {},
                      QStringLiteral("copper"),
                      0,
                      wireChordCm()});
    return scene;
}

// Over the wire's rows: the mean of column x minus the mean of its neighbours NeighbourPx away,
// which takes out the plate's slow scatter gradient.
double columnContrast(const Image16 &image, int x)
{
    double sum = 0;
    for (int y = WireTop; y < WireTop + WireRows; ++y)
        sum += image.at(x, y) - 0.5 * (image.at(x - NeighbourPx, y) + image.at(x + NeighbourPx, y));
    return sum / WireRows;
}

// How many standard errors the wire column's contrast lies below that of the wire-free columns of
// the plate. The standard error is measured as the spread of the same measure over those columns,
// so it holds everything an observer looks through: quantum and electronic noise, their
// correlation by light spread and afterglow, and the column streaks of the calibration residue.
double detectability(const Image16 &image)
{
    std::vector<double> reference;
    for (int x = Plate.left() + 10; x < Plate.right() - 10; ++x) {
        if (std::abs(x - WireX) > 2 * NeighbourPx)
            reference.push_back(columnContrast(image, x));
    }
    double mean = 0, squares = 0;
    for (double c : reference)
        mean += c / double(reference.size());
    for (double c : reference)
        squares += (c - mean) * (c - mean);
    const double standardError = std::sqrt(squares / double(reference.size() - 1));
    return (mean - columnContrast(image, WireX)) / standardError;
}

} // namespace

class TestSimplePenetration final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void measureFindsTheWireOnlyWhereItIs();
    void penetrationAtTheDefaultDose();
    void penetrationAtTwentyTimesTheDose();
    void penetrationAt160kV();

private:
    std::optional<AttenuationTable> m_table;

    double detectabilityBehind(double steelMm, const DetectorSettings &settings, bool withWire = true) const;
    double penetration(const DetectorSettings &settings) const;
};

void TestSimplePenetration::initTestCase()
{
    auto table = AttenuationTable::bundled();
    QVERIFY2(table, table ? "" : qPrintable(table.error().message));
    m_table = *table;
}

double TestSimplePenetration::detectabilityBehind(double steelMm, const DetectorSettings &settings, bool withWire) const
{
    const ScanView view = SceneProjector(*m_table).project(Width, Height, testPiece(steelMm, withWire), settings);
    return detectability(view.channels[1]); // the high channel penetrates furthest
}

// The thickest steel behind which the wire is seen, thinner steps all seen too; prints the curve.
double TestSimplePenetration::penetration(const DetectorSettings &settings) const
{
    const SceneProjector projector(*m_table);
    double figure = 0;
    bool visible = true;
    for (double mm : {10.0, 15.0, 17.5, 20.0, 22.5, 25.0, 27.5, 30.0, 32.5, 35.0, 40.0, 45.0}) {
        const double d = detectabilityBehind(mm, settings);
        const SceneObject plate{
            SceneObject::Shape::Box, QRectF(0, 0, 1, 1), {}, QStringLiteral("steel_304"), 0, mm / 10};
        const double quanta = projector.transmissions(1, 1, {plate}, settings)[1][0] * settings.incidentPhotons;
        qInfo("steel %4.1f mm: %8.1f quanta per pixel behind it, wire detectability %5.1f", mm, quanta, d);
        visible = visible && d >= Rose;
        if (visible)
            figure = mm;
    }
    qInfo("%.0f quanta per pixel: the wire is visible up to %.1f mm of steel", settings.incidentPhotons, figure);
    return figure;
}

void TestSimplePenetration::measureFindsTheWireOnlyWhereItIs()
{
    // It must not see a wire that is not there, nor miss one in plain sight.
    QVERIFY(std::abs(detectabilityBehind(10, {}, false)) < 3);
    QVERIFY(std::abs(detectabilityBehind(25, {}, false)) < 3);
    QVERIFY(detectabilityBehind(5, {}) > 2 * Rose);
}

void TestSimplePenetration::penetrationAtTheDefaultDose()
{
    // Vendors state 25–30 mm; the default dose reaches 15–20 mm. It leaves about 20 quanta behind
    // 25 mm of steel at the default 140 kV, TASMIP's highest voltage (docs/physics.md, "The detector
    // chain"; 160 kV below). This asserts the model's figure as it is, so that a change of spectrum
    // or dose that moves it shows here and this test is updated with it.
    const double figure = penetration({});
    QVERIFY2(figure >= 15 && figure <= 20, qPrintable(QString::number(figure)));
    QVERIFY(detectabilityBehind(25, {}) < Rose);
}

void TestSimplePenetration::penetrationAtTwentyTimesTheDose()
{
    // With twenty times the quanta the model lands where vendors' figures are, and no further.
    DetectorSettings settings;
    settings.incidentPhotons *= 20;
    const double figure = penetration(settings);
    QVERIFY2(figure >= 22 && figure <= 32, qPrintable(QString::number(figure)));
    QVERIFY(detectabilityBehind(40, settings) < Rose);
}

void TestSimplePenetration::penetrationAt160kV()
{
    // Real scanners run at 160 kV (TubeSpectrum carries TASMIP on by Kramers' law). At the default
    // dose 2.5 times as many quanta are left behind 25 mm of steel as at 140 kV, 56, but the harder
    // photons see less of the copper: the wire gains a little detectability there and none at the
    // figure. Ten times the dose (twenty at 140 kV) reaches the vendors' range (docs/physics.md,
    // "The detector chain").
    DetectorSettings settings;
    settings.tubeKVp = 160;
    const double figure = penetration(settings);
    QVERIFY2(figure >= 15 && figure <= 20, qPrintable(QString::number(figure)));
    QVERIFY(detectabilityBehind(25, settings) < Rose);
    settings.incidentPhotons *= 10;
    const double tenfold = penetration(settings);
    QVERIFY2(tenfold >= 25 && tenfold <= 30, qPrintable(QString::number(tenfold)));
    QVERIFY(detectabilityBehind(40, settings) < Rose);
}

QTEST_APPLESS_MAIN(TestSimplePenetration)
#include "tst_simplepenetration.moc"
