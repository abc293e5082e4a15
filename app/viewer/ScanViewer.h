// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ScanImageView.h"
#include "ViewRenderer.h"
#include "ViewTransform.h"
#include "ViewerTool.h"
#include "enhance/DisplaySettings.h"
#include "model/Scan.h"

#include <QList>
#include <QOpenGLWidget>
#include <QPointer>

#include <memory>
#include <optional>

namespace pen {
class MaterialBands;
}

namespace pen::gui {

class SuspectMarkList;
class ToolUseLog;

/// Shows one view of a scan in OpenGL (3.3 core; set it as the default surface format before the
/// QApplication exists) through a ViewRenderer, with the officer's navigation: wheel zoom around
/// the cursor from fit (or 1:1 for small images) to ViewTransform::MaxZoom, zoom keys, fit, 1:1,
/// panning by drag (left button, or middle button while marking) and arrow keys, and a magnifier
/// lens that follows the cursor. In mark mode a drag draws a box and a menu asks for its category;
/// the mark goes to the SuspectMarkList given. Ground truth and marks are drawn over the picture.
/// Keys are those of ViewerTools::shortcuts(); tool use from the mouse and keyboard is recorded
/// in the ToolUseLog given, calls of the slots are not (the toolbar records its own). Falls back to a
/// TextureViewRenderer where the given renderer cannot initialise. GUI thread only.
class ScanViewer final : public QOpenGLWidget {
    Q_OBJECT
public:
    static constexpr int MagnifierSize = 220;    ///< side of the lens, widget pixels
    static constexpr double MagnifierFactor = 3; ///< lens zoom ÷ viewer zoom
    static constexpr double ZoomStep = 1.25;     ///< per key press or wheel notch

    /// Takes the renderer (not null).
    explicit ScanViewer(std::unique_ptr<ViewRenderer> renderer, QWidget *parent = nullptr);
    ~ScanViewer() override;

    /// Shows a view of a scan, fitted (the first view unless `viewIndex` names another). The bands
    /// are the material calibration for the material colour of dual-energy views; may be null.
    /// Both are shared, never copied; nullptr clears.
    void setScan(std::shared_ptr<const Scan> scan, std::shared_ptr<const MaterialBands> bands = {}, int viewIndex = 0);
    const Scan *scan() const { return m_scan.get(); }
    int viewIndex() const { return m_viewIndex; }
    /// Which view this is, as drawn in the viewer's top left corner ("View 2 of 2: side");
    /// empty for a scan of one view.
    QString viewCaption() const;
    /// The caption's background, opaque, so that the caption reads on any scan.
    static constexpr QRgb CaptionBackground = 0xff203040;
    /// The view shown, or null.
    const ScanView *view() const;

    void setDisplaySettings(const DisplaySettings &settings);
    const DisplaySettings &displaySettings() const { return m_settings; }

    /// Zoom and pan: widget pixels per image pixel and the image point at the centre.
    const ViewTransform &transform() const { return m_transform; }
    double zoom() const { return m_transform.zoom(); }
    QPointF mapToImage(QPointF widgetPoint) const { return m_transform.mapToImage(widgetPoint); }
    QPointF mapFromImage(QPointF imagePoint) const { return m_transform.mapFromImage(imagePoint); }

    bool isMagnifierVisible() const { return m_magnifier; }
    /// Where the lens is drawn (widget pixels), empty while it is off or the cursor is outside.
    QRect magnifierRect() const;
    bool isMarking() const { return m_marking; }

    /// The list that marks go to and are drawn from (not owned; shared by the views of a scan).
    /// Without one, marking is off.
    void setMarkList(SuspectMarkList *marks);
    SuspectMarkList *markList() const { return m_marks; }
    /// Ground truth to draw, for every view; those of other views are skipped.
    void setGroundTruth(const QList<RegionOverlay> &overlays);
    const QList<RegionOverlay> &groundTruth() const { return m_truth; }
    /// Where tool use is recorded (not owned; may be null).
    void setToolUseLog(ToolUseLog *log) { m_log = log; }

    /// The renderer's error when it failed and the fallback took over, else empty.
    QString rendererError() const { return m_rendererError; }

public slots:
    void setViewIndex(int index);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void showActualSize();
    /// Moves the picture by `delta` widget pixels.
    void panBy(QPointF delta);
    void setMagnifierVisible(bool visible);
    void setMarking(bool marking);
    void deleteSelectedMark();

signals:
    void viewIndexChanged(int index);
    /// Zoom or pan changed.
    void transformChanged();
    void magnifierVisibleChanged(bool visible);
    void markingChanged(bool marking);
    /// The widget got focus or a click: the pane makes it the one the toolbar acts on.
    void activated();
    /// The given renderer failed to initialise; the fallback is drawing instead.
    void rendererFailed(const QString &error);

protected:
    void initializeGL() override;
    void resizeGL(int width, int height) override;
    void paintGL() override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void record(ViewerTool tool);
    bool runShortcut(ViewerTool tool);
    void zoomBy(double factor, QPointF anchor);
    void uploadView();
    void releaseGl();
    void paintMagnifier();
    void paintOverlays();
    void paintViewCaption(QPainter &painter);
    QRect deviceRect(const QRect &widgetRect) const;
    void finishBox(QPointF widgetPoint);
    void askCategory(const QRectF &imageBox, QPoint globalPos);
    void selectMarkAt(QPointF widgetPoint);
    QRectF clampedToImage(const QRectF &imageBox) const;

    std::unique_ptr<ViewRenderer> m_renderer;
    std::shared_ptr<const Scan> m_scan;
    std::shared_ptr<const MaterialBands> m_bands;
    int m_viewIndex = 0;
    DisplaySettings m_settings;
    ViewTransform m_transform;
    QList<RegionOverlay> m_truth;
    QPointer<SuspectMarkList> m_marks;
    ToolUseLog *m_log = nullptr;
    bool m_glReady = false;
    QString m_rendererError;

    bool m_magnifier = false;
    std::optional<QPointF> m_cursor;
    bool m_marking = false;
    std::optional<QPointF> m_dragStart; ///< widget point where the button went down
    QPointF m_lastDrag;
    bool m_dragged = false;
    std::optional<QRectF> m_pendingBox; ///< image pixels, while dragging or choosing a category
};

} // namespace pen::gui
