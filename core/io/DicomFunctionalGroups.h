// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <dcmtk/dcmdata/dcitem.h>

#include <optional>

namespace pen {

/// A number of a multi-frame image that DICOM puts either in the data set itself or, in the
/// enhanced and DICOS objects, in a functional group macro of the Shared Functional Groups
/// Sequence (Pixel Measures, Pixel Value Transformation, CT X-Ray Details): the data set's value
/// at index if it has one, else the macro's. Empty where neither has a finite value.
std::optional<double> numberInDatasetOrSharedGroup(DcmItem &dataset, const DcmTagKey &tag,
                                                   const DcmTagKey &macroSequence, unsigned long index = 0);

} // namespace pen
