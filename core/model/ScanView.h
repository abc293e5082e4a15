// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Image16.h"
#include "model/RgbImage8.h"

#include <QSize>
#include <QString>

#include <optional>
#include <vector>

namespace pen {

/// How a view's pixels were acquired, which decides what the viewer can do with them.
enum class ViewKind {
    DualEnergy,   ///< two 16-bit channels: channels[0] low energy, channels[1] high energy
    SingleEnergy, ///< one 16-bit channel
    Colour,       ///< a pre-rendered 8-bit RGB image, no energy information
};

QString viewKindKey(ViewKind kind); ///< "dual-energy", "single-energy", "colour"
std::optional<ViewKind> viewKindFromKey(const QString &key);

/// One projection of a scan (a dual-view scanner has a top and a side view).
/// width and height are always set; the pixel buffers may be empty when only the metadata was loaded.
struct ScanView {
    QString label; ///< e.g. "top", "side"
    ViewKind kind = ViewKind::SingleEnergy;
    int width = 0;
    int height = 0;
    std::optional<double> pixelSizeMm; ///< detector pitch in mm, where known
    std::vector<Image16> channels;     ///< 2 for DualEnergy (low, high), 1 for SingleEnergy, 0 for Colour
    RgbImage8 colour;                  ///< set for Colour views only
    /// Peak voltage of the source in kV for the high-energy channel, where known: a baggage tube's
    /// 140, a cargo portal's 6 MV linear accelerator 6000. At MeV the material physics turns round
    /// (dual-energy R falls with Z), so the viewer colours such views by MeV classes.
    std::optional<double> peakKv;
    /// The pixels are a display's grey levels (an 8-bit picture of a scan, as public datasets ship
    /// them), not raw transmissions: the viewer shows them as they are, without its console curve.
    bool displayEncoded = false;

    static constexpr int LowEnergy = 0;
    static constexpr int HighEnergy = 1;

    bool hasPixels() const { return kind == ViewKind::Colour ? !colour.isEmpty() : !channels.empty(); }
    int expectedChannelCount() const;
    /// Whether the source is a linear accelerator (peakKv of 1 MV or more).
    bool isMegavolt() const { return peakKv && *peakKv >= MegavoltFromKv; }
    static constexpr double MegavoltFromKv = 1000;
    friend bool operator==(const ScanView &, const ScanView &) = default;
};

/// view's metadata (label, kind, pixel size, peak voltage, encoding) at another size, without pixels.
ScanView withoutPixels(const ScanView &view, QSize size);

} // namespace pen
