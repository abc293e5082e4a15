// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Each effect of the detector chain, alone, on hand-made transmissions.
#include "synth/DetectorChain.h"
#include "synth/DetectorFixedPattern.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace pen;

namespace {

using Images = std::array<std::vector<float>, 2>;

constexpr double Photons = 20000;

// Noise on, every effect of the chain off: each test turns on the one it checks.
DetectorSettings quiet()
{
    DetectorSettings settings;
    settings.incidentPhotons = Photons;
    settings.blurSigmaPx = 0;
    settings.chain = {.scatterFraction = 0,
                      .quantumNoise = false,
                      .highBlurScale = 1,
                      .afterglowFraction = 0,
                      .gainResidue = 0,
                      .offsetResidueQuanta = 0,
                      .deadElementRate = 0,
                      .electronicNoiseQuanta = 0};
    return settings;
}

// Both channels T = background, with T = inside over area (columns x, rows y).
Images patch(int width, int height, float background, float inside, QRect area)
{
    Images images{std::vector<float>(size_t(width) * size_t(height), background),
                  std::vector<float>(size_t(width) * size_t(height), background)};
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            images[0][size_t(y) * size_t(width) + size_t(x)] = inside;
            images[1][size_t(y) * size_t(width) + size_t(x)] = inside;
        }
    }
    return images;
}

double transmission(const Image16 &image, int x, int y)
{
    return image.at(x, y) / 65535.0;
}

double columnMean(const Image16 &image, int x)
{
    double sum = 0;
    for (int y = 0; y < image.height; ++y)
        sum += image.at(x, y);
    return sum / image.height;
}

double rowMean(const Image16 &image, int y)
{
    double sum = 0;
    for (int x = 0; x < image.width; ++x)
        sum += image.at(x, y);
    return sum / image.width;
}

double standardDeviation(const std::vector<double> &values)
{
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    return std::sqrt(squares / double(values.size() - 1));
}

// Quanta that a 16-bit value stands for at the default dose.
double quanta(double value)
{
    return value / 65535.0 * Photons;
}

} // namespace

class TestDetectorChain final : public QObject {
    Q_OBJECT
private slots:
    void quietChainIsTheIdealDetector();
    void idealDetectorKeepsOnlyTheLightSpread();
    void layersBlurDifferentlyAtEdges();
    void columnOffsetsMakeStreaksAlongTheScan();
    void columnGainsScaleTheSignal();
    void deadElementsReadTheirNeighbours();
    void afterglowTrailsAlongTheScan();
    void electronicNoiseSetsTheDarkFloor();
    void scatterRaisesTheSignalBehindDenseObjects();
    void scatterStaysInItsRow();
    void quantumNoiseIsPoisson();
    void sameSeedsSameBytes();
    void outputClampsInto16Bits();
};

void TestDetectorChain::quietChainIsTheIdealDetector()
{
    const int width = 40, height = 30;
    Images images{std::vector<float>(size_t(width * height)), std::vector<float>(size_t(width * height))};
    for (size_t i = 0; i < images[0].size(); ++i) {
        images[0][i] = float(i) / float(images[0].size());
        images[1][i] = 1.0f - images[0][i];
    }
    const std::vector<Image16> channels = DetectorChain(quiet()).detect(images, width, height);
    QCOMPARE(channels.size(), size_t(2));
    for (size_t c = 0; c < 2; ++c) {
        for (size_t i = 0; i < images[c].size(); ++i)
            QCOMPARE(channels[c].pixels[i], quint16(std::lround(images[c][i] * 65535.0)));
    }
}

void TestDetectorChain::idealDetectorKeepsOnlyTheLightSpread()
{
    // noise off: the default chain's effects vanish, the blur stays, and the high layer blurs more.
    DetectorSettings settings;
    settings.noise = false;
    settings.blurSigmaPx = 1;
    const Images images = patch(64, 64, 1.0f, 0.2f, QRect(32, 0, 32, 64));
    const std::vector<Image16> channels = DetectorChain(settings).detect(images, 64, 64);
    QCOMPARE(channels[0].at(5, 5), quint16(65535));
    QCOMPARE(channels[1].at(60, 60), quint16(std::lround(0.2 * 65535.0)));
    QVERIFY(channels[0].at(33, 10) < channels[1].at(33, 10)); // wider spread: more light from the left
    for (int y = 0; y < 64; ++y)
        QCOMPARE(channels[0].at(10, y), quint16(65535));
}

