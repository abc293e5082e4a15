// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CtVolumeDialog.h"

#include "io/DicomVolumeReader.h"
#include "volume/CtProjection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pen::gui {
namespace {

constexpr int PictureSide = 480; // pixels the slice is fitted into
constexpr int DefaultLowestHu = -1000;
constexpr int DefaultHighestHu = 2000;
constexpr int ProjectionMode = -1; // the plane box's data for the projection
constexpr int LastAngle = 179;     // degrees: 180 is 0 seen from the other side

struct ReadVolume {
    std::shared_ptr<const CtVolume> volume;
    double muWaterPerCm = 0; // as the default scanner's high channel sees water
};

Expected<ReadVolume> readWithWater(const QString &path)
{
    Expected<CtVolume> volume = readDicomVolume(path);
    if (!volume)
        return volume.error();
    const Expected<CtProjection::WaterAttenuation> water = CtProjection::scannerWaterAttenuation();
    if (!water)
        return water.error();
    return ReadVolume{std::make_shared<const CtVolume>(std::move(*volume)), water->highPerCm};
}

// Lightness is the transmission, as on a line scanner's grey view.
QImage transmissionImage(const Image16 &channel)
{
    QImage image(channel.width, channel.height, QImage::Format_Grayscale8);
    for (int y = 0; y < channel.height; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < channel.width; ++x)
            line[x] = uchar(channel.at(x, y) >> 8);
    }
    return image;
}

} // namespace

CtVolumeDialog::CtVolumeDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("CT Volume"));
    m_plane = new QComboBox(this);
    m_plane->setObjectName(QStringLiteral("plane"));
    m_plane->addItem(tr("Slice across the belt"), int(CtSlices::Plane::AcrossBelt));
    m_plane->addItem(tr("Seen from above"), int(CtSlices::Plane::Horizontal));
    m_plane->addItem(tr("Seen from the side"), int(CtSlices::Plane::AlongBelt));
    m_plane->addItem(tr("Projection, turned about the belt"), ProjectionMode);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("slice"));
    m_position = new QLabel(this);
    m_lowest = new QSpinBox(this);
    m_highest = new QSpinBox(this);
    for (QSpinBox *box : {m_lowest, m_highest}) {
        box->setRange(-3000, 30000);
        box->setSingleStep(100);
        box->setSuffix(tr(" HU"));
    }
    m_lowest->setValue(DefaultLowestHu);
    m_highest->setValue(DefaultHighestHu);
    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("picture"));
    m_picture->setMinimumSize(PictureSide, PictureSide);
    m_picture->setAlignment(Qt::AlignCenter);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // reading a volume tells no progress of its own
    m_busy->hide();

    auto *window = new QHBoxLayout;
    window->addWidget(m_lowest);
    window->addWidget(new QLabel(tr("to"), this));
    window->addWidget(m_highest);
    window->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Plane:"), m_plane);
    m_sliderLabel = new QLabel(tr("Slice:"), this);
    form->addRow(m_sliderLabel, m_slider);
    form->addRow(QString(), m_position);
    form->addRow(tr("Window:"), window);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_picture, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_plane, &QComboBox::currentIndexChanged, this, &CtVolumeDialog::planeChosen);
    connect(m_slider, &QSlider::valueChanged, this, &CtVolumeDialog::showSlice);
    connect(m_lowest, &QSpinBox::valueChanged, this, &CtVolumeDialog::showSlice);
    connect(m_highest, &QSpinBox::valueChanged, this, &CtVolumeDialog::showSlice);
    for (QWidget *control : std::initializer_list<QWidget *>{m_plane, m_slider, m_lowest, m_highest})
        control->setEnabled(false);
}

void CtVolumeDialog::openFile(const QString &path)
{
    const quint64 request = ++m_request;
    m_message->setText(tr("Reading %1...").arg(QFileInfo(path).fileName()));
    m_busy->show();
    QtConcurrent::run([path] {
        return readWithWater(path);
    }).then(this, [this, path, request](const Expected<ReadVolume> &read) {
        if (request != m_request)
            return; // another file was opened meanwhile
        m_busy->hide();
        if (!read) {
            m_message->setText(read.error().message);
            emit failed(read.error().message);
            return;
        }
        m_muWaterPerCm = read->muWaterPerCm;
        volumeRead(path, read->volume);
    });
}

