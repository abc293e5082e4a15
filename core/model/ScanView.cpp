// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "model/ScanView.h"

namespace pen {

QString viewKindKey(ViewKind kind)
{
    switch (kind) {
    case ViewKind::DualEnergy: return QStringLiteral("dual-energy");
    case ViewKind::SingleEnergy: return QStringLiteral("single-energy");
    case ViewKind::Colour: return QStringLiteral("colour");
    }
    return {};
}

std::optional<ViewKind> viewKindFromKey(const QString &key)
{
    for (ViewKind kind : {ViewKind::DualEnergy, ViewKind::SingleEnergy, ViewKind::Colour}) {
        if (viewKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

int ScanView::expectedChannelCount() const
{
    switch (kind) {
    case ViewKind::DualEnergy: return 2;
    case ViewKind::SingleEnergy: return 1;
    case ViewKind::Colour: return 0;
    }
    return 0;
}

ScanView withoutPixels(const ScanView &view, QSize size)
{
    ScanView empty;
    empty.label = view.label;
    empty.kind = view.kind;
    empty.width = size.width();
    empty.height = size.height();
    empty.pixelSizeMm = view.pixelSizeMm;
    empty.peakKv = view.peakKv;
    empty.displayEncoded = view.displayEncoded;
    return empty;
}

} // namespace pen
