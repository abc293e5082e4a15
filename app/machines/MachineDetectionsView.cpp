// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MachineDetectionsView.h"

#include "DisplayNames.h"
#include "ScanImageView.h"
#include "enhance/ModeRendering.h"
#include "enhance/ViewModes.h"
#include "imageset/ImageSetFolder.h"

#include <QHBoxLayout>
#include <QListWidget>

namespace pen::gui {
namespace {

// The console's material colours where the view has two energies, else its grey.
Expected<QImage> rendered(const ScanView &view)
{
    auto material = renderInMode(view, *ViewModes::find(QStringLiteral("material")));
    if (material)
        return material;
    return renderInMode(view, *ViewModes::find(QStringLiteral("grey")));
}

const MachineAnswer *answerFor(const QList<MachineAnswer> &answers, const QString &scanId)
{
    for (const MachineAnswer &answer : answers)
        if (answer.scanId == scanId)
            return &answer;
    return nullptr;
}

} // namespace

MachineDetectionsView::MachineDetectionsView(QWidget *parent) : QWidget(parent)
{
    m_scans = new QListWidget(this);
    m_scans->setObjectName(QStringLiteral("detectionScans"));
    m_scans->setMaximumWidth(260);
    m_image = new ScanImageView(this);
    m_image->setObjectName(QStringLiteral("detectionImage"));
    m_image->setPlaceholder(tr("Run a plugin to see what it found on each scan."));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_scans);
    layout->addWidget(m_image, 1);
    connect(m_scans, &QListWidget::currentRowChanged, this, &MachineDetectionsView::showScan);
}

void MachineDetectionsView::setResult(const MachineResult &result)
{
    m_result = result;
    m_scans->clear();
    m_image->setImage({});
    m_image->setOverlays({});
    auto set = ImageSetFolder::open(result.setFolder);
    if (result.answers.isEmpty() || !set) {
        m_set = {};
        m_image->setPlaceholder(set ? tr("This run has no answers to show.") : set.error().message);
        return;
    }
    m_set = std::move(*set);
    for (const ImageSetEntry &entry : m_set.entries) {
        const MachineAnswer *answer = answerFor(result.answers, entry.scan.id);
        QString decision = tr("no answer");
        if (answer && answer->failed())
            decision = tr("failed: %1").arg(answer->failure);
        else if (answer)
            decision = (answer->alarm ? tr("alarm %1") : tr("clear %1")).arg(answer->alarmScore, 0, 'f', 2);
        m_scans->addItem(QStringLiteral("%1 · %2").arg(entry.scan.id, decision));
    }
    m_scans->setCurrentRow(0);
}

void MachineDetectionsView::showScan(int row)
{
    if (row < 0 || row >= m_set.entries.size())
        return;
    auto scan = ImageSetFolder::loadScan(m_result.setFolder, m_set.entries[row]);
    if (!scan || scan->views.isEmpty()) {
        m_image->setImage({});
        m_image->setPlaceholder(scan ? tr("The scan has no view.") : scan.error().message);
        return;
    }
    auto image = rendered(scan->views.first());
    if (!image) {
        m_image->setImage({});
        m_image->setPlaceholder(image.error().message);
        return;
    }
    QList<RegionOverlay> overlays;
    for (const GroundTruthObject &object : scan->truth)
        for (const Region &region : object.regions)
            if (region.viewIndex == 0)
                overlays.append({region, DisplayNames::categoryColour(object.category),
                                 tr("truth: %1").arg(DisplayNames::category(object.category, m_set))});
    if (const MachineAnswer *answer = answerFor(m_result.answers, scan->id); answer && !answer->failed())
        for (const DetectedObject &object : answer->objects)
            if (object.region.viewIndex == 0)
                overlays.append(
                    {object.region, DisplayNames::categoryColour(object.category),
                     tr("%1 %2").arg(DisplayNames::category(object.category, m_set)).arg(object.probability, 0, 'f', 2),
                     Qt::DashLine});
    m_image->setImage(*image);
    m_image->setOverlays(overlays);
}

} // namespace pen::gui
