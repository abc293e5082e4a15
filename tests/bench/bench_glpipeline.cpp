// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Benchmark, not a test: how long the OpenGL pipeline takes to redraw a 4096 x 4096 and an
// 8000 x 2000 dual-energy view in a 1600 x 1000 viewport after a settings change, fitted (the view
// the officer sees first) and at 1:1 (the centre of the scan), against a plain redraw of the same
// view without a change, timed with glFinish in the same run; and how long a new scan takes to
// show: setView() (pyramid and upload) with the first fitted paint, and the CPU pyramid alone.
// Needs a display with OpenGL 3.3.
#include "BenchScans.h"

#include "viewer/GlPipelineRenderer.h"
#include "viewer/HalvedView.h"
#include "viewer/ViewTransform.h"

#include "enhance/DefaultMaterialBands.h"

#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFramebufferObject>
#include <QOpenGLFunctions>
#include <QSurfaceFormat>
#include <QTextStream>

using namespace pen;

namespace {

constexpr int Runs = 9;
const QSize Viewport(1600, 1000);

struct Placement {
    QString name;
    QMatrix4x4 imageToClip;
    bool nearest = false;
};

QList<Placement> placements(const ScanView &view)
{
    gui::ViewTransform transform;
    transform.setViewportSize(Viewport);
    transform.setImageSize(QSizeF(view.width, view.height));
    QList<Placement> result{{QStringLiteral("fit"), transform.imageToClip(), transform.nearest()}};
    transform.zoomAround(1, QPointF(Viewport.width() / 2.0, Viewport.height() / 2.0));
    result.append({QStringLiteral("1:1"), transform.imageToClip(), transform.nearest()});
    return result;
}

void measurePlacement(QTextStream &out, QOpenGLFunctions *gl, gui::GlPipelineRenderer &renderer, const ScanView &view,
                      const Placement &at)
{
    renderer.setSettings(DisplaySettings{});
    renderer.paint(at.imageToClip, at.nearest);
    gl->glFinish();
    const double plain = bench::medianMs(Runs, [&] {
        renderer.paint(at.imageToClip, at.nearest);
        gl->glFinish();
    });
    using S = DisplaySettings;
    const QList<std::pair<QString, S>> changes{
        {QStringLiteral("brightness"), S{.brightness = 0.2}},
        {QStringLiteral("material + edge"), S{.edgeEnhancement = 2}},
        {QStringLiteral("local contrast clip"), S{.localContrast = true, .localContrastClip = 3}},
    };
    const auto changedMs = [&](const S &settings) {
        renderer.setSettings(settings); // histograms for local contrast are built here, once per channel
        renderer.paint(at.imageToClip, at.nearest);
        gl->glFinish();
        int flip = 0;
        return bench::medianMs(Runs, [&] {
            S next = settings;
            next.brightness += (++flip % 2) ? 0.01 : -0.01;
            next.localContrastClip += (flip % 2) ? 0.1 : -0.1;
            renderer.setSettings(next);
            renderer.paint(at.imageToClip, at.nearest);
            gl->glFinish();
        });
    };
    for (const auto &[name, settings] : changes) {
        const double changed = changedMs(settings);
        const gui::GlPipelineRenderer::PaintStatistics &last = renderer.lastPaint();
        out << QStringLiteral("%1 x %2 %3, %4 change: %5 ms; plain redraw %6 ms; ratio %7 "
                              "(level %8, %9 chunks, %10 Mtexels processed)\n")
                   .arg(view.width)
                   .arg(view.height)
                   .arg(at.name, name)
                   .arg(changed, 0, 'f', 1)
                   .arg(plain, 0, 'f', 2)
                   .arg(changed / plain, 0, 'f', 1)
                   .arg(last.level)
                   .arg(last.chunksProcessed)
                   .arg(double(last.texelsProcessed) / 1e6, 0, 'f', 2);
        out.flush();
    }
    // What the material view's continuous hue costs: every pixel placed on the reference scale and
    // coloured, against the same classes decided and shown in grey (organic only needs them too),
    // both redrawn after a brightness change.
    const double classesAlone = changedMs(S{.colouring = S::Colouring::Grey, .stripping = S::Stripping::OrganicOnly});
    const double colours = changedMs(S{});
    out << QStringLiteral(
               "%1 x %2 %3, material colours %4 ms; the same classes in grey %5 ms; ratio %6 (target at most 1.10)\n")
               .arg(view.width)
               .arg(view.height)
               .arg(at.name)
               .arg(colours, 0, 'f', 1)
               .arg(classesAlone, 0, 'f', 1)
               .arg(colours / classesAlone, 0, 'f', 2);
    out.flush();
}

void measure(QTextStream &out, QOpenGLContext &context, const ScanView &view, const MaterialBands &bands)
{
    QOpenGLFunctions *gl = context.functions();
    QOpenGLFramebufferObject target(Viewport);
    target.bind();
    gl->glViewport(0, 0, Viewport.width(), Viewport.height());
    gui::GlPipelineRenderer renderer;
    if (!renderer.initialize()) {
        out << renderer.error() << '\n';
        return;
    }
    const double pyramid = bench::medianMs(3, [&] {
        ScanView level = gui::halvedView(view);
        while (std::max(level.width, level.height) > gui::GlPipelineRenderer::ChunkSize)
            level = gui::halvedView(level);
    });
    const QMatrix4x4 fit = placements(view).front().imageToClip;
    const double shown = bench::medianMs(3, [&] {
        renderer.setView(&view, &bands);
        renderer.paint(fit, false);
        gl->glFinish();
    });
    out << QStringLiteral("%1 x %2 setView and first paint at fit: %3 ms (of which pyramid levels on the CPU: %4 ms; "
                          "%5 levels)\n")
               .arg(view.width)
               .arg(view.height)
               .arg(shown, 0, 'f', 1)
               .arg(pyramid, 0, 'f', 1)
               .arg(renderer.levelCount());
    for (const Placement &at : placements(view))
        measurePlacement(out, gl, renderer, view, at);
    renderer.release();
    target.release();
}

} // namespace

int main(int argc, char **argv)
{
    QSurfaceFormat format;
    format.setVersion(3, 3);
    format.setProfile(QSurfaceFormat::CoreProfile);
    QSurfaceFormat::setDefaultFormat(format);
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QOffscreenSurface surface;
    surface.create();
    QOpenGLContext context;
    if (!context.create() || !context.makeCurrent(&surface)) {
        out << "no OpenGL 3.3 context\n";
        return 1;
    }
    out << "renderer: " << reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER)) << '\n';
    const auto bands = defaultMaterialBands();
    if (!bands) {
        out << bands.error().message << '\n';
        return 1;
    }
    for (const QSize size : {QSize(4096, 4096), QSize(8000, 2000)})
        measure(out, context, bench::cargoLikeView(size.width(), size.height()), *bands);
    context.doneCurrent();
    return 0;
}
