// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "imageset/ImageSet.h"
#include "scoring/ScanOutcome.h"
#include "storage/PracticeHistory.h"

#include <QWidget>

#include <memory>

class QGroupBox;
class QLabel;
class QPushButton;

namespace pen {
class MaterialBands;
}

namespace pen::gui {

class DeclarationBox;

class ScanViewerPane;
class ThreatCardList;
class ViewerToolBar;

/// The round played, scan by scan, after its end: each answered scan in the viewer (with all its
/// tools) with the ground truth beside the officer's marks (ScanFeedback: found in green, missed
/// in red, false alarms crossed out in orange), the verdict and points, and the declaration where
/// there is one. Page Up / Page Down or the buttons step through the scans. Scans load off the GUI
/// thread; the marks cannot be changed here.
class ScanReviewPage final : public QWidget {
    Q_OBJECT
public:
    explicit ScanReviewPage(std::shared_ptr<const MaterialBands> bands, QWidget *parent = nullptr);
    ~ScanReviewPage() override;

    /// The round to review: the folder and set it was played from, its record and the outcomes
    /// of its answers (parallel to record.answers).
    void setRound(const QString &folder, const ImageSet &set, const PracticeRecord &record,
                  const QList<ScanOutcome> &outcomes);
    /// A round played elsewhere (a tournament's), its scans already here with their truth:
    /// scans, answers and outcomes parallel. Feedback cards have no pictures alone.
    void setPlayedRound(const RoundSettings &settings, const QList<std::shared_ptr<const Scan>> &scans,
                        const QList<Answer> &answers, const QList<ScanOutcome> &outcomes);
    /// Shows the answered scan at this position of the round (clamped to the answered ones).
    void showScan(int index);
    int currentIndex() const { return m_index; }
    int scanCount() const { return int(m_outcomes.size()); }

    ScanViewerPane *viewerPane() const { return m_pane; }
    /// The cards explaining the shown scan's targets, found and missed.
    ThreatCardList *threatCards() const { return m_cards; }
    ViewerToolBar *toolBar() const { return m_toolBar; }

signals:
    void backRequested();
    /// A scan is shown with its feedback.
    void scanShown(int index);
    void failed(const QString &message);

private:
    QWidget *createNavigationBar();
    QWidget *createSidePanel();
    void loaded(int index, std::shared_ptr<const Scan> scan);
    void showMarks();
    void showDeclaration(const Scan &scan);

    void keepReadOnly();

    std::shared_ptr<const MaterialBands> m_bands;
    QString m_folder;
    ImageSet m_set;
    PracticeRecord m_record;
    QList<ScanOutcome> m_outcomes;
    QList<std::shared_ptr<const Scan>> m_played; ///< setPlayedRound's scans; empty: load from m_folder
    int m_index = -1;
    quint64 m_loadRequest = 0;

    ScanViewerPane *m_pane = nullptr;
    ViewerToolBar *m_toolBar = nullptr;
    QLabel *m_position = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_result = nullptr;
    DeclarationBox *m_declarationBox = nullptr;
    ThreatCardList *m_cards = nullptr;
};

} // namespace pen::gui
