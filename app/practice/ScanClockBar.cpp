// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ScanClockBar.h"

#include "PracticeNames.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace pen::gui {

ScanClockBar::ScanClockBar(QWidget *parent) : QWidget(parent)
{
    m_position = new QLabel;
    m_position->setObjectName(QStringLiteral("scanPosition"));
    m_scanClock = new QLabel;
    m_scanClock->setObjectName(QStringLiteral("scanClock"));
    m_roundClock = new QLabel;
    m_roundClock->setObjectName(QStringLiteral("roundClock"));
    QFont big = m_scanClock->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_scanClock->setFont(big);
    m_roundClock->setFont(big);
    m_scanTime = new QProgressBar;
    m_scanTime->setObjectName(QStringLiteral("scanTime"));
    m_scanTime->setTextVisible(false);
    m_scanTime->setMaximumHeight(12);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_position);
    layout->addWidget(m_scanTime, 1);
    layout->addWidget(m_scanClock);
    layout->addSpacing(16);
    layout->addWidget(m_roundClock);
}

void ScanClockBar::setPosition(const QString &text)
{
    m_position->setText(text);
}

QString ScanClockBar::position() const
{
    return m_position->text();
}

void ScanClockBar::setScanSeconds(int seconds)
{
    m_scanClockRuns = seconds > 0;
    m_scanTime->setVisible(seconds > 0);
    m_scanTime->setRange(0, seconds * 10);
}

void ScanClockBar::showClock(double scanLeft, double roundLeft)
{
    if (!m_scanClockRuns)
        scanLeft = -1; // "Scan 01:16 / Round 01:16" said the same twice
    m_scanClock->setText(scanLeft >= 0 ? tr("Scan %1").arg(PracticeNames::clock(scanLeft)) : QString());
    m_roundClock->setText(roundLeft >= 0 ? tr("Round %1").arg(PracticeNames::clock(roundLeft)) : QString());
    if (scanLeft >= 0)
        m_scanTime->setValue(int(scanLeft * 10));
    const bool hurry = (scanLeft >= 0 && scanLeft < 10) || (roundLeft >= 0 && roundLeft < 30);
    const QString style = hurry ? QStringLiteral("color: #c81e1e") : QString();
    m_scanClock->setStyleSheet(style);
    m_roundClock->setStyleSheet(style);
}

} // namespace pen::gui
