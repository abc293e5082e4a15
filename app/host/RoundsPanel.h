// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"
#include "HostRecords.h"
#include "model/RoundSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pen::gui {

class AdminClient;

/// The selected event's rounds and the form that adds one: title, image set, the scans (all, or a
/// number drawn by a seed), round type, target categories, feedback, whether a mark must name the
/// category, the scoring weights, seconds per scan, round seconds, countdown and the break after it.
class RoundsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit RoundsPanel(AdminClient *client, QWidget *parent = nullptr);

    void setEvent(const EventDetails &event);
    void setImageSets(const QList<ImageSetRecord> &sets);

signals:
    void roundAdded();

private:
    void createRoundTable();
    /// Title, image set, round type, the draw of scans and the target categories.
    void createScanFields();
    /// Feedback, the category rule and the scoring weights.
    void createScoringFields();
    /// Seconds per scan, round seconds, when the clocks start, join window, countdown and break.
    void createClockFields();
    /// The "New round" box: the fields in a form and the button that adds the round.
    QGroupBox *createRoundForm();
    void connectForm();
    void addRound();
    /// The type's own feedback, category rule and scoring weights, as a starting point.
    void showDefaultsOf(RoundType type);
    NewRound newRound() const;

    AdminClient *m_client = nullptr;
    QString m_eventId;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_imageSet = nullptr;
    QComboBox *m_type = nullptr;
    QSpinBox *m_drawScans = nullptr;
    QSpinBox *m_drawSeed = nullptr;
    QListWidget *m_targets = nullptr;
    QComboBox *m_feedback = nullptr;
    QCheckBox *m_categoryRequired = nullptr;
    QDoubleSpinBox *m_pointsPerHit = nullptr;
    QDoubleSpinBox *m_speedBonus = nullptr;
    QDoubleSpinBox *m_falseAlarmPenalty = nullptr;
    QSpinBox *m_secondsPerScan = nullptr;
    QSpinBox *m_roundSeconds = nullptr;
    QComboBox *m_clockStart = nullptr;
    QSpinBox *m_joinWindow = nullptr;
    QSpinBox *m_countdown = nullptr;
    QSpinBox *m_break = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace pen::gui
