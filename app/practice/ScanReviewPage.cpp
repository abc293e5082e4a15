// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ScanReviewPage.h"

#include "DeclarationBox.h"
#include "DisplayNames.h"
#include "PracticeNames.h"
#include "RoundPageLayout.h"
#include "ScrollingColumn.h"
#include "ThreatCardList.h"
#include "imageset/ImageSetFolder.h"
#include "viewer/ScanViewer.h"
#include "viewer/ScanViewerPane.h"
#include "viewer/SuspectMarkList.h"
#include "viewer/ViewerToolBar.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace pen::gui {
namespace {

QList<SuspectMark> suspectMarks(const Answer &answer)
{
    QList<SuspectMark> marks;
    for (const Mark &mark : answer.marks)
        marks.append({mark.region, mark.category});
    return marks;
}

} // namespace

ScanReviewPage::ScanReviewPage(std::shared_ptr<const MaterialBands> bands, QWidget *parent)
    : QWidget(parent), m_bands(std::move(bands))
{
    m_pane = new ScanViewerPane;
    m_pane->setObjectName(QStringLiteral("reviewViewer"));
    m_toolBar = new ViewerToolBar(m_pane);
    for (ViewerTool tool : {ViewerTool::Mark, ViewerTool::DeleteMark})
        m_toolBar->action(tool)->setVisible(false);
    layOutRoundPage(this, {createNavigationBar()}, m_toolBar, m_pane, createSidePanel());
    keepReadOnly();
}

ScanReviewPage::~ScanReviewPage() = default;

QWidget *ScanReviewPage::createNavigationBar()
{
    m_previous = new QPushButton(tr("Previous scan (Page Up)"));
    m_previous->setObjectName(QStringLiteral("reviewPrevious"));
    m_previous->setShortcut(Qt::Key_PageUp);
    connect(m_previous, &QPushButton::clicked, this, [this] { showScan(m_index - 1); });
    m_next = new QPushButton(tr("Next scan (Page Down)"));
    m_next->setObjectName(QStringLiteral("reviewNext"));
    m_next->setShortcut(Qt::Key_PageDown);
    connect(m_next, &QPushButton::clicked, this, [this] { showScan(m_index + 1); });
    m_position = new QLabel;
    m_position->setObjectName(QStringLiteral("reviewPosition"));
    QFont big = m_position->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_position->setFont(big);
    auto *back = new QPushButton(tr("Back to the score"));
    back->setObjectName(QStringLiteral("backToScore"));
    connect(back, &QPushButton::clicked, this, &ScanReviewPage::backRequested);

    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previous);
    layout->addWidget(m_position, 1, Qt::AlignCenter);
    layout->addWidget(m_next);
    layout->addSpacing(24);
    layout->addWidget(back);
    return bar;
}

QWidget *ScanReviewPage::createSidePanel()
{
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("reviewResult"));
    m_result->setTextFormat(Qt::RichText);
    m_result->setWordWrap(true);
    auto *resultBox = new QGroupBox(tr("Your answer"));
    (new QVBoxLayout(resultBox))->addWidget(m_result);

    m_declarationBox = new DeclarationBox(QStringLiteral("reviewDeclaration"));

    auto *legend = new QLabel(tr("Dashed: the ground truth, green where you found it, red where you missed it. "
                                 "Solid: your marks, crossed out in orange where they marked nothing to report."));
    legend->setObjectName(QStringLiteral("reviewLegend"));
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);

    // What was there to find, explained: a card a target, under the answer.
    m_cards = new ThreatCardList(m_bands);
    return sidePanel({resultBox, m_declarationBox, m_cards}, legend);
}

// The review shows what was answered: a mark drawn or deleted here (B, Delete) is undone.
void ScanReviewPage::keepReadOnly()
{
    connect(
        m_pane, &ScanViewerPane::markingChanged, this,
        [this](bool marking) {
            if (marking)
                m_pane->setMarking(false);
        },
        Qt::QueuedConnection);
    connect(
        m_pane->marks(), &SuspectMarkList::marksChanged, this,
        [this] {
            if (m_pane->scan() && m_index >= 0 && m_pane->scan()->id == m_outcomes[m_index].scanId
                && m_pane->marks()->marks() != suspectMarks(m_record.answers.value(m_index)))
                showMarks();
        },
        Qt::QueuedConnection);
}

