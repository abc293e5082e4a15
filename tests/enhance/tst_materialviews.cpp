// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/DefaultMaterialBands.h"
#include "enhance/EnhancementPipeline.h"
#include "enhance/HueClasses.h"
#include "enhance/MaterialBandTable.h"
#include "enhance/MaterialPalette.h"
#include "scenes/DemoSets.h"
#include "scenes/StarterSet.h"
#include "synth/DualEnergyDetector.h"
#include "synth/StepWedge.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace pen;

namespace {

// Whether a rendered material-view pixel's class cannot be read off its colour. Too dark: the
// material view follows the attenuation down to black, as a scanner's does, and impenetrable is
// black too. Too pale: thin matter is a faint tint. Near a class boundary: the hue runs on
// continuously from one class to the next, so olive and cyan belong to neither for certain.
bool ambiguous(QRgb pixel)
{
    const QColor colour = QColor::fromRgb(pixel);
    const int high = std::max({qRed(pixel), qGreen(pixel), qBlue(pixel)});
    const int chroma = high - std::min({qRed(pixel), qGreen(pixel), qBlue(pixel)});
    const int hue = colour.hsvHue();
    const auto near = [&](int boundary) { return std::abs(hue - boundary) <= 10; };
    return high < 48 || chroma < HueClasses::MinChroma
        || (hue >= 0 && (near(HueClasses::MixedFromDeg) || near(HueClasses::InorganicFromDeg)));
}

MaterialClass shownClass(QRgb pixel)
{
    return HueClasses::classify(qRed(pixel), qGreen(pixel), qBlue(pixel));
}

QMap<MaterialClass, int> classesIn(const QImage &image, const QRect &area)
{
    QMap<MaterialClass, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (!ambiguous(image.pixel(x, y)))
                ++counts[shownClass(image.pixel(x, y))];
        }
    }
    return counts;
}

// The class each step-wedge material must show; none for lead, whose K edge lies in the high
// channel (docs/physics.md).
std::optional<MaterialClass> wedgeClass(const QString &material)
{
    if (material == u"polyethylene")
        return MaterialClass::Organic;
    if (material == u"aluminium")
        return MaterialClass::Mixed;
    if (material == u"steel_304")
        return MaterialClass::Inorganic;
    return std::nullopt;
}

// Pixels that show metal: an inorganic hue, or too dark for any hue (thick metal goes black).
int blueOrBlack(const QImage &image, const QRect &area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            count += std::max({qRed(pixel), qGreen(pixel), qBlue(pixel)}) < 48
                || (!ambiguous(pixel) && shownClass(pixel) == MaterialClass::Inorganic);
        }
    }
    return count;
}

QRect inner(const GroundTruthObject &object, int margin)
{
    return object.regions.first().bounds().toAlignedRect().adjusted(margin, margin, -margin, -margin);
}

} // namespace

class TestMaterialViews final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void bandTableFollowsTheBands();
    void stepWedgeClasses();
    void stepWedgeStripping();
    void starterSetThreats();
    void demoSetThreats();
    void hueFollowsTheEffectiveAtomicNumber_data();
    void hueFollowsTheEffectiveAtomicNumber();
    void darkensToBlack();
    void palettesDifferInMixedMatter();
    void overlapBlendsTheHues();

private:
    /// The colour the material view shows for a uniform ray through these layers (noise-free).
    QColor shown(const QList<MaterialLayer> &layers, DisplaySettings settings = {}) const;

    QImage render(const ScanView &view, DisplaySettings::Stripping stripping = DisplaySettings::Stripping::None) const;
    void checkStripping(const ScanView &view) const;

    std::optional<AttenuationTable> m_table;
    std::optional<MaterialBands> m_bands;
    std::optional<DualEnergyDetector> m_detector;
};

void TestMaterialViews::initTestCase()
{
    auto table = AttenuationTable::bundled();
    auto bands = defaultMaterialBands();
    QVERIFY(table && bands);
    m_table = *table;
    m_bands = *bands;
    auto detector = DualEnergyDetector::create(*m_table, DetectorSettings{});
    QVERIFY(detector);
    m_detector = *detector;
}

