// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"
#include "HostRecords.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace pen::gui {

class AdminClient;
class CategoryTrendChart;
class ScoreTrendChart;
class TraineeReviewPanel;

/// A trainee's results for trainers: a contestant of the selected event, or a trainee's name for
/// the history across practice sessions; per round and threat category HR, FAR, d′, da and mean
/// response time as a table, charts over the rounds in playing order, and a PDF of it all; beside
/// them a review of each round of the session scan by scan (TraineeReviewPanel).
class TraineeReportPanel final : public QWidget {
    Q_OBJECT
public:
    explicit TraineeReportPanel(AdminClient *client, QWidget *parent = nullptr);

    void setEvent(const EventDetails &event);
    /// What the PDF button does once a file is chosen; exported() or exportFailed() follow.
    void exportPdf(const QString &fileName);

    const TraineeReport &report() const { return m_report; }
    /// The report's rounds in the order the charts show them.
    const QList<RoundReport> &rounds() const { return m_rounds; }
    ScoreTrendChart *trendChart() const { return m_trend; }
    CategoryTrendChart *categoryChart() const { return m_categories; }
    /// The report's rounds of this session, scan by scan (the "Scan review" part).
    TraineeReviewPanel *review() const { return m_review; }
    /// Shows the rates per round and category (0) or the scan review (1).
    void showPart(int part);

    /// Played rounds in time order where the server dates them, else in the order given.
    static QList<RoundReport> inPlayingOrder(const TraineeReport &report);

signals:
    void reportShown();
    void exported(const QString &fileName);
    void exportFailed(const QString &message);

private:
    void requestReport();
    void showReport(const TraineeReport &report);
    void choosePdf();
    QList<QStringList> rows() const;
    QString roundLabel(const RoundReport &round) const;

    AdminClient *m_client = nullptr;
    QString m_eventId;
    TraineeReport m_report;
    QList<RoundReport> m_rounds;
    QComboBox *m_contestant = nullptr;
    QLineEdit *m_traineeName = nullptr;
    QPushButton *m_show = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    ScoreTrendChart *m_trend = nullptr;
    CategoryTrendChart *m_categories = nullptr;
    QTabWidget *m_parts = nullptr;
    TraineeReviewPanel *m_review = nullptr;
};

} // namespace pen::gui
