// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "viewer/GlPipelineRenderer.h"
#include "viewer/HalvedView.h"
#include "viewer/ViewTransform.h"

#include "enhance/DefaultMaterialBands.h"
#include "enhance/DefaultMevClasses.h"
#include "enhance/EnhancementPipeline.h"
#include "io/RasterImageIO.h"
#include "scenes/StarterSet.h"

#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFramebufferObject>
#include <QOpenGLFunctions>
#include <QSurfaceFormat>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;

Q_DECLARE_METATYPE(pen::DisplaySettings)

namespace {

// GPU and CPU run the same float arithmetic on the same tables, but GLSL allows a few ulps of
// error in division and pow and may fuse multiply-adds: values then land on the other side of a
// rounding step (1/255), or, at a pixel whose 3×3 mean sits on a material threshold to within
// float precision, in the other class. So: at most 3/255 per channel, except at 0.1 % of pixels.
constexpr int Tolerance = 3;
constexpr double AllowedOutliers = 0.001;

enum class Fixture { DualEnergy, SingleEnergy, Colour, Megavolt };

struct Comparison {
    int maxDifference = 0;
    qint64 outliers = 0;
    qint64 pixels = 0;
};

Comparison compare(const QImage &a, const QImage &b)
{
    Comparison c;
    for (int y = 0; y < a.height(); ++y) {
        const auto *lineA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *lineB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int d
                = std::max({std::abs(qRed(lineA[x]) - qRed(lineB[x])), std::abs(qGreen(lineA[x]) - qGreen(lineB[x])),
                            std::abs(qBlue(lineA[x]) - qBlue(lineB[x]))});
            c.maxDifference = std::max(c.maxDifference, d);
            c.outliers += d > Tolerance;
            ++c.pixels;
        }
    }
    return c;
}

DisplaySettings with(const std::function<void(DisplaySettings &)> &change)
{
    DisplaySettings settings;
    change(settings);
    return settings;
}

// A dual-energy cargo-like scan of Block × Block squares of uniform matter: background around
// the load, then organic, mixed and inorganic goods of three thicknesses.
constexpr int Block = 400;

ScanView blockView(int width, int height)
{
    ScanView view;
    view.kind = ViewKind::DualEnergy;
    view.width = width;
    view.height = height;
    view.channels = {Image16(width, height, 65535), Image16(width, height, 65535)};
    constexpr double Ratios[3] = {1.2, 1.6, 2.4};
    constexpr double Thickness[3] = {0.4, 0.8, 1.4};
    for (int y = Block; y < height - Block; ++y) {
        for (int x = Block; x < width - Block; ++x) {
            const int block = x / Block + 2 * (y / Block);
            const double aHigh = Thickness[(block / 3) % 3];
            view.channels[0].at(x, y) = quint16(std::lround(65535.0 * std::exp(-aHigh * Ratios[block % 3])));
            view.channels[1].at(x, y) = quint16(std::lround(65535.0 * std::exp(-aHigh)));
        }
    }
    return view;
}

// A MeV cargo view of blocks of the four MeV reference materials' R at thicknesses up to past the
// starved limit, with a little pixel noise, on an empty border: every MeV class, the unclassified
// thin and noisy rays and their hatching, and edges.
ScanView megavoltView(int width, int height)
{
    const MevMaterialClasses &classes = *defaultMevClasses();
    ScanView view;
    view.kind = ViewKind::DualEnergy;
    view.peakKv = 6000;
    view.width = width;
    view.height = height;
    view.channels = {Image16(width, height, 65535), Image16(width, height, 65535)};
    for (int y = height / 10; y < height - height / 10; ++y) {
        for (int x = width / 20; x < width - width / 20; ++x) {
            const int block = (x / 23) * 31 + (y / 19) * 17;
            const double aHigh = 0.3 + (block % 23) * 0.27;
            const double ratio = classes.referenceRatio(block % MevMaterialClasses::ReferenceCount, aHigh);
            const double noise = 1.0 + (double((quint32(x * 2654435761u) ^ quint32(y * 40503u)) % 200) - 100) * 1e-4;
            view.channels[0].at(x, y) = quint16(std::lround(65535.0 * std::exp(-aHigh * ratio) * noise));
            view.channels[1].at(x, y) = quint16(std::lround(65535.0 * std::exp(-aHigh) / noise));
        }
    }
    return view;
}

