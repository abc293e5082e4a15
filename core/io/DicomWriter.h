// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/Scan.h"

#include <QString>

namespace pen {

/// Which kind of DICOM object a view is written as.
enum class DicomFlavour {
    /// DICOS Digital X-Ray Image Storage - For Presentation (SOP class 1.2.840.10008.5.1.4.1.1.501.2.1),
    /// modality DX, energy channels as 16-bit MONOCHROME2 frames (Frame Label Vector "LOW ENERGY",
    /// "HIGH ENERGY" or "SINGLE ENERGY"). Colour views are refused (ErrorCode::Unsupported): DX images
    /// are monochrome, store colour views as PNG (see ScanFileIO.h). The DICOS attributes are written
    /// too: DICOS Version "V03", OOI Type (BAGGAGE, CARGO or OTHER by object kind), Scan Type
    /// "OPERATIONAL", Acquisition Status "SUCCESSFUL" and an empty Acquisition Context Sequence
    /// (tests/io/dicos_modules.json lists the modules). Imager Pixel Spacing, type 1 in DX Detector,
    /// is left out when the pixel size is unknown rather than invented.
    DicosDx,
    /// Standard DICOM for ordinary tools: multi-frame grayscale word secondary capture for energy
    /// views (a Frame Increment Pointer only with two frames), secondary capture RGB for colour views.
    SecondaryCapture,
};

/// Writes one view of a scan with its metadata (never its ground truth or declaration) atomically to
/// path, explicit VR little endian. Where the metadata goes: Patient ID = scan id (the object of
/// inspection in DICOS), Manufacturer = scanner (cut to 64 characters), Pixel Spacing (and Imager
/// Pixel Spacing for DICOS) = pixel size in mm, and Image Comments (0020,4000) = a JSON object with
/// scan id, object kind, scanner, view label and provenance that readDicomFile() restores exactly
/// (see DicomScanComment.h). Study, series and SOP instance UIDs are derived from the content
/// ("2.25." + a 128-bit hash of scan id, scanner, view label and pixels) and dates follow
/// SOURCE_DATE_EPOCH when it is set, so the same scan gives the same bytes. Errors name the file
/// and the reason. Thread-safe.
Expected<void> writeDicomView(const Scan &scan, int viewIndex, const QString &path, DicomFlavour flavour);

} // namespace pen
