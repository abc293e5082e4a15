// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "HumanMachineView.h"

#include "MachinesClient.h"
#include "machines/MachineResult.h"
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

QStringList cellsOf(const v1::HumanMachineStanding &standing)
{
    const v1::Score &score = standing.score();
    const QLocale locale;
    return {QString::number(standing.rank()),
            QString::fromStdString(standing.name()),
            standing.machine() ? HumanMachineView::tr("Machine") : HumanMachineView::tr("Officer"),
            locale.toString(score.points(), 'f', 1),
            locale.toString(score.hit_rate(), 'f', 2),
            locale.toString(score.false_alarm_rate(), 'f', 2),
            locale.toString(score.d_prime(), 'f', 2),
            locale.toString(score.median_response_seconds(), 'f', 2)};
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

void HumanMachineView::setEvent(const v1::EventDetails &event)
{
    const QString eventId = QString::fromStdString(event.summary().event_id());
    const QString selected = m_round->currentData().toString();
    m_round->clear();
    for (const v1::RoundInfo &round : event.rounds())
        m_round->addItem(QString::fromStdString(round.title()), QString::fromStdString(round.round_id()));
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
    m_client->humanMachine(m_eventId, roundId, [this](const v1::HumanMachineLeaderboard &board) {
        if (QString::fromStdString(board.event_id()) == m_eventId)
            showBoard(board);
    });
}

void HumanMachineView::showBoard(const v1::HumanMachineLeaderboard &board)
{
    m_board = board;
    m_table->setRowCount(0);
    m_table->setRowCount(board.standings_size());
    QList<RocChart::OperatingPoint> officers;
    for (int row = 0; row < board.standings_size(); ++row) {
        const v1::HumanMachineStanding &standing = board.standings(row);
        const QStringList cells = cellsOf(standing);
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column != Name && column != Kind)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        if (!standing.machine())
            officers.append({QString::fromStdString(standing.name()), standing.score().false_alarm_rate(),
                             standing.score().hit_rate()});
    }
    QList<MachineResult> machines;
    for (const v1::MachineRunSummary &run : board.machine_runs())
        machines.append(MachineResult::fromProto(run));
    m_roc->setCurves(machines);
    m_roc->setOperatingPoints(officers);
    emit boardShown();
}

} // namespace pen::gui
