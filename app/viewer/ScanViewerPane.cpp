// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ScanViewerPane.h"

#include "GlPipelineRenderer.h"
#include "MevClassLegend.h"
#include "ScanViewer.h"
#include "SuspectMarkList.h"
#include "enhance/DefaultMaterialBands.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace pen::gui {
namespace {

constexpr int MarkPanelWidth = 260;
constexpr int SecondView = 1;

std::shared_ptr<const MaterialBands> defaultBands()
{
    static const std::shared_ptr<const MaterialBands> bands = [] {
        const Expected<MaterialBands> calibrated = defaultMaterialBands();
        if (!calibrated)
            qWarning("No material bands, dual-energy views show grey: %s", qPrintable(calibrated.error().message));
        return calibrated ? std::make_shared<const MaterialBands>(*calibrated) : nullptr;
    }();
    return bands;
}

} // namespace

ScanViewerPane::ScanViewerPane(QWidget *parent)
    : ScanViewerPane([] { return std::make_unique<GlPipelineRenderer>(); }, parent)
{
}

ScanViewerPane::ScanViewerPane(RendererFactory rendererFactory, QWidget *parent)
    : QWidget(parent), m_rendererFactory(std::move(rendererFactory)), m_marks(new SuspectMarkList(this))
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_first = makeViewer();
    m_active = m_first;
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(makeSidePanel());
}

// The marks above, the MeV legend below; either may be hidden, and the column with them.
QWidget *ScanViewerPane::makeSidePanel()
{
    m_sidePanel = new QWidget(this);
    m_sidePanel->setFixedWidth(MarkPanelWidth);
    auto *layout = new QVBoxLayout(m_sidePanel);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(makeMarkPanel(), 1);
    m_mevLegend = new MevClassLegend(m_sidePanel);
    m_mevLegend->setVisible(false);
    layout->addWidget(m_mevLegend);
    layout->addStretch();
    return m_sidePanel;
}

ScanViewerPane::~ScanViewerPane() = default;

ScanViewer *ScanViewerPane::makeViewer()
{
    auto *viewer = new ScanViewer(m_rendererFactory(), m_splitter);
    viewer->setMarkList(m_marks);
    viewer->setToolUseLog(&m_log);
    viewer->setDisplaySettings(m_settings);
    viewer->setGroundTruth(m_truth);
    m_splitter->addWidget(viewer);
    connect(viewer, &ScanViewer::activated, this, [this, viewer] { setActive(viewer); });
    connect(viewer, &ScanViewer::viewIndexChanged, this, [this, viewer] {
        if (viewer == m_active)
            emit activeViewChanged();
    });
    connect(viewer, &ScanViewer::transformChanged, this, [this, viewer] {
        if (viewer == m_active)
            emit activeTransformChanged();
    });
    connect(viewer, &ScanViewer::markingChanged, this, &ScanViewerPane::setMarking);
    connect(viewer, &ScanViewer::magnifierVisibleChanged, this, &ScanViewerPane::setMagnifierVisible);
    return viewer;
}

QWidget *ScanViewerPane::makeMarkPanel()
{
    m_markPanel = new QWidget(this);
    auto *layout = new QVBoxLayout(m_markPanel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Your marks"), m_markPanel));
    m_markView = new QListView(m_markPanel);
    m_markView->setObjectName(QStringLiteral("markList"));
    m_markView->setModel(m_marks);
    m_markView->setToolTip(tr("Press B and drag a box to mark a suspect region; Delete removes the selected mark."));
    layout->addWidget(m_markView, 1);
    connect(m_markView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_marks->select(current.row()); });
    connect(m_marks, &SuspectMarkList::selectionChanged, this,
            [this](int row) { m_markView->setCurrentIndex(m_marks->index(row)); });
    return m_markPanel;
}