namespace {

// The largest mismatch of the two layers' edge profiles, each normalised to 0 (air) .. 1 (object),
// over the columns whose distance from the edge lies in [from, to].
double profileMismatch(const std::vector<Image16> &channels, int edge, int from, int to)
{
    double mismatch = 0;
    for (int x = edge - to; x <= edge + to; ++x) {
        if (std::abs(x - edge) < from)
            continue;
        const double low = (1 - transmission(channels[0], x, 4)) / 0.9;
        const double high = (1 - transmission(channels[1], x, 4)) / 0.6;
        mismatch = std::max(mismatch, std::abs(low - high));
    }
    return mismatch;
}

} // namespace

void TestDetectorChain::layersBlurDifferentlyAtEdges()
{
    // A step from air to T_low 0.1, T_high 0.4. With one blur for both layers their edge profiles
    // coincide; with a wider rear blur they part near the edge, so R = ln T_low / ln T_high moves
    // there (a colour fringe), and agree again beyond the kernels' reach.
    const int width = 64, height = 8, edge = 32;
    Images images = patch(width, height, 1.0f, 0.1f, QRect(edge, 0, width - edge, height));
    std::fill(images[1].begin(), images[1].end(), 1.0f);
    for (int y = 0; y < height; ++y)
        std::fill_n(images[1].begin() + y * width + edge, width - edge, 0.4f);
    DetectorSettings settings = quiet();
    settings.blurSigmaPx = 1.5;
    const std::vector<Image16> same = DetectorChain(settings).detect(images, width, height);
    settings.chain.highBlurScale = 1.6;
    const std::vector<Image16> fringed = DetectorChain(settings).detect(images, width, height);
    QVERIFY(profileMismatch(same, edge, 0, 14) < 1e-3);
    QVERIFY2(profileMismatch(fringed, edge, 0, 2) > 0.05,
             qPrintable(QString::number(profileMismatch(fringed, edge, 0, 2))));
    QVERIFY(profileMismatch(fringed, edge, 10, 14) < 1e-3);
    const auto ratio = [](const std::vector<Image16> &c, int x) {
        return std::log(transmission(c[0], x, 4)) / std::log(transmission(c[1], x, 4));
    };
    QVERIFY(std::abs(ratio(fringed, edge) - ratio(same, edge)) > 0.05);
    QVERIFY(std::abs(ratio(fringed, edge + 12) - std::log(0.1) / std::log(0.4)) < 1e-3);
}

void TestDetectorChain::columnOffsetsMakeStreaksAlongTheScan()
{
    DetectorSettings settings = quiet();
    settings.chain.offsetResidueQuanta = 20;
    const int width = 256, height = 100;
    const std::vector<Image16> channels
        = DetectorChain(settings).detect(patch(width, height, 0.5f, 0.5f, {}), width, height);
    for (size_t c = 0; c < 2; ++c) {
        const DetectorFixedPattern pattern(width, int(c), settings.chain);
        std::vector<double> offsets;
        for (int x = 0; x < width; ++x) {
            const double offset = quanta(columnMean(channels[c], x)) - 0.5 * Photons;
            QVERIFY2(std::abs(offset - pattern.offsetQuanta(x)) < 0.2, qPrintable(QString::number(offset)));
            offsets.push_back(offset);
        }
        QVERIFY2(std::abs(standardDeviation(offsets) / 20 - 1) < 0.2, qPrintable(QString::number(offsets[0])));
        for (int y = 1; y < height; ++y)
            QCOMPARE(rowMean(channels[c], y), rowMean(channels[c], 0)); // the same in every row
    }
    // The two layers are separate boards with their own residue.
    QVERIFY(DetectorFixedPattern(width, 0, settings.chain).offsetQuanta(7)
            != DetectorFixedPattern(width, 1, settings.chain).offsetQuanta(7));
}

void TestDetectorChain::columnGainsScaleTheSignal()
{
    DetectorSettings settings = quiet();
    settings.chain.gainResidue = 0.01;
    const int width = 200, height = 4;
    const std::vector<Image16> channels
        = DetectorChain(settings).detect(patch(width, height, 0.5f, 0.5f, {}), width, height);
    const DetectorFixedPattern pattern(width, 1, settings.chain);
    std::vector<double> gains;
    for (int x = 0; x < width; ++x) {
        const double gain = transmission(channels[1], x, 2) / 0.5;
        QVERIFY(std::abs(gain - pattern.gain(x)) < 2e-5);
        gains.push_back(gain);
    }
    QVERIFY(std::abs(standardDeviation(gains) / 0.01 - 1) < 0.2);
}

