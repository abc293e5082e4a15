// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "LeaderboardPanel.h"

#include "AdminClient.h"
#include "HostNames.h"
#include "LeaderboardWatcher.h"
#include "PointsBarChart.h"
#include "PointsOverTimeChart.h"
#include "ResultsPdf.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pen::gui {

LeaderboardPanel::LeaderboardPanel(AdminClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    m_watcher = new LeaderboardWatcher(this);
    const QStringList headers = HostNames::standingHeaders();
    m_table = new QTableWidget(0, int(headers.size()), this);
    m_table->setObjectName(QStringLiteral("leaderboard"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_bars = new PointsBarChart(this);
    m_bars->setObjectName(QStringLiteral("pointsChart"));
    m_timeline = new PointsOverTimeChart(this);
    m_timeline->setObjectName(QStringLiteral("pointsOverTime"));
    m_state = new QLabel(tr("Not watching"), this);
    m_state->setObjectName(QStringLiteral("leaderboardState"));
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto *pdf = new QPushButton(tr("Export PDF report…"), this);
    pdf->setObjectName(QStringLiteral("exportPdf"));

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_bars);
    charts->addWidget(m_timeline);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(charts);
    split->setStretchFactor(1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(csv);
    buttons->addWidget(pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_watcher, &LeaderboardWatcher::updated, this, &LeaderboardPanel::showBoard);
    connect(m_watcher, &LeaderboardWatcher::failed, this,
            [this](const QString &message) { m_state->setText(tr("The live leaderboard stopped: %1").arg(message)); });
    connect(csv, &QPushButton::clicked, this, &LeaderboardPanel::chooseCsv);
    connect(pdf, &QPushButton::clicked, this, &LeaderboardPanel::choosePdf);
}

LeaderboardPanel::~LeaderboardPanel()
{
    stop();
}

void LeaderboardPanel::setEvent(const v1::EventDetails &event)
{
    const QString eventId = QString::fromStdString(event.summary().event_id());
    const bool same = eventId == m_watcher->eventId() && m_watcher->isWatching();
    m_event = event;
    if (same)
        return;
    stop();
    m_board.Clear();
    m_updates = 0;
    m_table->setRowCount(0);
    m_bars->setBoard({});
    m_timeline->clear();
    if (eventId.isEmpty() || !m_client->connection())
        return;
    m_watcher->watch(m_client->connection(), eventId);
    m_state->setText(tr("Watching %1 live").arg(QString::fromStdString(event.summary().title())));
}

void LeaderboardPanel::stop()
{
    m_watcher->stop();
    m_state->setText(tr("Not watching"));
}

void LeaderboardPanel::showBoard(const v1::Leaderboard &board)
{
    // A board of the stream stopped a moment ago may still arrive.
    if (QString::fromStdString(board.event_id()) != m_watcher->eventId())
        return;
    m_board = board;
    ++m_updates;
    // A team's members each get a row under the team's, in grey.
    int rows = 0;
    for (const v1::Standing &standing : board.standings())
        rows += 1 + standing.members_size();
    m_table->setRowCount(rows);
    int row = 0;
    const QColor memberText = palette().color(QPalette::Disabled, QPalette::Text); // muted: below the team's row
    for (const v1::Standing &standing : board.standings()) {
        const QStringList cells = HostNames::standingRow(standing);
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        ++row;
        for (const v1::MemberScore &member : standing.members()) {
            const QStringList memberCells = HostNames::memberRow(member);
            for (int column = 0; column < memberCells.size(); ++column) {
                auto *item = new QTableWidgetItem(memberCells[column]);
                item->setForeground(memberText);
                item->setData(Qt::UserRole, QStringLiteral("member"));
                m_table->setItem(row, column, item);
            }
            ++row;
        }
    }
    m_bars->setBoard(board);
    m_timeline->addBoard(board);
    m_state->setText(tr("Live: last update %1 (server time)").arg(HostNames::time(board.server_time_ms())));
}

void LeaderboardPanel::chooseCsv()
{
    const QString name = QFileDialog::getSaveFileName(this, tr("Export answers as CSV"), QStringLiteral("results.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!name.isEmpty())
        exportCsv(name);
}

void LeaderboardPanel::choosePdf()
{
    const QString name = QFileDialog::getSaveFileName(this, tr("Export results as PDF"), QStringLiteral("results.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (!name.isEmpty())
        exportPdf(name);
}

void LeaderboardPanel::exportCsv(const QString &fileName)
{
    m_client->exportResults(
        QString::fromStdString(m_event.summary().event_id()), [this, fileName](const v1::ExportResultsReply &reply) {
            QSaveFile file(fileName);
            const QByteArray csv = QByteArray::fromStdString(reply.csv());
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
                emit exportFailed(tr("%1 cannot be written: %2").arg(fileName, file.errorString()));
                return;
            }
            emit exported(fileName);
        });
}

void LeaderboardPanel::exportPdf(const QString &fileName)
{
    QStringList played;
    for (const v1::RoundInfo &round : m_event.rounds()) {
        // Rounds not yet started have no standings worth printing.
        if (int(round.index()) <= m_event.status().round_index() && m_event.status().phase() != v1::PHASE_WAITING)
            played.append(QString::fromStdString(round.round_id()));
    }
    const QString eventId = QString::fromStdString(m_event.summary().event_id());
    m_client->roundStandings(eventId, played,
                             [this, fileName](const QList<v1::Leaderboard> &rounds) { writePdf(fileName, rounds); });
}

void LeaderboardPanel::writePdf(const QString &fileName, const QList<v1::Leaderboard> &rounds)
{
    QString error;
    if (!resultsReport(m_event, m_board, rounds, {m_bars, m_timeline}).write(fileName, &error)) {
        emit exportFailed(error);
        return;
    }
    emit exported(fileName);
}

} // namespace pen::gui
