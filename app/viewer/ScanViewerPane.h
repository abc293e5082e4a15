// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ScanImageView.h"
#include "ToolUseLog.h"
#include "ViewRenderer.h"
#include "enhance/DisplaySettings.h"
#include "model/Scan.h"

#include <QWidget>

#include <functional>
#include <memory>

class QListView;
class QSplitter;

namespace pen {
class MaterialBands;
}

namespace pen::gui {

class ScanViewer;
class SuspectMarkList;

/// The viewer as the application embeds it: one ScanViewer, or two side by side for a dual-view
/// scan, the list of the officer's marks beside them, one DisplaySettings for both, and the tool
/// use log of the scan shown. The ViewerToolBar acts on it (on the viewer last clicked or focused
/// where there are two). Marking and the magnifier are switched for both viewers together.
class ScanViewerPane final : public QWidget {
    Q_OBJECT
public:
    /// Makes the renderer of each viewer (called once for the first, once more when side by side
    /// is first shown).
    using RendererFactory = std::function<std::unique_ptr<ViewRenderer>()>;

    /// Viewers drawing through GlPipelineRenderer (each falls back to TextureViewRenderer where
    /// the pipeline's shaders fail).
    explicit ScanViewerPane(QWidget *parent = nullptr);
    explicit ScanViewerPane(RendererFactory rendererFactory, QWidget *parent = nullptr);
    ~ScanViewerPane() override;

    /// Shows a scan from its first view, fitted; clears the marks, the ground truth and the tool
    /// use log. `bands` calibrate the material colour of dual-energy views; null uses
    /// defaultMaterialBands().
    void setScan(std::shared_ptr<const Scan> scan, std::shared_ptr<const MaterialBands> bands = {});
    const Scan *scan() const { return m_scan.get(); }

    /// The first viewer; always there.
    ScanViewer *viewer() const { return m_first; }
    /// The second viewer of side by side; null until first shown.
    ScanViewer *secondViewer() const { return m_second; }
    /// The viewer the toolbar acts on.
    ScanViewer *activeViewer() const { return m_active; }
    bool isSideBySide() const { return m_sideBySide; }
    bool isMarking() const { return m_marking; }
    bool isMagnifierVisible() const { return m_magnifier; }

    const DisplaySettings &displaySettings() const { return m_settings; }
    /// The officer's marks on this scan (owned by the pane).
    SuspectMarkList *marks() const { return m_marks; }
    /// Ground truth to draw (for all views), e.g. after the answer was given.
    void setGroundTruth(const QList<RegionOverlay> &overlays);
    /// Which tools were used since the scan was shown.
    ToolUseLog &toolUseLog() { return m_log; }
    const ToolUseLog &toolUseLog() const { return m_log; }
    void setMarkListVisible(bool visible);
    /// Whether the MeV classes' legend is shown (a MeV view in material colours).
    bool isMevLegendShown() const;
    /// A picture of the pane as shown: viewers, overlays and the mark list.
    QImage screenshot();

public slots:
    void setDisplaySettings(const DisplaySettings &settings);
    /// The next view of the scan in the active viewer (one viewer only).
    void switchView();
    void setSideBySide(bool sideBySide);
    void setMarking(bool marking);
    void setMagnifierVisible(bool visible);

signals:
    void scanChanged();
    void displaySettingsChanged(const DisplaySettings &settings);
    void sideBySideChanged(bool sideBySide);
    void markingChanged(bool marking);
    void magnifierVisibleChanged(bool visible);
    /// The active viewer changed, or the view it shows.
    void activeViewChanged();
    /// The active viewer was zoomed or panned.
    void activeTransformChanged();

private:
    ScanViewer *makeViewer();
    void setActive(ScanViewer *viewer);
    QWidget *makeMarkPanel();
    QWidget *makeSidePanel();
    void updateMevLegend();

    RendererFactory m_rendererFactory;
    std::shared_ptr<const Scan> m_scan;
    std::shared_ptr<const MaterialBands> m_bands;
    DisplaySettings m_settings;
    QList<RegionOverlay> m_truth;
    ToolUseLog m_log;
    SuspectMarkList *m_marks = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_sidePanel = nullptr;
    QWidget *m_markPanel = nullptr;
    QListView *m_markView = nullptr;
    QWidget *m_mevLegend = nullptr;
    ScanViewer *m_first = nullptr;
    ScanViewer *m_second = nullptr;
    ScanViewer *m_active = nullptr;
    bool m_sideBySide = false;
    bool m_marking = false;
    bool m_magnifier = false;
};

} // namespace pen::gui
