// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TestScans.h"
#include "render/ScanRendering.h"
#include "scenes/StarterSet.h"
#include "synth/StepWedge.h"

#include <QTest>

using namespace pen;

namespace {

// The class whose console colour is nearest to a rendered pixel's hue.
MaterialClass classOfPixel(QRgb pixel)
{
    const QColor colour = QColor::fromRgb(pixel);
    if (colour.saturation() < 40)
        return colour.value() > 200 ? MaterialClass::Background : MaterialClass::Impenetrable;
    MaterialClass best = MaterialClass::Background;
    int bestDistance = 1000;
    for (MaterialClass c :
         {MaterialClass::Organic, MaterialClass::Mixed, MaterialClass::Inorganic, MaterialClass::Impenetrable}) {
        const int d = std::abs(ScanRendering::materialColour(c).hue() - colour.hue());
        const int distance = std::min(d, 360 - d);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = c;
        }
    }
    return best;
}

MaterialClass classAtCentre(const QImage &image, const QRectF &box)
{
    return classOfPixel(image.pixel(box.center().toPoint()));
}

} // namespace

class TestScanRendering final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void stepWedgeColours();
    void threatsColours();
    void greyWindowsTheChannel();
    void refusesWhatItCannotShow();

private:
    std::optional<AttenuationTable> m_table;
    std::optional<MaterialBands> m_bands;
};

void TestScanRendering::initTestCase()
{
    auto table = AttenuationTable::bundled();
    QVERIFY(table);
    m_table = *table;
    auto detector = DualEnergyDetector::create(*m_table, DetectorSettings{});
    QVERIFY(detector);
    m_bands = MaterialBands::calibrate(*detector);
}

void TestScanRendering::stepWedgeColours()
{
    const Scan wedge = StepWedge::scan(*m_table);
    auto image = ScanRendering::materialColour(wedge.views.first(), *m_bands);
    QVERIFY2(image, image ? "" : qPrintable(image.error().message));
    const QMap<QString, MaterialClass> expected{{QStringLiteral("polyethylene"), MaterialClass::Organic},
                                                {QStringLiteral("aluminium"), MaterialClass::Mixed},
                                                {QStringLiteral("steel_304"), MaterialClass::Inorganic}};
    int checked = 0;
    for (const GroundTruthObject &step : wedge.truth) {
        if (!expected.contains(step.material))
            continue; // lead: see docs/physics.md (its K edge lies in the high channel)
        QCOMPARE(classAtCentre(*image, step.regions.first().bounds()), expected.value(step.material));
        ++checked;
    }
    QVERIFY(checked >= 9);
    QCOMPARE(classOfPixel(image->pixel(0, 0)), MaterialClass::Background);
}

void TestScanRendering::threatsColours()
{
    // On the starter set, the cocaine brick shows organic and the pistol inorganic or impenetrable.
    const QList<Scan> scans = StarterSet::scans(*m_table);
    auto cocaine = ScanRendering::materialColour(scans[0].views.first(), *m_bands);
    QVERIFY(cocaine);
    QCOMPARE(classAtCentre(*cocaine, scans[0].truth.first().regions.first().bounds()), MaterialClass::Organic);
    auto bag = ScanRendering::materialColour(scans[1].views.first(), *m_bands);
    QVERIFY(bag);
    const QRectF pistol = scans[1].truth.first().regions.first().bounds();
    const MaterialClass barrel = classOfPixel(bag->pixel(QPointF(pistol.left() + 40, pistol.top() + 10).toPoint()));
    QVERIFY2(barrel == MaterialClass::Inorganic || barrel == MaterialClass::Impenetrable,
             qPrintable(QString::number(int(barrel))));
}

void TestScanRendering::greyWindowsTheChannel()
{
    const Scan scan = test::dualEnergyScan(QStringLiteral("g"), 16, 8);
    auto image = ScanRendering::grey(scan.views.first(), 1);
    QVERIFY(image);
    const Image16 &channel = scan.views.first().channels[1];
    const auto [low, high] = std::minmax_element(channel.pixels.begin(), channel.pixels.end());
    for (int y = 0; y < 8; ++y) {
        for (int x = 0; x < 16; ++x) {
            if (channel.at(x, y) == *low)
                QCOMPARE(qGray(image->pixel(x, y)), 0);
            if (channel.at(x, y) == *high)
                QCOMPARE(qGray(image->pixel(x, y)), 255);
        }
    }
}

void TestScanRendering::refusesWhatItCannotShow()
{
    const Scan single = test::dualViewSingleEnergyScan(QStringLiteral("s"));
    auto material = ScanRendering::materialColour(single.views.first(), *m_bands);
    QVERIFY(!material);
    QCOMPARE(material.error().code, ErrorCode::Unsupported);
    QVERIFY(!ScanRendering::grey(single.views.first(), 1));
    const Scan colour = test::colourScan(QStringLiteral("c"));
    auto image = ScanRendering::grey(colour.views.first(), 0);
    QVERIFY(image);
    const quint8 *rgb = colour.views.first().colour.pixel(3, 2);
    QCOMPARE(image->pixel(3, 2), qRgb(rgb[0], rgb[1], rgb[2]));
}

QTEST_GUILESS_MAIN(TestScanRendering)
#include "tst_scanrendering.moc"
