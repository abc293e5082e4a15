// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/AttenuationLut.h"
#include "enhance/DefaultMaterialBands.h"
#include "enhance/DefaultMevClasses.h"
#include "enhance/EnhancementPipeline.h"
#include "enhance/PreparedView.h"
#include "enhance/ViewModes.h"

#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(pen::DisplaySettings)

using namespace pen;

namespace {

using S = DisplaySettings;

// Blocks of organic, mixed and metal goods of varying thickness, with impenetrable ones, on an
// empty border, and a little pixel noise: every class, hue and edge of the pipeline occurs.
ScanView goodsView(int width, int height, int seed, ViewKind kind = ViewKind::DualEnergy)
{
    ScanView view;
    view.kind = kind;
    view.width = width;
    view.height = height;
    view.channels = {Image16(width, height), Image16(width, height)};
    constexpr double Ratios[3] = {1.2, 1.6, 2.4};
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            double aHigh = 0, ratio = 1;
            if (x > width / 20 && x < width - width / 20 && y > height / 10 && y < height - height / 10) {
                const int block = (x / 23 + seed) * 31 + (y / 19) * 17;
                aHigh = 0.1 + (block % 50) * 0.12;
                ratio = Ratios[block % 3];
            }
            const double noise = 1.0 + ((quint32(x * 2654435761u) ^ quint32(y * 40503u + seed)) % 200) * 1e-4;
            view.channels[0].at(x, y)
                = quint16(std::clamp(std::lround(65535.0 * std::exp(-aHigh * ratio) / noise), 0L, 65535L));
            view.channels[1].at(x, y)
                = quint16(std::clamp(std::lround(65535.0 * std::exp(-aHigh) / noise), 0L, 65535L));
        }
    }
    if (kind == ViewKind::SingleEnergy)
        view.channels.erase(view.channels.begin());
    return view;
}

// goodsView's blocks as a MeV portal sees them: R of the four MeV reference materials.
ScanView megavoltGoodsView(int width, int height, int seed)
{
    ScanView view = goodsView(width, height, seed);
    view.peakKv = 6000;
    const MevMaterialClasses &classes = *defaultMevClasses();
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const double aHigh = -std::log(std::max(1.0, double(view.channels[1].at(x, y))) / 65535.0);
            const int block = (x / 23 + seed) * 31 + (y / 19) * 17;
            const double ratio = classes.referenceRatio(block % MevMaterialClasses::ReferenceCount, aHigh);
            view.channels[0].at(x, y)
                = quint16(std::clamp(std::lround(65535.0 * std::exp(-aHigh * ratio)), 0L, 65535L));
        }
    }
    return view;
}

// The console's modes, each also with the display-only controls moved, the palette changed, the
// density highlight and the other stripping, and with edge and local contrast toggled.
QList<std::pair<QByteArray, S>> settingsRows()
{
    QList<std::pair<QByteArray, S>> rows;
    for (const ViewMode &mode : ViewModes::all()) {
        S plain;
        mode.apply(plain);
        rows.append({mode.name, plain});
        S display = plain;
        display.brightness = 0.2;
        display.contrast = 1.7;
        display.gamma = 1.8;
        display.negative = !plain.negative;
        display.palette = S::Palette::Olive;
        rows.append({QByteArray(mode.name) + "+display", display});
        S density = plain;
        density.densityHighlight = true;
        density.densityMin = 0.5;
        density.densityMax = 1.7;
        density.stripping = S::Stripping::InorganicOnly;
        rows.append({QByteArray(mode.name) + "+density", density});
        S enhanced = plain;
        enhanced.edgeEnhancement = plain.edgeEnhancement > 0 ? 0 : 1.5;
        enhanced.localContrast = !plain.localContrast;
        enhanced.localContrastClip = 4;
        rows.append({QByteArray(mode.name) + "+enhanced", enhanced});
    }
    return rows;
}

QImage reference(const ScanView &view, const MaterialBands *bands, const S &settings)
{
    auto image = EnhancementPipeline::render(view, bands, settings);
    return image ? *image : QImage();
}

} // namespace

class TestPreparedView final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesTheRowByRowPipeline_data();
    void matchesTheRowByRowPipeline();
    void largePicturesMatchToo();
    void settingsChangesReuseThePlanes();
    void anotherScanDropsThePlanes();
    void attenuationFallsAsTheRawValueRises();

private:
    MaterialBands m_bands;
    ScanView m_dual;
    ScanView m_single;
    ScanView m_megavolt;
    // Kept over all rows of matchesTheRowByRowPipeline: each row is a settings change.
    std::unique_ptr<PreparedView> m_preparedDual;
    std::unique_ptr<PreparedView> m_preparedSingle;
    std::unique_ptr<PreparedView> m_preparedMegavolt;
};

void TestPreparedView::initTestCase()
{
    auto bands = defaultMaterialBands();
    QVERIFY(bands);
    m_bands = *bands;
    m_dual = goodsView(203, 157, 0);
    m_single = goodsView(171, 133, 3, ViewKind::SingleEnergy);
    m_preparedDual = std::make_unique<PreparedView>(m_dual, &m_bands);
    m_preparedSingle = std::make_unique<PreparedView>(m_single, nullptr);
    QVERIFY(defaultMevClasses());
    m_megavolt = megavoltGoodsView(187, 149, 1);
    m_preparedMegavolt = std::make_unique<PreparedView>(m_megavolt, &m_bands);
}

void TestPreparedView::matchesTheRowByRowPipeline_data()
{
    QTest::addColumn<DisplaySettings>("settings");
    for (const auto &[name, settings] : settingsRows())
        QTest::newRow(name.constData()) << settings;
}

