// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QDialog>

class QLineEdit;

namespace pen::gui {

/// Shows a token's secret the one time the server sends it, with a Copy button and the warning
/// that it cannot be shown again.
class TokenSecretDialog final : public QDialog {
    Q_OBJECT
public:
    TokenSecretDialog(const QString &label, const QString &secret, QWidget *parent = nullptr);

    QString secret() const;

private:
    QLineEdit *m_secret = nullptr;
};

} // namespace pen::gui
