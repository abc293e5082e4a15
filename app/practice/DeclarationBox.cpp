// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DeclarationBox.h"

#include "PracticeNames.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pen::gui {

DeclarationBox::DeclarationBox(const QString &textObjectName, QWidget *parent)
    : QGroupBox(tr("Declaration"), parent), m_text(new QLabel)
{
    m_text->setObjectName(textObjectName);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(this))->addWidget(m_text);
    hide();
}

void DeclarationBox::showDeclaration(const Scan &scan)
{
    setVisible(scan.declaration.has_value());
    if (scan.declaration)
        m_text->setText(PracticeNames::declaration(*scan.declaration));
}

} // namespace pen::gui
