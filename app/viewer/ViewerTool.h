// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/ScanView.h"

#include <QKeySequence>
#include <QList>
#include <QString>

namespace pen::gui {

/// Every function of the viewer an officer can use: navigation, views, marking and the
/// enhancement controls. Each has a stable key (stored in the tool-use log with an answer), a
/// keyboard shortcut and a toolbar action.
enum class ViewerTool {
    ZoomIn,
    ZoomOut,
    Fit,
    ActualSize,
    WheelZoom,
    Pan,
    Magnifier,
    SwitchView,
    SideBySide,
    Mark,
    DeleteMark,
    MaterialColour,
    Grey,
    LowEnergy,
    HighEnergy,
    FusedEnergy,
    OrganicOnly,
    InorganicOnly,
    HighPenetration,
    LowPenetration,
    Negative,
    EdgeEnhancement,
    SuperEnhancement,
    DensityHighlight,
    BrightnessUp,
    BrightnessDown,
    ContrastUp,
    ContrastDown,
    GammaUp,
    GammaDown,
    ResetImage,
    OlivePalette,
};

namespace ViewerTools {

/// All tools, in toolbar order.
const QList<ViewerTool> &all();
/// The stable key, e.g. "zoom-in", "negative".
QString key(ViewerTool tool);
/// The translated name shown in the toolbar, e.g. "Negative".
QString name(ViewerTool tool);
/// What an officer should know about a tool beyond its name (the keys' tooltips); empty for most.
QString hint(ViewerTool tool);
/// The shortcuts, first the one shown; empty for tools used by mouse only (wheel zoom, drag pan).
QList<QKeySequence> shortcuts(ViewerTool tool);
/// Whether a tool changes the DisplaySettings rather than the view's geometry, views or marks.
bool isImageControl(ViewerTool tool);
/// Why a tool cannot be used on a view of this kind in a scan with this many views (translated),
/// or an empty string where it can. Image controls ask EnhancementControls.
QString whyUnavailable(ViewerTool tool, ViewKind kind, int viewCount);

} // namespace ViewerTools
} // namespace pen::gui
