// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "browser/ImageSetLoader.h"

#include <QMainWindow>
#include <QString>

class QAction;
class QComboBox;
class QLabel;
class QMessageBox;
class QProgressBar;
class QTableView;
class QTabWidget;
class QToolBar;
class QStackedWidget;

namespace pen::gui {

class GroundTruthModel;
class CtVolumeDialog;
class PluginTrialDialog;
class PracticeWidget;
class TournamentWidget;
class HostConsole;
class ScanDetailsPanel;
class ScanViewerPane;
class ViewerToolBar;
class ScanListModel;

/// The desktop simulator's window, in four modes (tabs): practice (PracticeWidget: choose a set,
/// play a timed round, see the score and history), tournament (TournamentWidget: join an event on
/// a server and play its rounds), the host's and trainer's console (HostConsole: run events and
/// practice sessions on a server) and the image set browser: the scans of a set,
/// the selected scan's image with its ground truth drawn over it, the table of its objects, its
/// metadata and declaration. Sets and scans load off the GUI thread (ImageSetLoader); errors go to
/// the status bar and a non-blocking message box.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    /// practiceHistory: the SQLite file of practice results; empty: the user's default.
    explicit MainWindow(const QString &practiceHistory = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the set in folder and shows scanId (or the first scan). The current set stays if it fails.
    void openImageSet(const QString &folder, const QString &scanId = {});
    /// Opens the first bundled demo set (DemoImageSets); without one, says how to open a set.
    void openDemoImageSet(const QString &scanId = {});
    /// Errors are reported by errorShown and the status bar only, never by a message box
    /// (for --screenshot runs that nobody watches).
    void setQuietErrors(bool quiet) { m_quietErrors = quiet; }
    void showStatus(const QString &message);
    /// Shows practice mode with the bundled demo sets listed first.
    void showPractice();
    PracticeWidget *practice() const { return m_practice; }
    /// Shows tournament mode.
    void showTournament();
    TournamentWidget *tournament() const { return m_tournament; }
    /// Shows the host's and trainer's console.
    void showHostConsole();
    HostConsole *hostConsole() const { return m_hostConsole; }
    /// Opens the window where a vendor tries an ATD plugin on a practice set (made on first use).
    void showPluginTrial();
    PluginTrialDialog *pluginTrial() const { return m_pluginTrial; }
    /// Opens a window with the slices of the CT volume in path (DICOS or DICOM CT); it closes
    /// itself and is deleted when the user closes it.
    CtVolumeDialog *showCtVolume(const QString &path);
    bool isBrowsing() const;
    /// The browser's viewer (OpenGL, with the enhancement pipeline).
    ScanViewerPane *viewerPane() const { return m_viewerPane; }
    /// Shows scans in a named view mode (ViewModes), from the console's start-up settings.
    void setViewMode(const QString &mode);

    QString folder() const { return m_folder; }
    QString currentScanId() const { return m_current.scan.id; }
    int currentView() const;
    QString lastError() const { return m_lastError; }
    bool isBusy() const { return m_loader.isBusy(); }

public slots:
    void chooseImageSet();
    void selectView(int viewIndex);

signals:
    void imageSetOpened(const QString &folder, int scanCount);
    void scanShown(const QString &scanId);
    void errorShown(const QString &message);

private:
    void createActions();
    void createToolBar();
    QWidget *createCentralWidget();
    void createStatusBar();
    void setOpened(const QString &folder, const pen::ImageSet &set);
    void selectRow(int row);
    void scanSelected();
    void scanLoaded(const pen::gui::LoadedScan &loaded);
    void showError(const QString &message);
    void setBusy(bool busy);
    void step(int delta);
    void modeChanged();
    /// Shows text where the viewer would be: why no scan is shown (no set, empty set, loading, error).
    void showEmptyMessage(const QString &text);
    void showTruthOverlays();

    ImageSetLoader m_loader;
    ScanListModel *m_scans = nullptr;
    GroundTruthModel *m_truth = nullptr;
    QTableView *m_scanList = nullptr;
    QTableView *m_truthTable = nullptr;
    ScanViewerPane *m_viewerPane = nullptr;
    ViewerToolBar *m_viewerToolBar = nullptr;
    QLabel *m_emptyMessage = nullptr;
    QStackedWidget *m_imageStack = nullptr;
    ScanDetailsPanel *m_details = nullptr;
    QComboBox *m_viewSelector = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_setSummary = nullptr;
    QMessageBox *m_errorBox = nullptr;
    QTabWidget *m_modes = nullptr;
    PracticeWidget *m_practice = nullptr;
    TournamentWidget *m_tournament = nullptr;
    HostConsole *m_hostConsole = nullptr;
    PluginTrialDialog *m_pluginTrial = nullptr;
    QWidget *m_browser = nullptr;
    QToolBar *m_browserToolBar = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_truthAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_pluginTrialAction = nullptr;
    QAction *m_ctVolumeAction = nullptr;

    QString m_folder;
    QString m_pendingScanId;
    LoadedScan m_current;
    QString m_lastError;
    bool m_quietErrors = false;
    bool m_setRequested = false; ///< a set was asked for: the browser tab must not open the demo set
};

} // namespace pen::gui