void TestDetectorChain::deadElementsReadTheirNeighbours()
{
    // Scanners fill a dead element in from its live neighbours (linearly across a run of dead ones).
    DetectorSettings settings = quiet();
    settings.chain.quantumNoise = true;
    settings.chain.deadElementRate = 0.05;
    const int width = 400, height = 50;
    const std::vector<Image16> channels
        = DetectorChain(settings).detect(patch(width, height, 0.3f, 0.3f, {}), width, height);
    for (size_t c = 0; c < 2; ++c) {
        const DetectorFixedPattern pattern(width, int(c), settings.chain);
        const std::vector<int> dead = pattern.deadElements();
        QVERIFY2(dead.size() >= 10 && dead.size() <= 30, qPrintable(QString::number(dead.size())));
        for (int x : dead) {
            if (x == 0 || x == width - 1 || pattern.isDead(x - 1) || pattern.isDead(x + 1))
                continue;
            for (int y = 0; y < height; ++y)
                QVERIFY(std::abs(2.0 * channels[c].at(x, y) - channels[c].at(x - 1, y) - channels[c].at(x + 1, y))
                        <= 1);
        }
    }
    settings.chain.deadElementRate = 0;
    QVERIFY(DetectorFixedPattern(width, 0, settings.chain).deadElements().empty());
}

void TestDetectorChain::afterglowTrailsAlongTheScan()
{
    // A dense block (T = 0.01) in rows 20–59: the rows after it read 1 − f (1 − T) e^(−j/L), the
    // rows before it and the columns beside it are untouched.
    const double fraction = 0.05, length = 4;
    DetectorSettings settings = quiet();
    settings.chain.afterglowFraction = fraction;
    settings.chain.afterglowRows = length;
    const int width = 40, height = 120;
    const std::vector<Image16> channels
        = DetectorChain(settings).detect(patch(width, height, 1.0f, 0.01f, QRect(10, 20, 20, 40)), width, height);
    const Image16 &high = channels[1];
    for (int j = 0; j < 12; ++j) {
        const double expected = 1 - fraction * 0.99 * std::exp(-j / length);
        QVERIFY2(std::abs(transmission(high, 20, 60 + j) - expected) < 2e-4,
                 qPrintable(
                     QStringLiteral("row %1: %2 vs %3").arg(60 + j).arg(transmission(high, 20, 60 + j)).arg(expected)));
    }
    for (int y = 0; y < 20; ++y)
        QCOMPARE(high.at(20, y), quint16(65535));
    for (int y = 0; y < height; ++y) {
        QCOMPARE(high.at(9, y), quint16(65535));
        QCOMPARE(high.at(30, y), quint16(65535));
    }
    settings.chain.afterglowFraction = 0;
    QCOMPARE(
        DetectorChain(settings).detect(patch(width, height, 1.0f, 0.01f, QRect(10, 20, 20, 40)), width, height)[1].at(
            20, 60),
        quint16(65535));
}

void TestDetectorChain::electronicNoiseSetsTheDarkFloor()
{
    // A faint signal (200 quanta) keeps the noise clear of the ADC's zero.
    const int width = 200, height = 200;
    for (double sigma : {0.0, 5.0}) {
        DetectorSettings settings = quiet();
        settings.chain.electronicNoiseQuanta = sigma;
        const std::vector<Image16> channels
            = DetectorChain(settings).detect(patch(width, height, 0.01f, 0.01f, {}), width, height);
        std::vector<double> values;
        for (quint16 v : channels[0].pixels)
            values.push_back(quanta(v));
        const double sd = standardDeviation(values);
        QVERIFY2(sigma == 0 ? sd < 1e-9 : std::abs(sd / sigma - 1) < 0.05, qPrintable(QString::number(sd)));
    }
}

