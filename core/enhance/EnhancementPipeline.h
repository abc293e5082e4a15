// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "enhance/DisplaySettings.h"
#include "enhance/PipelineParameters.h"
#include "model/ScanView.h"
#include "synth/MaterialBands.h"

#include <QImage>

namespace pen {

/// The viewer's enhancement pipeline on the CPU: the reference that the OpenGL renderer
/// (app/viewer/GlPipelineRenderer) reproduces, and the headless renderer of the command line.
/// Controls that do not apply to the view's kind (EnhancementControls) are ignored. Pure functions,
/// thread-safe; a render runs on all cores. Each render computes everything anew: where one scan is
/// shown with changing settings, PreparedView keeps what the scan alone determines.
class EnhancementPipeline {
public:
    /// The view as the console shows it with settings, Format_RGB32, the view's size. bands are needed
    /// for the material colour and the stripping of dual-energy views; without them those views
    /// show grey and unstripped. Fails on a view without pixels or with the wrong channel count.
    static Expected<QImage> render(const ScanView &view, const MaterialBands *bands, const DisplaySettings &settings);
    /// render() into target, reusing its pixels where it already is a Format_RGB32 image of the
    /// view's size (repeated renders then skip allocating and faulting in a fresh buffer).
    static Expected<void> renderInto(const ScanView &view, const MaterialBands *bands, const DisplaySettings &settings,
                                     QImage &target);

    /// Whether view has the pixels that its kind and size ask for (render() fails where not).
    static Expected<void> checkPixels(const ScanView &view);

    /// The resolved constants of a render (the GL renderer uploads the same); computes the view's
    /// signal range where settings.autoWindow asks for it.
    static PipelineParameters parameters(const ScanView &view, bool hasBands, const DisplaySettings &settings);

    /// The least and most attenuating signal of an energy view for channel (for autoWindow).
    static SignalRange signalRange(const ScanView &view, DisplaySettings::Channel channel);
};

} // namespace pen
