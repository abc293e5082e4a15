// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "viewer/HalvedView.h"

#include <QTest>

using namespace pen;

class TestHalvedView final : public QObject {
    Q_OBJECT
private slots:
    void averagesTwoByTwoBlocks();
    void oddEdgesAverageWhatTheyHave();
    void colourViewsAverageEachComponent();
    void repeatedItIsTheBoxAverage();
};

namespace {

ScanView dualView(int width, int height)
{
    ScanView view;
    view.kind = ViewKind::DualEnergy;
    view.width = width;
    view.height = height;
    view.pixelSizeMm = 0.5;
    view.channels = {Image16(width, height), Image16(width, height)};
    return view;
}

} // namespace

void TestHalvedView::averagesTwoByTwoBlocks()
{
    ScanView view = dualView(4, 2);
    const quint16 low[8] = {0, 10, 100, 101, 20, 30, 65535, 65535};
    for (int i = 0; i < 8; ++i) {
        view.channels[0].pixels[size_t(i)] = low[i];
        view.channels[1].pixels[size_t(i)] = 1000;
    }
    const ScanView half = gui::halvedView(view);
    QCOMPARE(half.kind, ViewKind::DualEnergy);
    QCOMPARE(QSize(half.width, half.height), QSize(2, 1));
    QCOMPARE(half.pixelSizeMm.value_or(0), 1.0);
    QCOMPARE(half.channels.size(), size_t(2));
    QCOMPARE(half.channels[0].at(0, 0), quint16(15));    // (0 + 10 + 20 + 30) / 4
    QCOMPARE(half.channels[0].at(1, 0), quint16(32818)); // (100 + 101 + 2 · 65535) / 4 = 32817.75
    QCOMPARE(half.channels[1].at(1, 0), quint16(1000));
}

void TestHalvedView::oddEdgesAverageWhatTheyHave()
{
    ScanView view = dualView(3, 3);
    for (int y = 0; y < 3; ++y) {
        for (int x = 0; x < 3; ++x)
            view.channels[0].at(x, y) = quint16(100 * (3 * y + x));
    }
    const ScanView half = gui::halvedView(view);
    QCOMPARE(QSize(half.width, half.height), QSize(2, 2));
    QCOMPARE(half.channels[0].at(1, 0), quint16(350)); // column 2: (200 + 500) / 2
    QCOMPARE(half.channels[0].at(0, 1), quint16(650)); // row 2: (600 + 700) / 2
    QCOMPARE(half.channels[0].at(1, 1), quint16(800)); // the corner pixel itself
}

void TestHalvedView::colourViewsAverageEachComponent()
{
    ScanView view;
    view.kind = ViewKind::Colour;
    view.width = 2;
    view.height = 2;
    view.colour = RgbImage8(2, 2);
    const quint8 rgb[12] = {255, 0, 10, 255, 0, 20, 0, 0, 30, 1, 255, 40};
    std::copy(std::begin(rgb), std::end(rgb), view.colour.rgb.begin());
    const ScanView half = gui::halvedView(view);
    QCOMPARE(QSize(half.colour.width, half.colour.height), QSize(1, 1));
    QVERIFY(half.channels.empty());
    QCOMPARE(int(half.colour.pixel(0, 0)[0]), 128); // 511 / 4 = 127.75
    QCOMPARE(int(half.colour.pixel(0, 0)[1]), 64);  // 255 / 4 = 63.75
    QCOMPARE(int(half.colour.pixel(0, 0)[2]), 25);
}

void TestHalvedView::repeatedItIsTheBoxAverage()
{
    ScanView view = dualView(8, 8);
    quint32 sum = 0;
    for (int y = 0; y < 8; ++y) {
        for (int x = 0; x < 8; ++x) {
            view.channels[1].at(x, y) = quint16(1000 * x + 64 * y); // sums of 2 × 2 blocks divide by 4
            sum += view.channels[1].at(x, y);
        }
    }
    ScanView level = view;
    for (int i = 0; i < 3; ++i)
        level = gui::halvedView(level);
    QCOMPARE(QSize(level.width, level.height), QSize(1, 1));
    QCOMPARE(quint32(level.channels[1].at(0, 0)), sum / 64);
}

QTEST_APPLESS_MAIN(TestHalvedView)
#include "tst_halvedview.moc"