QColor TestMaterialViews::shown(const QList<MaterialLayer> &layers, DisplaySettings settings) const
{
    ScanView view;
    view.kind = ViewKind::DualEnergy;
    view.width = view.height = 8;
    for (int channel : {DualEnergyDetector::Low, DualEnergyDetector::High}) {
        const double t = m_detector->transmission(channel, layers);
        view.channels.emplace_back(8, 8, quint16(std::clamp(std::lround(t * 65535.0), 1L, 65535L)));
    }
    auto image = EnhancementPipeline::render(view, &*m_bands, settings);
    return image ? QColor::fromRgb(image->pixel(4, 4)) : QColor();
}

void TestMaterialViews::hueFollowsTheEffectiveAtomicNumber_data()
{
    QTest::addColumn<double>("aHighWanted");
    for (double a : {0.3, 1.0, 2.0})
        QTest::addRow("a_high %g", a) << a;
}

void TestMaterialViews::hueFollowsTheEffectiveAtomicNumber()
{
    // At equal high-energy attenuation, heavier matter turns the hue from orange through olive and
    // green and cyan to blue, one step at a time.
    QFETCH(double, aHighWanted);
    const QStringList materials{"polyethylene", "water", "cocaine_hcl", "glass_pyrex",
                                "aluminium",    "nacl",  "titanium",    "iron"};
    int previousHue = -1;
    QStringList seen;
    for (const QString &material : materials) {
        // grams per cm² for the wanted a_high, by bisection (a_high rises with thickness)
        double lo = 1e-3, hi = 200;
        for (int i = 0; i < 60; ++i) {
            const double mid = std::sqrt(lo * hi);
            const double a = -std::log(m_detector->transmission(DualEnergyDetector::High, {{material, 1.0, mid}}));
            (a < aHighWanted ? lo : hi) = mid;
        }
        const QColor colour = shown({{material, 1.0, lo}});
        const int hue = colour.hsvHue();
        seen << QStringLiteral("%1 %2").arg(material).arg(hue);
        QVERIFY2(hue > previousHue, qPrintable(seen.join(u", ")));
        previousHue = hue;
    }
    QVERIFY2(previousHue >= 200, qPrintable(seen.join(u", ")));
    qInfo().noquote() << seen.join(u", ");
}

void TestMaterialViews::darkensToBlack()
{
    // Brightness follows the attenuation all the way down: thin organics are a pale tint, a thick
    // book dark orange, thick steel near black, and matter that starves the detector black.
    const QColor thin = shown({{QStringLiteral("cellulose"), 1.0, 0.2}});
    const QColor book = shown({{QStringLiteral("cellulose"), 1.0, 8.0}});
    const QColor steel = shown({{QStringLiteral("iron"), 1.0, 8.0}});
    const QColor starved = shown({{QStringLiteral("iron"), 1.0, 30.0}});
    QVERIFY2(thin.valueF() > 0.9 && thin.hsvSaturationF() < 0.35, qPrintable(thin.name()));
    QVERIFY2(book.valueF() < thin.valueF() && book.hsvSaturationF() > 0.5, qPrintable(book.name()));
    QVERIFY2(steel.valueF() < 0.3, qPrintable(steel.name()));
    QCOMPARE(starved, QColor(0, 0, 0));
}

void TestMaterialViews::palettesDifferInMixedMatter()
{
    // Both palettes show aluminium green and steel blue; the olive one's green leans to yellow.
    const QList<MaterialLayer> aluminium{{QStringLiteral("aluminium"), 1.0, 2.0}};
    DisplaySettings olive;
    olive.palette = DisplaySettings::Palette::Olive;
    const int oliveHue = shown(aluminium, olive).hsvHue(), greenHue = shown(aluminium).hsvHue();
    QVERIFY2(oliveHue >= 85 && oliveHue <= 110 && greenHue >= 105 && greenHue <= 130 && greenHue > oliveHue + 8,
             qPrintable(QStringLiteral("%1 %2").arg(oliveHue).arg(greenHue)));
    const QList<MaterialLayer> steel{{QStringLiteral("iron"), 1.0, 1.0}};
    QVERIFY(std::abs(shown(steel).hsvHue() - shown(steel, olive).hsvHue()) <= 6);
}

