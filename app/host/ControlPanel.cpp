// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ControlPanel.h"

#include "ContestantProgressTable.h"

#include "HostNames.h"
#include "practice/PracticeNames.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pen::gui {

ControlPanel::ControlPanel(QWidget *parent) : QWidget(parent)
{
    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("phase"));
    QFont big = m_phase->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_phase->setFont(big);
    m_round = new QLabel(this);
    m_round->setObjectName(QStringLiteral("roundPosition"));
    m_timeLeft = new QLabel(this);
    m_timeLeft->setObjectName(QStringLiteral("timeLeft"));
    m_timeLeft->setFont(big);

    m_start = button(tr("Start"), QStringLiteral("start"), ClockCommand::Kind::Start);
    m_pause = button(tr("Pause"), QStringLiteral("pause"), ClockCommand::Kind::Pause);
    m_resume = button(tr("Resume"), QStringLiteral("resume"), ClockCommand::Kind::Resume);
    m_endRound = button(tr("End round"), QStringLiteral("endRound"), ClockCommand::Kind::EndRound);
    m_endEvent = button(tr("End event"), QStringLiteral("endEvent"), ClockCommand::Kind::EndEvent);

    auto *form = new QFormLayout;
    form->addRow(tr("Phase"), m_phase);
    form->addRow(tr("Round"), m_round);
    form->addRow(tr("Time left"), m_timeLeft);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_start, m_pause, m_resume, m_endRound, m_endEvent})
        buttons->addWidget(b);
    buttons->addStretch();
    m_progress = new ContestantProgressTable(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress, 1);
    setStatus({});
}

QPushButton *ControlPanel::button(const QString &text, const QString &name, ClockCommand::Kind action)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(name);
    connect(b, &QPushButton::clicked, this, [this, action] { request(action); });
    return b;
}

void ControlPanel::request(ClockCommand::Kind action)
{
    const bool endsRound = action == ClockCommand::Kind::EndRound;
    if (!endsRound && action != ClockCommand::Kind::EndEvent) {
        emit actionRequested(action);
        return;
    }
    // Ending cannot be undone: every contestant's unanswered scans of the round (or the event) are over.
    auto *box = new QMessageBox(
        QMessageBox::Question, endsRound ? tr("End the round") : tr("End the event"),
        endsRound ? tr("End the round now for every contestant? Scans not answered yet count as timed out.")
                  : tr("End the event now for every contestant? No round of it can be played afterwards."),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmControl"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(endsRound ? tr("End round") : tr("End event"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmEnd"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelEnd"));
    box->setDefaultButton(cancel);
    connect(confirm, &QPushButton::clicked, this, [this, action] { emit actionRequested(action); });
    box->open(); // window-modal, without a nested event loop
}

void ControlPanel::setStatus(const EventDetails &event)
{
    using Phase = EventState::Phase;
    const EventClockStatus &status = event.status;
    const std::optional<Phase> phase = status.phase;
    const bool known = !event.summary.id.isEmpty() && phase.has_value();
    const bool paused = phase == Phase::Paused;
    const bool finished = phase == Phase::Finished;
    const bool started = phase != Phase::Waiting;
    // The server's rules (EventClock): what each action needs of the phase.
    m_start->setEnabled(known && (phase == Phase::Waiting || phase == Phase::Break));
    m_pause->setEnabled(known && started && !paused && !finished);
    m_resume->setEnabled(known && paused);
    m_endRound->setEnabled(known && started && !finished && phase != Phase::Break
                           && !(paused && status.pausedPhase == Phase::Break));
    m_endEvent->setEnabled(known && !finished);

    m_phase->setText(
        known ? (paused ? tr("Paused (%1)").arg(HostNames::phase(status.pausedPhase)) : HostNames::phase(phase))
              : tr("No event selected"));
    const int rounds = int(event.rounds.size());
    m_round->setText(known && started && rounds > 0
                         ? tr("%1 of %2: %3")
                               .arg(status.roundIndex + 1)
                               .arg(rounds)
                               .arg(event.rounds[std::clamp(status.roundIndex, 0, rounds - 1)].title)
                         : tr("%n round(s) planned", nullptr, rounds));
    m_timeLeft->setText(timeLeft(event));
    m_progress->setEvent(event);
}

QString ControlPanel::timeLeft(const EventDetails &event)
{
    using Phase = EventState::Phase;
    const EventClockStatus &status = event.status;
    // The server sends -1 for a clock that does not run: countdowns and breaks have one, a
    // round only where its settings give it a round clock (scans may still have their own).
    const std::optional<Phase> phase = status.phase == Phase::Paused ? status.pausedPhase : status.phase;
    if ((phase == Phase::Countdown || phase == Phase::Break) && status.phaseSecondsLeft >= 0)
        return PracticeNames::clock(status.phaseSecondsLeft);
    if (phase != Phase::Running)
        return tr("–");
    if (status.roundSecondsLeft >= 0)
        return PracticeNames::clock(status.roundSecondsLeft);
    // Without a round clock each contestant plays on their own scan clocks, shown per contestant below.
    const int index = status.roundIndex;
    const int perScan = index >= 0 && index < event.rounds.size() ? event.rounds[index].secondsPerScan : 0;
    return perScan > 0 ? tr("no round clock; %1 s for each scan").arg(perScan) : tr("no round clock");
}

QString ControlPanel::phaseText() const
{
    return m_phase->text();
}

} // namespace pen::gui
