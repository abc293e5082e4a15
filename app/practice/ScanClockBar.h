// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace pen::gui {

/// The bar above a scan being played: where the officer is ("Scan 2 of 15"), the scan's time as a
/// progress bar, and the scan and round clocks in large digits that turn red when time is short.
/// Practice and tournament rounds show the same bar; its labels are named scanPosition, scanClock
/// and roundClock, the bar scanTime.
class ScanClockBar final : public QWidget {
    Q_OBJECT
public:
    explicit ScanClockBar(QWidget *parent = nullptr);

    void setPosition(const QString &text);
    QString position() const;
    /// The scan's whole time in seconds; 0 hides the progress bar and the scan clock (none runs).
    void setScanSeconds(int seconds);
    /// Seconds left of the scan and of the round; negative: that clock does not run. Without a
    /// scan clock the scan's time left is the round's, shown once.
    void showClock(double scanLeft, double roundLeft);

private:
    QLabel *m_position = nullptr;
    QLabel *m_scanClock = nullptr;
    QLabel *m_roundClock = nullptr;
    QProgressBar *m_scanTime = nullptr;
    bool m_scanClockRuns = true;
};

} // namespace pen::gui