void TestPreparedView::matchesTheRowByRowPipeline()
{
    QFETCH(DisplaySettings, settings);
    QImage dual, single;
    QVERIFY(m_preparedDual->renderInto(settings, dual));
    QVERIFY(m_preparedSingle->renderInto(settings, single));
    QCOMPARE(dual, reference(m_dual, &m_bands, settings));
    QCOMPARE(single, reference(m_single, nullptr, settings));
    QImage megavolt;
    QVERIFY(m_preparedMegavolt->renderInto(settings, megavolt));
    QCOMPARE(megavolt, reference(m_megavolt, &m_bands, settings));
    // Without bands a dual-energy view shows grey and unstripped, from planes as well.
    PreparedView withoutBands(m_dual, nullptr);
    QImage grey;
    QVERIFY(withoutBands.renderInto(settings, grey));
    QCOMPARE(grey, reference(m_dual, nullptr, settings));
}

// Pictures past the caches are written with streaming stores.
void TestPreparedView::largePicturesMatchToo()
{
    const ScanView view = goodsView(2100, 2060, 5);
    PreparedView prepared(view, &m_bands);
    const QList<S> settings{
        S{},
        S{.colouring = S::Colouring::Grey},
        S{.stripping = S::Stripping::OrganicOnly, .gamma = 1.8, .edgeEnhancement = 2},
        S{.negative = true, .localContrast = true, .densityHighlight = true},
    };
    QImage image;
    for (const S &s : settings) {
        QVERIFY(prepared.renderInto(s, image));
        QCOMPARE(image, reference(view, &m_bands, s));
    }
}

void TestPreparedView::settingsChangesReuseThePlanes()
{
    PreparedView prepared(m_dual, &m_bands);
    QCOMPARE(prepared.preparations(), 0);
    QImage image;
    QVERIFY(prepared.renderInto(S{}, image));
    const int planes = prepared.preparations();
    QCOMPARE(planes, 2); // the fused signal and the material codes
    for (const S &s :
         {S{.brightness = 0.3}, S{.contrast = 2, .gamma = 0.6}, S{.negative = true}, S{.colouring = S::Colouring::Grey},
          S{.stripping = S::Stripping::OrganicOnly}, S{.palette = S::Palette::Olive, .densityHighlight = true}}) {
        QVERIFY(prepared.renderInto(s, image));
        QCOMPARE(prepared.preparations(), planes);
        QCOMPARE(image, reference(m_dual, &m_bands, s));
    }
    QVERIFY(prepared.renderInto(S{.edgeEnhancement = 2}, image));
    QCOMPARE(prepared.preparations(), planes + 1); // the edge detail
    QVERIFY(prepared.renderInto(S{.brightness = -0.2, .edgeEnhancement = 3}, image));
    QCOMPARE(prepared.preparations(), planes + 1);
    QVERIFY(prepared.renderInto(S{.localContrast = true}, image));
    QCOMPARE(prepared.preparations(), planes + 3); // tile histograms, equalised values
    QVERIFY(prepared.renderInto(S{.gamma = 2, .negative = true, .localContrast = true}, image));
    QCOMPARE(prepared.preparations(), planes + 3);
    // Another clip limit equalises anew from the same histograms.
    const S clipped{.localContrast = true, .localContrastClip = 5};
    QVERIFY(prepared.renderInto(clipped, image));
    QCOMPARE(prepared.preparations(), planes + 4);
    QCOMPARE(image, reference(m_dual, &m_bands, clipped));
    // prepare() computes ahead what a render then only reads.
    const S high{.channel = S::Channel::High, .edgeEnhancement = 1};
    QVERIFY(prepared.prepare(high));
    const int ahead = prepared.preparations();
    QCOMPARE(ahead, planes + 6); // the high channel's signal and edge detail
    QVERIFY(prepared.renderInto(high, image));
    QCOMPARE(prepared.preparations(), ahead);
    QCOMPARE(image, reference(m_dual, &m_bands, high));
}

void TestPreparedView::anotherScanDropsThePlanes()
{
    const ScanView other = goodsView(m_dual.width, m_dual.height, 7);
    PreparedView prepared(m_dual, &m_bands);
    const S settings{.stripping = S::Stripping::InorganicOnly, .edgeEnhancement = 1, .localContrast = true};
    QImage first, second;
    QVERIFY(prepared.renderInto(settings, first));
    QVERIFY(prepared.preparations() > 0);
    prepared.setView(other, &m_bands);
    QCOMPARE(prepared.preparations(), 0);
    QVERIFY(prepared.renderInto(settings, second));
    QVERIFY(prepared.preparations() > 0);
    QCOMPARE(second, reference(other, &m_bands, settings));
    QVERIFY(second != first);
    // The same object handed over again after its pixels changed is another scan, too.
    ScanView changed = m_dual;
    PreparedView again(changed, &m_bands);
    QVERIFY(again.renderInto(settings, first));
    changed.channels = other.channels;
    again.setView(changed, &m_bands);
    QVERIFY(again.renderInto(settings, first));
    QCOMPARE(first, second);
}

// PlaneShading finds the density band as one interval of raw values.
void TestPreparedView::attenuationFallsAsTheRawValueRises()
{
    const auto &lut = AttenuationLut::table();
    for (size_t v = 1; v < lut.size(); ++v)
        QVERIFY2(lut[v] <= lut[v - 1], qPrintable(QString::number(v)));
}

QTEST_APPLESS_MAIN(TestPreparedView)
#include "tst_preparedview.moc"
