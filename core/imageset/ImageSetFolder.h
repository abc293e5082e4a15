// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "imageset/ImageSet.h"

#include <QString>

#include <functional>

namespace pen {

/// Reading image sets from their folder. Thread-safe (no shared state).
namespace ImageSetFolder {

enum class Check {
    ManifestOnly, ///< parse and check the manifest; files must exist
    Full,         ///< also hash and decode every scan file and compare it with the manifest
};

/// Called after each scan is checked: (done, total).
using Progress = std::function<void(int, int)>;

/// Opens the set in folder; every problem is reported on its own line naming the file and field.
Expected<ImageSet> open(const QString &folder, Check check = Check::ManifestOnly, const Progress &progress = {});

/// Loads one scan with its pixels (and its ground truth where the set has it).
Expected<Scan> loadScan(const QString &folder, const ImageSetEntry &entry);

/// Copies a set to an empty or new folder without any ground truth: the contestants' copy.
Expected<void> writeWithoutTruth(const QString &sourceFolder, const QString &targetFolder);

/// Checks that stripped is the same set as full (same scans, metadata and files) less its truth.
/// Every difference is reported on its own line.
Expected<void> checkStrippedCopy(const QString &fullFolder, const QString &strippedFolder);

} // namespace ImageSetFolder
} // namespace pen
