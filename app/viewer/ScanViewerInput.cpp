// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// ScanViewer's mouse and keyboard handling and the marking of suspect regions; the rest of the
// class is in ScanViewer.cpp.
#include "ScanViewer.h"

#include "DisplayNames.h"
#include "SuspectMarkList.h"
#include "ToolUseLog.h"

#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPixmap>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

namespace pen::gui {
namespace {

constexpr double DragThreshold = 3;    ///< widget pixels a press may move and still be a click
constexpr double KeyPanFraction = 0.1; ///< of the widget's size, per arrow key press
constexpr double WheelNotch = 120;     ///< angleDelta of one notch of a mouse wheel

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

// Symbols such as '+' come with Shift on most layouts, and from the keypad with its modifier.
bool matches(const QKeyEvent *event, ViewerTool tool)
{
    Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool letter = event->key() >= Qt::Key_A && event->key() <= Qt::Key_Z;
    if (!letter && event->key() < Qt::Key_Escape)
        modifiers &= ~Qt::ShiftModifier;
    const QKeySequence pressed(QKeyCombination(modifiers, Qt::Key(event->key())));
    return ViewerTools::shortcuts(tool).contains(pressed);
}

} // namespace

void ScanViewer::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const double notches = (delta.y() != 0 ? delta.y() : delta.x()) / WheelNotch;
    if (notches == 0 || !view())
        return;
    zoomBy(std::pow(ZoomStep, notches), event->position());
    record(ViewerTool::WheelZoom);
    event->accept();
}

void ScanViewer::mousePressEvent(QMouseEvent *event)
{
    emit activated();
    const bool boxing = m_marking && event->button() == Qt::LeftButton && view();
    if (!boxing && event->button() != Qt::LeftButton && event->button() != Qt::MiddleButton) {
        QOpenGLWidget::mousePressEvent(event);
        return;
    }
    m_dragStart = event->position();
    m_lastDrag = event->position();
    m_dragged = false;
    if (boxing)
        m_pendingBox = QRectF(mapToImage(event->position()), QSizeF());
    else
        setCursor(Qt::ClosedHandCursor);
}

void ScanViewer::mouseMoveEvent(QMouseEvent *event)
{
    m_cursor = event->position();
    if (m_dragStart && (event->position() - *m_dragStart).manhattanLength() > DragThreshold)
        m_dragged = true;
    if (m_dragStart && m_pendingBox) {
        m_pendingBox = QRectF(m_pendingBox->topLeft(), mapToImage(event->position()));
    } else if (m_dragStart) {
        m_transform.pan(event->position() - m_lastDrag);
        m_lastDrag = event->position();
        emit transformChanged();
    }
    if (m_dragStart || m_magnifier)
        update();
}

void ScanViewer::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragStart) {
        QOpenGLWidget::mouseReleaseEvent(event);
        return;
    }
    const bool boxing = m_pendingBox.has_value();
    if (boxing && m_dragged)
        finishBox(event->position());
    else if (!m_dragged)
        selectMarkAt(event->position());
    else
        record(ViewerTool::Pan);
    if (boxing && !m_dragged)
        m_pendingBox.reset();
    m_dragStart.reset();
    setCursor(m_marking ? Qt::CrossCursor : Qt::OpenHandCursor);
    update();
}

void ScanViewer::leaveEvent(QEvent *event)
{
    m_cursor.reset();
    if (m_magnifier)
        update();
    QOpenGLWidget::leaveEvent(event);
}

void ScanViewer::focusInEvent(QFocusEvent *event)
{
    emit activated();
    QOpenGLWidget::focusInEvent(event);
}

void ScanViewer::keyPressEvent(QKeyEvent *event)
{
    const QSizeF step = QSizeF(size()) * KeyPanFraction;
    switch (event->key()) {
    case Qt::Key_Left: panBy({step.width(), 0}); break;
    case Qt::Key_Right: panBy({-step.width(), 0}); break;
    case Qt::Key_Up: panBy({0, step.height()}); break;
    case Qt::Key_Down: panBy({0, -step.height()}); break;
    case Qt::Key_Escape: setMarking(false); return;
    default: {
        for (ViewerTool tool :
             {ViewerTool::ZoomIn, ViewerTool::ZoomOut, ViewerTool::Fit, ViewerTool::ActualSize, ViewerTool::Magnifier,
              ViewerTool::SwitchView, ViewerTool::Mark, ViewerTool::DeleteMark}) {
            if (matches(event, tool) && runShortcut(tool)) {
                record(tool);
                return;
            }
        }
        QOpenGLWidget::keyPressEvent(event);
        return;
    }
    }
    if (event->modifiers() == Qt::NoModifier)
        record(ViewerTool::Pan);
}

