// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "enhance/DisplaySettings.h"
#include "model/ScanView.h"

#include <QMatrix4x4>

namespace pen {
class MaterialBands;
}

namespace pen::gui {

/// Draws one view of a scan with the enhancement pipeline into the current OpenGL context. The
/// viewer widget owns one and calls it only while its context is current: initialize() once from
/// initializeGL(), then setView()/setSettings() when they change, paint() from paintGL().
class ViewRenderer {
public:
    virtual ~ViewRenderer() = default;

    /// Compiles shaders and creates GL objects; false (and a message in error()) if it cannot.
    virtual bool initialize() = 0;
    /// Uploads a view (its channels as 16-bit textures, tiled where larger than the texture limit).
    /// The view and bands must stay alive until the next setView() or the renderer's destruction;
    /// nullptr clears.
    virtual void setView(const ScanView *view, const MaterialBands *bands) = 0;
    virtual void setSettings(const DisplaySettings &settings) = 0;
    /// Draws the view's rectangle [0, width] × [0, height] (image pixels, y down) transformed by
    /// imageToClip into the current viewport; nearest sampling when zoomed in far enough that
    /// pixels should show as squares.
    virtual void paint(const QMatrix4x4 &imageToClip, bool nearest) = 0;
    /// Frees GL objects; called with the context current before it goes away.
    virtual void release() = 0;
    virtual QString error() const = 0;
};

} // namespace pen::gui
