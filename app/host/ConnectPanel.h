// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "client/ConnectionOptions.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pen::gui {

/// Where the console connects: the server's address, a host or trainer token (typed, or read
/// from a token file; either the line that token-issue printed or the secret alone) and an
/// optional CA certificate for TLS. options() carries the secret alone.
class ConnectPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ConnectPanel(QWidget *parent = nullptr);

    server::ConnectionOptions options() const;
    void setStatus(const QString &text);
    void setBusy(bool busy);

signals:
    void connectRequested();

private:
    /// Emits connectRequested if the token field holds a token, else says why not.
    void requestConnect();
    void chooseTokenFile();
    void chooseCertificate();

    QLineEdit *m_address = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_certificate = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace pen::gui
