// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "model/TruthLevel.h"

namespace pen {

QString truthLevelKey(TruthLevel level)
{
    switch (level) {
    case TruthLevel::Localised: return QStringLiteral("localised");
    case TruthLevel::ImageLevel: return QStringLiteral("image-level");
    case TruthLevel::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

std::optional<TruthLevel> truthLevelFromKey(const QString &key)
{
    for (TruthLevel level : {TruthLevel::Localised, TruthLevel::ImageLevel, TruthLevel::Unknown}) {
        if (truthLevelKey(level) == key)
            return level;
    }
    return std::nullopt;
}

} // namespace pen
