// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/EnhancementControls.h"

#include <QCoreApplication>

namespace pen {

QList<EnhancementControl> EnhancementControls::all()
{
    using C = EnhancementControl;
    return {C::Colouring, C::Channel,  C::Stripping,       C::Penetration,   C::Brightness,      C::Contrast,
            C::Gamma,     C::Negative, C::EdgeEnhancement, C::LocalContrast, C::DensityHighlight};
}

bool EnhancementControls::isAvailable(ViewKind kind, EnhancementControl control)
{
    return unavailableReason(kind, control).isEmpty();
}

QString EnhancementControls::unavailableReason(ViewKind kind, EnhancementControl control)
{
    using C = EnhancementControl;
    switch (kind) {
    case ViewKind::DualEnergy: return {};
    case ViewKind::SingleEnergy:
        if (control == C::Colouring || control == C::Stripping || control == C::Channel)
            return QCoreApplication::translate("EnhancementPipeline",
                                               "A single-energy scan has only one channel, which cannot tell organic "
                                               "from inorganic matter.");
        return {};
    case ViewKind::Colour:
        if (control == C::Channel || control == C::Penetration || control == C::EdgeEnhancement
            || control == C::LocalContrast || control == C::DensityHighlight)
            return QCoreApplication::translate("EnhancementPipeline",
                                               "This image was coloured by another system and carries no energy "
                                               "channels: only brightness, contrast, gamma, negative, greyscale and "
                                               "stripping by hue apply.");
        return {};
    }
    return {};
}

QList<EnhancementControl> EnhancementControls::available(ViewKind kind)
{
    QList<EnhancementControl> controls;
    for (EnhancementControl control : all()) {
        if (isAvailable(kind, control))
            controls.append(control);
    }
    return controls;
}

} // namespace pen
