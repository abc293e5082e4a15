// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ConnectPage.h"

#include "TokenFile.h"
#include "client/TokenText.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace pen::gui {
namespace {

// A line edit with a button that picks a file into it.
QWidget *withBrowse(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

ConnectPage::ConnectPage(QWidget *parent) : QWidget(parent)
{
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setPlaceholderText(tr("host:port, e.g. tournament.example.org:50051"));
    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("the token the host gave you"));
    m_tokenFile = new QLineEdit;
    m_tokenFile->setObjectName(QStringLiteral("tokenFile"));
    m_tokenFile->setPlaceholderText(tr("or a file holding it"));
    auto *browseToken = new QPushButton(tr("Browse…"));
    connect(browseToken, &QPushButton::clicked, this, [this] {
        const QString file = chooseFile(tr("Token File"), tr("All files (*)"));
        if (!file.isEmpty())
            m_tokenFile->setText(file);
    });
    m_caCertificate = new QLineEdit;
    m_caCertificate->setObjectName(QStringLiteral("caCertificate"));
    m_caCertificate->setPlaceholderText(tr("optional: the CA certificate (PEM) for an encrypted connection"));
    auto *browseCa = new QPushButton(tr("Browse…"));
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString file = chooseFile(tr("CA Certificate"), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caCertificate->setText(file);
    });
    m_connect = new QPushButton(tr("Connect"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &ConnectPage::requestConnect);
    for (QLineEdit *edit : {m_address, m_token, m_tokenFile, m_caCertificate})
        connect(edit, &QLineEdit::returnPressed, this, &ConnectPage::requestConnect);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c81e1e"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("connectProgress"));

    auto *heading = new QLabel(tr("<h2>Join a tournament</h2><p>Enter the server's address and the access token that "
                                  "the host issued to you or your team.</p>"));
    heading->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_address);
    form->addRow(tr("Token:"), m_token);
    form->addRow(tr("Token file:"), withBrowse(m_tokenFile, browseToken));
    form->addRow(tr("CA certificate:"), withBrowse(m_caCertificate, browseCa));
    auto *box = new QWidget;
    box->setFixedWidth(640);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(heading);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_connect, 0, Qt::AlignRight);
    boxLayout->addWidget(m_progress);
    boxLayout->addWidget(m_error);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

QString ConnectPage::chooseFile(const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(this, title, QString(), filter);
}

void ConnectPage::setFields(const QString &address, const QString &tokenFile, const QString &caCertificate)
{
    m_address->setText(address);
    m_tokenFile->setText(tokenFile);
    m_caCertificate->setText(caCertificate);
}

void ConnectPage::showError(const QString &message)
{
    m_error->setText(message);
    setBusy(false);
}

QString ConnectPage::errorText() const
{
    return m_error->text();
}

void ConnectPage::setBusy(bool busy)
{
    m_connect->setEnabled(!busy);
    m_progress->setText(busy ? tr("Connecting to %1…").arg(m_address->text().trimmed()) : QString());
}

void ConnectPage::requestConnect()
{
    static const QRegularExpression hostPort(QStringLiteral("^\\S+:\\d{1,5}$"));
    server::ConnectionOptions options;
    options.address = m_address->text().trimmed();
    options.caCertificate = m_caCertificate->text().trimmed();
    if (!hostPort.match(options.address).hasMatch())
        return showError(tr("The server address must be host:port, e.g. tournament.example.org:50051."));
    options.token = m_token->text().trimmed();
    if (options.token.isEmpty() && !m_tokenFile->text().trimmed().isEmpty()) {
        auto token = readTokenFile(m_tokenFile->text().trimmed());
        if (!token)
            return showError(token.error().message);
        options.token = *token;
    } else if (!options.token.isEmpty()) {
        // Checked here, before anything reaches gRPC, and said without the secret.
        auto secret = server::tokenSecretFrom(options.token);
        if (!secret)
            return showError(tr("The token you entered cannot be used: %1").arg(secret.error().message));
        options.token = *secret;
    }
    if (options.token.isEmpty())
        return showError(tr("Enter your access token, or choose the file that holds it."));
    showError({});
    setBusy(true);
    emit connectRequested(options);
}

} // namespace pen::gui
