// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "TournamentMessages.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pen::gui {

class ServerCountdown;

/// The contestant's own results of the round just over, as the server scored them: a summary
/// (points, rank, hits, misses, false alarms, d′, response time) and one row per scan. Below it,
/// what the event does next (a break before the next round, or the end).
class TournamentResultsPage final : public QWidget {
    Q_OBJECT
public:
    explicit TournamentResultsPage(QWidget *parent = nullptr);

    void showResults(const ContestantResults &results, const QString &roundTitle);
    /// The whole event's results at its end: the final standings, the contestant's own row marked.
    void showEventResults(const ContestantResults &results);
    void showStatus(const EventStatus &status);
    void showClock(const ServerCountdown &countdown);
    const ContestantResults &results() const { return m_results; }

signals:
    /// "Review scans with the truth": shown where the event revealed the truth.
    void reviewRequested();

private:
    ContestantResults m_results;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_next = nullptr;
    QPushButton *m_review = nullptr;
    QLabel *m_eventSummary = nullptr;
    QTableWidget *m_standings = nullptr;
    EventStatus m_status;
};

} // namespace pen::gui
