// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "enhance/MevClassTable.h"
#include "model/ScanView.h"

#include <vector>

namespace pen {

/// The MeV classes of a dual-energy view row by row (MevClassTable::classify): the means of a_low
/// and a_high and the range of a_high over each pixel's 5 × 5 neighbourhood inside the image,
/// summed column by column in the shader's order (top to bottom, left to right) so that the CPU
/// and the GPU round alike. One object per thread; the view and table must outlive it.
class MevRowClassifier {
public:
    MevRowClassifier(const ScanView &view, const MevClassTable &table);

    /// The pixels of row y, one per column, into out.
    void classifyRow(int y, MevClassTable::Pixel *out);

private:
    const ScanView &m_view;
    const MevClassTable &m_table;
    std::vector<float> m_low, m_high, m_lowest, m_highest; ///< per column, over the rows in reach
};

} // namespace pen
