// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TokenSecretDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pen::gui {

TokenSecretDialog::TokenSecretDialog(const QString &label, const QString &secret, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New token"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *intro = new QLabel(tr("The token for <b>%1</b>:").arg(label.toHtmlEscaped()), this);
    m_secret = new QLineEdit(secret, this);
    m_secret->setObjectName(QStringLiteral("tokenSecret"));
    m_secret->setReadOnly(true);
    m_secret->setMinimumWidth(460);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copyToken"));
    auto *warning = new QLabel(tr("This is the only time the secret is shown: the server keeps only a hash of it. "
                                  "Copy it now and give it to its holder over a safe channel."),
                               this);
    warning->setObjectName(QStringLiteral("tokenWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #b03000; font-weight: bold"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    row->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(warning);
    layout->addWidget(buttons);

    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_secret->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString TokenSecretDialog::secret() const
{
    return m_secret->text();
}

} // namespace pen::gui
