// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TournamentRoundPage.h"

#include "ScanImageView.h"
#include "ServerCountdown.h"
#include "TournamentClient.h"
#include "practice/DeclarationBox.h"
#include "practice/PracticeNames.h"
#include "practice/RoundPageLayout.h"
#include "practice/ScanClockBar.h"
#include "practice/ScanFeedback.h"
#include "render/ScanRendering.h"
#include "viewer/GlPipelineRenderer.h"
#include "viewer/ScanViewer.h"
#include "viewer/ScanViewerPane.h"
#include "viewer/SuspectMarkList.h"
#include "viewer/ViewerToolBar.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace pen::gui {

TournamentRoundPage::TournamentRoundPage(TournamentClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    m_pane = new ScanViewerPane([] { return std::make_unique<GlPipelineRenderer>(); });
    m_pane->setObjectName(QStringLiteral("tournamentViewer"));
    m_toolBar = new ViewerToolBar(m_pane);
    m_clockBar = new ScanClockBar;
    m_paused = new QLabel(tr("The host has paused the event. The clocks are stopped."));
    m_paused->setObjectName(QStringLiteral("pausedBanner"));
    m_paused->setStyleSheet(QStringLiteral("background: #fff3c4; padding: 6px"));
    m_paused->hide();
    layOutRoundPage(this, {m_clockBar, m_paused}, m_toolBar, m_pane, createSidePanel());

    connect(client, &TournamentClient::scanLoading, this, &TournamentRoundPage::showLoading);
    connect(client, &TournamentClient::scanReady, this, &TournamentRoundPage::showScan);
    connect(client, &TournamentClient::answerSent, this, [this] {
        m_answeredScan = m_shownScan;
        showAnswerState(AnswerState::Pending,
                        m_client->state() == TournamentClient::State::Joined
                            ? tr("Sending your answer…")
                            : tr("Connection lost: your answer will be sent as soon as the server is back."));
    });
    connect(client, &TournamentClient::answerAccepted, this, [this] {
        m_scanShown = false; // answered: the buttons wait for the next scan
        showAnswerState(AnswerState::Received,
                        tr("Your answer to scan %1 was received by the server.").arg(m_answeredScan + 1));
    });
    connect(client, &TournamentClient::answerRefused, this, [this](const QString &message) {
        showAnswerState(AnswerState::Refused, tr("The server did not take the answer: %1").arg(message));
    });
    connect(client, &TournamentClient::scanFeedback, this, &TournamentRoundPage::showFeedback);
}

QWidget *TournamentRoundPage::createSidePanel()
{
    m_roundTitle = new QLabel;
    m_roundTitle->setObjectName(QStringLiteral("roundTitle"));
    m_roundTitle->setWordWrap(true);
    m_declarationBox = new DeclarationBox(QStringLiteral("declaration"));

    m_submit = new QPushButton(tr("Submit marks (Enter)"));
    m_submit->setObjectName(QStringLiteral("submitMarks"));
    connect(m_submit, &QPushButton::clicked, this, [this] { answer(true); });
    for (int key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, m_submit, &QPushButton::click);
    }
    m_clear = new QPushButton(tr("Clear: nothing to report (X)"));
    m_clear->setObjectName(QStringLiteral("clearScan"));
    m_clear->setShortcut(Qt::Key_X);
    connect(m_clear, &QPushButton::clicked, this, [this] { answer(false); });
    m_answerState = new QLabel;
    m_answerState->setObjectName(QStringLiteral("answerState"));
    m_answerState->setWordWrap(true);

    // Beside the next scan rather than before it: the server's clock for it runs already.
    m_lastScanBox = new QGroupBox(tr("Your last scan"));
    m_lastScanBox->setObjectName(QStringLiteral("lastScanBox"));
    m_lastScanImage = new ScanImageView;
    m_lastScanImage->setObjectName(QStringLiteral("lastScanImage"));
    m_lastScanImage->setFixedHeight(170);
    m_lastScanText = new QLabel;
    m_lastScanText->setObjectName(QStringLiteral("lastScanFeedback"));
    m_lastScanText->setWordWrap(true);
    auto *lastScanLayout = new QVBoxLayout(m_lastScanBox);
    lastScanLayout->addWidget(m_lastScanImage);
    lastScanLayout->addWidget(m_lastScanText);
    m_lastScanBox->hide();

    auto *panel = new QWidget;
    panel->setFixedWidth(280);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(m_roundTitle);
    layout->addWidget(m_declarationBox);
    layout->addWidget(m_submit);
    layout->addWidget(m_clear);
    layout->addWidget(m_answerState);
    layout->addWidget(m_lastScanBox);
    layout->addStretch(1);
    updateButtons();
    return panel;
}