// A single-energy view whose attenuation rises smoothly to the right and down: each local
// contrast tile sees a range of its own, so its equalisation depends on where a pixel lies.
ScanView rampView(int width, int height)
{
    ScanView view;
    view.kind = ViewKind::SingleEnergy;
    view.width = width;
    view.height = height;
    view.channels = {Image16(width, height)};
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const double a = 0.3 + 1.2 * x / width + 0.3 * y / height;
            view.channels[0].at(x, y) = quint16(std::lround(65535.0 * std::exp(-a)));
        }
    }
    return view;
}

// Every view mode and adjustment that the tests compare with the CPU pipeline.
QList<std::pair<const char *, DisplaySettings>> settingsRows()
{
    using S = DisplaySettings;
    return {
        {"material", S{}},
        {"grey-fused", with([](S &s) { s.colouring = S::Colouring::Grey; })},
        {"grey-low", with([](S &s) {
             s.colouring = S::Colouring::Grey;
             s.channel = S::Channel::Low;
         })},
        {"grey-high", with([](S &s) {
             s.colouring = S::Colouring::Grey;
             s.channel = S::Channel::High;
         })},
        {"organic-only", with([](S &s) { s.stripping = S::Stripping::OrganicOnly; })},
        {"inorganic-only", with([](S &s) { s.stripping = S::Stripping::InorganicOnly; })},
        {"high-penetration", with([](S &s) { s.penetration = S::Penetration::High; })},
        {"low-penetration", with([](S &s) { s.penetration = S::Penetration::Low; })},
        {"negative", with([](S &s) { s.negative = true; })},
        {"gamma", with([](S &s) { s.gamma = 2.2; })},
        {"brightness-contrast", with([](S &s) {
             s.brightness = 0.3;
             s.contrast = 2.5;
         })},
        {"edge", with([](S &s) { s.edgeEnhancement = 2; })},
        {"local-contrast", with([](S &s) {
             s.localContrast = true;
             s.colouring = S::Colouring::Grey;
         })},
        // One channel's signal: the CPU equalises through integer tables (LocalContrastTable).
        {"local-contrast-low", with([](S &s) {
             s.localContrast = true;
             s.colouring = S::Colouring::Grey;
             s.channel = S::Channel::Low;
         })},
        {"local-contrast-high-organic", with([](S &s) {
             s.localContrast = true;
             s.channel = S::Channel::High;
             s.stripping = S::Stripping::OrganicOnly;
         })},
        {"density", with([](S &s) {
             s.densityHighlight = true;
             s.densityMin = 0.8;
             s.densityMax = 1.6;
         })},
        {"auto-window", with([](S &s) {
             s.autoWindow = true;
             s.colouring = S::Colouring::Grey;
         })},
        {"everything", with([](S &s) {
             s.stripping = S::Stripping::InorganicOnly;
             s.edgeEnhancement = 1.5;
             s.localContrast = true;
             s.gamma = 0.7;
             s.negative = true;
             s.densityHighlight = true;
         })},
    };
}

QMatrix4x4 placed(gui::ViewTransform &transform, const QSize &viewport, const ScanView &view)
{
    transform.setViewportSize(QSizeF(viewport));
    transform.setImageSize(QSizeF(view.width, view.height));
    return transform.imageToClip();
}

} // namespace

