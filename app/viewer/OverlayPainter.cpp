// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "OverlayPainter.h"

#include "DisplayNames.h"

#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace pen::gui {
namespace {

constexpr qreal LineWidth = 2;
constexpr qreal SelectedLineWidth = 3.5;
constexpr qreal HandleSize = 7;

} // namespace

OverlayPainter::OverlayPainter(QPainter &painter, const ViewTransform &transform)
    : m_painter(painter), m_transform(transform)
{
    // A font of the overlays' own (semi-bold labels): text painted on an OpenGL surface gets a GL
    // glyph cache in its font engine, and an engine shared with Qt Charts' static text item would
    // be freed without a GL context when the process exits.
    QFont font = painter.font();
    font.setWeight(QFont::DemiBold);
    font.setStyleStrategy(QFont::PreferQuality);
    m_painter.setFont(font);
}

void OverlayPainter::drawTruth(const RegionOverlay &overlay)
{
    outline(overlay.region, QPen(overlay.colour, LineWidth, Qt::DashLine));
    tag(m_transform.mapFromImage(overlay.region.bounds().topLeft()), overlay.label, overlay.colour);
}

void OverlayPainter::drawMark(const SuspectMark &mark, const QString &label, bool selected)
{
    const QColor colour = DisplayNames::categoryColour(mark.category);
    if (selected)
        outline(mark.region, QPen(Qt::white, SelectedLineWidth + 2));
    outline(mark.region, QPen(colour, selected ? SelectedLineWidth : LineWidth));
    if (selected)
        handles(m_transform.mapFromImage(mark.region.bounds()), colour);
    tag(m_transform.mapFromImage(mark.region.bounds().topLeft()), label, colour);
}

void OverlayPainter::drawPending(const QRectF &imageBox)
{
    const QRectF box = m_transform.mapFromImage(imageBox).normalized();
    m_painter.setBrush(QColor(255, 255, 255, 40));
    m_painter.setPen(QPen(Qt::black, 1));
    m_painter.drawRect(box);
    m_painter.setPen(QPen(Qt::white, 1, Qt::DashLine));
    m_painter.drawRect(box);
    m_painter.setBrush(Qt::NoBrush);
}

void OverlayPainter::outline(const Region &region, const QPen &pen)
{
    m_painter.setPen(pen);
    m_painter.setBrush(Qt::NoBrush);
    if (!region.isPolygon()) {
        m_painter.drawRect(m_transform.mapFromImage(region.box).normalized());
        return;
    }
    QPolygonF polygon;
    for (const QPointF &point : region.polygon)
        polygon.append(m_transform.mapFromImage(point));
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    m_painter.drawPolygon(polygon);
    m_painter.setRenderHint(QPainter::Antialiasing, false);
}

void OverlayPainter::handles(const QRectF &box, const QColor &colour)
{
    m_painter.setPen(QPen(Qt::black, 1));
    m_painter.setBrush(colour);
    const QRectF handle(0, 0, HandleSize, HandleSize);
    for (const QPointF &corner : {box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight()})
        m_painter.drawRect(handle.translated(corner - handle.center()));
    m_painter.setBrush(Qt::NoBrush);
}

void OverlayPainter::tag(QPointF anchor, const QString &text, const QColor &colour)
{
    if (text.isEmpty())
        return;
    const QFontMetrics metrics = m_painter.fontMetrics();
    QRectF box(0, 0, metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
    // Above the region where there is room, else just inside it.
    const qreal top = anchor.y() - box.height() >= 0 ? anchor.y() - box.height() : anchor.y();
    const qreal right = m_transform.viewportSize().width();
    box.moveTopLeft(QPointF(std::clamp(anchor.x(), 0.0, std::max(0.0, right - box.width())), top));
    m_painter.fillRect(box, colour);
    m_painter.setPen(colour.lightnessF() > 0.55 ? Qt::black : Qt::white);
    m_painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace pen::gui
