// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/AttenuationLut.h"
#include "enhance/EnhancementControls.h"
#include "enhance/EnhancementPipeline.h"
#include "enhance/HueClasses.h"

#include <QTest>

#include <cmath>
#include <functional>

using namespace pen;

namespace {

quint16 transmission(double attenuation)
{
    return quint16(std::clamp<long>(std::lround(65535.0 * std::exp(-attenuation)), 1, 65535));
}

// A dual-energy view whose low and high attenuations at each pixel are given.
ScanView dualView(int width, int height, const std::function<std::pair<double, double>(int, int)> &attenuations)
{
    ScanView view;
    view.kind = ViewKind::DualEnergy;
    view.width = width;
    view.height = height;
    view.channels = {Image16(width, height), Image16(width, height)};
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const auto [low, high] = attenuations(x, y);
            view.channels[0].at(x, y) = transmission(low);
            view.channels[1].at(x, y) = transmission(high);
        }
    }
    return view;
}

// The same attenuation in both channels: what the grey (fused) picture shows is that attenuation.
ScanView greyView(int width, int height, const std::function<double(int, int)> &attenuation)
{
    return dualView(width, height, [&](int x, int y) { return std::pair{attenuation(x, y), attenuation(x, y)}; });
}

DisplaySettings greySettings()
{
    DisplaySettings settings;
    settings.colouring = DisplaySettings::Colouring::Grey;
    return settings;
}

QImage render(const ScanView &view, const DisplaySettings &settings)
{
    auto image = EnhancementPipeline::render(view, nullptr, settings);
    if (!image)
        qWarning("%s", qPrintable(image.error().message));
    return image ? *image : QImage();
}

// The grey of attenuation a in a window of that start and width on the console curve: the
// transmission to the power 0.6 within the window, reaching black at its end.
double consoleGrey(double a, double windowLow = 0, double width = 6)
{
    constexpr double Exponent = 0.6;
    const double t = std::clamp((a - windowLow) / width, 0.0, 1.0);
    const double c = Exponent * width;
    return 255.0 * (std::exp(-c * t) - std::exp(-c)) / (1.0 - std::exp(-c));
}

int greyAt(const QImage &image, int x, int y)
{
    const QRgb pixel = image.pixel(x, y);
    return qRed(pixel) == qGreen(pixel) && qGreen(pixel) == qBlue(pixel) ? qRed(pixel) : -1;
}

// The standard deviation of the grey level over a rectangle.
double spread(const QImage &image, const QRect &area)
{
    double sum = 0, squares = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            sum += qGray(image.pixel(x, y));
            squares += qGray(image.pixel(x, y)) * qGray(image.pixel(x, y));
        }
    }
    const double n = double(area.width()) * area.height();
    return std::sqrt(std::max(0.0, squares / n - (sum / n) * (sum / n)));
}

} // namespace

class TestEnhancementPipeline final : public QObject {
    Q_OBJECT
private slots:
    void defaultGreyIsTheConsoleCurve();
    void negativeInverts();
    void gammaCurve_data();
    void gammaCurve();
    void brightnessAndContrastMoveTheWindow();
    void penetrationWindows();
    void channelChoice();
    void edgeEnhancementRaisesContrastAtAnEdge();
    void localContrastRaisesContrastInAFlatRegion();
    void localContrastClipLimitsTheGain();
    void densityHighlightColoursExactlyTheBand();
    void autoWindowSpansTheView();
    void singleEnergyIsGrey();
    void colourViewFallbacks();
    void colourViewStripsByHue();
    void unavailableControlsAreReported();
    void rejectsViewsWithoutPixels();
};

void TestEnhancementPipeline::defaultGreyIsTheConsoleCurve()
{
    // The normal window spans −ln T from 0 (white) to 6 (black) on the console curve: the lightness
    // is the transmission to the power 0.6, so dense matter is darker than a linear window shows it.
    const ScanView view = greyView(7, 1, [](int x, int) { return double(x); });
    const QImage image = render(view, greySettings());
    QCOMPARE(image.format(), QImage::Format_RGB32);
    for (int x = 0; x < 7; ++x)
        QVERIFY2(std::abs(greyAt(image, x, 0) - consoleGrey(x)) <= 1.0, qPrintable(QString::number(x)));
    QVERIFY(greyAt(image, 3, 0) < 255 - 255 * 3 / 6.0 - 60);
    // The penetration windows stay linear in attenuation, for an officer who moves them on purpose.
    DisplaySettings low = greySettings();
    low.penetration = DisplaySettings::Penetration::Low;
    const QImage linear = render(greyView(4, 1, [](int x, int) { return x * 0.5; }), low);
    for (int x = 0; x < 4; ++x)
        QVERIFY2(std::abs(greyAt(linear, x, 0) - (255 - 255 * x * 0.5 / 1.5)) <= 1.0, qPrintable(QString::number(x)));
}

