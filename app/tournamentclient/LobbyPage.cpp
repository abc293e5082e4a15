// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "LobbyPage.h"

#include "ServerCountdown.h"
#include "TournamentNames.h"
#include "practice/PracticeNames.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pen::gui {

LobbyPage::LobbyPage(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("eventTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_title->setFont(big);
    m_contestant = new QLabel;
    m_contestant->setObjectName(QStringLiteral("contestantName"));
    m_rounds = new QListWidget;
    m_rounds->setObjectName(QStringLiteral("roundList"));
    m_rounds->setSelectionMode(QAbstractItemView::NoSelection);
    m_rounds->setMaximumHeight(160);
    m_phase = new QLabel;
    m_phase->setObjectName(QStringLiteral("phaseText"));
    m_phase->setWordWrap(true);
    QFont phaseFont = m_phase->font();
    phaseFont.setPointSizeF(phaseFont.pointSizeF() * 1.3);
    m_phase->setFont(phaseFont);
    m_clock = new QLabel;
    m_clock->setObjectName(QStringLiteral("phaseClock"));
    QFont clockFont = m_clock->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 4);
    clockFont.setBold(true);
    m_clock->setFont(clockFont);
    m_scoring = new QLabel;
    m_scoring->setObjectName(QStringLiteral("scoringText"));
    m_scoring->setWordWrap(true);
    auto *leave = new QPushButton(tr("Disconnect"));
    leave->setObjectName(QStringLiteral("disconnectButton"));
    connect(leave, &QPushButton::clicked, this, &LobbyPage::disconnectRequested);

    auto *box = new QWidget;
    box->setFixedWidth(720); // centred at a readable width, not shrunk to its narrowest
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_title);
    layout->addWidget(m_contestant);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Rounds:")));
    layout->addWidget(m_rounds);
    layout->addSpacing(12);
    layout->addWidget(m_phase);
    layout->addWidget(m_clock, 0, Qt::AlignHCenter);
    layout->addWidget(m_scoring);
    layout->addWidget(leave, 0, Qt::AlignRight);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);
}

void LobbyPage::setJoinedEvent(const JoinedEvent &event)
{
    m_title->setText(event.title);
    // The team's name often says "team" itself ("Team North"): not "team Team North".
    QString who = event.members.isEmpty()
        ? tr("Playing as %1").arg(event.contestantName)
        : tr("Playing as %1, a team of %2").arg(event.contestantName, event.members.join(QStringLiteral(", ")));
    if (!event.members.isEmpty()) {
        who += QLatin1Char('\n')
            + (event.member.isEmpty()
                   ? tr("This console is the team's: answers from it count for the team, not for a member.")
                   : tr("You answer as %1: your answers count for the team and show as yours.").arg(event.member));
    }
    m_contestant->setText(who);
    m_rounds->clear();
    for (const TournamentRound &round : event.rounds)
        m_rounds->addItem(TournamentNames::round(round));
}

void LobbyPage::showStatus(const EventStatus &status)
{
    m_phase->setText(TournamentNames::phase(status));
    for (int i = 0; i < m_rounds->count(); ++i) {
        QFont font = m_rounds->item(i)->font();
        font.setBold(i == status.roundIndex);
        m_rounds->item(i)->setFont(font);
    }
    m_waitingForOthers = status.phase == EventStatus::Phase::Running && status.scanIndex >= status.round.scanCount;
    const bool upcoming = status.phase == EventStatus::Phase::Countdown || status.phase == EventStatus::Phase::Waiting;
    m_scoring->setText(upcoming && !status.round.scoring.isEmpty() ? tr("Scoring: %1").arg(status.round.scoring)
                                                                   : QString());
}

void LobbyPage::showClock(const ServerCountdown &countdown)
{
    // Done early, the clock says how long the others (the absent included) may still take.
    const double left = m_waitingForOthers ? countdown.roundEndsSecondsLeft() : countdown.phaseSecondsLeft();
    m_clock->setText(left >= 0 ? PracticeNames::clock(left) : QString());
}

} // namespace pen::gui
