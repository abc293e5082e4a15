// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "client/ConnectionOptions.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pen::gui {

/// Where a contestant joins an event: the server's address, the token (typed, hidden, or read from
/// a file), the CA certificate for TLS, and the reason the last attempt failed.
class ConnectPage final : public QWidget {
    Q_OBJECT
public:
    explicit ConnectPage(QWidget *parent = nullptr);

    /// Fills the form (e.g. from the command line).
    void setFields(const QString &address, const QString &tokenFile, const QString &caCertificate);
    /// Shows why connecting failed (red), or clears it.
    void showError(const QString &message);
    /// Between the click and the answer: the form is disabled and says so.
    void setBusy(bool busy);
    QString errorText() const;

signals:
    void connectRequested(const pen::server::ConnectionOptions &options);

private:
    void requestConnect();
    QString chooseFile(const QString &title, const QString &filter);

    QLineEdit *m_address = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_tokenFile = nullptr;
    QLineEdit *m_caCertificate = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_progress = nullptr;
};

} // namespace pen::gui