class TestGlPipelineRenderer final : public QObject {
    Q_OBJECT
public:
    static void initMain()
    {
        QSurfaceFormat format;
        format.setVersion(3, 3);
        format.setProfile(QSurfaceFormat::CoreProfile);
        QSurfaceFormat::setDefaultFormat(format);
    }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void matchesTheCpuPipeline_data();
    void matchesTheCpuPipeline();
    void smallTilesMatch_data();
    void smallTilesMatch();
    void zoomedPaintRepeatsPixels();
    void levelsMatchTheCpuPipelineOnHalvedViews_data();
    void levelsMatchTheCpuPipelineOnHalvedViews();
    void settingsChangeProcessesOnlyVisibleChunks();
    void panningProcessesOnlyNewChunks();
    void fitKeepsTheColoursOfUniformRegions_data();
    void fitKeepsTheColoursOfUniformRegions();
    void outputsBeyondTheBudgetAreFreed();
    void settingsChangesReuseTheScanPass_data();
    void settingsChangesReuseTheScanPass();

private:
    QImage renderGl(gui::GlPipelineRenderer &renderer, const QSize &size, const QMatrix4x4 &imageToClip,
                    bool nearest = true);
    void checkMatchesCpu(const QImage &gpu, const ScanView &scanView, const DisplaySettings &settings);
    const ScanView &view(Fixture fixture) const;
    void addRows();

    QOffscreenSurface m_surface;
    QOpenGLContext m_context;
    std::optional<MaterialBands> m_bands;
    ScanView m_dual;
    ScanView m_single;
    ScanView m_colour;
    ScanView m_megavolt;
    ScanView m_cargo;
    ScanView m_ramp;
};

void TestGlPipelineRenderer::initTestCase()
{
    m_surface.create();
    QVERIFY(m_context.create());
    QVERIFY(m_context.makeCurrent(&m_surface));
    QVERIFY2(m_context.format().version() >= qMakePair(3, 3), "OpenGL 3.3 core is needed");
    auto table = AttenuationTable::bundled();
    auto bands = defaultMaterialBands();
    QVERIFY(table && bands);
    m_bands = *bands;
    const QList<Scan> scans = StarterSet::scans(*table);
    m_dual = scans[1].views.first(); // the bag: organics, metal, impenetrable, background
    m_single = m_dual;
    m_single.kind = ViewKind::SingleEnergy;
    m_single.channels.erase(m_single.channels.begin());
    // The colour view: the material rendering as an importer reads it from a vendor's PNG.
    auto colour = EnhancementPipeline::render(m_dual, &*m_bands, DisplaySettings{});
    QVERIFY(colour);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("colour.png"));
    QVERIFY(colour->save(png));
    auto read = readRasterView(png);
    QVERIFY(read);
    QCOMPARE(read->kind, ViewKind::Colour);
    m_colour = *read;
    QVERIFY(defaultMevClasses());
    m_megavolt = megavoltView(1100, 700);
    m_cargo = blockView(4000, 2400);
    m_ramp = rampView(2048, 2048);
}

void TestGlPipelineRenderer::cleanupTestCase()
{
    m_context.doneCurrent();
}

const ScanView &TestGlPipelineRenderer::view(Fixture fixture) const
{
    switch (fixture) {
    case Fixture::DualEnergy: return m_dual;
    case Fixture::SingleEnergy: return m_single;
    case Fixture::Colour: return m_colour;
    case Fixture::Megavolt: return m_megavolt;
    }
    return m_dual;
}

// The picture in a viewport of size (by default at 1:1 with nearest sampling), top row first.
QImage TestGlPipelineRenderer::renderGl(gui::GlPipelineRenderer &renderer, const QSize &size,
                                        const QMatrix4x4 &imageToClip, bool nearest)
{
    QOpenGLFramebufferObject target(size);
    target.bind();
    QOpenGLFunctions *gl = m_context.functions();
    gl->glViewport(0, 0, size.width(), size.height());
    gl->glClearColor(0, 0, 0, 1);
    gl->glClear(GL_COLOR_BUFFER_BIT);
    renderer.paint(imageToClip, nearest);
    target.release();
    return target.toImage().convertToFormat(QImage::Format_RGB32);
}