bool ScanViewer::runShortcut(ViewerTool tool)
{
    switch (tool) {
    case ViewerTool::ZoomIn: zoomIn(); return true;
    case ViewerTool::ZoomOut: zoomOut(); return true;
    case ViewerTool::Fit: fitToWindow(); return true;
    case ViewerTool::ActualSize: showActualSize(); return true;
    case ViewerTool::Magnifier: setMagnifierVisible(!m_magnifier); return true;
    case ViewerTool::SwitchView:
        if (!m_scan || m_scan->views.size() < 2)
            return false;
        setViewIndex((m_viewIndex + 1) % int(m_scan->views.size()));
        return true;
    case ViewerTool::Mark: setMarking(true); return true; // B always selects the mark tool; Esc leaves it
    case ViewerTool::DeleteMark: deleteSelectedMark(); return true;
    default: return false;
    }
}

// --- Marking ---

void ScanViewer::setMarking(bool marking)
{
    marking = marking && m_marks;
    if (marking == m_marking)
        return;
    m_marking = marking;
    setCursor(marking ? Qt::CrossCursor : Qt::OpenHandCursor);
    emit markingChanged(marking);
}

void ScanViewer::deleteSelectedMark()
{
    if (!m_marks || m_marks->selected() < 0)
        return;
    m_marks->remove(m_marks->selected());
}

QRectF ScanViewer::clampedToImage(const QRectF &imageBox) const
{
    const ScanView *shown = view();
    return shown ? imageBox.normalized().intersected(QRectF(0, 0, shown->width, shown->height)) : QRectF();
}

void ScanViewer::finishBox(QPointF widgetPoint)
{
    const QRectF box = clampedToImage(QRectF(m_pendingBox->topLeft(), mapToImage(widgetPoint)));
    const QRectF onScreen = m_transform.mapFromImage(box);
    if (box.isEmpty() || onScreen.width() < DragThreshold || onScreen.height() < DragThreshold) {
        m_pendingBox.reset();
        return;
    }
    m_pendingBox = box;
    askCategory(box, mapToGlobal(widgetPoint.toPoint()));
}

void ScanViewer::askCategory(const QRectF &imageBox, QPoint globalPos)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("categoryMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(tr("What is it?"));
    const QList<ThreatCategory> &categories = m_marks->categories();
    for (int i = 0; i < categories.size(); ++i) {
        const ThreatCategory &category = categories.at(i);
        const QString text = i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(category.name) : category.name;
        QAction *choice = menu->addAction(swatch(DisplayNames::categoryColour(category.key)), text);
        choice->setData(category.key);
        connect(choice, &QAction::triggered, this, [this, menu, imageBox, key = category.key] {
            if (m_marks)
                m_marks->add(SuspectMark{Region{m_viewIndex, imageBox, {}}, key});
            menu->close();
        });
    }
    // The menu hides before its action triggers: forget the box only after that has run.
    connect(menu, &QMenu::aboutToHide, this, [this] {
        QTimer::singleShot(0, this, [this] {
            m_pendingBox.reset();
            update();
        });
    });
    menu->popup(globalPos);
}

void ScanViewer::selectMarkAt(QPointF widgetPoint)
{
    if (!m_marks)
        return;
    const QPointF point = mapToImage(widgetPoint);
    int best = -1;
    double bestArea = 0;
    for (int row = 0; row < m_marks->marks().size(); ++row) {
        const Region &region = m_marks->marks().at(row).region;
        const double area = region.bounds().width() * region.bounds().height();
        if (region.viewIndex == m_viewIndex && region.contains(point) && (best < 0 || area < bestArea)) {
            best = row;
            bestArea = area;
        }
    }
    m_marks->select(best);
}

} // namespace pen::gui
