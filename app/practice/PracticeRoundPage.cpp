// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PracticeRoundPage.h"

#include "DeclarationBox.h"
#include "PracticeNames.h"
#include "RoundPageLayout.h"
#include "ScanClockBar.h"
#include "ScanFeedback.h"
#include "ScrollingColumn.h"
#include "ThreatCardList.h"
#include "viewer/GlPipelineRenderer.h"
#include "viewer/ScanViewer.h"
#include "viewer/ScanViewerPane.h"
#include "viewer/SuspectMarkList.h"
#include "viewer/ViewerToolBar.h"

#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace pen::gui {

PracticeRoundPage::PracticeRoundPage(PracticeController *controller, std::shared_ptr<const MaterialBands> bands,
                                     QWidget *parent)
    : QWidget(parent), m_controller(controller), m_bands(std::move(bands))
{
    m_pane = new ScanViewerPane([] { return std::make_unique<GlPipelineRenderer>(); });
    m_pane->setObjectName(QStringLiteral("practiceViewer"));
    m_toolBar = new ViewerToolBar(m_pane);
    m_clockBar = new ScanClockBar;
    layOutRoundPage(this, {m_clockBar}, m_toolBar, m_pane, createSidePanel());

    connect(controller, &PracticeController::scanLoading, this, &PracticeRoundPage::showLoading);
    connect(controller, &PracticeController::scanShown, this, &PracticeRoundPage::showScan);
    connect(controller, &PracticeController::clockTick, this, &PracticeRoundPage::showClock);
    connect(controller, &PracticeController::feedbackShown, this, &PracticeRoundPage::showFeedback);
    controller->setAnswerSource([this] { return currentAnswer(); });
}

QWidget *PracticeRoundPage::createSidePanel()
{
    m_declarationBox = new DeclarationBox(QStringLiteral("declaration"));

    m_clear = new QPushButton(tr("Clear: nothing to report (X)"));
    m_clear->setObjectName(QStringLiteral("clearScan"));
    m_clear->setShortcut(Qt::Key_X);
    connect(m_clear, &QPushButton::clicked, this, &PracticeRoundPage::clearScan);
    m_submit = new QPushButton(tr("Submit marks (Enter)"));
    m_submit->setObjectName(QStringLiteral("submitMarks"));
    connect(m_submit, &QPushButton::clicked, this, &PracticeRoundPage::submit);
    for (int key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_submit->isEnabled())
                submit();
            else if (m_next->isVisible())
                m_next->click();
        });
    }
    m_end = new QPushButton(tr("End round"));
    m_end->setObjectName(QStringLiteral("endRound"));
    connect(m_end, &QPushButton::clicked, this, &PracticeRoundPage::confirmEnd);

    m_feedback = new QLabel;
    m_feedback->setObjectName(QStringLiteral("feedbackText"));
    m_feedback->setWordWrap(true);
    m_next = new QPushButton(tr("Next scan (Space)"));
    m_next->setObjectName(QStringLiteral("nextScan"));
    m_next->setShortcut(Qt::Key_Space);
    connect(m_next, &QPushButton::clicked, m_controller, &PracticeController::next);
    m_cards = new ThreatCardList(m_bands);
    m_feedbackBox = new QGroupBox(tr("Feedback"));
    auto *feedbackLayout = new QVBoxLayout(m_feedbackBox);
    feedbackLayout->addWidget(m_feedback);
    feedbackLayout->addWidget(m_next);
    feedbackLayout->addWidget(m_cards);
    m_feedbackBox->hide();

    // The feedback's cards can be long: the column scrolls, the End round button stays.
    return sidePanel({m_declarationBox, m_submit, m_clear, m_feedbackBox}, m_end);
}

void PracticeRoundPage::setCategories(const ImageSet &set, const RoundSettings &settings)
{
    m_type = settings.type;
    m_set = set;
    m_set.entries.clear();
    m_pane->marks()->setCategories(settings.type == RoundType::DeclarationCheck
                                       ? PracticeNames::inconsistencyCategories()
                                       : SuspectMarkList::categoriesOf(set, settings.targetCategories));
}

void PracticeRoundPage::confirmEnd()
{
    // Ending cannot be undone: the scans not answered yet are scored as they are.
    auto *box = new QMessageBox(QMessageBox::Question, tr("End the round"),
                                tr("End the round now? The scans you have not answered yet count as timed out."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmEndRound"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *end = box->addButton(tr("End round"), QMessageBox::DestructiveRole);
    end->setObjectName(QStringLiteral("confirmEnd"));
    QPushButton *keep = box->addButton(tr("Keep playing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepPlaying"));
    box->setDefaultButton(keep);
    connect(end, &QPushButton::clicked, m_controller, &PracticeController::stop);
    box->open(); // window-modal, without a nested event loop
}

std::pair<QList<Mark>, QMap<QString, int>> PracticeRoundPage::currentAnswer() const
{
    QList<Mark> marks;
    for (const SuspectMark &mark : m_pane->marks()->marks())
        marks.append({mark.region, mark.category, 1});
    QMap<QString, int> tools;
    for (const ToolUse &use : m_pane->toolUseLog().uses())
        tools.insert(use.tool, use.count);
    return {marks, tools};
}

void PracticeRoundPage::showLoading(int index, int count)
{
    m_clockBar->setPosition(tr("Loading scan %1 of %2…").arg(index + 1).arg(count));
    m_submit->setEnabled(false);
    m_clear->setEnabled(false);
    m_feedbackBox->hide();
    m_cards->clear();
}

void PracticeRoundPage::showScan(std::shared_ptr<const Scan> scan, int index, int count)
{
    m_clockBar->setPosition(tr("Scan %1 of %2").arg(index + 1).arg(count));
    m_pane->setScan(scan, m_bands);
    m_pane->setGroundTruth({});
    showDeclaration(*scan);
    m_submit->setEnabled(true);
    m_clear->setEnabled(true);
    m_feedbackBox->hide();
    const int seconds = m_controller->session()->settings().secondsPerScan;
    m_clockBar->setScanSeconds(seconds);
    m_pane->viewer()->setFocus();
}

void PracticeRoundPage::showDeclaration(const Scan &scan)
{
    m_declarationBox->showDeclaration(scan);
}

void PracticeRoundPage::showClock(double scanLeft, double roundLeft)
{
    m_clockBar->showClock(scanLeft, roundLeft);
}

void PracticeRoundPage::submit()
{
    const auto [marks, tools] = currentAnswer();
    m_controller->answer(marks, tools);
}

void PracticeRoundPage::clearScan()
{
    const auto [marks, tools] = currentAnswer();
    Q_UNUSED(marks);
    m_controller->answer({}, tools);
}

void PracticeRoundPage::showFeedback(std::shared_ptr<const Scan> scan, const ScanOutcome &outcome, const Answer &answer)
{
    m_submit->setEnabled(false);
    m_clear->setEnabled(false);
    const ScanFeedback feedback = ScanFeedback::of(*scan, outcome, answer, m_type, m_set);
    m_pane->setGroundTruth(feedback.overlays);
    m_feedback->setText(feedback.text);
    m_cards->showTargets(m_controller->folder(), scan->id, feedback.targets);
    m_feedbackBox->show();
    m_next->setFocus();
}

} // namespace pen::gui