void TestEnhancementPipeline::negativeInverts()
{
    const ScanView view = dualView(64, 8, [](int x, int y) { return std::pair{x * 0.1 + y * 0.05, x * 0.07}; });
    for (auto colouring : {DisplaySettings::Colouring::Grey, DisplaySettings::Colouring::Material}) {
        DisplaySettings settings;
        settings.colouring = colouring;
        const QImage positive = render(view, settings);
        settings.negative = true;
        const QImage negative = render(view, settings);
        for (int y = 0; y < 8; ++y) {
            for (int x = 0; x < 64; ++x) {
                const QRgb a = positive.pixel(x, y), b = negative.pixel(x, y);
                QVERIFY(std::abs(qRed(a) + qRed(b) - 255) <= 1);
                QVERIFY(std::abs(qGreen(a) + qGreen(b) - 255) <= 1);
                QVERIFY(std::abs(qBlue(a) + qBlue(b) - 255) <= 1);
            }
        }
    }
}

void TestEnhancementPipeline::gammaCurve_data()
{
    QTest::addColumn<double>("gamma");
    QTest::newRow("0.5") << 0.5;
    QTest::newRow("1") << 1.0;
    QTest::newRow("2.2") << 2.2;
    QTest::newRow("5") << 5.0;
}

void TestEnhancementPipeline::gammaCurve()
{
    QFETCH(double, gamma);
    const ScanView view = greyView(61, 1, [](int x, int) { return x * 0.1; });
    DisplaySettings settings = greySettings();
    settings.gamma = gamma;
    const QImage image = render(view, settings);
    for (int x = 0; x < 61; ++x) {
        const double a = AttenuationLut::attenuation(view.channels[0].at(x, 0));
        const double expected = 255.0 * std::pow(consoleGrey(a) / 255.0, 1.0 / gamma);
        QVERIFY2(std::abs(greyAt(image, x, 0) - expected) <= 1.0,
                 qPrintable(QStringLiteral("x %1: %2 vs %3").arg(x).arg(greyAt(image, x, 0)).arg(expected)));
    }
    // Gamma above 1 lightens the mid-tones, below 1 darkens them.
    const int mid = greyAt(image, 30, 0);
    const double plain = consoleGrey(3.0);
    QVERIFY(gamma > 1 ? mid > plain + 5 : gamma < 1 ? mid < plain - 5 : std::abs(mid - plain) <= 1);
}

void TestEnhancementPipeline::brightnessAndContrastMoveTheWindow()
{
    const ScanView view = greyView(3, 1, [](int x, int) { return 1.5 + 1.5 * x; }); // a = 1.5, 3, 4.5
    DisplaySettings settings = greySettings();
    const QImage normal = render(view, settings);
    QVERIFY(std::abs(greyAt(normal, 1, 0) - consoleGrey(3)) <= 1);
    settings.contrast = 2; // window 1.5..4.5
    const QImage contrasted = render(view, settings);
    QVERIFY(greyAt(contrasted, 0, 0) >= 254);
    QVERIFY(std::abs(greyAt(contrasted, 1, 0) - consoleGrey(3, 1.5, 3)) <= 1);
    QVERIFY(greyAt(contrasted, 2, 0) <= 1);
    settings = greySettings();
    settings.brightness = 0.5;
    const QImage brighter = render(view, settings);
    settings.brightness = -0.5;
    const QImage darker = render(view, settings);
    for (int x = 0; x < 3; ++x) {
        QVERIFY(greyAt(brighter, x, 0) > greyAt(normal, x, 0));
        QVERIFY(greyAt(darker, x, 0) < greyAt(normal, x, 0));
    }
    QVERIFY(std::abs(greyAt(brighter, 2, 0) - greyAt(normal, 1, 0)) <= 1); // the level moved by half a window
}