void TournamentRoundPage::setRound(const TournamentRound &round)
{
    if (round.id == m_roundId)
        return;
    m_roundId = round.id;
    m_lastScanBox->hide();
    QList<ThreatCategory> categories = round.type == RoundType::DeclarationCheck
        ? PracticeNames::inconsistencyCategories()
        : SuspectMarkList::categoriesOf(ImageSet(), round.targetCategories);
    m_pane->marks()->setCategories(categories);
    m_roundTitle->setText(
        round.scoring.isEmpty()
            ? QStringLiteral("<b>%1</b>").arg(round.title.toHtmlEscaped())
            : tr("<b>%1</b><br>Scoring: %2").arg(round.title.toHtmlEscaped(), round.scoring.toHtmlEscaped()));
    m_clockBar->setScanSeconds(round.secondsPerScan);
}

void TournamentRoundPage::showStatus(const EventStatus &status)
{
    setRound(status.round);
    m_running = status.phase == EventStatus::Phase::Running;
    m_paused->setVisible(status.phase == EventStatus::Phase::Paused);
    updateButtons();
}

void TournamentRoundPage::showClock(const ServerCountdown &countdown)
{
    m_clockBar->showClock(countdown.scanSecondsLeft(), countdown.roundSecondsLeft());
}

void TournamentRoundPage::setConnected(bool connected)
{
    if (!connected && m_client->isAnswerPending())
        showAnswerState(AnswerState::Pending,
                        tr("Connection lost: your answer will be sent as soon as the server is back."));
}

void TournamentRoundPage::showLoading(int scanIndex, int scanCount)
{
    m_scanShown = false;
    m_clockBar->setPosition(tr("Loading scan %1 of %2…").arg(scanIndex + 1).arg(scanCount));
    updateButtons();
}

void TournamentRoundPage::showScan(const ScanToPlay &scan)
{
    m_clockBar->setPosition(tr("Scan %1 of %2").arg(scan.scanIndex + 1).arg(m_client->status().round.scanCount));
    m_pane->setScan(scan.scan);
    showDeclaration(*scan.scan);
    m_shownScan = scan.scanIndex;
    // The acknowledgement of the last answer stays in view on the next scan; anything else is
    // about a scan no longer shown.
    if (m_answerState->property("answerState").toString() != u"received") {
        m_answerState->clear();
        m_answerState->setStyleSheet(QString());
        m_answerState->setProperty("answerState", QString());
    }
    m_scanShown = true;
    updateButtons();
    m_pane->viewer()->setFocus();
}

void TournamentRoundPage::showDeclaration(const Scan &scan)
{
    m_declarationBox->showDeclaration(scan);
}

void TournamentRoundPage::answer(bool withMarks)
{
    if (!m_submit->isEnabled())
        return;
    QList<Mark> marks;
    if (withMarks) {
        for (const SuspectMark &mark : m_pane->marks()->marks())
            marks.append({mark.region, mark.category, 1});
    }
    QMap<QString, int> tools;
    for (const ToolUse &use : m_pane->toolUseLog().uses())
        tools.insert(use.tool, use.count);
    m_client->answer(marks, tools);
    updateButtons();
}

void TournamentRoundPage::showAnswerState(AnswerState state, const QString &text)
{
    struct Look {
        const char *key;
        const char *mark;
        const char *background;
        const char *foreground;
    };
    static constexpr Look Looks[] = {{"pending", "…", "#fff3cd", "#664d03"},
                                     {"received", "✓", "#d1e7dd", "#0f5132"},
                                     {"refused", "✗", "#f8d7da", "#842029"}};
    const Look &look = Looks[int(state)];
    m_answerState->setText(QStringLiteral("%1 %2").arg(QString::fromUtf8(look.mark), text));
    m_answerState->setProperty("answerState", QString::fromLatin1(look.key));
    m_answerState->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 8px; font-weight: bold; }")
            .arg(QLatin1String(look.background), QLatin1String(look.foreground)));
    updateButtons();
}

void TournamentRoundPage::showFeedback(const AnsweredScan &answered)
{
    if (!answered.scan)
        return;
    Scan scan = *answered.scan;
    scan.truth = answered.result.truth;
    Answer answer;
    answer.scanId = scan.id;
    answer.marks = answered.result.answerMarks;
    answer.responseSeconds = answered.result.responseSeconds;
    answer.timedOut = answered.result.timedOut;
    const ScanFeedback feedback = ScanFeedback::of(scan, answered.result.outcome, answer, answered.type, ImageSet());
    m_lastScanText->setText(tr("Scan %1: %2").arg(answered.result.scanIndex + 1).arg(feedback.text));
    // A small picture of the first view, the truth and false alarms drawn over it.
    QList<RegionOverlay> overlays;
    for (const RegionOverlay &overlay : feedback.overlays) {
        if (overlay.region.viewIndex == 0)
            overlays.append(overlay);
    }
    if (!scan.views.isEmpty()) {
        if (auto picture = ScanRendering::grey(scan.views.first(), 0))
            m_lastScanImage->setImage(*picture);
    }
    m_lastScanImage->setOverlays(overlays);
    m_lastScanBox->show();
}

void TournamentRoundPage::updateButtons()
{
    // Answers given while the connection is lost wait in the client and go out once it is back.
    const bool canAnswer = m_scanShown && m_running && !m_client->isAnswerPending();
    m_submit->setEnabled(canAnswer);
    m_clear->setEnabled(canAnswer);
}

} // namespace pen::gui