void TestMaterialViews::overlapBlendsTheHues()
{
    // Organic matter over a metal plate shows a colour between the two alone, not either class's.
    const MaterialLayer book{QStringLiteral("cellulose"), 1.0, 4.0};
    const MaterialLayer plate{QStringLiteral("iron"), 1.0, 0.5};
    const int organic = shown({book}).hsvHue(), metal = shown({plate}).hsvHue(), both = shown({book, plate}).hsvHue();
    QVERIFY2(organic < both && both < metal, qPrintable(QStringLiteral("%1 %2 %3").arg(organic).arg(both).arg(metal)));
}

QImage TestMaterialViews::render(const ScanView &view, DisplaySettings::Stripping stripping) const
{
    DisplaySettings settings;
    settings.stripping = stripping;
    auto image = EnhancementPipeline::render(view, &*m_bands, settings);
    return image ? *image : QImage();
}

// Organic-only keeps exactly the organic (and impenetrable) pixels of the material view and turns
// the rest into background; inorganic-only the other way round. Checked where the colour tells
// the class; elsewhere each pixel is kept by at least one of the two.
void TestMaterialViews::checkStripping(const ScanView &view) const
{
    const QImage material = render(view);
    const QImage organicOnly = render(view, DisplaySettings::Stripping::OrganicOnly);
    const QImage inorganicOnly = render(view, DisplaySettings::Stripping::InorganicOnly);
    const QRgb background = qRgb(255, 255, 255);
    for (int y = 0; y < material.height(); ++y) {
        for (int x = 0; x < material.width(); ++x) {
            const QRgb shown = material.pixel(x, y);
            if (ambiguous(shown)) {
                // Its class cannot be read off the colour: each view shows it or strips it, and
                // at least one of the two keeps it.
                const QRgb organic = organicOnly.pixel(x, y), inorganic = inorganicOnly.pixel(x, y);
                QVERIFY(organic == shown || organic == background);
                QVERIFY(inorganic == shown || inorganic == background);
                QVERIFY(organic == shown || inorganic == shown);
                continue;
            }
            switch (shownClass(shown)) {
            case MaterialClass::Organic:
                QCOMPARE(organicOnly.pixel(x, y), shown);
                QCOMPARE(inorganicOnly.pixel(x, y), background);
                break;
            case MaterialClass::Mixed:
            case MaterialClass::Inorganic:
                QCOMPARE(organicOnly.pixel(x, y), background);
                QCOMPARE(inorganicOnly.pixel(x, y), shown);
                break;
            case MaterialClass::Impenetrable:
            case MaterialClass::Background:
                QCOMPARE(organicOnly.pixel(x, y), shown);
                QCOMPARE(inorganicOnly.pixel(x, y), shown);
                break;
            }
        }
    }
}

void TestMaterialViews::bandTableFollowsTheBands()
{
    const MaterialBandTable table(*m_bands);
    for (double aHigh = 0.02; aHigh < 4.6; aHigh += 0.013) {
        QVERIFY(std::abs(table.organicMaxRatio(float(aHigh)) - m_bands->organicMaxRatio(aHigh)) < 2e-3);
        QVERIFY(std::abs(table.mixedMaxRatio(float(aHigh)) - m_bands->mixedMaxRatio(aHigh)) < 2e-3);
        for (double ratio : {1.2, 1.5, 2.0, 2.6, 3.5}) {
            const double margin = std::min(std::abs(ratio - m_bands->organicMaxRatio(aHigh)),
                                           std::abs(ratio - m_bands->mixedMaxRatio(aHigh)));
            if (margin > 5e-3)
                QCOMPARE(table.classify(float(ratio * aHigh), float(aHigh)), m_bands->classify(ratio * aHigh, aHigh));
        }
    }
    QCOMPARE(table.classify(0.01f, 0.01f), MaterialClass::Background);
    QCOMPARE(table.classify(9.0f, 5.0f), MaterialClass::Impenetrable);
}

void TestMaterialViews::stepWedgeClasses()
{
    const Scan wedge = StepWedge::scan(*m_table);
    const QImage image = render(wedge.views.first());
    int checked = 0;
    for (const GroundTruthObject &step : wedge.truth) {
        const std::optional<MaterialClass> expected = wedgeClass(step.material);
        if (!expected)
            continue;
        const QRect area = inner(step, 2);
        const int right = classesIn(image, area).value(*expected);
        QVERIFY2(
            right >= area.width() * area.height() * 99 / 100,
            qPrintable(
                QStringLiteral("%1: %2 of %3 pixels").arg(step.note).arg(right).arg(area.width() * area.height())));
        ++checked;
    }
    QCOMPARE(checked, 12);
    QCOMPARE(image.pixel(2, 2), qRgb(255, 255, 255));
}

