// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "viewer/GlPipelineRenderer.h"

#include "enhance/DefaultMaterialBands.h"
#include "enhance/EnhancementPipeline.h"
#include "io/RasterImageIO.h"
#include "synth/StarterSet.h"

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

enum class Fixture { DualEnergy, SingleEnergy, Colour };

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
            const int d = std::max({std::abs(qRed(lineA[x]) - qRed(lineB[x])), std::abs(qGreen(lineA[x]) - qGreen(lineB[x])),
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

private:
    QImage renderGl(gui::GlPipelineRenderer &renderer, const QSize &size, const QMatrix4x4 &imageToClip);
    void checkMatchesCpu(const QImage &gpu, const ScanView &scanView, const DisplaySettings &settings);
    const ScanView &view(Fixture fixture) const;
    void addRows();

    QOffscreenSurface m_surface;
    QOpenGLContext m_context;
    std::optional<MaterialBands> m_bands;
    ScanView m_dual;
    ScanView m_single;
    ScanView m_colour;
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
}

void TestGlPipelineRenderer::cleanupTestCase()
{
    m_context.doneCurrent();
}

const ScanView &TestGlPipelineRenderer::view(Fixture fixture) const
{
    return fixture == Fixture::DualEnergy ? m_dual : fixture == Fixture::SingleEnergy ? m_single : m_colour;
}

// The image at 1:1 with nearest sampling, read back top row first.
QImage TestGlPipelineRenderer::renderGl(gui::GlPipelineRenderer &renderer, const QSize &size, const QMatrix4x4 &imageToClip)
{
    QOpenGLFramebufferObject target(size);
    target.bind();
    QOpenGLFunctions *gl = m_context.functions();
    gl->glViewport(0, 0, size.width(), size.height());
    gl->glClearColor(0, 0, 0, 1);
    gl->glClear(GL_COLOR_BUFFER_BIT);
    renderer.paint(imageToClip, true);
    target.release();
    return target.toImage().convertToFormat(QImage::Format_RGB32);
}

void TestGlPipelineRenderer::checkMatchesCpu(const QImage &gpu, const ScanView &scanView, const DisplaySettings &settings)
{
    auto cpu = EnhancementPipeline::render(scanView, &*m_bands, settings);
    QVERIFY(cpu);
    const Comparison c = compare(gpu, *cpu);
    QVERIFY2(c.outliers <= qint64(double(c.pixels) * AllowedOutliers),
             qPrintable(QStringLiteral("%1 of %2 pixels differ by more than %3 (max %4)")
                            .arg(c.outliers).arg(c.pixels).arg(Tolerance).arg(c.maxDifference)));
    qInfo("%lld of %lld pixels differ by more than %d, max difference %d", c.outliers, c.pixels, Tolerance, c.maxDifference);
}

void TestGlPipelineRenderer::addRows()
{
    QTest::addColumn<DisplaySettings>("settings");
    using S = DisplaySettings;
    const QList<std::pair<const char *, DisplaySettings>> settings{
        {"material", S{}},
        {"grey-fused", with([](S &s) { s.colouring = S::Colouring::Grey; })},
        {"grey-low", with([](S &s) { s.colouring = S::Colouring::Grey; s.channel = S::Channel::Low; })},
        {"grey-high", with([](S &s) { s.colouring = S::Colouring::Grey; s.channel = S::Channel::High; })},
        {"organic-only", with([](S &s) { s.stripping = S::Stripping::OrganicOnly; })},
        {"inorganic-only", with([](S &s) { s.stripping = S::Stripping::InorganicOnly; })},
        {"high-penetration", with([](S &s) { s.penetration = S::Penetration::High; })},
        {"low-penetration", with([](S &s) { s.penetration = S::Penetration::Low; })},
        {"negative", with([](S &s) { s.negative = true; })},
        {"gamma", with([](S &s) { s.gamma = 2.2; })},
        {"brightness-contrast", with([](S &s) { s.brightness = 0.3; s.contrast = 2.5; })},
        {"edge", with([](S &s) { s.edgeEnhancement = 2; })},
        {"local-contrast", with([](S &s) { s.localContrast = true; s.colouring = S::Colouring::Grey; })},
        {"density", with([](S &s) { s.densityHighlight = true; s.densityMin = 0.8; s.densityMax = 1.6; })},
        {"auto-window", with([](S &s) { s.autoWindow = true; s.colouring = S::Colouring::Grey; })},
        {"everything", with([](S &s) {
             s.stripping = S::Stripping::InorganicOnly;
             s.edgeEnhancement = 1.5;
             s.localContrast = true;
             s.gamma = 0.7;
             s.negative = true;
             s.densityHighlight = true;
         })},
    };
    for (Fixture fixture : {Fixture::DualEnergy, Fixture::SingleEnergy, Fixture::Colour}) {
        const char *kind = fixture == Fixture::DualEnergy ? "dual" : fixture == Fixture::SingleEnergy ? "single" : "colour";
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
    renderer.release();
    checkMatchesCpu(gpu, scanView, settings);
}

void TestGlPipelineRenderer::smallTilesMatch_data()
{
    QTest::addColumn<int>("fixture");
    QTest::addColumn<DisplaySettings>("settings");
    using S = DisplaySettings;
    const DisplaySettings neighbourhoods = with([](S &s) { s.edgeEnhancement = 2; s.localContrast = true; });
    QTest::newRow("dual/material+edge+local-contrast") << int(Fixture::DualEnergy) << neighbourhoods;
    QTest::newRow("dual/organic-only") << int(Fixture::DualEnergy) << with([](S &s) { s.stripping = S::Stripping::OrganicOnly; });
    QTest::newRow("single/edge") << int(Fixture::SingleEnergy) << neighbourhoods;
    QTest::newRow("colour/inorganic-only") << int(Fixture::Colour) << with([](S &s) { s.stripping = S::Stripping::InorganicOnly; });
}

// Tiles of 64 texels (62 shown + a 1-pixel margin): the 3×3 neighbourhoods must read across tile borders.
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
    QCOMPARE(renderer.tileCount(), ((scanView.width + 61) / 62) * ((scanView.height + 61) / 62));
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

QTEST_MAIN(TestGlPipelineRenderer)
#include "tst_glpipelinerenderer.moc"
