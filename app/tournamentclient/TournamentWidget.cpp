// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TournamentWidget.h"

#include "ConnectPage.h"
#include "LobbyPage.h"
#include "TokenFile.h"
#include "TournamentClient.h"
#include "TournamentResultsPage.h"
#include "TournamentRoundPage.h"
#include "practice/ScanReviewPage.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pen::gui {

TournamentWidget::TournamentWidget(QWidget *parent) : QWidget(parent), m_client(new TournamentClient(this))
{
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #c81e1e; color: white; padding: 6px; font-weight: bold"));
    m_banner->hide();
    m_connect = new ConnectPage;
    m_lobby = new LobbyPage;
    m_round = new TournamentRoundPage(m_client);
    m_results = new TournamentResultsPage;
    m_review = new ScanReviewPage(nullptr); // the energy views as the round showed them
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("tournamentPages"));
    for (QWidget *page :
         {static_cast<QWidget *>(m_connect), static_cast<QWidget *>(m_lobby), static_cast<QWidget *>(m_round),
          static_cast<QWidget *>(m_results), static_cast<QWidget *>(m_review)})
        m_pages->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);

    connect(m_connect, &ConnectPage::connectRequested, m_client, &TournamentClient::connectToServer);
    connect(m_lobby, &LobbyPage::disconnectRequested, m_client, &TournamentClient::disconnectFromServer);
    connect(m_client, &TournamentClient::connectFailed, this, [this](const QString &message) {
        m_connect->showError(message);
        m_pages->setCurrentWidget(m_connect);
    });
    connect(m_client, &TournamentClient::joined, this, [this](const JoinedEvent &event) {
        m_lobby->setJoinedEvent(event);
        m_connect->setBusy(false);
        if (m_pages->currentWidget() == m_connect)
            m_pages->setCurrentWidget(m_lobby);
    });
    connect(m_client, &TournamentClient::stateChanged, this, &TournamentWidget::showConnectionState);
    connect(m_client, &TournamentClient::reconnecting, this, &TournamentWidget::showConnectionState);
    connect(m_client, &TournamentClient::statusChanged, this, &TournamentWidget::showStatus);
    connect(m_client, &TournamentClient::resultsReady, this, &TournamentWidget::showResults);
    connect(m_results, &TournamentResultsPage::reviewRequested, this, &TournamentWidget::reviewRound);
    connect(m_client, &TournamentClient::eventResultsReady, m_results, &TournamentResultsPage::showEventResults);
    connect(m_review, &ScanReviewPage::backRequested, this, [this] { m_pages->setCurrentWidget(m_results); });
    connect(m_review, &ScanReviewPage::failed, this, [this](const QString &message) {
        m_banner->setText(message);
        m_banner->show();
    });
    connect(m_client, &TournamentClient::scanFailed, this, [this](const QString &message) {
        m_banner->setText(message);
        m_banner->show();
    });
    // Between the server's updates the clocks count down here, 5 times a second.
    m_clock.setInterval(200);
    connect(&m_clock, &QTimer::timeout, this, &TournamentWidget::tick);
    m_clock.start();
}

TournamentWidget::~TournamentWidget() = default;

void TournamentWidget::connectWithTokenFile(const QString &address, const QString &tokenFile,
                                            const QString &caCertificate)
{
    m_connect->setFields(address, tokenFile, caCertificate);
    m_pages->setCurrentWidget(m_connect);
    auto token = readTokenFile(tokenFile);
    if (!token)
        return m_connect->showError(token.error().message);
    m_connect->setBusy(true);
    m_client->connectToServer({address, *token, caCertificate, {}});
}

QWidget *TournamentWidget::currentPage() const
{
    return m_pages->currentWidget();
}

bool TournamentWidget::isBannerShown() const
{
    return !m_banner->isHidden();
}

void TournamentWidget::showConnectionState()
{
    const TournamentClient::State state = m_client->state();
    const bool lost = state == TournamentClient::State::Reconnecting;
    m_banner->setVisible(lost);
    if (lost)
        m_banner->setText(tr("Connection lost — reconnecting…"));
    m_round->setConnected(!lost);
    if (state == TournamentClient::State::Disconnected && m_pages->currentWidget() != m_connect)
        m_pages->setCurrentWidget(m_connect);
}

void TournamentWidget::showStatus(const EventStatus &status)
{
    using Phase = EventStatus::Phase;
    m_lobby->showStatus(status);
    m_round->showStatus(status);
    m_results->showStatus(status);
    const bool inRound
        = status.phase == Phase::Running || (status.phase == Phase::Paused && status.pausedPhase == Phase::Running);
    const bool scansLeft = status.scanIndex < status.round.scanCount;
    const bool resultsShown = !m_resultsRound.isEmpty() && m_resultsRound == status.round.id;
    if (inRound && scansLeft)
        m_pages->setCurrentWidget(m_round);
    else if ((status.phase == Phase::Break || status.phase == Phase::Finished) && resultsShown) {
        if (m_pages->currentWidget() != m_review) // a review goes on until the next round starts
            m_pages->setCurrentWidget(m_results);
    } else
        m_pages->setCurrentWidget(m_lobby);
    tick();
}

void TournamentWidget::showResults(const ContestantResults &results)
{
    m_resultsRound = results.roundId;
    m_results->showResults(results, m_client->status().round.title);
    showStatus(m_client->status());
}

void TournamentWidget::reviewRound()
{
    const ContestantResults &results = m_results->results();
    RoundSettings settings;
    settings.type = m_client->status().round.type;
    QList<std::shared_ptr<const Scan>> scans;
    QList<Answer> answers;
    QList<ScanOutcome> outcomes;
    for (const ScanResultRow &row : results.scans) {
        std::shared_ptr<const Scan> shown = m_client->playedScan(results.roundId, row.scanIndex);
        if (shown) {
            auto withTruth = std::make_shared<Scan>(*shown);
            withTruth->truth = row.truth;
            shown = withTruth;
        }
        scans.append(shown);
        Answer answer;
        answer.scanId = row.scanId;
        answer.marks = row.answerMarks;
        answer.responseSeconds = row.responseSeconds;
        answer.timedOut = row.timedOut;
        answers.append(answer);
        outcomes.append(row.outcome);
    }
    m_review->setPlayedRound(settings, scans, answers, outcomes);
    m_pages->setCurrentWidget(m_review);
    m_review->showScan(0);
}

void TournamentWidget::tick()
{
    m_lobby->showClock(m_client->countdown());
    m_round->showClock(m_client->countdown());
    m_results->showClock(m_client->countdown());
}

} // namespace pen::gui
