// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MainWindow.h"

#include "DisplayNames.h"
#include "ScanImageView.h"
#include "browser/CtVolumeDialog.h"
#include "browser/GroundTruthModel.h"
#include "browser/ScanDetailsPanel.h"
#include "browser/ScanListModel.h"
#include "enhance/DefaultMaterialBands.h"
#include "enhance/ViewModes.h"
#include "host/HostConsole.h"
#include "imageset/DemoImageSets.h"
#include "machines/PluginTrialDialog.h"
#include "practice/PracticeStartPage.h"
#include "practice/PracticeWidget.h"
#include "tournamentclient/TournamentWidget.h"
#include "viewer/GlPipelineRenderer.h"
#include "viewer/ScanViewer.h"
#include "viewer/ScanViewerPane.h"
#include "viewer/SuspectMarkList.h"
#include "viewer/ViewerToolBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace pen::gui {
namespace {

QList<RegionOverlay> overlaysFor(const Scan &scan, const ImageSet &set)
{
    QList<RegionOverlay> overlays;
    for (const GroundTruthObject &object : scan.truth) {
        for (const Region &region : object.regions) {
            const QString label = object.id + QStringLiteral(" · ") + DisplayNames::category(object.category, set);
            overlays.append({region, DisplayNames::categoryColour(object.category), label});
        }
    }
    return overlays;
}

QTableView *createTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

} // namespace

MainWindow::MainWindow(const QString &practiceHistory, QWidget *parent)
    : QMainWindow(parent), m_scans(new ScanListModel(this)), m_truth(new GroundTruthModel(this))
{
    setWindowTitle(tr("PEN-Tournament"));
    createActions();
    createToolBar();
    m_practice = new PracticeWidget(practiceHistory, this);
    m_practice->setObjectName(QStringLiteral("practice"));
    connect(m_practice, &PracticeWidget::errorShown, this, &MainWindow::showError);
    connect(m_practice->startPage(), &PracticeStartPage::openFolderRequested, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Image Set"));
        if (!folder.isEmpty())
            m_practice->startPage()->addImageSet(folder);
    });
    m_modes = new QTabWidget(this);
    m_modes->setObjectName(QStringLiteral("modes"));
    m_modes->setDocumentMode(true);
    m_tournament = new TournamentWidget(this);
    m_tournament->setObjectName(QStringLiteral("tournament"));
    m_hostConsole = new HostConsole(this);
    m_hostConsole->setObjectName(QStringLiteral("hostConsole"));
    m_browser = createCentralWidget();
    m_modes->addTab(m_practice, tr("Practice"));
    m_modes->addTab(m_tournament, tr("Tournament"));
    m_modes->addTab(m_hostConsole, tr("Host console"));
    m_modes->addTab(m_browser, tr("Image sets"));
    connect(m_modes, &QTabWidget::currentChanged, this, &MainWindow::modeChanged);
    setCentralWidget(m_modes);
    createStatusBar();
    modeChanged();
    connect(&m_loader, &ImageSetLoader::setOpened, this, &MainWindow::setOpened);
    connect(&m_loader, &ImageSetLoader::scanLoaded, this, &MainWindow::scanLoaded);
    connect(&m_loader, &ImageSetLoader::failed, this, &MainWindow::showError);
    connect(&m_loader, &ImageSetLoader::busyChanged, this, &MainWindow::setBusy);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Image Set..."), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open the folder of an image set"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseImageSet);

    m_previousAction = new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Previous Scan"), this);
    m_previousAction->setShortcut(Qt::Key_PageUp);
    connect(m_previousAction, &QAction::triggered, this, [this] { step(-1); });
    m_nextAction = new QAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Next Scan"), this);
    m_nextAction->setShortcut(Qt::Key_PageDown);
    connect(m_nextAction, &QAction::triggered, this, [this] { step(+1); });

    m_truthAction = new QAction(tr("Show &Ground Truth"), this);
    m_truthAction->setCheckable(true);
    m_truthAction->setChecked(true);
    m_truthAction->setShortcut(Qt::Key_T);
    connect(m_truthAction, &QAction::toggled, this, &MainWindow::showTruthOverlays);

    m_pluginTrialAction = new QAction(tr("&Try an ATD Plugin..."), this);
    m_pluginTrialAction->setToolTip(
        tr("Run an ATD plugin on a practice set and see its metrics, as an event would score it"));
    connect(m_pluginTrialAction, &QAction::triggered, this, &MainWindow::showPluginTrial);

    m_ctVolumeAction = new QAction(tr("Open &CT Volume..."), this);
    m_ctVolumeAction->setToolTip(tr("Show the slices of a DICOS or DICOM CT volume"));
    connect(m_ctVolumeAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open CT Volume"), QString(),
                                                          tr("DICOM and DICOS files (*.dcm *.dcs);;All files (*)"));
        if (!path.isEmpty())
            showCtVolume(path);
    });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_ctVolumeAction);
    file->addAction(m_pluginTrialAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_previousAction);
    view->addAction(m_nextAction);
    view->addSeparator();
    view->addAction(m_truthAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    m_browserToolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_openAction);
    toolBar->addSeparator();
    toolBar->addAction(m_previousAction);
    toolBar->addAction(m_nextAction);
    toolBar->addSeparator();
    toolBar->addWidget(new QLabel(tr("View:") + QLatin1Char(' '), toolBar));
    m_viewSelector = new QComboBox(toolBar);
    m_viewSelector->setObjectName(QStringLiteral("viewSelector"));
    m_viewSelector->setMinimumContentsLength(8);
    m_viewSelector->setToolTip(tr("The view of a dual-view scanner to show"));
    m_viewSelector->setEnabled(false);
    connect(m_viewSelector, &QComboBox::currentIndexChanged, this, &MainWindow::selectView);
    toolBar->addWidget(m_viewSelector);
    toolBar->addSeparator();
    toolBar->addAction(m_truthAction);
}

