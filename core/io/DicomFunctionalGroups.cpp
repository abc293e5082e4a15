// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomFunctionalGroups.h"

#include <dcmtk/dcmdata/dcdeftag.h>

#include <cmath>

namespace pen {
namespace {

std::optional<double> finiteNumber(DcmItem &item, const DcmTagKey &tag, unsigned long index)
{
    Float64 value = 0;
    if (item.findAndGetFloat64(tag, value, index).bad() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

std::optional<double> numberInDatasetOrSharedGroup(DcmItem &dataset, const DcmTagKey &tag,
                                                   const DcmTagKey &macroSequence, unsigned long index)
{
    if (const std::optional<double> own = finiteNumber(dataset, tag, index))
        return own;
    DcmItem *shared = nullptr;
    DcmItem *macro = nullptr;
    if (dataset.findAndGetSequenceItem(DCM_SharedFunctionalGroupsSequence, shared, 0).bad() || shared == nullptr
        || shared->findAndGetSequenceItem(macroSequence, macro, 0).bad() || macro == nullptr)
        return std::nullopt;
    return finiteNumber(*macro, tag, index);
}

} // namespace pen
