// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Declaration.h"
#include "model/GroundTruthObject.h"
#include "model/ObjectKind.h"
#include "model/Provenance.h"
#include "model/ScanView.h"
#include "model/TruthLevel.h"

#include <QList>
#include <QString>

#include <optional>

namespace pen {

/// One X-ray scan of one object: its views, what is known about it and, unless stripped for
/// contestants, its ground truth.
struct Scan {
    QString id; ///< unique within its image set
    ObjectKind objectKind = ObjectKind::Other;
    QString scanner; ///< make and model, or "synthetic"
    Provenance provenance;
    QList<ScanView> views;
    std::optional<Declaration> declaration;
    QList<GroundTruthObject> truth;
    TruthLevel truthLevel = TruthLevel::Localised; ///< ImageLevel: truth objects have no regions
    friend bool operator==(const Scan &, const Scan &) = default;
};

} // namespace pen
