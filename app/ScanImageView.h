// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Region.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

class QPainter;

namespace pen::gui {

/// A ground-truth region to draw over the image, in pixels of the image shown.
struct RegionOverlay {
    Region region;
    QColor colour;
    QString label;
    Qt::PenStyle style = Qt::SolidLine; ///< dashed for what an algorithm found, solid for truth
};

/// Shows one view's 8-bit picture, scaled to fit and centred, with ground-truth regions drawn
/// over it (boxes and polygons outlined in their category colour and labelled). A raster widget
/// for the browser; the OpenGL viewer replaces it later.
class ScanImageView final : public QWidget {
    Q_OBJECT
public:
    explicit ScanImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void setOverlays(const QList<RegionOverlay> &overlays);
    void setOverlaysVisible(bool visible);
    /// Text shown instead of an image, e.g. while a scan loads.
    void setPlaceholder(const QString &text);

    const QImage &image() const { return m_image; }
    const QList<RegionOverlay> &overlays() const { return m_overlays; }
    /// Where the image lies in widget coordinates (empty without an image).
    QRectF imageRect() const;
    QPointF mapFromImage(QPointF imagePoint) const;

    QSize sizeHint() const override { return {640, 480}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void drawOverlay(QPainter &painter, const RegionOverlay &overlay) const;
    void drawLabel(QPainter &painter, const RegionOverlay &overlay, QPointF anchor) const;
    double scale() const;

    QImage m_image;
    QList<RegionOverlay> m_overlays;
    QString m_placeholder;
    bool m_overlaysVisible = true;
};

} // namespace pen::gui
