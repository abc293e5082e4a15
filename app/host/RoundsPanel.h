// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "pen/v1/admin.pb.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pen::gui {

class AdminClient;

/// The selected event's rounds and the form that adds one: title, image set, round type,
/// seconds per scan, round seconds, countdown and the break after it.
class RoundsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit RoundsPanel(AdminClient *client, QWidget *parent = nullptr);

    void setEvent(const v1::EventDetails &event);
    void setImageSets(const v1::ListImageSetsReply &sets);

signals:
    void roundAdded();

private:
    void addRound();
    v1::AddRoundRequest request() const;

    AdminClient *m_client = nullptr;
    QString m_eventId;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_imageSet = nullptr;
    QComboBox *m_type = nullptr;
    QSpinBox *m_secondsPerScan = nullptr;
    QSpinBox *m_roundSeconds = nullptr;
    QSpinBox *m_countdown = nullptr;
    QSpinBox *m_break = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace pen::gui
