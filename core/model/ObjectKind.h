// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QString>

#include <optional>

namespace pen {

/// What was scanned: it decides the scale of the image and which round types make sense.
enum class ObjectKind { Parcel, Baggage, Vehicle, Container, Other };

QString objectKindKey(ObjectKind kind); ///< "parcel", "baggage", "vehicle", "container", "other"
std::optional<ObjectKind> objectKindFromKey(const QString &key);

} // namespace pen
