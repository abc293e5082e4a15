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

void LeaderboardPanel::setEvent(const EventDetails &event)
{
    const QString eventId = event.summary.id;
    const bool same = eventId == m_watcher->eventId() && m_watcher->isWatching();
    m_event = event;
    if (same)
        return;
    stop();
    m_board = {};
    m_updates = 0;
    m_table->setRowCount(0);
    m_bars->setBoard({});
    m_timeline->clear();
    if (eventId.isEmpty() || !m_client->connection())
        return;
    m_watcher->watch(m_client->connection(), eventId);
    m_state->setText(tr("Watching %1 live").arg(event.summary.title));
}

void LeaderboardPanel::stop()
{
    m_watcher->stop();
    m_state->setText(tr("Not watching"));
}

void LeaderboardPanel::showBoard(const Leaderboard &board)
{
    // A board of the stream stopped a moment ago may still arrive.
    if (board.eventId != m_watcher->eventId())
        return;
    m_board = board;
    ++m_updates;
    // A team's members each get a row under the team's, in grey.
    int rows = 0;
    for (const Standing &standing : board.standings)
        rows += 1 + int(standing.members.size());
    m_table->setRowCount(rows);
    int row = 0;
    const QColor memberText = palette().color(QPalette::Disabled, QPalette::Text); // muted: below the team's row
    for (const Standing &standing : board.standings) {
        const QStringList cells = HostNames::standingRow(standing);
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        ++row;
        for (const MemberScore &member : standing.members) {
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
    m_state->setText(tr("Live: last update %1 (server time)").arg(HostNames::time(board.serverTimeMs)));
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
    m_client->exportResults(m_event.summary.id, [this, fileName](const QByteArray &csv) {
        QSaveFile file(fileName);
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
    for (const EventRound &round : m_event.rounds) {
        // Rounds not yet started have no standings worth printing.
        if (round.index <= m_event.status.roundIndex && m_event.status.phase != EventState::Phase::Waiting)
            played.append(round.id);
    }
    m_client->roundStandings(m_event.summary.id, played,
                             [this, fileName](const QList<Leaderboard> &rounds) { writePdf(fileName, rounds); });
}

void LeaderboardPanel::writePdf(const QString &fileName, const QList<Leaderboard> &rounds)
{
    QString error;
    if (!resultsReport(m_event, m_board, rounds, {m_bars, m_timeline}).write(fileName, &error)) {
        emit exportFailed(error);
        return;
    }
    emit exported(fileName);
}

} // namespace pen::gui
