// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "MachineResult.h"
#include "imageset/ImageSet.h"

#include <QWidget>

class QListWidget;

namespace pen::gui {

class ScanImageView;

/// What a plugin found on each scan of a trial: the scans listed with its decision, and the chosen
/// scan's first view with the plugin's detections (dashed, with their category and probability)
/// over the ground truth (solid), so that a vendor sees where the algorithm looked, not only its
/// scores.
class MachineDetectionsView final : public QWidget {
    Q_OBJECT
public:
    explicit MachineDetectionsView(QWidget *parent = nullptr);

    /// Shows the result's answers on its set; a result without answers or set empties the view.
    void setResult(const MachineResult &result);

    QListWidget *scanList() const { return m_scans; }
    ScanImageView *image() const { return m_image; }

private:
    void showScan(int row);

    QListWidget *m_scans = nullptr;
    ScanImageView *m_image = nullptr;
    MachineResult m_result;
    ImageSet m_set;
};

} // namespace pen::gui
