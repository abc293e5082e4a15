// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TraineeReportPanel.h"

#include "AdminClient.h"
#include "CategoryTrendChart.h"
#include "DisplayNames.h"
#include "HostNames.h"
#include "ReportPdf.h"
#include "TraineeTrendChart.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
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
    m_trend = new TraineeTrendChart(this);
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_show, &QPushButton::clicked, this, &TraineeReportPanel::requestReport);
    connect(m_traineeName, &QLineEdit::returnPressed, this, &TraineeReportPanel::requestReport);
    connect(pdf, &QPushButton::clicked, this, &TraineeReportPanel::choosePdf);
}

void TraineeReportPanel::setEvent(const v1::EventDetails &event)
{
    m_eventId = QString::fromStdString(event.summary().event_id());
    const QString selected = m_contestant->currentData().toString();
    m_contestant->clear();
    for (const v1::ContestantSummary &contestant : event.contestants())
        m_contestant->addItem(QString::fromStdString(contestant.name()),
                              QString::fromStdString(contestant.contestant_id()));
    m_contestant->setCurrentIndex(std::max(0, m_contestant->findData(selected)));
}

void TraineeReportPanel::requestReport()
{
    v1::TraineeReportRequest request;
    const QString name = m_traineeName->text().trimmed();
    if (!name.isEmpty()) {
        request.set_trainee_name(name.toStdString());
    } else {
        request.set_event_id(m_eventId.toStdString());
        request.set_contestant_id(m_contestant->currentData().toString().toStdString());
    }
    m_client->traineeReport(request, [this](const v1::TraineeReport &report) { showReport(report); });
}

QList<v1::RoundReport> TraineeReportPanel::inPlayingOrder(const v1::TraineeReport &report)
{
    QList<v1::RoundReport> rounds(report.rounds().begin(), report.rounds().end());
    // started_ms is 0 for a round not (yet) dated; those keep their place after the dated ones.
    std::stable_sort(rounds.begin(), rounds.end(), [](const v1::RoundReport &a, const v1::RoundReport &b) {
        if ((a.started_ms() == 0) != (b.started_ms() == 0))
            return b.started_ms() == 0;
        return a.started_ms() < b.started_ms();
    });
    return rounds;
}

QString TraineeReportPanel::roundLabel(const v1::RoundReport &round) const
{
    QString label = QString::fromStdString(round.title());
    // Across sessions a round's title alone is ambiguous: name its session and day.
    if (!round.event_title().empty() && round.event_id() != m_eventId.toStdString())
        label = tr("%1 / %2").arg(QString::fromStdString(round.event_title()), label);
    if (round.started_ms() > 0)
        label += tr(" (%1)").arg(HostNames::date(round.started_ms()));
    return label;
}

QList<QStringList> TraineeReportPanel::rows() const
{
    QList<QStringList> result;
    for (const v1::RoundReport &round : m_rounds) {
        for (const v1::CategoryReport &category : round.categories())
            result.append(HostNames::categoryRow(roundLabel(round), category));
    }
    for (const v1::CategoryReport &category : m_report.overall())
        result.append(HostNames::categoryRow(tr("All rounds"), category));
    return result;
}

void TraineeReportPanel::showReport(const v1::TraineeReport &report)
{
    m_report = report;
    m_rounds = inPlayingOrder(report);
    const QList<QStringList> cells = rows();
    m_table->setRowCount(int(cells.size()));
    for (int row = 0; row < cells.size(); ++row) {
        for (int column = 0; column < cells[row].size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[row][column]));
    }
    m_trend->setRounds(m_rounds);
    m_categories->setRounds(m_rounds);
    const v1::Score &total = report.total();
    m_summary->setText(tr("%1: %n round(s); hit rate %2 %, false alarm rate %3 %, d′ %4, da %5, mean response %6 s",
                          nullptr, int(m_rounds.size()))
                           .arg(QString::fromStdString(report.name()), DisplayNames::number(100 * total.hit_rate(), 1),
                                DisplayNames::number(100 * total.false_alarm_rate(), 1),
                                DisplayNames::number(total.d_prime(), 2), DisplayNames::number(total.d_a(), 2),
                                DisplayNames::number(total.mean_response_seconds(), 1)));
    emit reportShown();
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
    ReportPdf pdf(tr("Trainee report: %1").arg(QString::fromStdString(m_report.name())));
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