void TestGlPipelineRenderer::checkMatchesCpu(const QImage &gpu, const ScanView &scanView,
                                             const DisplaySettings &settings)
{
    auto cpu = EnhancementPipeline::render(scanView, &*m_bands, settings);
    QVERIFY(cpu);
    const Comparison c = compare(gpu, *cpu);
    QVERIFY2(c.outliers <= qint64(double(c.pixels) * AllowedOutliers),
             qPrintable(QStringLiteral("%1 of %2 pixels differ by more than %3 (max %4)")
                            .arg(c.outliers)
                            .arg(c.pixels)
                            .arg(Tolerance)
                            .arg(c.maxDifference)));
    qInfo("%lld of %lld pixels differ by more than %d, max difference %d", c.outliers, c.pixels, Tolerance,
          c.maxDifference);
}

void TestGlPipelineRenderer::addRows()
{
    QTest::addColumn<DisplaySettings>("settings");
    const QList<std::pair<const char *, DisplaySettings>> settings = settingsRows();
    for (Fixture fixture : {Fixture::DualEnergy, Fixture::SingleEnergy, Fixture::Colour, Fixture::Megavolt}) {
        const char *kind = fixture == Fixture::DualEnergy ? "dual"
            : fixture == Fixture::SingleEnergy            ? "single"
            : fixture == Fixture::Colour                  ? "colour"
                                                          : "mev";
        for (const auto &[name, value] : settings)
            QTest::addRow("%s/%s", kind, name) << int(fixture) << value;
    }
}

void TestGlPipelineRenderer::matchesTheCpuPipeline_data()
{
    QTest::addColumn<int>("fixture");
    addRows();
}

void TestGlPipelineRenderer::matchesTheCpuPipeline()
{
    QFETCH(int, fixture);
    QFETCH(DisplaySettings, settings);
    const ScanView &scanView = view(Fixture(fixture));
    gui::GlPipelineRenderer renderer;
    QVERIFY2(renderer.initialize(), qPrintable(renderer.error()));
    renderer.setView(&scanView, &*m_bands);
    // A first picture with other settings: what follows is a settings change on an uploaded view.
    QMatrix4x4 imageToClip;
    imageToClip.ortho(0, float(scanView.width), float(scanView.height), 0, -1, 1);
    renderGl(renderer, QSize(scanView.width, scanView.height), imageToClip);
    renderer.setSettings(settings);
    const QImage gpu = renderGl(renderer, QSize(scanView.width, scanView.height), imageToClip);
    QCOMPARE(renderer.lastPaint().level, 0);
    renderer.release();
    checkMatchesCpu(gpu, scanView, settings);
}

void TestGlPipelineRenderer::smallTilesMatch_data()
{
    QTest::addColumn<int>("fixture");
    QTest::addColumn<DisplaySettings>("settings");
    using S = DisplaySettings;
    const DisplaySettings neighbourhoods = with([](S &s) {
        s.edgeEnhancement = 2;
        s.localContrast = true;
    });
    QTest::newRow("dual/material+edge+local-contrast") << int(Fixture::DualEnergy) << neighbourhoods;
    QTest::newRow("dual/organic-only") << int(Fixture::DualEnergy)
                                       << with([](S &s) { s.stripping = S::Stripping::OrganicOnly; });
    QTest::newRow("single/edge") << int(Fixture::SingleEnergy) << neighbourhoods;
    QTest::newRow("mev/material") << int(Fixture::Megavolt) << DisplaySettings{};
    QTest::newRow("colour/inorganic-only")
        << int(Fixture::Colour) << with([](S &s) { s.stripping = S::Stripping::InorganicOnly; });
}