void ScanViewerPane::setScan(std::shared_ptr<const Scan> scan, std::shared_ptr<const MaterialBands> bands)
{
    m_scan = std::move(scan);
    m_bands = bands ? std::move(bands) : defaultBands();
    m_marks->clear();
    QStringList labels;
    if (m_scan) {
        for (const ScanView &view : m_scan->views)
            labels.append(view.label);
    }
    m_marks->setViewLabels(labels);
    m_truth.clear();
    m_first->setGroundTruth({});
    m_first->setScan(m_scan, m_bands, 0);
    if (m_second) {
        m_second->setGroundTruth({});
        m_second->setScan(m_scan, m_bands, SecondView);
    }
    if (m_sideBySide && labels.size() < 2)
        setSideBySide(false);
    setActive(m_first);
    m_log.restart();
    updateMevLegend();
    emit scanChanged();
    emit activeViewChanged();
}

void ScanViewerPane::setGroundTruth(const QList<RegionOverlay> &overlays)
{
    m_truth = overlays;
    m_first->setGroundTruth(overlays);
    if (m_second)
        m_second->setGroundTruth(overlays);
}

void ScanViewerPane::setDisplaySettings(const DisplaySettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    m_first->setDisplaySettings(settings);
    if (m_second)
        m_second->setDisplaySettings(settings);
    updateMevLegend();
    emit displaySettingsChanged(settings);
}

void ScanViewerPane::switchView()
{
    if (m_sideBySide || !m_scan || m_scan->views.size() < 2)
        return;
    m_first->setViewIndex((m_first->viewIndex() + 1) % int(m_scan->views.size()));
}

void ScanViewerPane::setSideBySide(bool sideBySide)
{
    sideBySide = sideBySide && m_scan && m_scan->views.size() > 1;
    if (sideBySide == m_sideBySide)
        return;
    m_sideBySide = sideBySide;
    if (sideBySide) {
        if (!m_second)
            m_second = makeViewer();
        m_second->setMagnifierVisible(m_first->isMagnifierVisible());
        m_second->setMarking(m_first->isMarking());
        m_second->setScan(m_scan, m_bands, SecondView);
        m_first->setViewIndex(0);
    } else {
        setActive(m_first);
    }
    m_second->setVisible(sideBySide);
    emit sideBySideChanged(sideBySide);
}

void ScanViewerPane::setMarking(bool marking)
{
    m_first->setMarking(marking);
    if (m_second)
        m_second->setMarking(marking);
    if (m_first->isMarking() != m_marking) {
        m_marking = m_first->isMarking();
        emit markingChanged(m_marking);
    }
}

void ScanViewerPane::setMagnifierVisible(bool visible)
{
    m_first->setMagnifierVisible(visible);
    if (m_second)
        m_second->setMagnifierVisible(visible);
    if (visible != m_magnifier) {
        m_magnifier = visible;
        emit magnifierVisibleChanged(visible);
    }
}

void ScanViewerPane::setActive(ScanViewer *viewer)
{
    if (viewer == m_active)
        return;
    m_active = viewer;
    emit activeViewChanged();
}

// Shown while some view of the scan is MeV and colours are on: the legend does not change with the
// view shown, so that it stays put while the officer switches views.
void ScanViewerPane::updateMevLegend()
{
    const bool megavolt = m_scan && std::any_of(m_scan->views.begin(), m_scan->views.end(), [](const ScanView &view) {
                              return view.kind == ViewKind::DualEnergy && view.isMegavolt();
                          });
    m_mevLegend->setVisible(megavolt && m_settings.colouring == DisplaySettings::Colouring::Material);
    m_sidePanel->setVisible(!m_markPanel->isHidden() || !m_mevLegend->isHidden());
}

bool ScanViewerPane::isMevLegendShown() const
{
    return !m_mevLegend->isHidden();
}

void ScanViewerPane::setMarkListVisible(bool visible)
{
    m_markPanel->setVisible(visible);
    updateMevLegend();
}

QImage ScanViewerPane::screenshot()
{
    return grab().toImage();
}

} // namespace pen::gui
