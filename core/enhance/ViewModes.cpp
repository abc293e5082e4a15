// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/ViewModes.h"

#include <array>

namespace pen {
namespace {

using S = DisplaySettings;
using C = EnhancementControl;
const std::array<ViewMode, 17> &table()
{
    static const std::array<ViewMode, 17> modes{{
        {"material", C::Colouring, [](S &) {}},
        {"high", C::Brightness,
         [](S &s) {
             s.colouring = S::Colouring::Grey;
             s.channel = S::Channel::High;
             s.autoWindow = true;
         }},
        {"low", C::Brightness,
         [](S &s) {
             s.colouring = S::Colouring::Grey;
             s.channel = S::Channel::Low;
             s.autoWindow = true;
         }},
        {"grey", C::Brightness, [](S &s) { s.colouring = S::Colouring::Grey; }},
        {"grey-fused", C::Channel, [](S &s) { s.colouring = S::Colouring::Grey; }},
        {"grey-low", C::Channel,
         [](S &s) {
             s.colouring = S::Colouring::Grey;
             s.channel = S::Channel::Low;
         }},
        {"grey-high", C::Channel,
         [](S &s) {
             s.colouring = S::Colouring::Grey;
             s.channel = S::Channel::High;
         }},
        {"organic-only", C::Stripping, [](S &s) { s.stripping = S::Stripping::OrganicOnly; }},
        {"inorganic-only", C::Stripping, [](S &s) { s.stripping = S::Stripping::InorganicOnly; }},
        {"high-penetration", C::Penetration, [](S &s) { s.penetration = S::Penetration::High; }},
        {"low-penetration", C::Penetration, [](S &s) { s.penetration = S::Penetration::Low; }},
        {"negative", C::Negative, [](S &s) { s.negative = true; }},
        {"edge", C::EdgeEnhancement, [](S &s) { s.edgeEnhancement = 2; }},
        {"clahe", C::LocalContrast,
         [](S &s) {
             s.colouring = S::Colouring::Grey;
             s.localContrast = true;
         }},
        {"super-enhance", C::LocalContrast,
         [](S &s) {
             s.localContrast = true;
             s.edgeEnhancement = 1;
         }},
        {"density", C::DensityHighlight,
         [](S &s) {
             s.colouring = S::Colouring::Grey;
             s.densityHighlight = true;
         }},
        {"auto-window", C::Brightness,
         [](S &s) {
             s.colouring = S::Colouring::Grey;
             s.autoWindow = true;
         }},
    }};
    return modes;
}

} // namespace

std::span<const ViewMode> ViewModes::all()
{
    return table();
}

const ViewMode *ViewModes::find(const QString &name)
{
    for (const ViewMode &mode : table()) {
        if (name == QLatin1String(mode.name))
            return &mode;
    }
    return nullptr;
}

QStringList ViewModes::names()
{
    QStringList names;
    for (const ViewMode &mode : table())
        names << QLatin1String(mode.name);
    return names;
}

} // namespace pen
