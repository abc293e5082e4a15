// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "TournamentMessages.h"
#include "client/ConnectionOptions.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace pen::gui {

class ConnectPage;
class LobbyPage;
class ScanReviewPage;
class TournamentClient;
class TournamentResultsPage;
class TournamentRoundPage;

/// Tournament mode: the pages of a contestant's event, chosen by what the server says. Connect
/// (address and token), the lobby (waiting, countdown, break), the round (the viewer), and the
/// contestant's results after a round. While the connection is lost a banner says so above the
/// page, which stays as it was: the officer goes on looking at the scan.
class TournamentWidget final : public QWidget {
    Q_OBJECT
public:
    explicit TournamentWidget(QWidget *parent = nullptr);
    ~TournamentWidget() override;

    /// Fills the form and connects at once (the command line's --server and --token-file).
    void connectWithTokenFile(const QString &address, const QString &tokenFile, const QString &caCertificate);

    TournamentClient *client() const { return m_client; }
    ConnectPage *connectPage() const { return m_connect; }
    LobbyPage *lobbyPage() const { return m_lobby; }
    TournamentRoundPage *roundPage() const { return m_round; }
    TournamentResultsPage *resultsPage() const { return m_results; }
    ScanReviewPage *reviewPage() const { return m_review; }
    QWidget *currentPage() const;
    bool isBannerShown() const;

private:
    void showStatus(const EventStatus &status);
    void showResults(const ContestantResults &results);
    /// The round just over, scan by scan, with the truth the event revealed, as practice reviews it.
    void reviewRound();
    void showConnectionState();
    void tick();

    TournamentClient *m_client = nullptr;
    QLabel *m_banner = nullptr;
    QStackedWidget *m_pages = nullptr;
    ConnectPage *m_connect = nullptr;
    LobbyPage *m_lobby = nullptr;
    TournamentRoundPage *m_round = nullptr;
    TournamentResultsPage *m_results = nullptr;
    ScanReviewPage *m_review = nullptr;
    QTimer m_clock;
    QString m_resultsRound; ///< the round whose results are shown
};

} // namespace pen::gui
