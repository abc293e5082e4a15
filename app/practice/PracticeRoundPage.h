// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "PracticeController.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QGroupBox;

namespace pen {
class MaterialBands;
}

namespace pen::gui {

class DeclarationBox;

class ScanClockBar;
class ScanViewerPane;
class ThreatCardList;
class ViewerToolBar;

/// A scan being played: the countdown, the viewer with its toolbar and the officer's marks, the
/// declaration where there is one, the buttons to answer, and after the answer (if the round
/// says so) the ground truth beside the marks with what was hit, missed and falsely marked.
class PracticeRoundPage final : public QWidget {
    Q_OBJECT
public:
    PracticeRoundPage(PracticeController *controller, std::shared_ptr<const MaterialBands> bands,
                      QWidget *parent = nullptr);

    ScanViewerPane *viewerPane() const { return m_pane; }
    ViewerToolBar *toolBar() const { return m_toolBar; }
    /// The targets of the answered scan explained, in the feedback after each scan.
    ThreatCardList *threatCards() const { return m_cards; }
    /// Categories offered when marking (a set's own included).
    void setCategories(const ImageSet &set, const RoundSettings &settings);
    /// The officer's marks and tool use on the scan shown, as an answer carries them.
    std::pair<QList<Mark>, QMap<QString, int>> currentAnswer() const;

private:
    void showScan(std::shared_ptr<const Scan> scan, int index, int count);
    void showLoading(int index, int count);
    void showClock(double scanLeft, double roundLeft);
    void showFeedback(std::shared_ptr<const Scan> scan, const ScanOutcome &outcome, const Answer &answer);
    void showDeclaration(const Scan &scan);
    void submit();
    /// Asks before ending the round, which cannot be undone.
    void confirmEnd();
    void clearScan();
    QWidget *createSidePanel();

    PracticeController *m_controller = nullptr;
    std::shared_ptr<const MaterialBands> m_bands;
    ScanViewerPane *m_pane = nullptr;
    ViewerToolBar *m_toolBar = nullptr;
    ScanClockBar *m_clockBar = nullptr;
    DeclarationBox *m_declarationBox = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_end = nullptr;
    QGroupBox *m_feedbackBox = nullptr;
    QLabel *m_feedback = nullptr;
    ThreatCardList *m_cards = nullptr;
    QPushButton *m_next = nullptr;
    ImageSet m_set; ///< without entries: names of the set's own categories
    RoundType m_type = RoundType::FindTheThreat;
};

} // namespace pen::gui
