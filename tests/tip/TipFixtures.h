// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Scan.h"
#include "tip/ThreatImage.h"

#include <QRect>

// Known inputs for the TIP tests: constant views, constant and asymmetric threats.
namespace pen::test {

/// A view of channelCount energy channels (1 or 2), every pixel value.
inline ScanView constantView(int channelCount, int width, int height, quint16 value)
{
    ScanView view;
    view.label = QStringLiteral("top");
    view.kind = channelCount == 2 ? ViewKind::DualEnergy : ViewKind::SingleEnergy;
    view.width = width;
    view.height = height;
    view.channels.assign(size_t(channelCount), Image16(width, height, value));
    return view;
}

/// Mostly air (65535) with one object of transmission value over objectArea.
inline Scan airScanWithObject(int channelCount, int width, int height, QRect objectArea, quint16 value)
{
    Scan scan;
    scan.id = QStringLiteral("s1");
    scan.objectKind = ObjectKind::Parcel;
    ScanView view = constantView(channelCount, width, height, 65535);
    for (Image16 &channel : view.channels) {
        for (int y = objectArea.top(); y <= objectArea.bottom(); ++y) {
            for (int x = objectArea.left(); x <= objectArea.right(); ++x)
                channel.at(x, y) = value;
        }
    }
    scan.views << view;
    return scan;
}

/// A scan that is object everywhere: constant value in every channel.
inline Scan constantScan(int channelCount, int width, int height, quint16 value)
{
    return airScanWithObject(channelCount, width, height, QRect(0, 0, width, height), value);
}

/// A width × height threat of one transmission value in every channel.
inline ThreatImage constantThreat(int channelCount, int width, int height, quint16 value,
                                  const QString &category = QStringLiteral("weapon"))
{
    ThreatImage threat;
    threat.label = {QStringLiteral("block"), category, QStringLiteral("steel_304"), 0.5};
    threat.origin = QStringLiteral("test");
    threat.width = width;
    threat.height = height;
    threat.channels.assign(size_t(channelCount), Image16(width, height, value));
    return threat;
}

/// An asymmetric single-energy threat, an "L" in a 6 × 4 box: the top row and the left column
/// attenuate, each pixel with its own value (1000 + 100 x + 10 y) so that any mix-up shows.
inline ThreatImage lThreat()
{
    ThreatImage threat = constantThreat(1, 6, 4, 65535);
    for (int y = 0; y < 4; ++y) {
        for (int x = 0; x < 6; ++x) {
            if (y == 0 || x == 0)
                threat.channels[0].at(x, y) = quint16(1000 + 100 * x + 10 * y);
        }
    }
    return threat;
}

/// Bounding box of the pixels that differ between two views of the same size; empty when none do.
inline QRect changedBounds(const ScanView &before, const ScanView &after)
{
    QRect bounds;
    for (size_t c = 0; c < before.channels.size(); ++c) {
        for (int y = 0; y < before.height; ++y) {
            for (int x = 0; x < before.width; ++x) {
                if (before.channels[c].at(x, y) != after.channels[c].at(x, y))
                    bounds |= QRect(x, y, 1, 1);
            }
        }
    }
    return bounds;
}

} // namespace pen::test
