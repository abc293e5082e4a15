// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "PracticeController.h"

#include <QStackedWidget>

#include <memory>

namespace pen::gui {

class PracticeRoundPage;
class PracticeStartPage;
class ScanReviewPage;
class ScorePage;
class ThreatLibraryPage;

/// Practice mode, offline: choose a set, play it as a timed round, see the score and the history,
/// review the scans with their ground truth.
/// Rounds are kept in the practice history (a local SQLite file).
class PracticeWidget final : public QStackedWidget {
    Q_OBJECT
public:
    /// historyPath: the SQLite file of the practice history; empty: PracticeHistory::defaultPath().
    explicit PracticeWidget(const QString &historyPath = {}, QWidget *parent = nullptr);
    ~PracticeWidget() override;

    PracticeController *controller() { return &m_controller; }
    PracticeStartPage *startPage() const { return m_start; }
    PracticeRoundPage *roundPage() const { return m_round; }
    ScorePage *scorePage() const { return m_score; }
    ScanReviewPage *reviewPage() const { return m_review; }
    ThreatLibraryPage *libraryPage() const { return m_library; }
    PracticeHistory *history() const { return m_history.get(); }

signals:
    void errorShown(const QString &message);

private:
    void start(const QString &folder, const ImageSet &set, const RoundSettings &settings);
    void finished(const PracticeRecord &record, const QList<ScanOutcome> &outcomes);
    void refreshHistory();
    void review(int scanIndex);

    PracticeController m_controller;
    std::unique_ptr<PracticeHistory> m_history;
    PracticeStartPage *m_start = nullptr;
    PracticeRoundPage *m_round = nullptr;
    ScorePage *m_score = nullptr;
    ScanReviewPage *m_review = nullptr;
    ThreatLibraryPage *m_library = nullptr;
    QString m_playedFolder;
    ImageSet m_playedSet;        ///< the set of the round played last, for its review
    QMap<QString, int> m_levels; ///< the trainee's adaptive level per category
};

} // namespace pen::gui
