// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ConnectPanel.h"

#include "client/TokenText.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace pen::gui {

ConnectPanel::ConnectPanel(QWidget *parent) : QWidget(parent)
{
    m_address = new QLineEdit(QStringLiteral("127.0.0.1:50051"), this);
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("host or trainer token"));
    auto *tokenFile = new QPushButton(tr("From file…"), this);
    tokenFile->setObjectName(QStringLiteral("tokenFile"));
    m_certificate = new QLineEdit(this);
    m_certificate->setObjectName(QStringLiteral("caCertificate"));
    m_certificate->setPlaceholderText(tr("none: plain text on loopback"));
    auto *certificate = new QPushButton(tr("Choose…"), this);
    m_connect = new QPushButton(tr("Connect"), this);
    m_connect->setObjectName(QStringLiteral("connect"));
    m_connect->setDefault(true);
    m_status = new QLabel(tr("Not connected"), this);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setWordWrap(true);

    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(tokenFile);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(certificate);
    auto *form = new QFormLayout;
    form->addRow(tr("Server"), m_address);
    form->addRow(tr("Token"), tokenRow);
    form->addRow(tr("CA certificate"), certificateRow);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form, 2);
    auto *side = new QVBoxLayout;
    side->addWidget(m_connect);
    side->addWidget(m_status);
    side->addStretch();
    layout->addLayout(side, 1);

    connect(tokenFile, &QPushButton::clicked, this, &ConnectPanel::chooseTokenFile);
    connect(certificate, &QPushButton::clicked, this, &ConnectPanel::chooseCertificate);
    connect(m_connect, &QPushButton::clicked, this, &ConnectPanel::requestConnect);
    connect(m_token, &QLineEdit::returnPressed, this, &ConnectPanel::requestConnect);
}

server::ConnectionOptions ConnectPanel::options() const
{
    // requestConnect() let only a token through; a connection refuses anything that could not be sent.
    auto secret = server::tokenSecretFrom(m_token->text());
    return {
        m_address->text().trimmed(), secret ? *secret : m_token->text().trimmed(), m_certificate->text().trimmed(), {}};
}

void ConnectPanel::requestConnect()
{
    // Checked before anything reaches gRPC, and said without the secret.
    if (auto secret = server::tokenSecretFrom(m_token->text()); !secret) {
        setStatus(tr("Not connected: %1").arg(secret.error().message));
        return;
    }
    emit connectRequested();
}

void ConnectPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ConnectPanel::setBusy(bool busy)
{
    m_connect->setEnabled(!busy);
}

void ConnectPanel::chooseTokenFile()
{
    const QString name = QFileDialog::getOpenFileName(this, tr("Token file"));
    if (name.isEmpty())
        return;
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("%1 cannot be read: %2").arg(name, file.errorString()));
        return;
    }
    // A token file holds the line that token-issue printed, or the secret alone: a short file.
    auto secret = server::tokenSecretFrom(QString::fromUtf8(file.read(4096)));
    if (!secret) {
        setStatus(tr("%1 does not hold a token: %2").arg(name, secret.error().message));
        return;
    }
    m_token->setText(*secret);
}

void ConnectPanel::chooseCertificate()
{
    const QString name = QFileDialog::getOpenFileName(this, tr("CA certificate"), {},
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!name.isEmpty())
        m_certificate->setText(name);
}

} // namespace pen::gui
