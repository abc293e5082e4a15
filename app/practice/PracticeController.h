// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "imageset/ImageSet.h"
#include "rounds/RoundSession.h"
#include "storage/PracticeHistory.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace pen::gui {

/// Runs a practice round: loads each scan off the GUI thread, keeps the clocks (paused while a
/// scan loads and while feedback is shown), times scans out, scores answers and saves the round
/// to the practice history at the end. It knows no widgets: the page shows what it signals and
/// hands it the officer's marks.
class PracticeController final : public QObject {
    Q_OBJECT
public:
    /// What the officer has marked so far and the tools used, asked for when a clock runs out.
    using AnswerSource = std::function<std::pair<QList<Mark>, QMap<QString, int>>()>;

    explicit PracticeController(QObject *parent = nullptr);
    ~PracticeController() override;

    /// Where finished rounds are saved (not owned; may be null: nothing is saved).
    void setHistory(PracticeHistory *history) { m_history = history; }
    /// Who plays the next rounds, as the history records them (empty: nobody named).
    void setTrainee(const QString &name) { m_trainee = name.trimmed(); }
    void setAnswerSource(AnswerSource source) { m_answerSource = std::move(source); }

    void start(const QString &folder, const ImageSet &set, const RoundSettings &settings);
    /// The folder of the set being played.
    const QString &folder() const { return m_folder; }
    /// The officer answered the current scan (no marks: "clear").
    void answer(const QList<Mark> &marks, const QMap<QString, int> &toolUse);
    /// Leaves the feedback of a scan for the next one (or the end).
    void next();
    /// Ends the round now; what was answered is scored and saved.
    void stop();

    bool isRunning() const { return m_session.has_value() && !m_session->isFinished(); }
    bool isShowingFeedback() const { return m_showingFeedback; }
    const RoundSession *session() const { return m_session ? &*m_session : nullptr; }
    /// Seconds the round has run, without loading and feedback pauses.
    double elapsedSeconds() const;

signals:
    void scanLoading(int index, int count);
    void scanShown(std::shared_ptr<const pen::Scan> scan, int index, int count);
    /// Every tenth of a second while a scan is shown; RoundSession::NoClock for absent clocks.
    void clockTick(double scanSecondsLeft, double roundSecondsLeft);
    void feedbackShown(std::shared_ptr<const pen::Scan> scan, const pen::ScanOutcome &outcome,
                       const pen::Answer &answer);
    /// The round ended; outcomes are parallel to record.answers.
    void finished(const pen::PracticeRecord &record, const QList<pen::ScanOutcome> &outcomes);
    void failed(const QString &message);

private:
    void loadCurrent();
    void show(std::shared_ptr<const Scan> scan);
    void tick();
    void afterAnswer(const ScanOutcome &outcome);
    void finish();
    QList<PracticeCategoryScore> categoryScores(const PracticeRecord &record, const QList<ScanOutcome> &outcomes) const;
    void pauseClock();
    void resumeClock();

    std::optional<RoundSession> m_session;
    ImageSet m_set;
    QString m_folder;
    QString m_setName;
    QString m_trainee;
    QDateTime m_startedAt;
    std::shared_ptr<const Scan> m_current;
    PracticeHistory *m_history = nullptr;
    AnswerSource m_answerSource;
    QTimer m_ticker;
    QElapsedTimer m_running;
    double m_banked = 0;
    quint64 m_loadRequest = 0;
    bool m_showingFeedback = false;
};

} // namespace pen::gui