QWidget *MainWindow::createCentralWidget()
{
    m_scanList = createTable(m_scans, this);
    m_scanList->setObjectName(QStringLiteral("scanList"));
    m_scanList->horizontalHeader()->setStretchLastSection(false);
    m_scanList->horizontalHeader()->setSectionResizeMode(ScanListModel::IdColumn, QHeaderView::Stretch);
    connect(m_scanList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::scanSelected);
    m_viewerPane = new ScanViewerPane([] { return std::make_unique<GlPipelineRenderer>(); }, this);
    m_viewerPane->setObjectName(QStringLiteral("viewerPane"));
    m_viewerPane->setMarkListVisible(false);
    connect(m_viewerPane, &ScanViewerPane::activeViewChanged, this, [this] {
        if (m_viewerPane->activeViewer())
            selectView(m_viewerPane->activeViewer()->viewIndex());
    });
    m_viewerToolBar = new ViewerToolBar(m_viewerPane, this);
    m_emptyMessage = new QLabel(tr("No image set open."), this);
    m_emptyMessage->setObjectName(QStringLiteral("emptyViewMessage"));
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    auto *viewer = new QWidget(this);
    auto *viewerLayout = new QVBoxLayout(viewer);
    viewerLayout->setContentsMargins(0, 0, 0, 0);
    viewerLayout->addWidget(m_viewerToolBar);
    viewerLayout->addWidget(m_viewerPane, 1);
    m_imageStack = new QStackedWidget(this);
    m_imageStack->addWidget(m_emptyMessage);
    m_imageStack->addWidget(viewer);
    m_truthTable = createTable(m_truth, this);
    m_truthTable->setObjectName(QStringLiteral("objectTable"));
    m_details = new ScanDetailsPanel(this);

    // Left: what to look at (the scans, then the selected scan's facts); right: the picture and its truth.
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_scanList);
    left->addWidget(m_details);
    left->setSizes({360, 440});
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_imageStack);
    right->addWidget(m_truthTable);
    right->setStretchFactor(0, 1);
    right->setSizes({640, 140});
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(left);
    main->addWidget(right);
    main->setStretchFactor(1, 1);
    main->setSizes({320, 960});
    return main;
}

