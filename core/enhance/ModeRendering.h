// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "enhance/ViewModes.h"
#include "model/ScanView.h"

#include <QImage>

namespace pen {

/// A view as the console shows it in one of its modes: the CPU EnhancementPipeline with the mode
/// applied to settings and, for dual-energy views, the default material bands. Fails
/// (ErrorCode::Unsupported, "mode NAME: why") where the mode does not apply to the view's kind.
Expected<QImage> renderInMode(const ScanView &view, const ViewMode &mode, DisplaySettings settings = {});

} // namespace pen