void CtVolumeDialog::volumeRead(const QString &path, std::shared_ptr<const CtVolume> read)
{
    m_volume = std::move(read);
    const CtVolume &volume = *m_volume;
    setWindowTitle(tr("CT Volume: %1").arg(QFileInfo(path).fileName()));
    m_message->setText(tr("%1 x %2 x %3 voxels of %4 x %5 x %6 mm")
                           .arg(volume.columns)
                           .arg(volume.rows)
                           .arg(volume.slices)
                           .arg(volume.columnSpacingMm)
                           .arg(volume.rowSpacingMm)
                           .arg(volume.sliceSpacingMm));
    for (QWidget *control : std::initializer_list<QWidget *>{m_plane, m_slider, m_lowest, m_highest})
        control->setEnabled(true);
    planeChosen();
    emit loaded();
}

bool CtVolumeDialog::isProjection() const
{
    return m_plane->currentData().toInt() == ProjectionMode;
}

CtSlices::Plane CtVolumeDialog::plane() const
{
    return CtSlices::Plane(m_plane->currentData().toInt());
}

void CtVolumeDialog::planeChosen()
{
    if (!m_volume)
        return;
    const QSignalBlocker quiet(m_slider);
    if (isProjection()) {
        m_slider->setRange(0, LastAngle);
        m_slider->setValue(0);
    } else {
        const int count = CtSlices::count(*m_volume, plane());
        m_slider->setRange(0, count - 1);
        m_slider->setValue(count / 2);
    }
    m_sliderLabel->setText(isProjection() ? tr("Angle:") : tr("Slice:"));
    m_lowest->setEnabled(!isProjection());
    m_highest->setEnabled(!isProjection());
    showSlice();
}

QString CtVolumeDialog::positionText() const
{
    return m_position->text();
}

QString CtVolumeDialog::message() const
{
    return m_message->text();
}

void CtVolumeDialog::showSlice()
{
    if (!m_volume)
        return;
    if (isProjection()) {
        showProjection();
        return;
    }
    const CtSlices::Slice slice = CtSlices::slice(*m_volume, plane(), m_slider->value());
    const std::vector<quint8> grey = CtSlices::windowed(slice, m_lowest->value(), m_highest->value());
    QImage image(slice.width, slice.height, QImage::Format_Grayscale8);
    for (int y = 0; y < slice.height; ++y)
        std::copy_n(grey.data() + size_t(y) * size_t(slice.width), slice.width, image.scanLine(y));
    m_position->setText(tr("Slice %1 of %2").arg(m_slider->value() + 1).arg(m_slider->maximum() + 1));
    showImage(image, QSizeF(slice.width * slice.columnSpacingMm, slice.height * slice.rowSpacingMm));
}

// A projection sums the whole volume, which takes a while for a real bag: it is drawn off the GUI
// thread, only the last angle asked for is shown, and angles passed over while the slider moved
// are not drawn at all.
void CtVolumeDialog::showProjection()
{
    const int angle = m_slider->value();
    const quint64 request = ++*m_projectionRequest;
    m_position->setText(tr("Turned %1°").arg(angle));
    QtConcurrent::run([volume = m_volume, angle, mu = m_muWaterPerCm, latest = m_projectionRequest, request] {
        return request == latest->load()
            ? std::optional<ScanView>(CtProjection::projectedViewAtAngle(*volume, angle, mu))
            : std::nullopt;
    }).then(this, [this, request](const std::optional<ScanView> &view) {
        if (!view || request != m_projectionRequest->load() || !isProjection())
            return;
        showImage(transmissionImage(view->channels.front()),
                  QSizeF(view->width, view->height) * view->pixelSizeMm.value_or(1));
    });
}

void CtVolumeDialog::showImage(const QImage &image, QSizeF physicalMm)
{
    m_image = image;
    // Voxels need not be square (slices are often thicker than their pixels): the picture keeps
    // the volume's true proportions.
    const QSize onScreen = physicalMm.scaled(QSizeF(PictureSide, PictureSide), Qt::KeepAspectRatio).toSize();
    m_picture->setPixmap(QPixmap::fromImage(m_image.scaled(onScreen, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)));
    emit shown();
}

} // namespace pen::gui
