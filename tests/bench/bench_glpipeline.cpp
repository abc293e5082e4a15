// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Benchmark, not a test: how long the OpenGL pipeline takes to redraw a 4096 x 4096 and an
// 8000 x 2000 dual-energy view after a settings change (the pipeline pass over every tile, then
// the view drawn fitted into a 1600 x 1000 viewport), against a plain redraw of the same textured
// quads without a change, timed with glFinish in the same run. Needs a display with OpenGL 3.3.
#include "BenchScans.h"

#include "viewer/GlPipelineRenderer.h"

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

QMatrix4x4 fitted(const ScanView &view)
{
    const double scale = std::min(double(Viewport.width()) / view.width, double(Viewport.height()) / view.height);
    const double w = Viewport.width() / scale, h = Viewport.height() / scale;
    QMatrix4x4 m;
    m.ortho(float((view.width - w) / 2), float((view.width + w) / 2), float((view.height + h) / 2),
            float((view.height - h) / 2), -1, 1);
    return m;
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
    renderer.setView(&view, &bands);
    const QMatrix4x4 imageToClip = fitted(view);
    renderer.paint(imageToClip, false);
    gl->glFinish();
    const double plain = bench::medianMs(Runs, [&] {
        renderer.paint(imageToClip, false);
        gl->glFinish();
    });
    using S = DisplaySettings;
    const QList<std::pair<QString, S>> changes{
        {QStringLiteral("brightness"), S{.brightness = 0.2}},
        {QStringLiteral("material + edge"), S{.edgeEnhancement = 2}},
        {QStringLiteral("local contrast, clip change"), S{.localContrast = true, .localContrastClip = 3}},
    };
    for (const auto &[name, settings] : changes) {
        renderer.setSettings(settings); // histograms for local contrast are built here, once per channel
        renderer.paint(imageToClip, false);
        int flip = 0;
        const double changed = bench::medianMs(Runs, [&] {
            S next = settings;
            next.brightness += (++flip % 2) ? 0.01 : -0.01;
            next.localContrastClip += (flip % 2) ? 0.1 : -0.1;
            renderer.setSettings(next);
            renderer.paint(imageToClip, false);
            gl->glFinish();
        });
        out << QStringLiteral("gl redraw %1 x %2 after a %3 change: %4 ms; plain redraw %5 ms; ratio %6 (%7 tiles)\n")
                   .arg(view.width).arg(view.height).arg(name).arg(changed, 0, 'f', 1).arg(plain, 0, 'f', 2)
                   .arg(changed / plain, 0, 'f', 1).arg(renderer.tileCount());
    }
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