void ScanReviewPage::setRound(const QString &folder, const ImageSet &set, const PracticeRecord &record,
                              const QList<ScanOutcome> &outcomes)
{
    ++m_loadRequest; // a scan of the previous round still loading is not shown
    m_folder = folder;
    m_set = set;
    m_record = record;
    m_outcomes = outcomes;
    m_played.clear();
    m_index = -1;
    m_pane->setScan(nullptr);
    m_pane->marks()->setCategories(record.settings.type == RoundType::DeclarationCheck
                                       ? PracticeNames::inconsistencyCategories()
                                       : SuspectMarkList::categoriesOf(set));
    m_result->clear();
    m_cards->clear();
    m_declarationBox->hide();
    m_position->setText(outcomes.isEmpty() ? tr("No scan was answered.") : QString());
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
}

void ScanReviewPage::setPlayedRound(const RoundSettings &settings, const QList<std::shared_ptr<const Scan>> &scans,
                                    const QList<Answer> &answers, const QList<ScanOutcome> &outcomes)
{
    PracticeRecord record;
    record.settings = settings;
    record.answers = answers;
    ImageSet names; // the scans are here; only the built-in category names are shown
    setRound(QString(), names, record, outcomes);
    m_played = scans;
}

void ScanReviewPage::showScan(int index)
{
    if (m_outcomes.isEmpty())
        return;
    m_index = std::clamp(index, 0, scanCount() - 1);
    m_previous->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < scanCount());
    m_position->setText(tr("Loading scan %1 of %2…").arg(m_index + 1).arg(scanCount()));
    if (!m_played.isEmpty()) {
        if (const std::shared_ptr<const Scan> scan = m_played.value(m_index))
            loaded(m_index, scan);
        else
            emit failed(tr("Scan %1 was not shown on this computer, so it cannot be reviewed here.").arg(m_index + 1));
        return;
    }
    const QString id = m_outcomes[m_index].scanId;
    const auto entry = std::find_if(m_set.entries.cbegin(), m_set.entries.cend(),
                                    [&id](const ImageSetEntry &e) { return e.scan.id == id; });
    if (entry == m_set.entries.cend()) {
        emit failed(tr("The image set has no scan \"%1\" any more.").arg(id));
        return;
    }
    const quint64 request = ++m_loadRequest;
    const int shown = m_index;
    QtConcurrent::run([folder = m_folder, found = *entry] {
        return ImageSetFolder::loadScan(folder, found);
    }).then(this, [this, request, shown](const Expected<Scan> &scan) {
        if (request != m_loadRequest)
            return;
        if (!scan) {
            emit failed(scan.error().message);
            return;
        }
        loaded(shown, std::make_shared<const Scan>(*scan));
    });
}

void ScanReviewPage::loaded(int index, std::shared_ptr<const Scan> scan)
{
    const Answer answer = m_record.answers.value(index);
    const ScanFeedback feedback = ScanFeedback::of(*scan, m_outcomes[index], answer, m_record.settings.type, m_set);
    m_pane->setScan(scan, m_bands);
    m_pane->setGroundTruth(feedback.overlays);
    showMarks();
    m_position->setText(tr("Scan %1 of %2: %3").arg(index + 1).arg(scanCount()).arg(scan->id));
    QString text = feedback.text;
    if (!answer.timedOut)
        text += QStringLiteral("<br>") + tr("Answered in %1 s").arg(DisplayNames::number(answer.responseSeconds, 1));
    m_result->setText(text);
    showDeclaration(*scan);
    m_cards->showTargets(m_folder, scan->id, feedback.targets);
    m_pane->viewer()->setFocus();
    emit scanShown(index);
}

void ScanReviewPage::showMarks()
{
    SuspectMarkList *marks = m_pane->marks();
    marks->clear();
    for (const SuspectMark &mark : suspectMarks(m_record.answers.value(m_index)))
        marks->add(mark);
    marks->select(-1);
}

void ScanReviewPage::showDeclaration(const Scan &scan)
{
    m_declarationBox->showDeclaration(scan);
}

} // namespace pen::gui
