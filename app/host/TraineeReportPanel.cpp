// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TraineeReportPanel.h"

#include "AdminClient.h"
#include "CategoryTrendChart.h"
#include "DisplayNames.h"
#include "HostNames.h"
#include "ReportPdf.h"
#include "TraineeReviewPanel.h"
#include "charts/ScoreTrendChart.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pen::gui {

TraineeReportPanel::TraineeReportPanel(AdminClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    m_contestant = new QComboBox(this);
    m_contestant->setObjectName(QStringLiteral("reportContestant"));
    m_traineeName = new QLineEdit(this);
    m_traineeName->setObjectName(QStringLiteral("traineeName"));
    m_traineeName->setPlaceholderText(tr("or a trainee's name: the history across your practice sessions"));
    m_show = new QPushButton(tr("Show report"), this);
    m_show->setObjectName(QStringLiteral("showReport"));
    auto *pdf = new QPushButton(tr("Export PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportReportPdf"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    const QStringList headers = HostNames::categoryHeaders();
    m_table = new QTableWidget(0, int(headers.size()), this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_trend = new ScoreTrendChart(tr("Rounds in playing order"), ScoreTrendChart::Sensitivity::DPrimeAndDa, this);
    m_trend->setObjectName(QStringLiteral("traineeTrend"));
    m_categories = new CategoryTrendChart(this);
    m_categories->setObjectName(QStringLiteral("categoryTrend"));

    auto *form = new QFormLayout;
    form->addRow(tr("Contestant"), m_contestant);
    form->addRow(tr("Trainee"), m_traineeName);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addWidget(pdf);
    buttons->addStretch();
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_trend);
    charts->addWidget(m_categories);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(charts);
    split->setStretchFactor(1, 2);
    m_review = new TraineeReviewPanel(client, this);
    m_review->setObjectName(QStringLiteral("traineeReview"));
    m_parts = new QTabWidget(this);
    m_parts->setObjectName(QStringLiteral("reportParts"));
    m_parts->addTab(split, tr("Rates per round"));
    m_parts->addTab(m_review, tr("Scan review"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_parts, 1);

    connect(m_show, &QPushButton::clicked, this, &TraineeReportPanel::requestReport);
    connect(m_traineeName, &QLineEdit::returnPressed, this, &TraineeReportPanel::requestReport);
    connect(pdf, &QPushButton::clicked, this, &TraineeReportPanel::choosePdf);
}

void TraineeReportPanel::setEvent(const EventDetails &event)
{
    m_eventId = event.summary.id;
    const QString selected = m_contestant->currentData().toString();
    m_contestant->clear();
    for (const EventContestant &contestant : event.contestants)
        m_contestant->addItem(contestant.name, contestant.id);
    m_contestant->setCurrentIndex(std::max(0, m_contestant->findData(selected)));
}

void TraineeReportPanel::requestReport()
{
    const TraineeQuery query{m_traineeName->text().trimmed(), m_eventId, m_contestant->currentData().toString()};
    m_client->traineeReport(query, [this](const TraineeReport &report) { showReport(report); });
}

QList<RoundReport> TraineeReportPanel::inPlayingOrder(const TraineeReport &report)
{
    QList<RoundReport> rounds = report.rounds;
    // startedMs is 0 for a round not (yet) dated; those keep their place after the dated ones.
    std::stable_sort(rounds.begin(), rounds.end(), [](const RoundReport &a, const RoundReport &b) {
        if ((a.startedMs == 0) != (b.startedMs == 0))
            return b.startedMs == 0;
        return a.startedMs < b.startedMs;
    });
    return rounds;
}

QString TraineeReportPanel::roundLabel(const RoundReport &round) const
{
    QString label = round.title;
    // Across sessions a round's title alone is ambiguous: name its session and day.
    if (!round.eventTitle.isEmpty() && round.eventId != m_eventId)
        label = tr("%1 / %2").arg(round.eventTitle, label);
    if (round.startedMs > 0)
        label += tr(" (%1)").arg(HostNames::date(round.startedMs));
    return label;
}

QList<QStringList> TraineeReportPanel::rows() const
{
    QList<QStringList> result;
    for (const RoundReport &round : m_rounds) {
        for (const CategoryRates &category : round.categories)
            result.append(HostNames::categoryRow(roundLabel(round), category));
    }
    for (const CategoryRates &category : m_report.overall)
        result.append(HostNames::categoryRow(tr("All rounds"), category));
    return result;
}

void TraineeReportPanel::showReport(const TraineeReport &report)
{
    m_report = report;
    m_rounds = inPlayingOrder(report);
    const QList<QStringList> cells = rows();
    m_table->setRowCount(int(cells.size()));
    for (int row = 0; row < cells.size(); ++row) {
        for (int column = 0; column < cells[row].size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[row][column]));
    }
    QList<RoundScore> scores;
    for (const RoundReport &round : m_rounds)
        scores.append(round.score);
    m_trend->setRounds(scores);
    m_categories->setRounds(m_rounds);
    m_review->setRounds(m_eventId, report.contestantId, m_rounds);
    const SignalDetection &total = report.total.detection;
    m_summary->setText(tr("%1: %n round(s); hit rate %2 %, false alarm rate %3 %, d′ %4, da %5, mean response %6 s",
                          nullptr, int(m_rounds.size()))
                           .arg(report.name, DisplayNames::number(100 * total.hitRate(), 1),
                                DisplayNames::number(100 * total.falseAlarmRate(), 1),
                                DisplayNames::number(total.dPrime(), 2), DisplayNames::number(total.dA(), 2),
                                DisplayNames::number(report.total.meanResponseSeconds, 1)));
    emit reportShown();
}

void TraineeReportPanel::showPart(int part)
{
    m_parts->setCurrentIndex(part);
}

void TraineeReportPanel::choosePdf()
{
    const QString name = QFileDialog::getSaveFileName(this, tr("Export the trainee report as PDF"),
                                                      QStringLiteral("trainee-report.pdf"), tr("PDF files (*.pdf)"));
    if (!name.isEmpty())
        exportPdf(name);
}

void TraineeReportPanel::exportPdf(const QString &fileName)
{
    ReportPdf pdf(tr("Trainee report: %1").arg(m_report.name));
    pdf.addParagraph(m_summary->text());
    pdf.addParagraph(tr("Printed %1.").arg(HostNames::date(0)));
    pdf.addChart(m_trend);
    pdf.addChart(m_categories);
    pdf.addHeading(tr("Per round and threat category"));
    pdf.addTable(HostNames::categoryHeaders(), rows());
    QString error;
    if (!pdf.write(fileName, &error)) {
        emit exportFailed(error);
        return;
    }
    emit exported(fileName);
}

} // namespace pen::gui
