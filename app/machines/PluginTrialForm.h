// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "PluginTrial.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace pen::gui {

/// What a vendor fills in to try a plugin: a library (with its configuration) or a gRPC
/// program's command line, a label, the set (a bundled practice set or a folder), and the limits.
class PluginTrialForm final : public QWidget {
    Q_OBJECT
public:
    explicit PluginTrialForm(QWidget *parent = nullptr);

    /// Lists the set folders (see bundledSetFolders) by folder name, the first selected.
    void setImageSets(const QStringList &folders);
    /// Adds a set folder to the list (once) and selects it.
    void addImageSet(const QString &folder);
    /// pentournament-atd-host, which runs library plugins (default: beside this program).
    void setAtdHost(const QString &program) { m_atdHost = program; }

    /// The request as filled in, or empty with *problem saying what is missing, in words.
    std::optional<TrialRequest> request(QString *problem) const;

private:
    void chooseLibrary();
    void chooseSet();

    QComboBox *m_kind = nullptr;
    QStackedWidget *m_code = nullptr;
    QLineEdit *m_library = nullptr;
    QLineEdit *m_config = nullptr;
    QLineEdit *m_program = nullptr;
    QLineEdit *m_label = nullptr;
    QComboBox *m_set = nullptr;
    QDoubleSpinBox *m_secondsPerScan = nullptr;
    QSpinBox *m_memory = nullptr;
    QString m_atdHost;
};

} // namespace pen::gui
