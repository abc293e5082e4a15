// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/DefaultMaterialBands.h"
#include "enhance/EnhancementPipeline.h"
#include "enhance/HueClasses.h"
#include "enhance/MaterialBandTable.h"
#include "enhance/MaterialPalette.h"
#include "scenes/DemoSets.h"
#include "synth/StarterSet.h"
#include "synth/StepWedge.h"

#include <QTest>

#include <algorithm>

using namespace pen;

namespace {

// The class that a rendered material-view pixel shows: the impenetrable colour, a class hue, or
// Background for grey (nothing on the ray, or stripped).
// Too dark to carry a hue: the material view follows the attenuation down to black, as a
// scanner's does, so dense matter's colour fades to a dark grey that HueClasses reads as grey.
// (Background is white: grey but bright.)
bool hueless(QRgb pixel)
{
    const int high = std::max({qRed(pixel), qGreen(pixel), qBlue(pixel)});
    const int chroma = high - std::min({qRed(pixel), qGreen(pixel), qBlue(pixel)});
    return high < 48 || (chroma < HueClasses::MinChroma && high < 128);
}

MaterialClass shownClass(QRgb pixel)
{
    if (QColor::fromRgb(pixel) == MaterialPalette::colour(MaterialClass::Impenetrable))
        return MaterialClass::Impenetrable;
    return HueClasses::classify(qRed(pixel), qGreen(pixel), qBlue(pixel));
}

QMap<MaterialClass, int> classesIn(const QImage &image, const QRect &area)
{
    QMap<MaterialClass, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (!hueless(image.pixel(x, y)))
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

private:
    QImage render(const ScanView &view, DisplaySettings::Stripping stripping = DisplaySettings::Stripping::None) const;
    void checkStripping(const ScanView &view) const;

    std::optional<AttenuationTable> m_table;
    std::optional<MaterialBands> m_bands;
};

void TestMaterialViews::initTestCase()
{
    auto table = AttenuationTable::bundled();
    auto bands = defaultMaterialBands();
    QVERIFY(table && bands);
    m_table = *table;
    m_bands = *bands;
}

QImage TestMaterialViews::render(const ScanView &view, DisplaySettings::Stripping stripping) const
{
    DisplaySettings settings;
    settings.stripping = stripping;
    auto image = EnhancementPipeline::render(view, &*m_bands, settings);
    return image ? *image : QImage();
}

// Organic-only keeps exactly the organic (and impenetrable) pixels of the material view and turns
// the rest into background; inorganic-only the other way round.
void TestMaterialViews::checkStripping(const ScanView &view) const
{
    const QImage material = render(view);
    const QImage organicOnly = render(view, DisplaySettings::Stripping::OrganicOnly);
    const QImage inorganicOnly = render(view, DisplaySettings::Stripping::InorganicOnly);
    const QRgb background = qRgb(255, 255, 255);
    for (int y = 0; y < material.height(); ++y) {
        for (int x = 0; x < material.width(); ++x) {
            const QRgb shown = material.pixel(x, y);
            if (hueless(shown) && QColor::fromRgb(shown) != MaterialPalette::colour(MaterialClass::Impenetrable)) {
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
        QVERIFY2(right >= area.width() * area.height() * 99 / 100,
                 qPrintable(QStringLiteral("%1: %2 of %3 pixels").arg(step.note).arg(right).arg(area.width() * area.height())));
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
    for (const GroundTruthObject &step : wedge.truth) {
        const QRect area = inner(step, 2);
        const int organicLeft = classesIn(organicOnly, area).value(MaterialClass::Organic);
        const int backgroundLeft = classesIn(inorganicOnly, area).value(MaterialClass::Background);
        const int pixels = area.width() * area.height();
        const std::optional<MaterialClass> expected = wedgeClass(step.material);
        if (expected == MaterialClass::Organic) {
            QCOMPARE(organicLeft, pixels);
            QCOMPARE(backgroundLeft, pixels);
        } else if (expected) {
            QCOMPARE(organicLeft, 0);
            QCOMPARE(backgroundLeft, 0);
        }
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
    QCOMPARE(classesIn(render(parcel, DisplaySettings::Stripping::InorganicOnly), brick).value(MaterialClass::Organic), 0);
    const ScanView &bag = scans[1].views.first();
    const QRect pistol = inner(scans[1].truth.first(), 0);
    const QMap<MaterialClass, int> metal = classesIn(render(bag), pistol);
    QVERIFY2(metal.value(MaterialClass::Inorganic) + metal.value(MaterialClass::Impenetrable) > 200,
             qPrintable(QString::number(metal.value(MaterialClass::Inorganic))));
    checkStripping(bag);
}

void TestMaterialViews::demoSetThreats()
{
    // The practice set's open cocaine parcel and open pistol bag (DemoSets plans 0 and 2).
    const QList<ScenePlan> plans = DemoSets::plans(QStringLiteral("practice"), 1);
    const Scan parcel = DemoSets::scan(plans[0], 1, 0, *m_table);
    const GroundTruthObject &cocaine = parcel.truth.first();
    QCOMPARE(cocaine.category, QStringLiteral("narcotics"));
    const QRect brick = inner(cocaine, 3);
    const QImage image = render(parcel.views.first());
    QVERIFY(classesIn(image, brick).value(MaterialClass::Organic) >= brick.width() * brick.height() * 8 / 10);
    checkStripping(parcel.views.first());
    const Scan bag = DemoSets::scan(plans[2], 1, 2, *m_table);
    const QMap<MaterialClass, int> metal = classesIn(render(bag.views.first()), inner(bag.truth.first(), 0));
    QVERIFY(metal.value(MaterialClass::Inorganic) + metal.value(MaterialClass::Impenetrable) > 100);
}

QTEST_GUILESS_MAIN(TestMaterialViews)
#include "tst_materialviews.moc"