void TestMaterialViews::stepWedgeStripping()
{
    const Scan wedge = StepWedge::scan(*m_table);
    checkStripping(wedge.views.first());
    const QImage organicOnly = render(wedge.views.first(), DisplaySettings::Stripping::OrganicOnly);
    const QImage inorganicOnly = render(wedge.views.first(), DisplaySettings::Stripping::InorganicOnly);
    // Each step is kept whole by one view and turned whole into background by the other.
    const auto whitePixels = [](const QImage &image, const QRect &area) {
        int white = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                white += image.pixel(x, y) == qRgb(255, 255, 255);
        return white;
    };
    for (const GroundTruthObject &step : wedge.truth) {
        const QRect area = inner(step, 2);
        const int pixels = area.width() * area.height();
        const std::optional<MaterialClass> expected = wedgeClass(step.material);
        if (!expected)
            continue;
        const bool organic = expected == MaterialClass::Organic;
        QCOMPARE(whitePixels(organicOnly, area), organic ? 0 : pixels);
        QCOMPARE(whitePixels(inorganicOnly, area), organic ? pixels : 0);
    }
}

void TestMaterialViews::starterSetThreats()
{
    const QList<Scan> scans = StarterSet::scans(*m_table);
    const ScanView &parcel = scans[0].views.first();
    const QImage cocaine = render(parcel);
    const QRect brick = inner(scans[0].truth.first(), 4);
    const QMap<MaterialClass, int> classes = classesIn(cocaine, brick);
    QVERIFY2(classes.value(MaterialClass::Organic) >= brick.width() * brick.height() * 9 / 10,
             qPrintable(QString::number(classes.value(MaterialClass::Organic))));
    checkStripping(parcel);
    QCOMPARE(classesIn(render(parcel, DisplaySettings::Stripping::InorganicOnly), brick).value(MaterialClass::Organic),
             0);
    const ScanView &bag = scans[1].views.first();
    const QRect pistol = inner(scans[1].truth.first(), 0);
    QVERIFY2(blueOrBlack(render(bag), pistol) > 200, qPrintable(QString::number(blueOrBlack(render(bag), pistol))));
    checkStripping(bag);
}

void TestMaterialViews::demoSetThreats()
{
    // The practice set's open cocaine parcel and open pistol bag (DemoSets plans 0 and 2). In a
    // packed parcel other goods share the brick's rays, so its colour is checked on the brick
    // alone, as the feedback shows it beside the scan.
    const QList<ScenePlan> plans = DemoSets::plans(QStringLiteral("practice"), 1);
    const DemoSets::ScanAndTargets made = DemoSets::scanAndTargets(plans[0], 1, 0, *m_table);
    QCOMPARE(made.targetsAlone.size(), 1);
    const Scan &parcel = made.targetsAlone.first();
    const GroundTruthObject &cocaine = parcel.truth.first();
    QCOMPARE(cocaine.category, QStringLiteral("narcotics"));
    const QRect brick = inner(cocaine, 3);
    const QImage image = render(parcel.views.first());
    // A brick is a pale tint in places: wherever it shows a hue, the hue is organic.
    const QMap<MaterialClass, int> shown = classesIn(image, brick);
    int coloured = 0;
    for (int count : shown)
        coloured += count;
    QVERIFY2(coloured >= brick.width() * brick.height() / 3
                 && shown.value(MaterialClass::Organic) >= coloured * 95 / 100,
             qPrintable(QStringLiteral("%1 of %2 coloured, %3 organic")
                            .arg(coloured)
                            .arg(brick.width() * brick.height())
                            .arg(shown.value(MaterialClass::Organic))));
    checkStripping(parcel.views.first());
    const Scan bag = DemoSets::scan(plans[2], 1, 2, *m_table);
    QVERIFY(blueOrBlack(render(bag.views.first()), inner(bag.truth.first(), 0)) > 100);
}

QTEST_GUILESS_MAIN(TestMaterialViews)
#include "tst_materialviews.moc"
