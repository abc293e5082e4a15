// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PracticeController.h"

#include "tournament/CategoryBreakdown.h"

#include "imageset/ImageSetFolder.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pen::gui {

PracticeController::PracticeController(QObject *parent) : QObject(parent)
{
    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this, &PracticeController::tick);
}

PracticeController::~PracticeController() = default;

double PracticeController::elapsedSeconds() const
{
    return m_banked + (m_running.isValid() ? m_running.elapsed() / 1000.0 : 0.0);
}

void PracticeController::pauseClock()
{
    m_banked = elapsedSeconds();
    m_running.invalidate();
    m_ticker.stop();
}

void PracticeController::resumeClock()
{
    m_running.start();
    m_ticker.start();
}

void PracticeController::start(const QString &folder, const ImageSet &set, const RoundSettings &settings)
{
    pauseClock();
    m_session.emplace(set, settings);
    m_set = set;
    m_folder = folder;
    m_setName = set.name;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_banked = 0;
    m_showingFeedback = false;
    loadCurrent();
}

void PracticeController::loadCurrent()
{
    if (!m_session || m_session->isFinished()) {
        finish();
        return;
    }
    const ImageSetEntry entry = *m_session->currentEntry();
    const quint64 request = ++m_loadRequest;
    emit scanLoading(m_session->currentIndex(), m_session->scanCount());
    QtConcurrent::run([folder = m_folder, entry] {
        return ImageSetFolder::loadScan(folder, entry);
    }).then(this, [this, request](const Expected<Scan> &scan) {
        if (request != m_loadRequest)
            return;
        if (!scan) {
            emit failed(scan.error().message);
            return;
        }
        show(std::make_shared<const Scan>(*scan));
    });
}

void PracticeController::show(std::shared_ptr<const Scan> scan)
{
    m_current = std::move(scan);
    emit scanShown(m_current, m_session->currentIndex(), m_session->scanCount());
    resumeClock();
    tick();
}

void PracticeController::tick()
{
    if (!isRunning() || m_showingFeedback)
        return;
    const double now = elapsedSeconds();
    emit clockTick(m_session->scanSecondsLeft(now), m_session->roundSecondsLeft(now));
    if (!m_session->clockExpired(now))
        return;
    const auto [marks, tools] = m_answerSource ? m_answerSource() : std::pair<QList<Mark>, QMap<QString, int>>{};
    afterAnswer(m_session->timeOut(marks, tools, now));
}

void PracticeController::answer(const QList<Mark> &marks, const QMap<QString, int> &toolUse)
{
    if (!isRunning() || m_showingFeedback || !m_current)
        return;
    afterAnswer(m_session->answer(marks, toolUse, elapsedSeconds()));
}

void PracticeController::afterAnswer(const ScanOutcome &outcome)
{
    pauseClock();
    if (m_session->settings().feedback == RoundSettings::Feedback::AfterEachScan) {
        m_showingFeedback = true;
        emit feedbackShown(m_current, outcome, m_session->answers().last());
        return;
    }
    next();
}

void PracticeController::next()
{
    m_showingFeedback = false;
    m_current.reset();
    loadCurrent();
}

void PracticeController::stop()
{
    if (!m_session)
        return;
    ++m_loadRequest; // a scan still loading is not shown any more
    m_session->finish();
    m_showingFeedback = false;
    finish();
}

// The round's results per threat category, as a trainer's report counts them, for the history.
QList<PracticeCategoryScore> PracticeController::categoryScores(const PracticeRecord &record,
                                                                const QList<ScanOutcome> &outcomes) const
{
    RoundResult result;
    result.answers = record.answers;
    result.outcomes = outcomes;
    QList<PracticeCategoryScore> scores;
    for (const CategoryBreakdown::Row &row : CategoryBreakdown::ofRound(record.settings, m_set, result).rows())
        scores.append({row.category, row.objectsHit, row.objectsMissed, row.detection});
    return scores;
}

void PracticeController::finish()
{
    pauseClock();
    if (!m_session)
        return;
    PracticeRecord record;
    record.startedAt = m_startedAt;
    record.setName = m_setName;
    record.setPath = m_folder;
    record.trainee = m_trainee;
    record.settings = m_session->settings();
    record.score = m_session->score();
    record.answers = m_session->answers();
    const QList<ScanOutcome> outcomes = m_session->outcomes();
    record.categories = categoryScores(record, outcomes);
    if (m_history) {
        if (auto id = m_history->save(record))
            record.id = *id;
        else
            emit failed(tr("The round could not be saved: %1").arg(id.error().message));
    }
    m_session.reset();
    emit finished(record, outcomes);
}

} // namespace pen::gui
