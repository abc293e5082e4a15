// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PracticeWidget.h"

#include "HistoryChart.h"
#include "LevelsChart.h"
#include "PracticeRoundPage.h"
#include "PracticeStartPage.h"
#include "ScanReviewPage.h"
#include "ScorePage.h"
#include "ThreatLibraryPage.h"
#include "enhance/DefaultMaterialBands.h"
#include "rounds/AdaptiveTraining.h"
#include "synth/MaterialBands.h"

#include <QRandomGenerator>

#include <algorithm>

namespace pen::gui {

namespace {

// The rounds of one type only, where one is given; of one category, each round's score then that
// category's hits and false alarms, and rounds without it left out.
QList<PracticeRecord> roundsShown(const QList<PracticeRecord> &rounds, std::optional<RoundType> type,
                                  const QString &category)
{
    QList<PracticeRecord> shown;
    for (PracticeRecord round : rounds) {
        if (type && round.settings.type != *type)
            continue;
        if (!category.isEmpty()) {
            const auto found
                = std::find_if(round.categories.cbegin(), round.categories.cend(),
                               [&](const PracticeCategoryScore &score) { return score.category == category; });
            if (found == round.categories.cend())
                continue;
            round.score.detection = found->detection;
        }
        shown.append(round);
    }
    return shown;
}

// The bands of the synthetic scanner the demo sets come from; without the bundled tables the
// viewer still works, without material colour.
std::shared_ptr<const MaterialBands> defaultBands()
{
    static const std::shared_ptr<const MaterialBands> bands = []() -> std::shared_ptr<const MaterialBands> {
        const Expected<MaterialBands> calibrated = defaultMaterialBands();
        return calibrated ? std::make_shared<const MaterialBands>(*calibrated) : nullptr;
    }();
    return bands;
}

} // namespace

PracticeWidget::PracticeWidget(const QString &historyPath, QWidget *parent) : QStackedWidget(parent)
{
    m_start = new PracticeStartPage;
    m_round = new PracticeRoundPage(&m_controller, defaultBands());
    m_score = new ScorePage;
    m_review = new ScanReviewPage(defaultBands());
    m_library = new ThreatLibraryPage(defaultBands());
    addWidget(m_start);
    addWidget(m_round);
    addWidget(m_score);
    addWidget(m_review);
    addWidget(m_library);

    auto history = PracticeHistory::open(historyPath.isEmpty() ? PracticeHistory::defaultPath() : historyPath);
    if (history) {
        m_history = std::move(*history);
        m_controller.setHistory(m_history.get());
    } else {
        // Practice still works; the officer is told that results will not be kept.
        QMetaObject::invokeMethod(
            this,
            [this, message = history.error().message] {
                emit errorShown(tr("Practice results will not be kept: %1").arg(message));
            },
            Qt::QueuedConnection);
    }
    refreshHistory();

    connect(m_start, &PracticeStartPage::startRequested, this, &PracticeWidget::start);
    connect(m_start, &PracticeStartPage::traineeChanged, this, [this](const QString &name) {
        m_controller.setTrainee(name);
        refreshHistory();
    });
    connect(m_start, &PracticeStartPage::historyFilterChanged, this, &PracticeWidget::refreshHistory);
    connect(m_start, &PracticeStartPage::errorShown, this, &PracticeWidget::errorShown);
    connect(&m_controller, &PracticeController::finished, this, &PracticeWidget::finished);
    connect(&m_controller, &PracticeController::failed, this, &PracticeWidget::errorShown);
    connect(m_score, &ScorePage::practiceAgain, this, [this] { setCurrentWidget(m_start); });
    connect(m_score, &ScorePage::reviewRequested, this, &PracticeWidget::review);
    connect(m_review, &ScanReviewPage::backRequested, this, [this] { setCurrentWidget(m_score); });
    connect(m_review, &ScanReviewPage::failed, this, &PracticeWidget::errorShown);
    connect(m_start, &PracticeStartPage::threatLibraryRequested, this, [this] {
        m_library->showSets(m_start->setFolders());
        setCurrentWidget(m_library);
    });
    connect(m_library, &ThreatLibraryPage::backRequested, this, [this] { setCurrentWidget(m_start); });
    connect(m_library, &ThreatLibraryPage::failed, this, &PracticeWidget::errorShown);
    // The last one to practise here is offered first; another trainee types their own name.
    if (m_history) {
        if (const auto trainees = m_history->trainees(); trainees && !trainees->isEmpty())
            m_start->traineeBox()->setCurrentText(trainees->first());
    }
}

PracticeWidget::~PracticeWidget() = default;

void PracticeWidget::start(const QString &folder, const ImageSet &set, const RoundSettings &settings)
{
    m_playedFolder = folder;
    m_playedSet = set;
    if (m_start->isAdaptive()) // the trainee's levels choose the scans; each round a new draw
        m_playedSet.entries = AdaptiveTraining::scansAtLevels(set, m_levels, QRandomGenerator::global()->generate());
    m_round->setCategories(m_playedSet, settings);
    setCurrentWidget(m_round);
    m_controller.start(folder, m_playedSet, settings);
}

void PracticeWidget::finished(const PracticeRecord &record, const QList<ScanOutcome> &outcomes)
{
    refreshHistory();
    m_score->showScore(record, outcomes);
    m_review->setRound(m_playedFolder, m_playedSet, record, outcomes);
    setCurrentWidget(m_score);
}

void PracticeWidget::review(int scanIndex)
{
    setCurrentWidget(m_review);
    m_review->showScan(scanIndex);
}

void PracticeWidget::refreshHistory()
{
    if (!m_history)
        return;
    // On a shared PC each trainee sees their own rounds; the names played before are offered.
    const auto rounds = m_history->rounds(50, m_start->trainee());
    const auto trainees = m_history->trainees();
    if (!rounds || !trainees) {
        emit errorShown(rounds ? trainees.error().message : rounds.error().message);
        return;
    }
    m_start->setKnownTrainees(*trainees);
    QStringList categories;
    for (const PracticeRecord &round : *rounds)
        for (const PracticeCategoryScore &category : round.categories)
            if (!categories.contains(category.category))
                categories.append(category.category);
    categories.sort();
    m_start->setHistoryCategories(categories);
    QList<QMap<QString, SignalDetection>> perCategory;
    for (const PracticeRecord &round : *rounds) {
        QMap<QString, SignalDetection> results;
        for (const PracticeCategoryScore &category : round.categories)
            results.insert(category.category, category.detection);
        perCategory.append(results);
    }
    const QList<QMap<QString, int>> levels = AdaptiveTraining::levelsOverRounds(perCategory);
    m_levels = levels.isEmpty() ? QMap<QString, int>() : levels.last();
    m_start->showLevels(m_levels);
    m_start->levelsChart()->setLevels(levels);
    m_start->historyChart()->setRounds(roundsShown(*rounds, m_start->historyRoundType(), m_start->historyCategory()));
    m_score->historyChart()->setRounds(*rounds);
}

} // namespace pen::gui