// Tiles of 64 texels (60 shown + a 2-pixel margin): the 3×3 and 5×5 neighbourhoods must read
// across tile borders.
void TestGlPipelineRenderer::smallTilesMatch()
{
    QFETCH(int, fixture);
    QFETCH(DisplaySettings, settings);
    const ScanView &scanView = view(Fixture(fixture));
    gui::GlPipelineRenderer renderer;
    QVERIFY(renderer.initialize());
    renderer.setMaxTextureSize(64);
    renderer.setView(&scanView, &*m_bands);
    renderer.setSettings(settings);
    QCOMPARE(renderer.tileCount(), ((scanView.width + 59) / 60) * ((scanView.height + 59) / 60));
    QMatrix4x4 imageToClip;
    imageToClip.ortho(0, float(scanView.width), float(scanView.height), 0, -1, 1);
    const QImage gpu = renderGl(renderer, QSize(scanView.width, scanView.height), imageToClip);
    renderer.release();
    checkMatchesCpu(gpu, scanView, settings);
}

// At 4× with nearest sampling each image pixel is a 4 × 4 square of the 1:1 picture's colour.
void TestGlPipelineRenderer::zoomedPaintRepeatsPixels()
{
    gui::GlPipelineRenderer renderer;
    QVERIFY(renderer.initialize());
    renderer.setMaxTextureSize(64);
    renderer.setView(&m_dual, &*m_bands);
    renderer.setSettings(DisplaySettings{});
    QMatrix4x4 oneToOne;
    oneToOne.ortho(0, float(m_dual.width), float(m_dual.height), 0, -1, 1);
    const QImage full = renderGl(renderer, QSize(m_dual.width, m_dual.height), oneToOne);
    QMatrix4x4 zoomed; // image pixels 50..100 × 40..90 fill a 200 × 200 viewport
    zoomed.ortho(50, 100, 90, 40, -1, 1);
    const QImage close = renderGl(renderer, QSize(200, 200), zoomed);
    renderer.release();
    for (int y = 0; y < 200; y += 3) {
        for (int x = 0; x < 200; x += 3)
            QCOMPARE(close.pixel(x, y), full.pixel(50 + x / 4, 40 + y / 4));
    }
}

void TestGlPipelineRenderer::levelsMatchTheCpuPipelineOnHalvedViews_data()
{
    QTest::addColumn<int>("fixture");
    QTest::addColumn<int>("level");
    QTest::addColumn<DisplaySettings>("settings");
    using S = DisplaySettings;
    const QList<std::tuple<const char *, Fixture, DisplaySettings>> rows{
        {"dual/material", Fixture::DualEnergy, S{}},
        {"dual/organic-only", Fixture::DualEnergy, with([](S &s) { s.stripping = S::Stripping::OrganicOnly; })},
        {"dual/edge+density", Fixture::DualEnergy, with([](S &s) {
             s.edgeEnhancement = 2;
             s.densityHighlight = true;
         })},
        {"dual/grey-low", Fixture::DualEnergy, with([](S &s) {
             s.colouring = S::Colouring::Grey;
             s.channel = S::Channel::Low;
         })},
        {"single/edge+gamma", Fixture::SingleEnergy, with([](S &s) {
             s.edgeEnhancement = 2;
             s.gamma = 2.2;
         })},
        {"colour/inorganic-only", Fixture::Colour, with([](S &s) { s.stripping = S::Stripping::InorganicOnly; })},
        {"mev/material", Fixture::Megavolt, S{}},
    };
    for (int level : {1, 2}) {
        for (const auto &[name, fixture, settings] : rows)
            QTest::addRow("level %d/%s", level, name) << int(fixture) << level << settings;
    }
}

