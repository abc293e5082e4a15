// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace pen::gui {

class AdminClient;
class LeaderboardWatcher;
class PointsBarChart;
class PointsOverTimeChart;

/// The live leaderboard of the selected event (the WatchLeaderboard stream) as a table, a bar
/// chart of points and each contestant's points over time; exports the results as CSV and PDF.
class LeaderboardPanel final : public QWidget {
    Q_OBJECT
public:
    explicit LeaderboardPanel(AdminClient *client, QWidget *parent = nullptr);
    ~LeaderboardPanel() override;

    /// Starts watching the event (stops the previous stream); an empty event stops watching.
    void setEvent(const EventDetails &event);
    void stop();

    /// What the export buttons do once a file is chosen; exported() or exportFailed() follow.
    void exportCsv(const QString &fileName);
    void exportPdf(const QString &fileName);

    int updatesReceived() const { return m_updates; }
    const Leaderboard &board() const { return m_board; }
    PointsBarChart *barChart() const { return m_bars; }
    PointsOverTimeChart *timeChart() const { return m_timeline; }

signals:
    void exported(const QString &fileName);
    void exportFailed(const QString &message);

private:
    void showBoard(const Leaderboard &board);
    void chooseCsv();
    void choosePdf();
    void writePdf(const QString &fileName, const QList<Leaderboard> &rounds);

    AdminClient *m_client = nullptr;
    LeaderboardWatcher *m_watcher = nullptr;
    EventDetails m_event;
    Leaderboard m_board;
    int m_updates = 0;
    QTableWidget *m_table = nullptr;
    PointsBarChart *m_bars = nullptr;
    PointsOverTimeChart *m_timeline = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace pen::gui
