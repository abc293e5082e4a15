// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/GroundTruthObject.h"
#include "viewer/ViewerTool.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pen::gui {

/// What a trainer tells an officer about a kind of threat or contraband, as screening trainers do
/// beside the threat shown alone: its name, what it is, why it looks as it does in the console's
/// modes, how to find it, and the mode that shows it best. Translated.
struct ThreatDescription {
    Q_DECLARE_TR_FUNCTIONS(pen::gui::ThreatDescription)

public:
    QString kind; ///< stable key, e.g. "pistol", "cocaine"
    QString name; ///< e.g. "Pistol"
    QString whatItIs;
    QString appearance; ///< in the material colours and the other modes
    QString howToFind;
    ViewerTool bestTool = ViewerTool::MaterialColour;

    /// The description of the kind this object is (by category, material and the generator's
    /// note); a category's general one where the object is of no kind described here.
    static ThreatDescription of(const GroundTruthObject &object);
    /// Every kind described, in the order of the threat library.
    static QList<ThreatDescription> all();
    /// "<b>name</b>" and the texts as rich text for a QLabel, the best mode with its key.
    QString richText() const;

private:
    static QList<ThreatDescription> smuggledDrugs();
    static QList<ThreatDescription> weapons();
    static QList<ThreatDescription> goodsAndOther();
};

} // namespace pen::gui