// Drawn at 1/2^L, each screen pixel is one texel of level L, which must be what the CPU pipeline
// makes of the view halved L times (3×3 neighbourhoods of level pixels included). Local contrast
// and auto-window are left out: they keep the full-resolution statistics by design.
void TestGlPipelineRenderer::levelsMatchTheCpuPipelineOnHalvedViews()
{
    QFETCH(int, fixture);
    QFETCH(int, level);
    QFETCH(DisplaySettings, settings);
    ScanView halved = view(Fixture(fixture));
    for (int i = 0; i < level; ++i)
        halved = gui::halvedView(halved);
    gui::GlPipelineRenderer renderer;
    QVERIFY(renderer.initialize());
    renderer.setMaxTextureSize(100);
    renderer.setView(&view(Fixture(fixture)), &*m_bands);
    renderer.setSettings(settings);
    QVERIFY(renderer.levelCount() > level);
    const int scale = 1 << level;
    QMatrix4x4 imageToClip;
    imageToClip.ortho(0, float(halved.width * scale), float(halved.height * scale), 0, -1, 1);
    const QImage gpu = renderGl(renderer, QSize(halved.width, halved.height), imageToClip, false);
    QCOMPARE(renderer.lastPaint().level, level);
    renderer.release();
    checkMatchesCpu(gpu, halved, settings);
}

// The view the officer sees first: a large scan fitted. After a settings change only the chunks of
// the level drawn are processed, about as many texels as the screen has, not the scan's 9.6 million.
void TestGlPipelineRenderer::settingsChangeProcessesOnlyVisibleChunks()
{
    const QSize screen(800, 500);
    const qint64 screenTexels = qint64(screen.width()) * screen.height();
    gui::GlPipelineRenderer renderer;
    QVERIFY(renderer.initialize());
    renderer.setView(&m_cargo, &*m_bands);
    gui::ViewTransform transform;
    const QMatrix4x4 fit = placed(transform, screen, m_cargo);
    renderGl(renderer, screen, fit, false);
    renderer.setSettings(with([](DisplaySettings &s) { s.edgeEnhancement = 1; }));
    renderGl(renderer, screen, fit, false);
    const auto atFit = renderer.lastPaint();
    QCOMPARE(atFit.level, 2);
    QCOMPARE(atFit.chunksProcessed, atFit.chunksDrawn);
    QCOMPARE(atFit.chunksScanned, 0); // scanned by the first paint
    QVERIFY2(atFit.texelsProcessed <= 2 * screenTexels, qPrintable(QString::number(atFit.texelsProcessed)));
    renderGl(renderer, screen, fit, false);
    QCOMPARE(renderer.lastPaint().chunksProcessed, 0); // nothing changed, nothing processed

    transform.zoomAround(1, QPointF(screen.width() / 2.0, screen.height() / 2.0));
    renderer.setSettings(with([](DisplaySettings &s) { s.brightness = 0.2; }));
    renderGl(renderer, screen, transform.imageToClip(), transform.nearest());
    const auto atOne = renderer.lastPaint();
    QCOMPARE(atOne.level, 0);
    QCOMPARE(atOne.chunksProcessed, atOne.chunksDrawn);
    QCOMPARE(atOne.chunksScanned, atOne.chunksDrawn); // level 0 was not drawn before
    constexpr int Chunk = gui::GlPipelineRenderer::ChunkSize;
    QVERIFY(atOne.texelsProcessed <= qint64(screen.width() + 2 * Chunk) * (screen.height() + 2 * Chunk));
    renderer.release();
}

