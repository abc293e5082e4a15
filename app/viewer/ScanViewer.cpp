// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ScanViewer.h"

#include "OverlayPainter.h"
#include "SuspectMarkList.h"
#include "TextureViewRenderer.h"
#include "ToolUseLog.h"

#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QOpenGLPaintDevice>
#include <QPainter>
#include <QSurfaceFormat>

#include <cmath>

namespace pen::gui {
namespace {

const QColor Surround(44, 47, 53);
const QColor LensBorder(255, 255, 255);
const QColor LensOutline(20, 22, 26);

void clearTo(QOpenGLFunctions *gl, const QColor &colour)
{
    gl->glClearColor(float(colour.redF()), float(colour.greenF()), float(colour.blueF()), 1.0f);
    gl->glClear(GL_COLOR_BUFFER_BIT);
}

} // namespace

ScanViewer::ScanViewer(std::unique_ptr<ViewRenderer> renderer, QWidget *parent)
    : QOpenGLWidget(parent), m_renderer(std::move(renderer))
{
    Q_ASSERT(m_renderer);
    // The renderers need OpenGL 3.3 core, whatever the application's default.
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    if (format.version() < qMakePair(3, 3) || format.profile() != QSurfaceFormat::CoreProfile) {
        format.setVersion(3, 3);
        format.setProfile(QSurfaceFormat::CoreProfile);
        setFormat(format);
    }
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setCursor(Qt::OpenHandCursor);
    setMinimumSize(160, 120);
}

ScanViewer::~ScanViewer()
{
    releaseGl();
}

const ScanView *ScanViewer::view() const
{
    if (!m_scan || m_viewIndex < 0 || m_viewIndex >= m_scan->views.size())
        return nullptr;
    return &m_scan->views.at(m_viewIndex);
}

void ScanViewer::setScan(std::shared_ptr<const Scan> scan, std::shared_ptr<const MaterialBands> bands, int viewIndex)
{
    m_scan = std::move(scan);
    m_bands = std::move(bands);
    m_pendingBox.reset();
    const int count = m_scan ? int(m_scan->views.size()) : 0;
    m_viewIndex = count > 0 ? std::clamp(viewIndex, 0, count - 1) : 0;
    uploadView();
    emit viewIndexChanged(m_viewIndex);
}

void ScanViewer::setViewIndex(int index)
{
    if (!m_scan || index < 0 || index >= m_scan->views.size() || index == m_viewIndex)
        return;
    m_viewIndex = index;
    m_pendingBox.reset();
    uploadView();
    emit viewIndexChanged(index);
}

void ScanViewer::uploadView()
{
    const ScanView *shown = view();
    m_transform.setImageSize(shown ? QSizeF(shown->width, shown->height) : QSizeF());
    if (m_glReady) {
        makeCurrent();
        m_renderer->setView(shown, m_bands.get());
        doneCurrent();
    }
    emit transformChanged();
    update();
}

void ScanViewer::setDisplaySettings(const DisplaySettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    if (m_glReady) {
        makeCurrent();
        m_renderer->setSettings(settings);
        doneCurrent();
    }
    update();
}

void ScanViewer::setMarkList(SuspectMarkList *marks)
{
    if (m_marks)
        disconnect(m_marks, nullptr, this, nullptr);
    m_marks = marks;
    if (marks) {
        connect(marks, &SuspectMarkList::marksChanged, this, qOverload<>(&QWidget::update));
        connect(marks, &SuspectMarkList::selectionChanged, this, qOverload<>(&QWidget::update));
    } else {
        setMarking(false);
    }
    update();
}

void ScanViewer::setGroundTruth(const QList<RegionOverlay> &overlays)
{
    m_truth = overlays;
    update();
}

void ScanViewer::record(ViewerTool tool)
{
    if (m_log)
        m_log->record(ViewerTools::key(tool));
}

// --- Navigation ---

void ScanViewer::zoomBy(double factor, QPointF anchor)
{
    m_transform.zoomAround(m_transform.zoom() * factor, anchor);
    emit transformChanged();
    update();
}

void ScanViewer::zoomIn()
{
    zoomBy(ZoomStep, m_cursor.value_or(QPointF(width() / 2.0, height() / 2.0)));
}

void ScanViewer::zoomOut()
{
    zoomBy(1 / ZoomStep, m_cursor.value_or(QPointF(width() / 2.0, height() / 2.0)));
}

void ScanViewer::fitToWindow()
{
    m_transform.fit();
    emit transformChanged();
    update();
}

void ScanViewer::showActualSize()
{
    m_transform.zoomAround(1, QPointF(width() / 2.0, height() / 2.0));
    emit transformChanged();
    update();
}

void ScanViewer::panBy(QPointF delta)
{
    m_transform.pan(delta);
    emit transformChanged();
    update();
}

void ScanViewer::setMagnifierVisible(bool visible)
{
    if (visible == m_magnifier)
        return;
    m_magnifier = visible;
    emit magnifierVisibleChanged(visible);
    update();
}

QRect ScanViewer::magnifierRect() const
{
    if (!m_magnifier || !m_cursor || !view())
        return {};
    QRect lens(0, 0, MagnifierSize, MagnifierSize);
    lens.moveCenter(m_cursor->toPoint());
    return lens;
}

// --- OpenGL ---

void ScanViewer::initializeGL()
{
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &ScanViewer::releaseGl, Qt::UniqueConnection);
    if (!m_renderer->initialize()) {
        m_rendererError = m_renderer->error();
        qWarning("Image renderer failed, using the simple one: %s", qPrintable(m_rendererError));
        m_renderer->release();
        auto fallback = std::make_unique<TextureViewRenderer>();
        if (!fallback->initialize()) {
            m_rendererError += QLatin1Char('\n') + fallback->error();
            return;
        }
        m_renderer = std::move(fallback);
        emit rendererFailed(m_rendererError);
    }
    m_glReady = true;
    m_renderer->setSettings(m_settings);
    m_renderer->setView(view(), m_bands.get());
}

