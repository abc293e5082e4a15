// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "HostRecords.h"
#include "MachineRecords.h"

#include <optional>

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace pen::gui {

/// How an event's machines are evaluated: the hidden image set (with truth) from the server's
/// list, the public fraction that goes to the development phase, submissions per plugin in each
/// phase, a detection's deadline and a plugin process's memory. Shows the settings in force.
class EvaluationForm final : public QGroupBox {
    Q_OBJECT
public:
    explicit EvaluationForm(QWidget *parent = nullptr);

    void setImageSets(const QList<ImageSetRecord> &sets);
    /// The settings in force (fills the form with them), or none yet.
    void setSettings(const std::optional<EvaluationSettings> &settings);
    /// The settings the form describes (the scan counts are the server's to fill in).
    EvaluationSettings settings(const QString &eventId) const;

signals:
    void configureRequested();

private:
    QComboBox *m_set = nullptr;
    QDoubleSpinBox *m_publicFraction = nullptr;
    QSpinBox *m_developmentSubmissions = nullptr;
    QSpinBox *m_finalSubmissions = nullptr;
    QDoubleSpinBox *m_secondsPerScan = nullptr;
    QSpinBox *m_memory = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace pen::gui
