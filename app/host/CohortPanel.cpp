// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CohortPanel.h"

#include "AdminClient.h"
#include "DisplayNames.h"
#include "HostNames.h"
#include "ReportPdf.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pen::gui {

namespace {

const QColor MetColour(200, 235, 200);
const QColor BelowColour(245, 205, 205);

QList<CohortStanding::RoundSensitivities> roundSensitivities(const TraineeReport &report)
{
    QList<CohortStanding::RoundSensitivities> rounds;
    for (const RoundReport &round : report.rounds) {
        CohortStanding::RoundSensitivities sensitivities;
        for (const CategoryRates &category : round.categories)
            sensitivities.insert(category.category, category.dPrime);
        rounds.append(sensitivities);
    }
    return rounds;
}

} // namespace

CohortPanel::CohortPanel(AdminClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    auto *show = new QPushButton(tr("Read the cohort"), this);
    show->setObjectName(QStringLiteral("showCohort"));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("cohortTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_markCategory = new QComboBox(this);
    m_markCategory->setObjectName(QStringLiteral("passMarkCategory"));
    m_markCategory->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mark = new QDoubleSpinBox(this);
    m_mark->setObjectName(QStringLiteral("passMark"));
    m_mark->setRange(0, 5);
    m_mark->setSingleStep(0.1);
    m_mark->setDecimals(2);
    m_mark->setValue(1.5);
    m_mark->setPrefix(tr("d′ at least "));
    auto *setMark = new QPushButton(tr("Set pass threshold"), this);
    setMark->setObjectName(QStringLiteral("setPassMark"));
    auto *clearMark = new QPushButton(tr("Remove pass threshold"), this);
    clearMark->setObjectName(QStringLiteral("removePassMark"));
    m_marksText = new QLabel(this);
    m_marksText->setObjectName(QStringLiteral("passMarks"));
    m_marksText->setWordWrap(true);
    m_certificate = new QPushButton(tr("Certificate (PDF)…"), this);
    m_certificate->setObjectName(QStringLiteral("exportCertificate"));
    m_certificateText = new QLabel(this);
    m_certificateText->setObjectName(QStringLiteral("certificateStatus"));
    m_certificateText->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(show);
    top->addStretch();
    auto *marks = new QHBoxLayout;
    marks->addWidget(new QLabel(tr("Pass threshold for"), this));
    marks->addWidget(m_markCategory);
    marks->addWidget(m_mark);
    marks->addWidget(setMark);
    marks->addWidget(clearMark);
    marks->addStretch();
    auto *certificate = new QHBoxLayout;
    certificate->addWidget(m_certificate);
    certificate->addWidget(m_certificateText, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(marks);
    layout->addWidget(m_marksText);
    layout->addLayout(certificate);

    connect(show, &QPushButton::clicked, this, &CohortPanel::refresh);
    connect(setMark, &QPushButton::clicked, this,
            [this] { setPassMark(m_markCategory->currentData().toString(), m_mark->value()); });
    connect(clearMark, &QPushButton::clicked, this,
            [this] { setPassMark(m_markCategory->currentData().toString(), -1); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CohortPanel::updateCertificateButton);
    connect(m_certificate, &QPushButton::clicked, this, &CohortPanel::chooseCertificateFile);
    updateCertificateButton();
}

void CohortPanel::setEvent(const EventDetails &event)
{
    const bool otherEvent = event.summary.id != m_eventId;
    m_eventId = event.summary.id;
    m_eventTitle = event.summary.title;
    m_contestants = event.contestants;
    if (!otherEvent)
        return;
    m_reports.clear();
    m_arrived.clear();
    m_awaited = 0;
    m_marks.clear();
    const Expected<QHash<QString, CohortStanding::PassMarks>> saved = m_file.read();
    if (saved)
        m_marks = saved->value(m_eventId);
    else
        emit failed(tr("Reading the pass thresholds"), saved.error().message);
    showCohort();
}

void CohortPanel::refresh()
{
    m_arrived.clear();
    m_awaited = int(m_contestants.size());
    if (m_awaited == 0) {
        m_reports.clear();
        showCohort();
        emit cohortShown();
        return;
    }
    const QString eventId = m_eventId;
    for (const EventContestant &contestant : m_contestants) {
        m_client->traineeReport({{}, eventId, contestant.id}, [this, eventId](const TraineeReport &report) {
            if (eventId != m_eventId || m_awaited == 0)
                return; // a reply for a session no longer shown
            m_arrived.insert(report.contestantId, report);
            if (--m_awaited > 0)
                return;
            m_reports.clear();
            for (const EventContestant &listed : m_contestants)
                if (m_arrived.contains(listed.id))
                    m_reports.append(m_arrived.value(listed.id));
            showCohort();
            emit cohortShown();
        });
    }
}

QMap<QString, double> CohortPanel::overallDPrime(const TraineeReport &report)
{
    QMap<QString, double> overall;
    for (const CategoryRates &category : report.overall)
        overall.insert(category.category, category.dPrime);
    return overall;
}

QString CohortPanel::trendArrow(CohortStanding::Trend trend)
{
    switch (trend) {
    case CohortStanding::Trend::Rising: return QStringLiteral("↑");
    case CohortStanding::Trend::Falling: return QStringLiteral("↓");
    case CohortStanding::Trend::Steady: return QStringLiteral("→");
    case CohortStanding::Trend::Unknown: break;
    }
    return {};
}

QStringList CohortPanel::categories() const
{
    QStringList keys;
    for (const TraineeReport &report : m_reports)
        for (const CategoryRates &category : report.overall)
            if (!keys.contains(category.category))
                keys.append(category.category);
    for (auto mark = m_marks.cbegin(); mark != m_marks.cend(); ++mark)
        if (!keys.contains(mark.key()))
            keys.append(mark.key());
    std::sort(keys.begin(), keys.end());
    return keys;
}

void CohortPanel::showCohort()
{
    const QStringList keys = categories();
    QStringList headers{tr("Trainee")};
    headers += keys;
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_reports.size()));
    for (int row = 0; row < m_reports.size(); ++row) {
        const TraineeReport &report = m_reports[row];
        const QMap<QString, double> overall = overallDPrime(report);
        const QList<CohortStanding::RoundSensitivities> rounds = roundSensitivities(report);
        m_table->setItem(row, 0, new QTableWidgetItem(report.name));
        for (int column = 0; column < keys.size(); ++column) {
            const QString &key = keys[column];
            auto *item = new QTableWidgetItem;
            if (overall.contains(key))
                item->setText(QStringLiteral("%1 %2")
                                  .arg(DisplayNames::number(overall.value(key), 2),
                                       trendArrow(CohortStanding::trendOf(rounds, key)))
                                  .trimmed());
            if (m_marks.contains(key)) {
                const bool met = CohortStanding::meetsPassMarks(overall, {{key, m_marks.value(key)}});
                item->setBackground(met ? MetColour : BelowColour);
                item->setToolTip(met ? tr("meets the pass threshold") : tr("below the pass threshold"));
            }
            m_table->setItem(row, column + 1, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QString chosen = m_markCategory->currentData().toString();
    m_markCategory->clear();
    for (const QString &key : keys)
        m_markCategory->addItem(key, key);
    m_markCategory->setCurrentIndex(std::max(0, m_markCategory->findData(chosen)));
    showPassMarks();
    updateCertificateButton();
}

void CohortPanel::showPassMarks()
{
    QStringList marks;
    for (auto mark = m_marks.cbegin(); mark != m_marks.cend(); ++mark)
        marks.append(tr("%1: d′ at least %2").arg(mark.key(), DisplayNames::number(mark.value(), 2)));
    m_marksText->setText(marks.isEmpty() ? tr("No pass thresholds are set for this session.")
                                         : tr("Pass thresholds: %1").arg(marks.join(QStringLiteral("; "))));
}

void CohortPanel::setPassMark(const QString &category, double leastDPrime)
{
    if (category.isEmpty() || m_eventId.isEmpty())
        return;
    CohortStanding::PassMarks marks = m_marks;
    if (leastDPrime < 0)
        marks.remove(category);
    else
        marks.insert(category, leastDPrime);
    if (const Expected<void> saved = m_file.write(m_eventId, marks); !saved) {
        emit failed(tr("Saving the pass thresholds"), saved.error().message);
        return;
    }
    m_marks = marks;
    showCohort();
}

void CohortPanel::updateCertificateButton()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    if (row < 0 || row >= m_reports.size()) {
        m_certificate->setEnabled(false);
        m_certificateText->setText(m_marks.isEmpty() ? tr("Set a pass threshold, then choose a trainee.")
                                                     : tr("Choose a trainee."));
        return;
    }
    const TraineeReport &report = m_reports[row];
    const QMap<QString, double> overall = overallDPrime(report);
    const bool met = CohortStanding::meetsPassMarks(overall, m_marks);
    m_certificate->setEnabled(met);
    if (m_marks.isEmpty())
        m_certificateText->setText(tr("Set a pass threshold first."));
    else if (met)
        m_certificateText->setText(tr("%1 meets every pass threshold.").arg(report.name));
    else
        m_certificateText->setText(
            tr("%1 is below the pass threshold in: %2")
                .arg(report.name,
                     CohortStanding::categoriesBelowPassMark(overall, m_marks).join(QStringLiteral(", "))));
}

void CohortPanel::chooseCertificateFile()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const QString name = QFileDialog::getSaveFileName(this, tr("Save the certificate as PDF"),
                                                      QStringLiteral("certificate.pdf"), tr("PDF files (*.pdf)"));
    if (!name.isEmpty())
        exportCertificate(selected.first()->row(), name);
}

void CohortPanel::exportCertificate(int row, const QString &fileName)
{
    if (row < 0 || row >= m_reports.size())
        return;
    const TraineeReport &report = m_reports[row];
    const QMap<QString, double> overall = overallDPrime(report);
    if (!CohortStanding::meetsPassMarks(overall, m_marks)) {
        emit failed(tr("Issuing the certificate"), tr("%1 does not meet every pass threshold.").arg(report.name));
        return;
    }
    ReportPdf pdf(tr("Certificate of training: %1").arg(report.name));
    pdf.addParagraph(tr("%1 has met the pass thresholds of the training session %2 in every threat category below, "
                        "measured as the sensitivity d′ over all rounds played.")
                         .arg(report.name, m_eventTitle));
    QList<QStringList> rows;
    for (auto mark = m_marks.cbegin(); mark != m_marks.cend(); ++mark) {
        const auto rates = std::find_if(report.overall.cbegin(), report.overall.cend(),
                                        [&](const CategoryRates &rate) { return rate.category == mark.key(); });
        rows.append({mark.key(), DisplayNames::number(overall.value(mark.key()), 2),
                     DisplayNames::number(mark.value(), 2), DisplayNames::number(100 * rates->hitRate, 1),
                     DisplayNames::number(100 * rates->falseAlarmRate, 1)});
    }
    pdf.addTable({tr("Threat category"), tr("d′ reached"), tr("Pass threshold (d′)"), tr("Hit rate (%)"),
                  tr("False alarm rate (%)")},
                 rows);
    pdf.addParagraph(tr("Issued %1.").arg(HostNames::date(0)));
    QString error;
    if (!pdf.write(fileName, &error)) {
        emit failed(tr("Issuing the certificate"), error);
        return;
    }
    emit exported(fileName);
}

} // namespace pen::gui
