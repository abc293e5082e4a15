// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Scan.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QSurfaceFormat>
#include <QWheelEvent>
#include <QWidget>

namespace pen::test {

/// OpenGL 3.3 core for every context; call before the QApplication exists.
inline void useViewerSurfaceFormat()
{
    QSurfaceFormat format;
    format.setVersion(3, 3);
    format.setProfile(QSurfaceFormat::CoreProfile);
    QSurfaceFormat::setDefaultFormat(format);
}

/// A wheel turned by `notches` (positive: away from the user) with the cursor at `position`.
inline void turnWheel(QWidget *widget, QPointF position, int notches)
{
    QWheelEvent event(position, widget->mapToGlobal(position), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &event);
}

/// The cursor moved to `position` without a button held.
inline void hover(QWidget *widget, QPointF position)
{
    QMouseEvent event(QEvent::MouseMove, position, widget->mapToGlobal(position), Qt::NoButton, Qt::NoButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &event);
}

/// A single-energy scan of `width` × `height`, white (nothing absorbed) but for one black pixel.
inline Scan whiteScanWithDarkPixel(int width, int height, QPoint dark)
{
    ScanView view;
    view.label = QStringLiteral("top");
    view.kind = ViewKind::SingleEnergy;
    view.width = width;
    view.height = height;
    Image16 channel(width, height, 65535);
    channel.at(dark.x(), dark.y()) = 0;
    view.channels.push_back(channel);
    Scan scan;
    scan.id = QStringLiteral("dot");
    scan.views.append(view);
    return scan;
}

} // namespace pen::test
