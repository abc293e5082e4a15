// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ViewerToolBar.h"

#include "DisplayAdjustments.h"
#include "ScanViewer.h"
#include "ScanViewerPane.h"
#include "SuspectMarkList.h"

#include <QAction>
#include <QFile>
#include <QIcon>

namespace pen::gui {
namespace {

// Where the toolbar starts a new group.
bool startsGroup(ViewerTool tool)
{
    switch (tool) {
    case ViewerTool::Magnifier:
    case ViewerTool::SwitchView:
    case ViewerTool::Mark:
    case ViewerTool::MaterialColour:
    case ViewerTool::OrganicOnly:
    case ViewerTool::Negative:
    case ViewerTool::BrightnessUp: return true;
    default: return false;
    }
}

QIcon toolIcon(ViewerTool tool)
{
    const QString path = QStringLiteral(":/icons/viewer/%1.svg").arg(ViewerTools::key(tool));
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

} // namespace

ViewerToolBar::ViewerToolBar(ScanViewerPane *pane, QWidget *parent) : QToolBar(tr("Viewer"), parent), m_pane(pane)
{
    setObjectName(QStringLiteral("viewerToolBar"));
    setIconSize(QSize(22, 22));
    for (ViewerTool tool : ViewerTools::all()) {
        if (!ViewerTools::shortcuts(tool).isEmpty())
            addTool(tool);
    }
    connect(pane, &ScanViewerPane::scanChanged, this, &ViewerToolBar::refresh);
    connect(pane, &ScanViewerPane::displaySettingsChanged, this, &ViewerToolBar::refresh);
    connect(pane, &ScanViewerPane::sideBySideChanged, this, &ViewerToolBar::refresh);
    connect(pane, &ScanViewerPane::markingChanged, this, &ViewerToolBar::refresh);
    connect(pane, &ScanViewerPane::magnifierVisibleChanged, this, &ViewerToolBar::refresh);
    connect(pane, &ScanViewerPane::activeViewChanged, this, &ViewerToolBar::refresh);
    connect(pane->marks(), &SuspectMarkList::selectionChanged, this, &ViewerToolBar::refresh);
    refresh();
}

void ViewerToolBar::addTool(ViewerTool tool)
{
    if (startsGroup(tool))
        addSeparator();
    auto *action = new QAction(toolIcon(tool), ViewerTools::name(tool), this);
    action->setObjectName(ViewerTools::key(tool));
    action->setShortcuts(ViewerTools::shortcuts(tool));
    action->setShortcutContext(Qt::WindowShortcut);
    action->setCheckable(DisplayAdjustments::isCheckable(tool) || tool == ViewerTool::Magnifier
                         || tool == ViewerTool::SideBySide || tool == ViewerTool::Mark);
    connect(action, &QAction::triggered, this, [this, tool] { use(tool); });
    addAction(action);
    m_actions.insert(tool, action);
}

void ViewerToolBar::setShortcutContext(Qt::ShortcutContext context)
{
    for (QAction *action : std::as_const(m_actions))
        action->setShortcutContext(context);
}

void ViewerToolBar::use(ViewerTool tool)
{
    if (!whyUnavailable(tool).isEmpty()) {
        refresh();
        return;
    }
    m_pane->toolUseLog().record(ViewerTools::key(tool));
    if (ViewerTools::isImageControl(tool))
        m_pane->setDisplaySettings(DisplayAdjustments::adjusted(m_pane->displaySettings(), tool));
    else
        useViewTool(tool);
    refresh();
}

void ViewerToolBar::useViewTool(ViewerTool tool)
{
    ScanViewer *viewer = m_pane->activeViewer();
    switch (tool) {
    case ViewerTool::ZoomIn: viewer->zoomIn(); break;
    case ViewerTool::ZoomOut: viewer->zoomOut(); break;
    case ViewerTool::Fit: viewer->fitToWindow(); break;
    case ViewerTool::ActualSize: viewer->showActualSize(); break;
    case ViewerTool::Magnifier: m_pane->setMagnifierVisible(!m_pane->isMagnifierVisible()); break;
    case ViewerTool::SwitchView: m_pane->switchView(); break;
    case ViewerTool::SideBySide: m_pane->setSideBySide(!m_pane->isSideBySide()); break;
    // Selects the mark tool, as a scanner console's key does; pressed again it stays selected (a
    // toggle made a second B switch marking off, so that the next drag panned). Esc leaves it.
    case ViewerTool::Mark: m_pane->setMarking(true); break;
    case ViewerTool::DeleteMark: viewer->deleteSelectedMark(); break;
    default: break;
    }
}

QString ViewerToolBar::whyUnavailable(ViewerTool tool) const
{
    const ScanViewer *viewer = m_pane->activeViewer();
    const ScanView *view = viewer->view();
    if (!view)
        return tr("No scan is shown.");
    if (tool == ViewerTool::SwitchView && m_pane->isSideBySide())
        return tr("Both views are shown side by side.");
    if (tool == ViewerTool::DeleteMark && m_pane->marks()->selected() < 0)
        return tr("No mark is selected.");
    return ViewerTools::whyUnavailable(tool, view->kind, int(viewer->scan()->views.size()));
}

bool ViewerToolBar::isOn(ViewerTool tool) const
{
    switch (tool) {
    case ViewerTool::Magnifier: return m_pane->isMagnifierVisible();
    case ViewerTool::SideBySide: return m_pane->isSideBySide();
    case ViewerTool::Mark: return m_pane->isMarking();
    default: return DisplayAdjustments::isOn(m_pane->displaySettings(), tool);
    }
}

void ViewerToolBar::refresh()
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        QAction *action = it.value();
        const QString reason = whyUnavailable(it.key());
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        const QString tip = tr("%1 (%2)").arg(ViewerTools::name(it.key()), shortcut);
        const QString hint = ViewerTools::hint(it.key());
        action->setEnabled(reason.isEmpty());
        action->setToolTip(!reason.isEmpty()    ? tr("%1 — %2").arg(tip, reason)
                               : hint.isEmpty() ? tip
                                                : tip + QLatin1Char('\n') + hint);
        if (action->isCheckable())
            action->setChecked(isOn(it.key()));
    }
}

} // namespace pen::gui
