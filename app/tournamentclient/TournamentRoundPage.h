// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "TournamentMessages.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;

namespace pen::gui {

class DeclarationBox;

class ScanClockBar;
class ScanImageView;
class ScanViewerPane;
class ServerCountdown;
class TournamentClient;
class ViewerToolBar;

/// A tournament scan being played, in the same viewer as practice: the server's clocks, the
/// viewer with its toolbar and the officer's marks, the declaration where there is one, and the
/// buttons that send the answer to the server. The next scan comes when the server opens it.
class TournamentRoundPage final : public QWidget {
    Q_OBJECT
public:
    explicit TournamentRoundPage(TournamentClient *client, QWidget *parent = nullptr);

    ScanViewerPane *viewerPane() const { return m_pane; }
    ViewerToolBar *toolBar() const { return m_toolBar; }
    /// Categories offered when marking, the round's title and scoring.
    void setRound(const TournamentRound &round);
    void showStatus(const EventStatus &status);
    void showClock(const ServerCountdown &countdown);
    /// While the connection is lost, says that an answer waits to be sent.
    void setConnected(bool connected);

private:
    void showLoading(int scanIndex, int scanCount);
    void showScan(const ScanToPlay &scan);
    void showDeclaration(const Scan &scan);
    void answer(bool withMarks);
    /// Where the answer to the scan shown is: on its way (or waiting for the connection), taken
    /// by the server, or refused; shown as a coloured banner so that it is seen at a glance.
    enum class AnswerState { Pending, Received, Refused };
    void showAnswerState(AnswerState state, const QString &text);
    void showFeedback(const AnsweredScan &answered);
    void updateButtons();
    QWidget *createSidePanel();

    TournamentClient *m_client = nullptr;
    ScanViewerPane *m_pane = nullptr;
    ViewerToolBar *m_toolBar = nullptr;
    ScanClockBar *m_clockBar = nullptr;
    QLabel *m_roundTitle = nullptr;
    DeclarationBox *m_declarationBox = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_answerState = nullptr;
    int m_shownScan = -1;               ///< index in the round of the scan shown
    int m_answeredScan = -1;            ///< index of the scan whose answer was sent last
    QGroupBox *m_lastScanBox = nullptr; ///< practice sessions: the result of the scan just answered
    QLabel *m_lastScanText = nullptr;
    ScanImageView *m_lastScanImage = nullptr;
    QLabel *m_paused = nullptr;
    QString m_roundId;
    bool m_scanShown = false;
    bool m_running = true;
};

} // namespace pen::gui
