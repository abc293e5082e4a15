// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "enhance/DisplaySettings.h"
#include "enhance/PipelineParameters.h"
#include "model/ScanView.h"
#include "synth/MaterialBands.h"

#include <QImage>

#include <memory>
#include <mutex>

namespace pen {

/// One scan made ready for the CPU enhancement pipeline: what no display setting changes is
/// computed once, when a render first needs it, and kept for the next render (the signal of each
/// channel choice, its edge detail, the material codes, the signal range for autoWindow); local
/// contrast keeps its tile histograms per window and its equalised values for the last clip limit
/// and edge gain. A settings change then runs only table lookups over the kept planes
/// (PlaneShading), on all cores. The picture is the one EnhancementPipeline::render gives.
///
/// The view and bands are not copied: they must outlive the object (or the next setView) and stay
/// unchanged. Renders from several threads take turns.
class PreparedView {
public:
    PreparedView();
    /// bands as for EnhancementPipeline::render.
    PreparedView(const ScanView &view, const MaterialBands *bands);
    ~PreparedView();
    PreparedView(const PreparedView &) = delete;
    PreparedView &operator=(const PreparedView &) = delete;

    /// Another scan (or the same one after its pixels changed): drops everything kept.
    void setView(const ScanView &view, const MaterialBands *bands);

    /// Computes and keeps what rendering with settings needs, without rendering.
    Expected<void> prepare(const DisplaySettings &settings);
    /// EnhancementPipeline::renderInto from the kept planes, preparing what is missing first.
    Expected<void> renderInto(const DisplaySettings &settings, QImage &target);

    /// How many planes and tables that depend on the scan have been computed since the last
    /// setView (each kind counted once per computation).
    int preparations() const;

private:
    struct Planes;
    mutable std::mutex m_mutex;
    const ScanView *m_view = nullptr;
    const MaterialBands *m_bands = nullptr;
    std::unique_ptr<Planes> m_planes;
};

} // namespace pen