// Panning at 1:1 processes the chunks that come into view and reuses those already done.
void TestGlPipelineRenderer::panningProcessesOnlyNewChunks()
{
    const QSize screen(800, 500);
    gui::GlPipelineRenderer renderer;
    QVERIFY(renderer.initialize());
    renderer.setView(&m_cargo, &*m_bands);
    gui::ViewTransform transform;
    placed(transform, screen, m_cargo);
    transform.zoomAround(1, QPointF(screen.width() / 2.0, screen.height() / 2.0));
    renderGl(renderer, screen, transform.imageToClip(), false);
    const int firstChunks = renderer.lastPaint().chunksDrawn;
    QCOMPARE(renderer.lastPaint().chunksProcessed, firstChunks);
    transform.pan(QPointF(-screen.width(), 0)); // one screen to the right
    renderGl(renderer, screen, transform.imageToClip(), false);
    const auto panned = renderer.lastPaint();
    QVERIFY(panned.chunksProcessed > 0);
    QVERIFY(panned.chunksProcessed < panned.chunksDrawn); // the column on the seam was done before
    transform.pan(QPointF(screen.width(), 0));
    renderGl(renderer, screen, transform.imageToClip(), false);
    QCOMPARE(renderer.lastPaint().chunksProcessed, 0);
    QCOMPARE(renderer.lastPaint().chunksDrawn, firstChunks);
    renderer.release();
}

void TestGlPipelineRenderer::fitKeepsTheColoursOfUniformRegions_data()
{
    QTest::addColumn<bool>("ramp");
    QTest::addColumn<DisplaySettings>("settings");
    QTest::addColumn<int>("colours");
    using S = DisplaySettings;
    const DisplaySettings localContrast = with([](S &s) {
        s.localContrast = true;
        s.colouring = S::Colouring::Grey;
    });
    QTest::newRow("blocks/material") << false << S{} << 10;
    QTest::newRow("blocks/organic-only") << false << with([](S &s) { s.stripping = S::Stripping::OrganicOnly; }) << 4;
    QTest::newRow("blocks/local-contrast") << false << localContrast << 6;
    // The LUTs are blended at scan positions: blended at level positions the ramp would differ.
    QTest::newRow("ramp/local-contrast") << true << localContrast << 20;
    QTest::newRow("ramp/edge") << true << with([](S &s) { s.edgeEnhancement = 3; }) << 20;
}

// At fit (level 2 here) what changes slowly (the inside of uniform regions, a smooth ramp) shows
// what the full-resolution picture shows there: the same class colours, the same equalisation.
void TestGlPipelineRenderer::fitKeepsTheColoursOfUniformRegions()
{
    QFETCH(bool, ramp);
    QFETCH(DisplaySettings, settings);
    QFETCH(int, colours);
    const ScanView &scanView = ramp ? m_ramp : m_cargo;
    const int step = ramp ? 128 : Block; // ramp: anywhere; blocks: their centres
    const QSize screen(800, 500);
    gui::GlPipelineRenderer renderer;
    QVERIFY(renderer.initialize());
    renderer.setView(&scanView, &*m_bands);
    renderer.setSettings(settings);
    gui::ViewTransform transform;
    const QImage fitted = renderGl(renderer, screen, placed(transform, screen, scanView), false);
    QCOMPARE(renderer.lastPaint().level, 2);
    renderer.release();
    auto cpu = EnhancementPipeline::render(scanView, &*m_bands, settings);
    QVERIFY(cpu);
    QSet<QRgb> seen;
    for (int y = step / 2; y < scanView.height; y += step) {
        for (int x = step / 2; x < scanView.width; x += step) {
            const QPoint on = transform.mapFromImage(QPointF(x, y)).toPoint();
            const QPoint under = transform.mapToImage(QPointF(on) + QPointF(0.5, 0.5)).toPoint();
            const QRgb expected = cpu->pixel(under);
            const QRgb shown = fitted.pixel(on);
            const int d = std::max({std::abs(qRed(shown) - qRed(expected)), std::abs(qGreen(shown) - qGreen(expected)),
                                    std::abs(qBlue(shown) - qBlue(expected))});
            QVERIFY2(d <= Tolerance,
                     qPrintable(QStringLiteral("at %1, %2: %3 instead of %4")
                                    .arg(under.x())
                                    .arg(under.y())
                                    .arg(shown, 0, 16)
                                    .arg(expected, 0, 16)));
            seen.insert(expected);
        }
    }
    QVERIFY2(seen.size() >= colours, qPrintable(QStringLiteral("%1 colours").arg(seen.size())));
}

