// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ViewTransform.h"

#include <algorithm>

namespace pen::gui {

void ViewTransform::setImageSize(QSizeF size)
{
    m_image = size;
    fit();
}

void ViewTransform::setViewportSize(QSizeF size)
{
    // A resize keeps the zoom unless the picture was fitted, which stays fitted.
    const bool fitted = m_zoom == fitZoom();
    m_viewport = size;
    if (fitted)
        fit();
    else
        m_zoom = std::clamp(m_zoom, minZoom(), MaxZoom);
}

double ViewTransform::fitZoom() const
{
    if (m_image.isEmpty() || m_viewport.isEmpty())
        return 1;
    return std::min(m_viewport.width() / m_image.width(), m_viewport.height() / m_image.height());
}

double ViewTransform::minZoom() const
{
    return std::min(fitZoom(), 1.0);
}

void ViewTransform::fit()
{
    m_zoom = fitZoom();
    m_centre = QPointF(m_image.width() / 2, m_image.height() / 2);
}

void ViewTransform::zoomAround(double zoom, QPointF anchor)
{
    const QPointF fixedPoint = mapToImage(anchor);
    m_zoom = std::clamp(zoom, minZoom(), MaxZoom);
    m_centre = fixedPoint - (anchor - viewportCentre()) / m_zoom;
    clampCentre();
}

void ViewTransform::pan(QPointF delta)
{
    m_centre -= delta / m_zoom;
    clampCentre();
}

void ViewTransform::centreOn(QPointF imagePoint)
{
    m_centre = imagePoint;
    clampCentre();
}

QPointF ViewTransform::mapToImage(QPointF viewportPoint) const
{
    return m_centre + (viewportPoint - viewportCentre()) / m_zoom;
}

QPointF ViewTransform::mapFromImage(QPointF imagePoint) const
{
    return viewportCentre() + (imagePoint - m_centre) * m_zoom;
}

QRectF ViewTransform::mapFromImage(const QRectF &imageRect) const
{
    return QRectF(mapFromImage(imageRect.topLeft()), mapFromImage(imageRect.bottomRight()));
}

QMatrix4x4 ViewTransform::imageToClip(QPointF centre, double zoom, QSizeF size)
{
    QMatrix4x4 matrix;
    if (size.isEmpty())
        return matrix;
    // Viewport pixels (y down) to clip space (y up), after image pixels to viewport pixels.
    matrix.translate(-1, 1);
    matrix.scale(float(2 / size.width()), float(-2 / size.height()));
    const QPointF origin = QPointF(size.width() / 2, size.height() / 2) - centre * zoom;
    matrix.translate(float(origin.x()), float(origin.y()));
    matrix.scale(float(zoom), float(zoom));
    return matrix;
}

void ViewTransform::clampCentre()
{
    m_centre.setX(std::clamp(m_centre.x(), 0.0, m_image.width()));
    m_centre.setY(std::clamp(m_centre.y(), 0.0, m_image.height()));
}

} // namespace pen::gui
