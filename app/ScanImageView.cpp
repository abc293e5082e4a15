// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ScanImageView.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace pen::gui {
namespace {

constexpr int Margin = 8;
constexpr qreal OutlineWidth = 2.0;

} // namespace

ScanImageView::ScanImageView(QWidget *parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(24, 26, 30));
    dark.setColor(QPalette::WindowText, QColor(200, 200, 200));
    setPalette(dark);
    setMinimumSize(200, 150);
}

void ScanImageView::setImage(const QImage &image)
{
    m_image = image;
    update();
}

void ScanImageView::setOverlays(const QList<RegionOverlay> &overlays)
{
    m_overlays = overlays;
    update();
}

void ScanImageView::setOverlaysVisible(bool visible)
{
    m_overlaysVisible = visible;
    update();
}

void ScanImageView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

double ScanImageView::scale() const
{
    if (m_image.isNull())
        return 1.0;
    const double sx = double(width() - 2 * Margin) / m_image.width();
    const double sy = double(height() - 2 * Margin) / m_image.height();
    return std::max(0.01, std::min(sx, sy));
}

QRectF ScanImageView::imageRect() const
{
    if (m_image.isNull())
        return {};
    // Whole device pixels, so that image pixel edges and overlay lines land on the same pixels.
    const QSizeF size = QSizeF(m_image.size()) * scale();
    const QPointF topLeft(std::floor((width() - size.width()) / 2), std::floor((height() - size.height()) / 2));
    return QRectF(topLeft, size);
}

QPointF ScanImageView::mapFromImage(QPointF imagePoint) const
{
    return imageRect().topLeft() + imagePoint * scale();
}

void ScanImageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect(), Qt::AlignCenter, m_placeholder);
        return;
    }
    // Enlarged scans keep their pixels sharp (an officer looks at edges); reduced ones are smoothed.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale() < 1.0);
    painter.drawImage(imageRect(), m_image);
    if (!m_overlaysVisible)
        return;
    for (const RegionOverlay &overlay : m_overlays)
        drawOverlay(painter, overlay);
}

void ScanImageView::drawOverlay(QPainter &painter, const RegionOverlay &overlay) const
{
    painter.setPen(QPen(overlay.colour, OutlineWidth, overlay.style));
    painter.setBrush(Qt::NoBrush);
    if (overlay.region.isPolygon()) {
        QPolygonF polygon;
        for (const QPointF &point : overlay.region.polygon)
            polygon.append(mapFromImage(point));
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.drawPolygon(polygon);
        painter.setRenderHint(QPainter::Antialiasing, false);
    } else {
        const QRectF box = overlay.region.box;
        painter.drawRect(QRectF(mapFromImage(box.topLeft()), mapFromImage(box.bottomRight())));
    }
    drawLabel(painter, overlay, mapFromImage(overlay.region.bounds().topLeft()));
}

void ScanImageView::drawLabel(QPainter &painter, const RegionOverlay &overlay, QPointF anchor) const
{
    if (overlay.label.isEmpty())
        return;
    const QFontMetrics metrics = painter.fontMetrics();
    QRectF tag(0, 0, metrics.horizontalAdvance(overlay.label) + 8, metrics.height() + 2);
    // Above the region where there is room, else just inside it.
    const qreal top = anchor.y() - tag.height() >= 0 ? anchor.y() - tag.height() : anchor.y();
    tag.moveTopLeft(QPointF(std::clamp(anchor.x(), 0.0, std::max(0.0, width() - tag.width())), top));
    painter.fillRect(tag, overlay.colour);
    painter.setPen(overlay.colour.lightnessF() > 0.55 ? Qt::black : Qt::white);
    painter.drawText(tag, Qt::AlignCenter, overlay.label);
}

} // namespace pen::gui
