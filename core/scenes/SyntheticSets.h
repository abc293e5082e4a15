// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "imageset/ImageSet.h"
#include "tip/TipSettings.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace pen {

/// What to generate: a preset, its seed, how many scans and Threat Image Projection. A plain value.
struct SyntheticSetRequest {
    QString preset = QStringLiteral("starter"); ///< "starter", one of DemoSets::presetNames() or "packed-bags"
    quint32 seed = 1;
    int scanCount = 0; ///< 0: the preset's own count; more: the preset's scans again, each from its own seed
    std::optional<TipSettings> tip; ///< none: no TIP (the preset's own scans, untouched)
};

/// Synthetic image sets generated into a folder, as the image set tool and the tournament server
/// do it: the same request gives byte-identical files (DICOM dates are fixed through
/// SOURCE_DATE_EPOCH, which generate() sets for the process when it is unset).
namespace SyntheticSets {

constexpr int MaxScans = 500;

/// "starter", the demo presets and "packed-bags" (PackedBagSet).
QStringList presetNames();

/// The checks that need no threat library: a known preset, 0..MaxScans scans, TIP settings in range
/// and at least one positive category weight. The error names the field (ErrorCode::InvalidArgument).
Expected<void> validate(const SyntheticSetRequest &request);

/// Called after each scan is written with how many are done of how many; return false to stop.
using Progress = std::function<bool(int done, int total)>;

/// Writes the set into folder (new or empty) with ImageSetWriter, scans built in parallel on
/// Qt's global thread pool a batch at a time (so not to be called from a thread of that pool). Everything is checked
/// (validate(), and that every TIP category is one the built-in threat library holds) before the folder is touched. A
/// stop asked by progress returns an ErrorCode::Conflict error and leaves a folder without a manifest, which the caller
/// removes. Returns the set as written.
Expected<ImageSet> generate(const SyntheticSetRequest &request, const QString &folder, const Progress &progress = {});

} // namespace SyntheticSets
} // namespace pen
