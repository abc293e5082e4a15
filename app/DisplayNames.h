// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "imageset/ImageSet.h"
#include "model/ObjectKind.h"
#include "model/Region.h"
#include "model/ScanView.h"

#include <QColor>
#include <QString>

#include <optional>

namespace pen::gui {

/// Translated names and colours for the keys that core stores in files. Core keeps English display
/// names only; the GUI translates the built-in ones and shows a set's own categories as written.
namespace DisplayNames {

QString objectKind(ObjectKind kind);
QString viewKind(ViewKind kind);
/// The translated name of a built-in category, else the set's own name, else the key itself.
QString category(const QString &key, const ImageSet &set);
/// "top: box 10 × 8 at (4.5, 6)" style text of a region, in pixels of its view.
QString region(const Region &region);
QString number(double value, int decimals = 2);
QString optionalNumber(const std::optional<double> &value, const QString &unit);

/// A stable, well-separated colour for a category key, used for its overlay and legend.
QColor categoryColour(const QString &key);

} // namespace DisplayNames
} // namespace pen::gui