void TestEnhancementPipeline::penetrationWindows()
{
    // Dense matter at a = 7 and 8, light matter at a = 0.3 and 0.6.
    const ScanView view = greyView(4, 1, [](int x, int) { return std::array{7.0, 8.0, 0.3, 0.6}[size_t(x)]; });
    DisplaySettings settings = greySettings();
    const QImage normal = render(view, settings);
    QCOMPARE(greyAt(normal, 0, 0), 0);
    QCOMPARE(greyAt(normal, 1, 0), 0);
    settings.penetration = DisplaySettings::Penetration::High;
    const QImage high = render(view, settings);
    QVERIFY2(greyAt(high, 0, 0) - greyAt(high, 1, 0) > 25, "high penetration tells dense matter apart");
    QCOMPARE(greyAt(high, 2, 0), 255);
    settings.penetration = DisplaySettings::Penetration::Low;
    const QImage low = render(view, settings);
    const int lightDifferenceNormal = greyAt(normal, 2, 0) - greyAt(normal, 3, 0);
    const int lightDifferenceLow = greyAt(low, 2, 0) - greyAt(low, 3, 0);
    // The console curve already spreads thin matter (its slope at 0 is 3.7 times a linear window's);
    // the low penetration window spreads it more still.
    QVERIFY2(lightDifferenceLow > lightDifferenceNormal,
             qPrintable(QStringLiteral("%1 vs %2").arg(lightDifferenceLow).arg(lightDifferenceNormal)));
}

void TestEnhancementPipeline::channelChoice()
{
    const ScanView view = dualView(1, 1, [](int, int) { return std::pair{3.0, 1.2}; });
    DisplaySettings settings = greySettings();
    settings.channel = DisplaySettings::Channel::Low;
    QVERIFY(std::abs(greyAt(render(view, settings), 0, 0) - consoleGrey(3.0)) <= 1);
    settings.channel = DisplaySettings::Channel::High;
    QVERIFY(std::abs(greyAt(render(view, settings), 0, 0) - consoleGrey(1.2)) <= 1);
    settings.channel = DisplaySettings::Channel::Fused;
    QVERIFY(std::abs(greyAt(render(view, settings), 0, 0) - consoleGrey(2.1)) <= 1);
}

void TestEnhancementPipeline::edgeEnhancementRaisesContrastAtAnEdge()
{
    const ScanView view = greyView(20, 5, [](int x, int) { return x < 10 ? 2.0 : 3.0; });
    DisplaySettings settings = greySettings();
    const QImage plain = render(view, settings);
    settings.edgeEnhancement = 2;
    const QImage sharp = render(view, settings);
    const int plainStep = greyAt(plain, 9, 2) - greyAt(plain, 10, 2);
    const int sharpStep = greyAt(sharp, 9, 2) - greyAt(sharp, 10, 2);
    QVERIFY2(sharpStep > plainStep * 2, qPrintable(QStringLiteral("%1 vs %2").arg(sharpStep).arg(plainStep)));
    // Flat areas away from the edge are unchanged.
    QCOMPARE(greyAt(sharp, 2, 2), greyAt(plain, 2, 2));
    QCOMPARE(greyAt(sharp, 17, 2), greyAt(plain, 17, 2));
}

