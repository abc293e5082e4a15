// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"
#include "HostRecords.h"
#include "PassMarkFile.h"
#include "tournament/CohortStanding.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pen::gui {

class AdminClient;

/// The trainer's cohort: every trainee of the selected session against every threat category,
/// each cell the trainee's d′ over their rounds with an arrow for its direction between their last
/// two rounds of the category, green where it meets the category's pass threshold and red where not. A
/// trainee who meets every pass threshold can be given a certificate (PDF).
class CohortPanel final : public QWidget {
    Q_OBJECT
public:
    explicit CohortPanel(AdminClient *client, QWidget *parent = nullptr);

    void setEvent(const EventDetails &event);
    /// Reads every contestant's report; cohortShown() follows once all have come.
    void refresh();
    /// Sets (or, with a negative mark, removes) a category's pass threshold and saves the session's marks.
    void setPassMark(const QString &category, double leastDPrime);
    const CohortStanding::PassMarks &passMarks() const { return m_marks; }
    /// The trainees in the table's order, with their reports.
    const QList<TraineeReport> &reports() const { return m_reports; }
    /// Writes the certificate of the trainee in row; exported() or exportFailed() follow.
    void exportCertificate(int row, const QString &fileName);

    static QString trendArrow(CohortStanding::Trend trend);
    static QMap<QString, double> overallDPrime(const TraineeReport &report);

signals:
    void cohortShown();
    void exported(const QString &fileName);
    /// what failed ("Issuing the certificate", "Saving the pass thresholds") and why.
    void failed(const QString &what, const QString &message);

private:
    void showCohort();
    void showPassMarks();
    void updateCertificateButton();
    void chooseCertificateFile();
    QStringList categories() const;

    AdminClient *m_client = nullptr;
    PassMarkFile m_file;
    QString m_eventId;
    QString m_eventTitle;
    QList<EventContestant> m_contestants;
    QHash<QString, TraineeReport> m_arrived; ///< by contestant id, while a refresh is under way
    int m_awaited = 0;
    QList<TraineeReport> m_reports;
    CohortStanding::PassMarks m_marks;
    QTableWidget *m_table = nullptr;
    QComboBox *m_markCategory = nullptr;
    QDoubleSpinBox *m_mark = nullptr;
    QLabel *m_marksText = nullptr;
    QLabel *m_certificateText = nullptr;
    QPushButton *m_certificate = nullptr;
};

} // namespace pen::gui