void MainWindow::createStatusBar()
{
    m_setSummary = new QLabel(statusBar());
    statusBar()->addPermanentWidget(m_setSummary);
    m_progress = new QProgressBar(statusBar());
    m_progress->setRange(0, 0); // busy indicator: a set or a scan has no meaningful fraction yet
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::showEmptyMessage(const QString &text)
{
    m_emptyMessage->setText(text);
    m_imageStack->setCurrentIndex(0);
}

void MainWindow::showTruthOverlays()
{
    m_viewerPane->setGroundTruth(m_truthAction->isChecked() ? overlaysFor(m_current.scan, m_scans->imageSet())
                                                            : QList<RegionOverlay>{});
}

void MainWindow::setViewMode(const QString &mode)
{
    DisplaySettings settings;
    if (const ViewMode *viewMode = ViewModes::find(mode))
        viewMode->apply(settings);
    m_viewerPane->setDisplaySettings(settings);
}

bool MainWindow::isBrowsing() const
{
    return m_modes->currentWidget() == m_browser;
}

void MainWindow::showTournament()
{
    m_modes->setCurrentWidget(m_tournament);
}

void MainWindow::showHostConsole()
{
    m_modes->setCurrentWidget(m_hostConsole);
}

void MainWindow::showPluginTrial()
{
    if (!m_pluginTrial) {
        m_pluginTrial = new PluginTrialDialog(this);
        m_pluginTrial->setObjectName(QStringLiteral("pluginTrial"));
    }
    m_pluginTrial->show();
    m_pluginTrial->raise();
    m_pluginTrial->activateWindow();
}

CtVolumeDialog *MainWindow::showCtVolume(const QString &path)
{
    auto *dialog = new CtVolumeDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->openFile(path);
    dialog->show();
    return dialog;
}

void MainWindow::showPractice()
{
    m_modes->setCurrentWidget(m_practice);
    m_practice->startPage()->findImageSets(DemoImageSets::searchFolders());
}

// The browser's tool bar and shortcuts only where the browser is shown, so that they never
// compete with the viewer's shortcuts in a practice round.
void MainWindow::modeChanged()
{
    const bool browsing = isBrowsing();
    m_browserToolBar->setVisible(browsing);
    for (QAction *action : {m_previousAction, m_nextAction, m_truthAction})
        action->setEnabled(browsing);
    if (browsing && !m_setRequested)
        openDemoImageSet();
}

void MainWindow::openImageSet(const QString &folder, const QString &scanId)
{
    m_setRequested = true;
    m_pendingScanId = scanId;
    showStatus(tr("Opening %1...").arg(QDir::toNativeSeparators(folder)));
    m_loader.openSet(folder);
    m_modes->setCurrentWidget(m_browser);
}

void MainWindow::openDemoImageSet(const QString &scanId)
{
    const QString folder = DemoImageSets::findFirst(DemoImageSets::searchFolders());
    if (!folder.isEmpty()) {
        openImageSet(folder, scanId);
        return;
    }
    const QString message = tr("No image set found. Open one with File > Open Image Set...");
    showEmptyMessage(message);
    if (m_quietErrors)
        showError(message);
    else
        showStatus(message);
}

void MainWindow::chooseImageSet()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Image Set"), m_folder);
    if (!folder.isEmpty())
        openImageSet(folder);
}

