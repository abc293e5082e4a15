// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ScanImageView.h"
#include "SuspectMark.h"
#include "ViewTransform.h"

#include <QColor>
#include <QPen>
#include <QRectF>
#include <QString>

class QPainter;

namespace pen::gui {

/// Draws regions over the picture of a viewer: ground truth dashed, the officer's marks solid
/// (the selected one thicker, with corner handles), a box being drawn dotted; each with its label
/// on a tag in its colour. Works in the viewer's widget coordinates through its ViewTransform.
class OverlayPainter {
public:
    OverlayPainter(QPainter &painter, const ViewTransform &transform);

    void drawTruth(const RegionOverlay &overlay);
    void drawMark(const SuspectMark &mark, const QString &label, bool selected);
    /// The box being dragged out, in image pixels.
    void drawPending(const QRectF &imageBox);

private:
    void outline(const Region &region, const QPen &pen);
    void handles(const QRectF &box, const QColor &colour);
    void tag(QPointF anchor, const QString &text, const QColor &colour);

    QPainter &m_painter;
    const ViewTransform &m_transform;
};

} // namespace pen::gui
