// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "HostRecords.h"
#include "ReviewRecords.h"
#include "ScanImageView.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace pen::gui {

class AdminClient;

/// A trainer goes through one round of a trainee scan by scan: the scans in the order shown with
/// the decision, outcome, threats, marks and response time, and the chosen scan's view with the
/// ground truth drawn solid and the trainee's marks dashed. Views are fetched in the background.
class TraineeReviewPanel final : public QWidget {
    Q_OBJECT
public:
    explicit TraineeReviewPanel(AdminClient *client, QWidget *parent = nullptr);

    /// The rounds that can be reviewed: those of the report's event (a history across sessions
    /// names no contestant, so it offers none). The first round's answers are read at once.
    void setRounds(const QString &eventId, const QString &contestantId, const QList<RoundReport> &rounds);

    const TraineeAnswers &answers() const { return m_answers; }
    QComboBox *roundChoice() const { return m_round; }
    QTableWidget *scanTable() const { return m_scans; }
    ScanImageView *image() const { return m_image; }

signals:
    void answersShown();
    /// The chosen scan's view is drawn with its truth and marks.
    void viewShown(int row, int view);

private:
    void requestAnswers();
    void showAnswers(const TraineeAnswers &answers);
    void chooseScan(int row);
    void requestView();
    void showView(int row, int view, const QImage &image);
    QStringList cells(const ReviewedScan &scan) const;
    QString outcome(const ReviewedScan &scan) const;
    QList<RegionOverlay> overlays(const ReviewedScan &scan, int view) const;

    AdminClient *m_client = nullptr;
    QString m_eventId;
    QString m_contestantId;
    TraineeAnswers m_answers;
    int m_request = 0; ///< the latest request's number: replies to older ones come too late
    QComboBox *m_round = nullptr;
    QComboBox *m_view = nullptr;
    QTableWidget *m_scans = nullptr;
    QLabel *m_detail = nullptr;
    ScanImageView *m_image = nullptr;
};

} // namespace pen::gui
