// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "RegisterPluginForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>

namespace pen::gui {
namespace {

enum Kind { Library, Program };

} // namespace

RegisterPluginForm::RegisterPluginForm(QWidget *parent) : QGroupBox(tr("Register a plugin"), parent)
{
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("pluginLabel"));
    m_label->setPlaceholderText(tr("How the leaderboards name it"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("pluginKind"));
    m_kind->addItem(tr("Library (C interface)"), Library);
    m_kind->addItem(tr("Program (gRPC service)"), Program);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("pluginCode"));
    m_code->setPlaceholderText(tr("Its file on the server"));
    m_config = new QLineEdit(this);
    m_config->setObjectName(QStringLiteral("pluginConfig"));
    m_config->setPlaceholderText(tr("For a library: the configuration text"));
    m_arguments = new QLineEdit(this);
    m_arguments->setObjectName(QStringLiteral("pluginArguments"));
    m_arguments->setPlaceholderText(tr("For a program: its arguments"));
    m_vendor = new QComboBox(this);
    m_vendor->setObjectName(QStringLiteral("pluginVendorToken"));
    m_register = new QPushButton(tr("Register"), this);
    m_register->setObjectName(QStringLiteral("registerPlugin"));
    setTokens({});

    auto *form = new QFormLayout(this);
    form->addRow(tr("Label:"), m_label);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Library or program:"), m_code);
    form->addRow(tr("Configuration:"), m_config);
    form->addRow(tr("Arguments:"), m_arguments);
    form->addRow(tr("Vendor token:"), m_vendor);
    form->addRow(m_register);

    const auto showKind = [this] {
        const bool library = m_kind->currentData().toInt() == Library;
        m_config->setEnabled(library);
        m_arguments->setEnabled(!library);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, showKind);
    showKind();
    connect(m_register, &QPushButton::clicked, this, &RegisterPluginForm::registerRequested);
}

void RegisterPluginForm::setTokens(const QList<TokenSummary> &tokens)
{
    const QString selected = m_vendor->currentData().toString();
    m_vendor->clear();
    m_vendor->addItem(tr("None: only hosts run it"), QString());
    for (const TokenSummary &token : tokens) {
        if (token.role == TokenRole::Vendor && !token.revoked)
            m_vendor->addItem(token.label, token.id);
    }
    m_vendor->setCurrentIndex(std::max(0, m_vendor->findData(selected)));
}

std::optional<PluginRegistration> RegisterPluginForm::registration(const QString &eventId, QString *problem) const
{
    const QString label = m_label->text().trimmed();
    const QString code = m_code->text().trimmed();
    if (label.isEmpty() || code.isEmpty()) {
        *problem = label.isEmpty() ? tr("give the plugin a label")
                                   : tr("give the plugin's library or program on the server");
        return std::nullopt;
    }
    PluginRegistration plugin;
    plugin.eventId = eventId;
    plugin.label = label;
    plugin.code = code;
    plugin.library = m_kind->currentData().toInt() == Library;
    if (plugin.library)
        plugin.config = m_config->text();
    else
        plugin.arguments = QProcess::splitCommand(m_arguments->text());
    plugin.vendorTokenId = m_vendor->currentData().toString();
    return plugin;
}

void RegisterPluginForm::clear()
{
    m_label->clear();
    m_code->clear();
    m_config->clear();
    m_arguments->clear();
}

} // namespace pen::gui