void TestEnhancementPipeline::localContrastRaisesContrastInAFlatRegion()
{
    // A region of a = 2 ± 0.03 (a faint texture) beside empty background and dense matter.
    const ScanView view = greyView(256, 256, [](int x, int y) {
        if (x < 64)
            return 0.0;
        if (x >= 224)
            return 7.0;
        return 2.0 + 0.03 * std::sin(x * 0.7) * std::cos(y * 0.5);
    });
    DisplaySettings settings = greySettings();
    const QRect flat(96, 32, 96, 192);
    const double before = spread(render(view, settings), flat);
    settings.localContrast = true;
    const double after = spread(render(view, settings), flat);
    // The clip limit bounds the gain over the window at about clipLimit + 1 (the clipped excess is spread evenly).
    QVERIFY2(after > 2.5 * before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
}

void TestEnhancementPipeline::localContrastClipLimitsTheGain()
{
    const ScanView view
        = greyView(256, 256, [](int x, int y) { return 2.0 + 0.03 * std::sin(x * 0.7) * std::cos(y * 0.5); });
    DisplaySettings settings = greySettings();
    settings.localContrast = true;
    settings.localContrastClip = 1.2;
    const double limited = spread(render(view, settings), QRect(32, 32, 192, 192));
    settings.localContrastClip = 8;
    const double free = spread(render(view, settings), QRect(32, 32, 192, 192));
    QVERIFY2(free > limited * 1.5, qPrintable(QStringLiteral("%1 vs %2").arg(limited).arg(free)));
}

void TestEnhancementPipeline::densityHighlightColoursExactlyTheBand()
{
    const ScanView view = dualView(100, 4, [](int x, int y) { return std::pair{x * 0.04 + y, x * 0.03}; });
    DisplaySettings settings = greySettings();
    settings.densityHighlight = true;
    settings.densityMin = 1.0;
    settings.densityMax = 2.0;
    const QImage image = render(view, settings);
    int highlighted = 0;
    for (int y = 0; y < 4; ++y) {
        for (int x = 0; x < 100; ++x) {
            const float aHigh = AttenuationLut::attenuation(view.channels[1].at(x, y));
            const QColor colour = image.pixelColor(x, y);
            const bool inBand = aHigh >= 1.0f && aHigh <= 2.0f;
            if (inBand) {
                QCOMPARE(colour.hue(), 300); // magenta, shaded
                QCOMPARE(colour.green(), 0);
                ++highlighted;
            } else {
                QVERIFY(greyAt(image, x, y) >= 0);
            }
        }
    }
    QCOMPARE(highlighted, 4 * 33); // x = 34..66, where 0.03·x lies in [1, 2]
}

void TestEnhancementPipeline::autoWindowSpansTheView()
{
    const ScanView view = greyView(10, 1, [](int x, int) { return 0.5 + 0.1 * x; });
    DisplaySettings settings = greySettings();
    settings.autoWindow = true;
    const QImage image = render(view, settings);
    QCOMPARE(greyAt(image, 0, 0), 255);
    QCOMPARE(greyAt(image, 9, 0), 0);
    const SignalRange range = EnhancementPipeline::signalRange(view, DisplaySettings::Channel::Fused);
    QVERIFY(std::abs(range.low - 0.5f) < 1e-3f && std::abs(range.high - 1.4f) < 1e-3f);
}

void TestEnhancementPipeline::singleEnergyIsGrey()
{
    ScanView view = greyView(30, 2, [](int x, int) { return x * 0.2; });
    view.kind = ViewKind::SingleEnergy;
    view.channels.pop_back();
    DisplaySettings settings; // material colour asked for, grey given
    settings.stripping = DisplaySettings::Stripping::OrganicOnly;
    const QImage image = render(view, settings);
    for (int x = 0; x < 30; ++x)
        QVERIFY(std::abs(greyAt(image, x, 0) - consoleGrey(std::min(x * 0.2, 6.0))) <= 1.5);
    settings.penetration = DisplaySettings::Penetration::Low;
    QVERIFY(greyAt(render(view, settings), 5, 0) < greyAt(image, 5, 0));
}

void TestEnhancementPipeline::colourViewFallbacks()
{
    ScanView view;
    view.kind = ViewKind::Colour;
    view.width = 16;
    view.height = 16;
    view.colour = RgbImage8(16, 16);
    for (int i = 0; i < 16 * 16 * 3; ++i)
        view.colour.rgb[size_t(i)] = quint8(i * 7);
    DisplaySettings settings;
    settings.penetration = DisplaySettings::Penetration::High; // not available: ignored
    settings.edgeEnhancement = 3;
    const QImage original = render(view, settings);
    for (int y = 0; y < 16; ++y) {
        for (int x = 0; x < 16; ++x) {
            const quint8 *rgb = view.colour.pixel(x, y);
            QCOMPARE(original.pixel(x, y), qRgb(rgb[0], rgb[1], rgb[2]));
        }
    }
    settings.negative = true;
    const QImage negative = render(view, settings);
    QCOMPARE(
        negative.pixel(5, 5),
        qRgb(255 - qRed(original.pixel(5, 5)), 255 - qGreen(original.pixel(5, 5)), 255 - qBlue(original.pixel(5, 5))));
    settings = greySettings();
    const QImage grey = render(view, settings);
    const quint8 *rgb = view.colour.pixel(3, 4);
    QVERIFY(std::abs(greyAt(grey, 3, 4) - (0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2])) <= 1.0);
    settings.brightness = 0.3;
    QVERIFY(qGray(render(view, settings).pixel(3, 4)) > greyAt(grey, 3, 4));
    settings.brightness = 0;
    settings.gamma = 2;
    QVERIFY(qGray(render(view, settings).pixel(3, 4)) > greyAt(grey, 3, 4));
}

