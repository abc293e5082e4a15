// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "model/ObjectKind.h"

namespace pen {

QString objectKindKey(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Parcel: return QStringLiteral("parcel");
    case ObjectKind::Baggage: return QStringLiteral("baggage");
    case ObjectKind::Vehicle: return QStringLiteral("vehicle");
    case ObjectKind::Container: return QStringLiteral("container");
    case ObjectKind::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<ObjectKind> objectKindFromKey(const QString &key)
{
    for (ObjectKind kind :
         {ObjectKind::Parcel, ObjectKind::Baggage, ObjectKind::Vehicle, ObjectKind::Container, ObjectKind::Other}) {
        if (objectKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace pen
