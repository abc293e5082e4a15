// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/MevClassImage.h"
#include "synth/CargoDetector.h"

#include <QTest>

#include <cmath>

using namespace pen;

namespace {

// A dual-energy view of vertical stripes 10 pixels wide, each the noise-free transmissions of one
// block of the default 4/6 MV portal.
ScanView stripes(const QList<MaterialLayer> &blocks)
{
    static const Expected<AttenuationTable> table = AttenuationTable::bundledToMeV();
    const auto detector = CargoDetector::create(*table, CargoScannerSettings{});
    ScanView view;
    view.kind = ViewKind::DualEnergy;
    view.width = int(blocks.size()) * 10;
    view.height = 8;
    view.channels = {Image16(view.width, view.height), Image16(view.width, view.height)};
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        for (int c = 0; c < 2; ++c) {
            const double t = blocks[b].thicknessCm > 0 ? detector->transmission(c, {blocks[b]}) : 1.0;
            for (int y = 0; y < view.height; ++y)
                for (int x = int(b) * 10; x < int(b + 1) * 10; ++x)
                    view.channels[size_t(c)].at(x, y) = quint16(std::lround(t * 65535));
        }
    }
    return view;
}

// The hue of the middle of stripe b, or −1 where it is grey or black.
int hueOf(const QImage &image, int stripe)
{
    return image.pixelColor(stripe * 10 + 5, 4).hue();
}

} // namespace

class TestMevClassImage : public QObject {
    Q_OBJECT

private slots:
    void eachClassHasItsColour()
    {
        QVERIFY(defaultMevClasses().hasValue());
        const ScanView view = stripes({{"polyethylene", 0, 60},
                                       {"aluminium", 0, 20},
                                       {"iron", 0, 10},
                                       {"lead", 0, 5},
                                       {"lead", 0, 0.5},
                                       {"iron", 0, 60},
                                       {"air", 0, 0}});
        const auto image = renderMevClasses(view, *defaultMevClasses());
        QVERIFY(image.hasValue());
        QCOMPARE(image->size(), QSize(view.width, view.height));
        QCOMPARE(hueOf(*image, 0), mevClassColour(MevMaterial::Organic).hue());
        QCOMPARE(hueOf(*image, 1), mevClassColour(MevMaterial::Mixed).hue());
        QCOMPARE(hueOf(*image, 2), mevClassColour(MevMaterial::Steel).hue());
        QCOMPARE(hueOf(*image, 3), mevClassColour(MevMaterial::Heavy).hue());
        QCOMPARE(hueOf(*image, 4), -1);                            // thin lead: unclassified grey
        QCOMPARE(image->pixelColor(55, 4), QColor(Qt::black));     // 60 cm of steel: impenetrable
        QCOMPARE(image->pixelColor(65, 4), QColor(200, 200, 200)); // air: light grey, no hatching
        // The ambiguous stripe is hatched: some of its pixels are darker than the rest.
        int darker = 0;
        for (int x = 40; x < 50; ++x)
            darker += image->pixelColor(x, 4).lightness() < image->pixelColor(45, 3).lightness() - 20 ? 1 : 0;
        QVERIFY(darker > 0 && darker < 10);
        // More matter, darker colour: the lightness follows the attenuation.
        QVERIFY(image->pixelColor(25, 4).lightness() < image->pixelColor(5, 4).lightness());
    }

    void refusesAViewWithoutTwoEnergies()
    {
        ScanView grey;
        grey.label = QStringLiteral("side");
        grey.kind = ViewKind::SingleEnergy;
        grey.width = grey.height = 4;
        grey.channels = {Image16(4, 4)};
        const auto image = renderMevClasses(grey, *defaultMevClasses());
        QVERIFY(!image);
        QVERIFY(image.error().message.contains(QStringLiteral("side")));
    }
};

QTEST_GUILESS_MAIN(TestMevClassImage)
#include "tst_mevclassimage.moc"
