// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ScanFeedback.h"

#include <QWidget>

#include <memory>

namespace pen {
class MaterialBands;
}

namespace pen::gui {

class ThreatCard;

/// The targets of one answered scan explained, a ThreatCard each (found or missed), their
/// pictures alone rendered off the GUI thread from the set's targets alone (TargetPictures).
class ThreatCardList final : public QWidget {
    Q_OBJECT
public:
    explicit ThreatCardList(std::shared_ptr<const MaterialBands> bands, QWidget *parent = nullptr);

    /// Replaces the cards with those of scanId's targets in the set at setFolder.
    void showTargets(const QString &setFolder, const QString &scanId, const QList<ScanFeedback::Target> &targets);
    void clear();
    QList<ThreatCard *> cards() const;

signals:
    /// The pictures of the targets shown have arrived (or are known to be missing).
    void picturesShown(const QString &scanId);

private:
    std::shared_ptr<const MaterialBands> m_bands;
    quint64 m_request = 0;
};

} // namespace pen::gui
