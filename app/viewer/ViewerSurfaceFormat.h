// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

namespace pen::gui {

/// Makes OpenGL 3.3 core the default surface format, which the viewer's shaders need. Call
/// before the QApplication is constructed (from main(), or a test's initMain()).
void installViewerSurfaceFormat();

} // namespace pen::gui