void TestEnhancementPipeline::colourViewStripsByHue()
{
    // Orange (organic), green (mixed), blue (inorganic), grey and dark red (unclassified).
    const std::array<QRgb, 5> patches{qRgb(240, 140, 20), qRgb(40, 170, 60), qRgb(30, 90, 230), qRgb(120, 120, 120),
                                      qRgb(110, 0, 0)};
    ScanView view;
    view.kind = ViewKind::Colour;
    view.width = 5;
    view.height = 1;
    view.colour = RgbImage8(5, 1);
    for (int x = 0; x < 5; ++x) {
        view.colour.pixel(x, 0)[0] = quint8(qRed(patches[size_t(x)]));
        view.colour.pixel(x, 0)[1] = quint8(qGreen(patches[size_t(x)]));
        view.colour.pixel(x, 0)[2] = quint8(qBlue(patches[size_t(x)]));
    }
    QCOMPARE(HueClasses::classify(240, 140, 20), MaterialClass::Organic);
    QCOMPARE(HueClasses::classify(40, 170, 60), MaterialClass::Mixed);
    QCOMPARE(HueClasses::classify(30, 90, 230), MaterialClass::Inorganic);
    DisplaySettings settings;
    settings.stripping = DisplaySettings::Stripping::OrganicOnly;
    QImage image = render(view, settings);
    const std::array<QRgb, 5> organicOnly{patches[0], qRgb(255, 255, 255), qRgb(255, 255, 255), patches[3], patches[4]};
    for (int x = 0; x < 5; ++x)
        QCOMPARE(image.pixel(x, 0), organicOnly[size_t(x)]);
    settings.stripping = DisplaySettings::Stripping::InorganicOnly;
    image = render(view, settings);
    const std::array<QRgb, 5> inorganicOnly{qRgb(255, 255, 255), patches[1], patches[2], patches[3], patches[4]};
    for (int x = 0; x < 5; ++x)
        QCOMPARE(image.pixel(x, 0), inorganicOnly[size_t(x)]);
}

void TestEnhancementPipeline::unavailableControlsAreReported()
{
    QCOMPARE(EnhancementControls::available(ViewKind::DualEnergy), EnhancementControls::all());
    for (EnhancementControl c : EnhancementControls::all())
        QVERIFY(EnhancementControls::unavailableReason(ViewKind::DualEnergy, c).isEmpty());
    const QList<EnhancementControl> single = EnhancementControls::available(ViewKind::SingleEnergy);
    QVERIFY(!single.contains(EnhancementControl::Colouring));
    QVERIFY(!single.contains(EnhancementControl::Stripping));
    QVERIFY(single.contains(EnhancementControl::LocalContrast) && single.contains(EnhancementControl::Penetration));
    QVERIFY(EnhancementControls::unavailableReason(ViewKind::SingleEnergy, EnhancementControl::Stripping)
                .contains(QStringLiteral("single-energy")));
    const QList<EnhancementControl> colour = EnhancementControls::available(ViewKind::Colour);
    QCOMPARE(colour,
             (QList<EnhancementControl>{EnhancementControl::Colouring, EnhancementControl::Stripping,
                                        EnhancementControl::Brightness, EnhancementControl::Contrast,
                                        EnhancementControl::Gamma, EnhancementControl::Negative}));
    QVERIFY(!EnhancementControls::unavailableReason(ViewKind::Colour, EnhancementControl::DensityHighlight).isEmpty());
}

void TestEnhancementPipeline::rejectsViewsWithoutPixels()
{
    ScanView empty;
    empty.kind = ViewKind::DualEnergy;
    empty.width = 4;
    empty.height = 4;
    auto image = EnhancementPipeline::render(empty, nullptr, DisplaySettings{});
    QVERIFY(!image);
    QCOMPARE(image.error().code, ErrorCode::InvalidArgument);
    ScanView oneChannel = greyView(4, 4, [](int, int) { return 1.0; });
    oneChannel.channels.pop_back();
    QVERIFY(!EnhancementPipeline::render(oneChannel, nullptr, DisplaySettings{}));
    ScanView wrongSize = greyView(4, 4, [](int, int) { return 1.0; });
    wrongSize.width = 5;
    QVERIFY(!EnhancementPipeline::render(wrongSize, nullptr, DisplaySettings{}));
}

QTEST_APPLESS_MAIN(TestEnhancementPipeline)
#include "tst_enhancementpipeline.moc"
