// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "HostRecords.h"
#include "MachineRecords.h"

#include <optional>

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace pen::gui {

/// The host's form to register an ATD plugin for an event: its label, its code on the server (a
/// library with its configuration, or a gRPC program with its arguments) and, optionally, the
/// vendor token that may run it and read its results.
class RegisterPluginForm final : public QGroupBox {
    Q_OBJECT
public:
    explicit RegisterPluginForm(QWidget *parent = nullptr);

    /// The vendor tokens offered (revoked ones are left out), besides "none".
    void setTokens(const QList<TokenSummary> &tokens);
    /// The request for an event; empty with *problem saying what is missing, in words.
    std::optional<PluginRegistration> registration(const QString &eventId, QString *problem) const;
    void clear();

signals:
    void registerRequested();

private:
    QLineEdit *m_label = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_config = nullptr;
    QLineEdit *m_arguments = nullptr;
    QComboBox *m_vendor = nullptr;
    QPushButton *m_register = nullptr;
};

} // namespace pen::gui
