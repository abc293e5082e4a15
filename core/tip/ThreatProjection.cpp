// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tip/ThreatProjection.h"

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

QString channelsWord(int count)
{
    return count == 1 ? QStringLiteral("single-energy (1 channel)")
                      : QStringLiteral("dual-energy (%1 channels)").arg(count);
}

// −ln T of a 16-bit transmission; a zero reading is taken as a quarter count rather than infinity.
double attenuation(quint16 value)
{
    return -std::log(std::max(double(value), 0.25) / 65535.0);
}

} // namespace

Expected<void> checkProjectable(const ScanView &view, const ThreatImage &threat)
{
    if (view.kind == ViewKind::Colour)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("a colour view has no transmission to project a threat into"));
    if (int(view.channels.size()) != view.expectedChannelCount() || threat.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the view or the threat has no pixels"));
    if (threat.channelCount() != int(view.channels.size()))
        return makeError(
            ErrorCode::Unsupported,
            QStringLiteral("threat \"%1\" is %2 but the view is %3: TIP needs the "
                           "threat's transmission at the view's energies")
                .arg(threat.label.name, channelsWord(threat.channelCount()), channelsWord(int(view.channels.size()))));
    if (threat.width > view.width || threat.height > view.height)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("threat \"%1\" (%2×%3 pixels) is larger than the view "
                                        "(%4×%5)")
                             .arg(threat.label.name)
                             .arg(threat.width)
                             .arg(threat.height)
                             .arg(view.width)
                             .arg(view.height));
    return {};
}

Expected<QRect> projectThreat(ScanView &view, const ThreatImage &threat, QPoint topLeft)
{
    if (auto ok = checkProjectable(view, threat); !ok)
        return ok.error();
    const QRect area(topLeft, QSize(threat.width, threat.height));
    if (!QRect(0, 0, view.width, view.height).contains(area))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("threat \"%1\" at (%2, %3) sticks out of the view")
                             .arg(threat.label.name)
                             .arg(topLeft.x())
                             .arg(topLeft.y()));
    for (size_t c = 0; c < view.channels.size(); ++c) {
        const Image16 &source = threat.channels[c];
        Image16 &target = view.channels[c];
        for (int y = 0; y < threat.height; ++y) {
            for (int x = 0; x < threat.width; ++x) {
                quint16 &pixel = target.at(area.left() + x, area.top() + y);
                pixel = quint16((quint32(pixel) * source.at(x, y) + 32767) / 65535);
            }
        }
    }
    return threat.maskBounds().translated(topLeft);
}

double threatOverlap(const ScanView &view, const ThreatImage &threat, QPoint topLeft)
{
    const Image16 &scan = view.channels.back();
    const Image16 &own = threat.channels.back();
    double around = 0, total = 0;
    for (int y = 0; y < threat.height; ++y) {
        for (int x = 0; x < threat.width; ++x) {
            if (!threat.attenuates(x, y))
                continue;
            const double a = attenuation(scan.at(topLeft.x() + x, topLeft.y() + y));
            around += a;
            total += a + attenuation(own.at(x, y));
        }
    }
    return total > 0 ? std::clamp(around / total, 0.0, 1.0) : 0.0;
}

} // namespace pen