void MainWindow::setOpened(const QString &folder, const ImageSet &set)
{
    m_folder = folder;
    m_current = {};
    m_scans->setImageSet(set);
    m_truth->clear();
    m_details->clear();
    showEmptyMessage(tr("No scan shown."));
    setWindowTitle(tr("%1 – PEN-Tournament").arg(set.name.isEmpty() ? folder : set.name));
    m_setSummary->setText(tr("%n scan(s)", nullptr, int(set.entries.size())));
    showStatus(tr("Opened %1").arg(QDir::toNativeSeparators(folder)));
    const QString wanted = std::exchange(m_pendingScanId, QString());
    if (set.entries.isEmpty())
        showEmptyMessage(tr("This image set has no scans."));
    else if (!wanted.isEmpty() && m_scans->rowOf(wanted) < 0)
        showError(tr("The image set has no scan \"%1\".").arg(wanted));
    else
        selectRow(wanted.isEmpty() ? 0 : m_scans->rowOf(wanted));
    emit imageSetOpened(folder, int(set.entries.size()));
}

void MainWindow::selectRow(int row)
{
    m_scanList->setCurrentIndex(m_scans->index(row, 0));
    m_scanList->setFocus();
}

void MainWindow::step(int delta)
{
    const int row = m_scanList->currentIndex().row() + delta;
    if (row >= 0 && row < m_scans->rowCount())
        selectRow(row);
}

void MainWindow::scanSelected()
{
    const ImageSetEntry *entry = m_scans->entry(m_scanList->currentIndex().row());
    if (!entry)
        return;
    if (!m_viewerPane->scan())
        showEmptyMessage(tr("Loading %1...").arg(entry->scan.id));
    showStatus(tr("Loading %1...").arg(entry->scan.id));
    m_loader.loadScan(m_folder, *entry);
}

void MainWindow::scanLoaded(const LoadedScan &loaded)
{
    m_current = loaded;
    {
        const QSignalBlocker blocker(m_viewSelector);
        m_viewSelector->clear();
        for (qsizetype i = 0; i < loaded.scan.views.size(); ++i) {
            const QString label = loaded.scan.views[i].label;
            m_viewSelector->addItem(label.isEmpty() ? tr("View %1").arg(i + 1) : label);
        }
    }
    m_viewSelector->setEnabled(loaded.scan.views.size() > 1);
    m_truth->setScan(loaded.scan, m_scans->imageSet());
    static const auto bands = [] {
        auto calibrated = defaultMaterialBands();
        return calibrated ? std::make_shared<const MaterialBands>(*calibrated) : std::shared_ptr<const MaterialBands>();
    }();
    m_viewerPane->setScan(std::make_shared<const Scan>(loaded.scan), bands);
    showTruthOverlays();
    m_imageStack->setCurrentIndex(1);
    selectView(0);
    showStatus(tr("Scan %1").arg(loaded.scan.id));
    emit scanShown(loaded.scan.id);
}

void MainWindow::selectView(int viewIndex)
{
    if (viewIndex < 0 || viewIndex >= m_current.scan.views.size())
        return;
    if (m_viewSelector->currentIndex() != viewIndex) {
        m_viewSelector->setCurrentIndex(viewIndex); // comes back here through currentIndexChanged
        return;
    }
    if (ScanViewer *viewer = m_viewerPane->activeViewer(); viewer && viewer->viewIndex() != viewIndex)
        viewer->setViewIndex(viewIndex);
    m_truth->setCurrentView(viewIndex);
    m_details->setScan(m_current.scan, viewIndex);
}

int MainWindow::currentView() const
{
    return m_viewSelector->currentIndex();
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message);
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0));
    if (m_current.scan.views.isEmpty())
        showEmptyMessage(tr("Nothing to show."));
    emit errorShown(message);
    if (m_quietErrors)
        return;
    if (!m_errorBox) {
        m_errorBox = new QMessageBox(QMessageBox::Warning, tr("PEN-Tournament"), QString(), QMessageBox::Ok, this);
        m_errorBox->setObjectName(QStringLiteral("errorBox"));
    }
    m_errorBox->setText(tr("The image set could not be shown."));
    m_errorBox->setInformativeText(message);
    m_errorBox->open(); // window-modal but not blocking: loading goes on behind it
}

void MainWindow::setBusy(bool busy)
{
    m_progress->setVisible(busy);
}

} // namespace pen::gui
