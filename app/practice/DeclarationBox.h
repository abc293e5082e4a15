// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Scan.h"

#include <QGroupBox>

class QLabel;

namespace pen::gui {

/// A scan's declaration (what the paperwork says the parcel or container holds), beside the image
/// in practice, review and tournament rounds; hidden for a scan without one.
class DeclarationBox final : public QGroupBox {
    Q_OBJECT
public:
    /// textObjectName: the name tests find the declaration's text by.
    explicit DeclarationBox(const QString &textObjectName, QWidget *parent = nullptr);

    void showDeclaration(const Scan &scan);

private:
    QLabel *m_text = nullptr;
};

} // namespace pen::gui
