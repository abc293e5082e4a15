// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/EnhancementPipeline.h"
#include "enhance/LocalContrastTable.h"
#include "enhance/SingleChannelSignal.h"

#include <QTest>

#include <cmath>

using namespace pen;

namespace {

// Goods of many attenuations over background, with a texture: every tile sees a different histogram.
ScanView singleView(int width, int height)
{
    ScanView view;
    view.kind = ViewKind::SingleEnergy;
    view.width = width;
    view.height = height;
    view.channels = {Image16(width, height, 65535)};
    for (int y = 0; y < height; ++y) {
        for (int x = width / 10; x < width; ++x) {
            const double a = 0.2 + 6.0 * x / width + 0.3 * std::sin(x * 0.31) * std::cos(y * 0.17) + 2.0 * y / height;
            view.channels[0].at(x, y) = quint16(std::clamp<long>(std::lround(65535.0 * std::exp(-a)), 1, 65535));
        }
    }
    return view;
}

// The same channel twice: the fused signal equals the single-energy one, but takes the float path.
ScanView asDualEnergy(const ScanView &single)
{
    ScanView dual = single;
    dual.kind = ViewKind::DualEnergy;
    dual.channels.push_back(single.channels.front());
    return dual;
}

int maxDifference(const QImage &a, const QImage &b)
{
    int most = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            most = std::max(
                {most, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
        }
    }
    return most;
}

} // namespace

class TestLocalContrastTable : public QObject {
    Q_OBJECT
private slots:
    void histogramsOfOneChannelMatchTheSignals();
    void tableMatchesTheLuts();
    void integerPathRendersTheFloatPicture();
    void mixedChannelsHaveNoTable();
};

void TestLocalContrastTable::histogramsOfOneChannelMatchTheSignals()
{
    const ScanView single = singleView(530, 300);
    const TileHistograms values = TileHistograms::compute(single, 0.5f, 0.5f, 0.0f, 6.0f);
    const TileHistograms fromSignals = TileHistograms::compute(asDualEnergy(single), 0.5f, 0.5f, 0.0f, 6.0f);
    QCOMPARE(values.counts, fromSignals.counts);
    QCOMPARE(values.pixels, fromSignals.pixels);
}

void TestLocalContrastTable::tableMatchesTheLuts()
{
    const ScanView view = singleView(530, 300);
    const auto signal = SingleChannelSignal::of(view, 0.5f, 0.5f);
    QVERIFY(signal);
    const LocalContrastLuts luts(TileHistograms::compute(view, 0.5f, 0.5f, 0.0f, 6.0f), 2.5);
    const LocalContrastTable table(luts, *signal);
    std::vector<quint32> row(size_t(view.width));
    int worst = 0;
    for (int y = 0; y < view.height; ++y) {
        table.mapRow(y, row.data(), [](quint32 e) { return e; });
        for (int x = 0; x < view.width; ++x) {
            const float expected = luts.map(x, y, signal->signalOf[view.channels[0].at(x, y)]);
            worst = std::max(worst, int(std::lround(std::abs(expected * 65535.0f - float(row[size_t(x)])))));
        }
    }
    QVERIFY2(worst <= 4, qPrintable(QString::number(worst)));
}

void TestLocalContrastTable::integerPathRendersTheFloatPicture()
{
    const ScanView single = singleView(530, 300);
    DisplaySettings settings;
    settings.colouring = DisplaySettings::Colouring::Grey;
    settings.localContrast = true;
    for (const double contrast : {1.0, 2.5}) {
        settings.contrast = contrast;
        const auto integer = EnhancementPipeline::render(single, nullptr, settings);
        const auto floating = EnhancementPipeline::render(asDualEnergy(single), nullptr, settings);
        QVERIFY(integer && floating);
        QVERIFY2(maxDifference(*integer, *floating) <= 1, qPrintable(QString::number(contrast)));
    }
}

void TestLocalContrastTable::mixedChannelsHaveNoTable()
{
    const ScanView dual = asDualEnergy(singleView(64, 64));
    QVERIFY(!SingleChannelSignal::of(dual, 0.5f, 0.5f));
    QCOMPARE(SingleChannelSignal::of(dual, 1.0f, 0.0f)->channel, &dual.channels.front());
    QCOMPARE(SingleChannelSignal::of(dual, 0.0f, 1.0f)->channel, &dual.channels.back());
}

QTEST_APPLESS_MAIN(TestLocalContrastTable)
#include "tst_localcontrasttable.moc"
