// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ThreatDescription.h"

#include <QColor>
#include <QFrame>
#include <QImage>

class QLabel;

namespace pen::gui {

/// One target explained, as a trainer shows it: a headline in the feedback's colour ("Missed:
/// Pistol"), the target rendered alone (once its picture arrives) and its description.
class ThreatCard final : public QFrame {
    Q_OBJECT
public:
    ThreatCard(const QString &headline, const QColor &colour, const ThreatDescription &description,
               QWidget *parent = nullptr);

    /// Shows the target alone, scaled to the card's width; a null image says there is none.
    void setPicture(const QImage &picture);
    bool hasPicture() const;

private:
    QLabel *m_picture = nullptr;
};

} // namespace pen::gui
