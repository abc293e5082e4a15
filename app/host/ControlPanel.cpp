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

    m_start = button(tr("Start"), QStringLiteral("start"), v1::ControlEventRequest::ACTION_START);
    m_pause = button(tr("Pause"), QStringLiteral("pause"), v1::ControlEventRequest::ACTION_PAUSE);
    m_resume = button(tr("Resume"), QStringLiteral("resume"), v1::ControlEventRequest::ACTION_RESUME);
    m_endRound = button(tr("End round"), QStringLiteral("endRound"), v1::ControlEventRequest::ACTION_END_ROUND);
    m_endEvent = button(tr("End event"), QStringLiteral("endEvent"), v1::ControlEventRequest::ACTION_END_EVENT);

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

QPushButton *ControlPanel::button(const QString &text, const QString &name, v1::ControlEventRequest::Action action)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(name);
    connect(b, &QPushButton::clicked, this, [this, action] { request(action); });
    return b;
}

void ControlPanel::request(v1::ControlEventRequest::Action action)
{
    const bool endsRound = action == v1::ControlEventRequest::ACTION_END_ROUND;
    if (!endsRound && action != v1::ControlEventRequest::ACTION_END_EVENT) {
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

void ControlPanel::setStatus(const v1::EventDetails &event)
{
    const v1::EventStatus &status = event.status();
    const v1::Phase phase = status.phase();
    const bool known = event.has_summary() && phase != v1::PHASE_UNSPECIFIED;
    const bool paused = phase == v1::PHASE_PAUSED;
    const bool finished = phase == v1::PHASE_FINISHED;
    const bool started = phase != v1::PHASE_WAITING;
    // The server's rules (EventClock): what each action needs of the phase.
    m_start->setEnabled(known && (phase == v1::PHASE_WAITING || phase == v1::PHASE_BREAK));
    m_pause->setEnabled(known && started && !paused && !finished);
    m_resume->setEnabled(known && paused);
    m_endRound->setEnabled(known && started && !finished && phase != v1::PHASE_BREAK
                           && !(paused && status.paused_phase() == v1::PHASE_BREAK));
    m_endEvent->setEnabled(known && !finished);

    m_phase->setText(
        known ? (paused ? tr("Paused (%1)").arg(HostNames::phase(status.paused_phase())) : HostNames::phase(phase))
              : tr("No event selected"));
    const int rounds = event.rounds_size();
    m_round->setText(
        known && started && rounds > 0
            ? tr("%1 of %2: %3")
                  .arg(status.round_index() + 1)
                  .arg(rounds)
                  .arg(QString::fromStdString(event.rounds(std::clamp(status.round_index(), 0, rounds - 1)).title()))
            : tr("%n round(s) planned", nullptr, rounds));
    m_timeLeft->setText(timeLeft(event));
    m_progress->setEvent(event);
}

QString ControlPanel::timeLeft(const v1::EventDetails &event)
{
    const v1::EventStatus &status = event.status();
    // The server sends -1 for a clock that does not run: countdowns and breaks have one, a
    // round only where its settings give it a round clock (scans may still have their own).
    const v1::Phase phase = status.phase() == v1::PHASE_PAUSED ? status.paused_phase() : status.phase();
    if ((phase == v1::PHASE_COUNTDOWN || phase == v1::PHASE_BREAK) && status.phase_seconds_left() >= 0)
        return PracticeNames::clock(status.phase_seconds_left());
    if (phase != v1::PHASE_RUNNING)
        return tr("–");
    if (status.round_seconds_left() >= 0)
        return PracticeNames::clock(status.round_seconds_left());
    // Without a round clock each contestant plays on their own scan clocks, shown per contestant below.
    const int index = status.round_index();
    const int perScan = index >= 0 && index < event.rounds_size() ? event.rounds(index).seconds_per_scan() : 0;
    return perScan > 0 ? tr("no round clock; %1 s for each scan").arg(perScan) : tr("no round clock");
}

QString ControlPanel::phaseText() const
{
    return m_phase->text();
}

} // namespace pen::gui
