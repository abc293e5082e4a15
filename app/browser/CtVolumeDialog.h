// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/CtVolume.h"
#include "volume/CtSlices.h"

#include <QDialog>
#include <QImage>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QSlider;
class QSpinBox;

namespace pen::gui {

/// The slices of a DICOS or DICOM CT volume, as a CT scanner's console shows them: a plane across
/// the belt, from above or from the side, one slice at a time, through a window of CT numbers; or
/// the whole volume projected as a line scanner would see it, turned to any angle about the belt.
/// Importing the volume makes a scan of its top and side projections; this shows what lies inside.
class CtVolumeDialog final : public QDialog {
    Q_OBJECT
public:
    explicit CtVolumeDialog(QWidget *parent = nullptr);

    /// Reads the volume in the background; loaded() or failed() follows.
    void openFile(const QString &path);
    bool isLoaded() const { return m_volume != nullptr; }

    QComboBox *planeBox() const { return m_plane; }
    QSlider *sliceSlider() const { return m_slider; }
    QSpinBox *lowestHu() const { return m_lowest; }
    QSpinBox *highestHu() const { return m_highest; }
    /// The slice or projection shown, one pixel a voxel (the label shows it scaled to the voxels'
    /// true aspect). A projection is drawn in the background: shown() follows.
    QImage sliceImage() const { return m_image; }
    QString positionText() const;
    QString message() const;

signals:
    void loaded();
    /// A slice or projection is on screen.
    void shown();
    void failed(const QString &message);

private:
    void volumeRead(const QString &path, std::shared_ptr<const CtVolume> volume);
    void planeChosen();
    void showSlice();
    void showProjection();
    void showImage(const QImage &image, QSizeF physicalMm);
    bool isProjection() const;
    CtSlices::Plane plane() const;

    /// Shared with the projections drawn in the background: a bag's volume is hundreds of MB.
    std::shared_ptr<const CtVolume> m_volume;
    double m_muWaterPerCm = 0;
    /// The last projection asked for, read by the drawings in the background.
    std::shared_ptr<std::atomic<quint64>> m_projectionRequest = std::make_shared<std::atomic<quint64>>(0);
    QImage m_image;
    quint64 m_request = 0;
    QComboBox *m_plane = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_sliderLabel = nullptr;
    QLabel *m_position = nullptr;
    QSpinBox *m_lowest = nullptr;
    QSpinBox *m_highest = nullptr;
    QLabel *m_picture = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
};

} // namespace pen::gui
