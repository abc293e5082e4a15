// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MevBlockScan.h"
#include "enhance/DefaultMaterialBands.h"
#include "enhance/DefaultMevClasses.h"
#include "enhance/EnhancementPipeline.h"
#include "enhance/MevClassTable.h"

#include <QTest>

#include <cmath>

using namespace pen;

namespace {

constexpr int StripeWidth = 10;

ScanView stripes(const QList<MaterialLayer> &blocks)
{
    return test::mevBlockView(blocks, StripeWidth, 8);
}

const QList<MaterialLayer> &blocks()
{
    static const QList<MaterialLayer> list{
        {"polyethylene", 0, 60}, {"aluminium", 0, 20}, {"iron", 0, 10}, {"lead", 0, 5},
        {"lead", 0, 0.5},        {"iron", 0, 60},      {"air", 0, 0}};
    return list;
}

QImage rendered(const ScanView &view, const DisplaySettings &settings = {})
{
    const Expected<MaterialBands> bands = defaultMaterialBands();
    auto image = EnhancementPipeline::render(view, bands ? &*bands : nullptr, settings);
    return image ? *image : QImage();
}

// The middle of stripe b, away from the edges that stay unclassified, on a row off the hatching.
QColor middleOf(const QImage &image, int stripe)
{
    const int x = stripe * StripeWidth + 5;
    const int y = (x + 1) % MevClassTable::HatchPeriod == 0 ? 2 : 1;
    return image.pixelColor(x, y);
}

bool sameHue(const QColor &shown, const QColor &expected)
{
    const int d = std::abs(shown.hsvHue() - expected.hsvHue());
    return shown.hsvHue() >= 0 && std::min(d, 360 - d) <= 4;
}

} // namespace

class TestMevClassPipeline : public QObject {
    Q_OBJECT

private slots:
    void eachClassHasItsColour()
    {
        QVERIFY(MevClassTable::portal());
        const QImage image = rendered(stripes(blocks()));
        QCOMPARE(image.size(), QSize(int(blocks().size()) * StripeWidth, 8));
        const auto check = [&](int stripe, MevMaterial material) {
            QVERIFY2(sameHue(middleOf(image, stripe), mevClassColour(material)),
                     qPrintable(QStringLiteral("stripe %1: hue %2, expected %3")
                                    .arg(stripe)
                                    .arg(middleOf(image, stripe).hsvHue())
                                    .arg(mevClassColour(material).hsvHue())));
        };
        check(0, MevMaterial::Organic);
        check(1, MevMaterial::Mixed);
        check(2, MevMaterial::Steel);
        check(3, MevMaterial::Heavy);
        QCOMPARE(middleOf(image, 4).hsvSaturation(), 0);      // thin lead: the ambiguity, grey
        QCOMPARE(middleOf(image, 5), QColor(Qt::black));      // 60 cm of steel: impenetrable
        QCOMPARE(image.pixelColor(65, 0), QColor(Qt::white)); // air: nothing, not hatched
        QCOMPARE(image.pixelColor(66, 0), image.pixelColor(67, 0));
        // More matter, darker colour: the lightness follows the attenuation.
        QVERIFY(middleOf(image, 2).value() < middleOf(image, 0).value());
    }

    // Unclassified rays through matter carry dark diagonal lines: x + y a multiple of the period.
    void unclassifiedMatterIsHatched()
    {
        const QImage image = rendered(stripes(blocks()));
        for (int x = 4 * StripeWidth + 3; x < 5 * StripeWidth - 3; ++x) {
            for (int y = 0; y < image.height(); ++y) {
                const bool onLine = (x + y) % MevClassTable::HatchPeriod == 0;
                const QColor shown = image.pixelColor(x, y);
                const QColor beside = image.pixelColor(x, onLine ? (y + 1) % image.height() : y);
                QCOMPARE(shown.hsvSaturation(), 0);
                if (onLine)
                    QVERIFY2(shown.value() < beside.value() - 20, qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
            }
        }
    }

    // The same pixels without the peak voltage are read as a kV scan: the kV palette, whose hues
    // follow R the other way round, colours the blocks differently.
    void aKilovoltViewOfTheSamePixelsIsColouredOtherwise()
    {
        ScanView view = stripes(blocks());
        const QImage mev = rendered(view);
        view.peakKv.reset();
        const QImage kv = rendered(view);
        QVERIFY(!kv.isNull());
        int differing = 0;
        for (int stripe = 0; stripe < 4; ++stripe)
            differing += sameHue(middleOf(kv, stripe), middleOf(mev, stripe).toHsv()) ? 0 : 1;
        QVERIFY2(differing >= 2, qPrintable(QString::number(differing)));
        view.peakKv = 140;
        QCOMPARE(rendered(view), kv);
    }

    // Stripping reads the MeV classes: organic-only leaves the polyethylene, clears the metals.
    void strippingFollowsTheMevClasses()
    {
        const ScanView view = stripes(blocks());
        DisplaySettings organicOnly;
        organicOnly.stripping = DisplaySettings::Stripping::OrganicOnly;
        const QImage image = rendered(view, organicOnly);
        QVERIFY(sameHue(middleOf(image, 0), mevClassColour(MevMaterial::Organic)));
        for (int stripe : {1, 2, 3}) {
            QCOMPARE(middleOf(image, stripe).hsvSaturation(), 0);
            QVERIFY(middleOf(image, stripe).value() > 240); // as if nothing were on the ray
        }
    }

    // Grey modes of a MeV view stay grey: only the material colouring changes meaning.
    void greyModesAreUnchanged()
    {
        ScanView view = stripes(blocks());
        const DisplaySettings grey{.colouring = DisplaySettings::Colouring::Grey};
        const QImage mev = rendered(view, grey);
        view.peakKv.reset();
        QCOMPARE(mev, rendered(view, grey));
    }
};

QTEST_GUILESS_MAIN(TestMevClassPipeline)
#include "tst_mevclasspipeline.moc"
