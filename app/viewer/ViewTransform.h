// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QMatrix4x4>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace pen::gui {

/// Where an image lies in a viewport: the zoom (viewport pixels per image pixel) and the image
/// point shown at the viewport's centre. Image coordinates are pixels of the view (x right, y down),
/// viewport coordinates are logical widget pixels with the origin at the top left. A value type
/// without Qt widgets, so that zooming and panning are tested on their own.
class ViewTransform {
public:
    static constexpr double MaxZoom = 64;    ///< the deepest magnification offered
    static constexpr double NearestZoom = 2; ///< from here on pixels show as squares

    /// A new image starts fitted.
    void setImageSize(QSizeF size);
    void setViewportSize(QSizeF size);
    QSizeF imageSize() const { return m_image; }
    QSizeF viewportSize() const { return m_viewport; }

    double zoom() const { return m_zoom; }
    /// The zoom at which the whole image just fits the viewport.
    double fitZoom() const;
    /// The smallest zoom offered: fit, or 1:1 where the image is smaller than the viewport.
    double minZoom() const;
    QPointF centre() const { return m_centre; }

    /// Fits the whole image, centred.
    void fit();
    /// Sets the zoom (clamped to minZoom()..MaxZoom) keeping the image point under `anchor`
    /// (viewport coordinates) where it is.
    void zoomAround(double zoom, QPointF anchor);
    /// Moves the picture by `delta` viewport pixels; the viewport's centre stays over the image.
    void pan(QPointF delta);
    /// Shows `imagePoint` at the viewport's centre (clamped to the image).
    void centreOn(QPointF imagePoint);

    QPointF mapToImage(QPointF viewportPoint) const;
    QPointF mapFromImage(QPointF imagePoint) const;
    QRectF mapFromImage(const QRectF &imageRect) const;
    /// Image pixels to OpenGL clip coordinates of the whole viewport.
    QMatrix4x4 imageToClip() const { return imageToClip(m_centre, m_zoom, m_viewport); }
    /// Image pixels to clip coordinates of a viewport of `size` that shows `centre` at its
    /// centre at `zoom` (for a magnifier's own viewport).
    static QMatrix4x4 imageToClip(QPointF centre, double zoom, QSizeF size);
    /// Whether the renderer should sample nearest rather than linear at this zoom.
    bool nearest() const { return m_zoom >= NearestZoom; }

private:
    QPointF viewportCentre() const { return {m_viewport.width() / 2, m_viewport.height() / 2}; }
    void clampCentre();

    QSizeF m_image;
    QSizeF m_viewport;
    double m_zoom = 1;
    QPointF m_centre;
};

} // namespace pen::gui