void TestDetectorChain::scatterRaisesTheSignalBehindDenseObjects()
{
    // A plate of T = 0.01 much wider than the scatter's spread: its middle reads (1 + f) T.
    const double fraction = 0.05;
    DetectorSettings settings = quiet();
    settings.chain.scatterFraction = fraction;
    settings.chain.scatterSigmaPx = 40;
    const int width = 1000, height = 2;
    const Images images = patch(width, height, 1.0f, 0.01f, QRect(100, 0, 800, height));
    const std::vector<Image16> channels = DetectorChain(settings).detect(images, width, height);
    const double raise = transmission(channels[1], 500, 0) / 0.01 - 1;
    QVERIFY2(std::abs(raise / fraction - 1) < 0.1, qPrintable(QString::number(raise)));
    // Low-frequency: no sharper than the plate's own edge, and more than the primary near it.
    QVERIFY(std::abs(transmission(channels[1], 450, 0) - transmission(channels[1], 550, 0)) < 2e-5);
    QVERIFY(transmission(channels[1], 110, 0) < transmission(channels[1], 500, 0));
    settings.chain.scatterFraction = 0;
    QCOMPARE(DetectorChain(settings).detect(images, width, height)[1].at(500, 0),
             quint16(std::lround(0.01f * 65535.0)));
}

void TestDetectorChain::scatterStaysInItsRow()
{
    // A line scanner lights one slice at a time: a plate in rows 0–9 adds nothing to rows 10–19.
    DetectorSettings settings = quiet();
    settings.chain.scatterFraction = 0.05;
    const int width = 300, height = 20;
    const Images background = patch(width, height, 0.5f, 0.5f, {});
    Images withPlate = background;
    for (size_t c = 0; c < 2; ++c)
        std::fill_n(withPlate[c].begin(), 10 * width, 0.01f);
    const std::vector<Image16> a = DetectorChain(settings).detect(background, width, height);
    const std::vector<Image16> b = DetectorChain(settings).detect(withPlate, width, height);
    for (int y = 10; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            QCOMPARE(b[1].at(x, y), a[1].at(x, y));
    }
    QVERIFY(transmission(a[1], 150, 5) > 0.5); // the background scatters too
}

void TestDetectorChain::quantumNoiseIsPoisson()
{
    DetectorSettings settings = quiet();
    settings.chain.quantumNoise = true;
    const int width = 200, height = 200;
    const std::vector<Image16> channels
        = DetectorChain(settings).detect(patch(width, height, 0.05f, 0.05f, {}), width, height);
    std::vector<double> values;
    for (quint16 v : channels[1].pixels)
        values.push_back(quanta(v));
    const double sd = standardDeviation(values);
    QVERIFY2(std::abs(sd * sd / (0.05 * Photons) - 1) < 0.05, qPrintable(QString::number(sd)));
}

void TestDetectorChain::sameSeedsSameBytes()
{
    const int width = 300, height = 200;
    Images images = patch(width, height, 1.0f, 0.02f, QRect(50, 40, 200, 120));
    DetectorSettings settings; // the default chain, every effect on
    const std::vector<Image16> a = DetectorChain(settings).detect(images, width, height);
    QCOMPARE(DetectorChain(settings).detect(images, width, height), a);
    settings.seed = 2;
    const std::vector<Image16> otherNoise = DetectorChain(settings).detect(images, width, height);
    settings.seed = 1;
    settings.chain.scannerSeed = 2;
    const std::vector<Image16> otherScanner = DetectorChain(settings).detect(images, width, height);
    for (size_t c = 0; c < 2; ++c) {
        QVERIFY(otherNoise[c] != a[c]);
        QVERIFY(otherScanner[c] != a[c]);
    }
}

void TestDetectorChain::outputClampsInto16Bits()
{
    // ±20 quanta of dark noise on 1000 quanta: air and black both spill over the ADC's range and
    // must stop at its ends, not wrap round.
    DetectorSettings settings = quiet();
    settings.incidentPhotons = 1000;
    settings.chain.electronicNoiseQuanta = 20;
    const int width = 100, height = 100;
    const std::vector<Image16> channels
        = DetectorChain(settings).detect(patch(width, height, 1.0f, 0.0f, QRect(50, 0, 50, height)), width, height);
    int full = 0, empty = 0;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const quint16 v = channels[1].at(x, y);
            QVERIFY(x < 50 ? v > 55000 : v < 10000);
            full += v == 65535;
            empty += v == 0;
        }
    }
    QVERIFY2(full > 2000 && empty > 2000, qPrintable(QStringLiteral("%1 %2").arg(full).arg(empty)));
}

QTEST_APPLESS_MAIN(TestDetectorChain)
#include "tst_detectorchain.moc"
