// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "HumanMachineView.h"

#include "MachinesClient.h"
#include "machines/RocChart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pen::gui {
namespace {

QStringList cellsOf(const HumanMachineStanding &standing)
{
    const RoundScore &score = standing.score;
    const QLocale locale;
    return {QString::number(standing.rank),
            standing.name,
            standing.machine ? HumanMachineView::tr("Machine") : HumanMachineView::tr("Officer"),
            locale.toString(score.points, 'f', 1),
            locale.toString(score.detection.hitRate(), 'f', 2),
            locale.toString(score.detection.falseAlarmRate(), 'f', 2),
            locale.toString(score.detection.dPrime(), 'f', 2),
            locale.toString(score.medianResponseSeconds, 'f', 2)};
}

} // namespace

HumanMachineView::HumanMachineView(MachinesClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    m_round = new QComboBox(this);
    m_round->setObjectName(QStringLiteral("humanMachineRound"));
    auto *show = new QPushButton(tr("Show"), this);
    show->setObjectName(QStringLiteral("showHumanMachine"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("humanMachineBoard"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Name"), tr("Officer or machine"), tr("Points"), tr("Hit rate"),
                                        tr("False alarm rate"), tr("d′"), tr("Median time (s)")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_roc = new RocChart(this);
    m_roc->setObjectName(QStringLiteral("humanMachineRoc"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Round:"), this));
    bar->addWidget(m_round, 1);
    bar->addWidget(show);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_roc);
    split->setSizes({720, 380});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    connect(show, &QPushButton::clicked, this, &HumanMachineView::refresh);
}

void HumanMachineView::setEvent(const EventDetails &event)
{
    const QString eventId = event.summary.id;
    const QString selected = m_round->currentData().toString();
    m_round->clear();
    for (const EventRound &round : event.rounds)
        m_round->addItem(round.title, round.id);
    m_round->setCurrentIndex(std::max(0, m_round->findData(selected)));
    if (eventId != m_eventId) {
        m_eventId = eventId;
        showBoard({});
    }
}

void HumanMachineView::refresh()
{
    const QString roundId = m_round->currentData().toString();
    if (m_eventId.isEmpty() || roundId.isEmpty())
        return;
    m_client->humanMachine(m_eventId, roundId, [this](const HumanMachineLeaderboard &board) {
        if (board.eventId == m_eventId)
            showBoard(board);
    });
}

void HumanMachineView::showBoard(const HumanMachineLeaderboard &board)
{
    m_board = board;
    m_table->setRowCount(0);
    m_table->setRowCount(int(board.standings.size()));
    QList<RocChart::OperatingPoint> officers;
    for (int row = 0; row < int(board.standings.size()); ++row) {
        const HumanMachineStanding &standing = board.standings[row];
        const QStringList cells = cellsOf(standing);
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column != Name && column != Kind)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        if (!standing.machine)
            officers.append(
                {standing.name, standing.score.detection.falseAlarmRate(), standing.score.detection.hitRate()});
    }
    m_roc->setCurves(board.machineRuns);
    m_roc->setOperatingPoints(officers);
    emit boardShown();
}

} // namespace pen::gui