void ScanViewer::releaseGl()
{
    if (!m_glReady)
        return;
    makeCurrent();
    m_renderer->release();
    doneCurrent();
    m_glReady = false;
}

void ScanViewer::resizeGL(int width, int height)
{
    m_transform.setViewportSize(QSizeF(width, height));
    emit transformChanged();
}

QRect ScanViewer::deviceRect(const QRect &widgetRect) const
{
    const qreal ratio = devicePixelRatioF();
    const int bottom = int(std::lround((height() - widgetRect.y() - widgetRect.height()) * ratio));
    return QRect(int(std::lround(widgetRect.x() * ratio)), bottom, int(std::lround(widgetRect.width() * ratio)),
                 int(std::lround(widgetRect.height() * ratio)));
}

void ScanViewer::paintGL()
{
    QOpenGLFunctions *gl = context()->functions();
    const QRect full = deviceRect(rect());
    gl->glViewport(full.x(), full.y(), full.width(), full.height());
    gl->glDisable(GL_SCISSOR_TEST);
    gl->glDisable(GL_BLEND);
    gl->glDisable(GL_DEPTH_TEST);
    clearTo(gl, Surround);
    if (m_glReady && view()) {
        m_renderer->paint(m_transform.imageToClip(), m_transform.nearest());
        paintMagnifier();
    }
    paintOverlays();
}

void ScanViewer::paintMagnifier()
{
    const QRect lens = magnifierRect();
    if (lens.isEmpty())
        return;
    QOpenGLFunctions *gl = context()->functions();
    const QRect device = deviceRect(lens);
    gl->glEnable(GL_SCISSOR_TEST);
    gl->glScissor(device.x(), device.y(), device.width(), device.height());
    gl->glViewport(device.x(), device.y(), device.width(), device.height());
    clearTo(gl, Surround);
    const double lensZoom = m_transform.zoom() * MagnifierFactor;
    m_renderer->paint(ViewTransform::imageToClip(mapToImage(*m_cursor), lensZoom, lens.size()),
                      lensZoom >= ViewTransform::NearestZoom);
    gl->glDisable(GL_SCISSOR_TEST);
    const QRect full = deviceRect(rect());
    gl->glViewport(full.x(), full.y(), full.width(), full.height());
}

QString ScanViewer::viewCaption() const
{
    if (!m_scan || m_scan->views.size() < 2 || m_viewIndex < 0 || m_viewIndex >= m_scan->views.size())
        return {};
    const QString label = m_scan->views.at(m_viewIndex).label;
    return label.isEmpty() ? tr("View %1 of %2").arg(m_viewIndex + 1).arg(m_scan->views.size())
                           : tr("View %1 of %2: %3").arg(m_viewIndex + 1).arg(m_scan->views.size()).arg(label);
}

void ScanViewer::paintViewCaption(QPainter &painter)
{
    const QString caption = viewCaption();
    if (caption.isEmpty())
        return;
    const QRect text = painter.fontMetrics().boundingRect(caption);
    const QRect box(0, 0, text.width() + 12, text.height() + 6);
    painter.fillRect(box, QColor::fromRgb(CaptionBackground));
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, caption);
}

void ScanViewer::paintOverlays()
{
    // A paint device on the framebuffer itself: a QPainter on the widget would be redirected
    // under QWidget::grab() and then hidden behind the framebuffer's picture.
    QOpenGLPaintDevice device(size() * devicePixelRatioF());
    device.setDevicePixelRatio(devicePixelRatioF());
    QPainter painter(&device);
    if (!m_glReady) {
        painter.setPen(Qt::white);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The scan cannot be shown: %1").arg(m_rendererError));
        return;
    }
    const QRect lens = magnifierRect();
    painter.setClipRegion(QRegion(rect()).subtracted(lens));
    OverlayPainter overlays(painter, m_transform);
    for (const RegionOverlay &overlay : std::as_const(m_truth)) {
        if (overlay.region.viewIndex == m_viewIndex)
            overlays.drawTruth(overlay);
    }
    if (m_marks) {
        for (int row = 0; row < m_marks->marks().size(); ++row) {
            const SuspectMark &mark = m_marks->marks().at(row);
            if (mark.region.viewIndex == m_viewIndex)
                overlays.drawMark(mark, QStringLiteral("%1 %2").arg(row + 1).arg(m_marks->categoryName(mark.category)),
                                  row == m_marks->selected());
        }
    }
    if (m_pendingBox)
        overlays.drawPending(*m_pendingBox);
    painter.setClipping(false);
    paintViewCaption(painter); // officers must know which view of a dual-view scanner they see
    painter.setClipRegion(QRegion(rect()).subtracted(lens));
    if (!lens.isEmpty()) {
        painter.setClipping(false);
        painter.setPen(QPen(LensOutline, 1));
        painter.drawRect(lens.adjusted(-1, -1, 0, 0));
        painter.setPen(QPen(LensBorder, 2));
        painter.drawRect(lens.adjusted(1, 1, -1, -1));
    }
}

} // namespace pen::gui