// With no budget, only the chunks drawn by the last two paints keep their outputs; a chunk freed
// is processed again when it comes back into view.
void TestGlPipelineRenderer::outputsBeyondTheBudgetAreFreed()
{
    const QSize screen(800, 500);
    gui::GlPipelineRenderer renderer;
    QVERIFY(renderer.initialize());
    renderer.setOutputBudget(0);
    renderer.setView(&m_cargo, &*m_bands);
    gui::ViewTransform transform;
    placed(transform, screen, m_cargo);
    transform.zoomAround(1, QPointF(screen.width() / 2.0, screen.height() / 2.0));
    transform.pan(QPointF(screen.width(), 0));
    const QMatrix4x4 left = transform.imageToClip();
    for (int step = 0; step < 3; ++step) {
        renderGl(renderer, screen, transform.imageToClip(), false);
        transform.pan(QPointF(-screen.width(), 0));
    }
    // Three screens side by side at 1:1: the first one's chunks, but for the seam, are gone.
    constexpr qint64 ChunkTexels = qint64(gui::GlPipelineRenderer::ChunkSize) * gui::GlPipelineRenderer::ChunkSize;
    QVERIFY(renderer.outputTexels() > 0);
    QVERIFY2(renderer.outputTexels() <= 2 * 15 * ChunkTexels, qPrintable(QString::number(renderer.outputTexels())));
    renderGl(renderer, screen, left, false);
    QVERIFY(renderer.lastPaint().chunksProcessed > 0);
    renderer.release();
}

void TestGlPipelineRenderer::settingsChangesReuseTheScanPass_data()
{
    QTest::addColumn<int>("fixture");
    QTest::newRow("dual") << int(Fixture::DualEnergy);
    QTest::newRow("single") << int(Fixture::SingleEnergy);
    QTest::newRow("colour") << int(Fixture::Colour);
    QTest::newRow("mev") << int(Fixture::Megavolt);
}

// The scan pass runs once per chunk, on the first paint, whatever the settings then (grey on the
// low channel here: no classes, no hue, no edges). Every settings change after it only runs the
// settings pass, on scan textures computed before, and still gives the CPU pipeline's picture in
// every mode. Colour views have no scan pass.
void TestGlPipelineRenderer::settingsChangesReuseTheScanPass()
{
    QFETCH(int, fixture);
    const ScanView &scanView = view(Fixture(fixture));
    const bool energy = Fixture(fixture) != Fixture::Colour;
    gui::GlPipelineRenderer renderer;
    QVERIFY(renderer.initialize());
    renderer.setView(&scanView, &*m_bands);
    renderer.setSettings(with([](DisplaySettings &s) {
        s.colouring = DisplaySettings::Colouring::Grey;
        s.channel = DisplaySettings::Channel::Low;
    }));
    QMatrix4x4 imageToClip;
    imageToClip.ortho(0, float(scanView.width), float(scanView.height), 0, -1, 1);
    const QSize size(scanView.width, scanView.height);
    renderGl(renderer, size, imageToClip);
    const int chunks = renderer.lastPaint().chunksDrawn;
    QCOMPARE(renderer.lastPaint().chunksScanned, energy ? chunks : 0);
    for (const auto &[name, settings] : settingsRows()) {
        renderer.setSettings(settings);
        const QImage gpu = renderGl(renderer, size, imageToClip);
        QCOMPARE(renderer.lastPaint().chunksProcessed, chunks);
        QVERIFY2(renderer.lastPaint().chunksScanned == 0, name);
        checkMatchesCpu(gpu, scanView, settings);
        if (QTest::currentTestFailed()) {
            qWarning("after the change to %s", name);
            return;
        }
    }
    renderer.release();
}

QTEST_MAIN(TestGlPipelineRenderer)
#include "tst_glpipelinerenderer.moc"
