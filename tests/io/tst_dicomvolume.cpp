// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CtVolumeCrafting.h"

#include "io/DicomIdentity.h"
#include "io/DicomVolumeReader.h"
#include "volume/CtProjection.h"
#include "volume/CtSlices.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pen;
using namespace pen::test;

// CT volumes in DICOS and DICOM files made here with DCMTK: read with their rescale and spacing,
// refused with a reason where they cannot be, and projected as a line scanner's top and side views.
class TestDicomVolume final : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void readsDicosVolumeFromSharedFunctionalGroups();
    void readsSignedCtImage();
    void identityTellsVolumesFromImages();
    void badVolumesAreRefusedNamingWhy();
    void projectionsSumAttenuationAlongTheRays();
    void dualEnergyPairBecomesADualEnergyView();
    void slicesCutThePlanesOfTheVolume();
    void projectionTurnsRoundTheBelt();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

namespace {

void compareVolumes(const CtVolume &read, const CtVolume &written)
{
    QCOMPARE(read.columns, written.columns);
    QCOMPARE(read.rows, written.rows);
    QCOMPARE(read.slices, written.slices);
    QCOMPARE(read.columnSpacingMm, written.columnSpacingMm);
    QCOMPARE(read.rowSpacingMm, written.rowSpacingMm);
    QCOMPARE(read.sliceSpacingMm, written.sliceSpacingMm);
    QCOMPARE(read.peakKv, written.peakKv);
    QCOMPARE(read.frameOfReferenceUid, written.frameOfReferenceUid);
    QCOMPARE(read.values.size(), written.values.size());
    for (size_t i = 0; i < read.values.size(); ++i)
        if (read.values[i] != written.values[i])
            QFAIL(qPrintable(
                QStringLiteral("voxel %1: %2, written %3").arg(i).arg(read.values[i]).arg(written.values[i])));
}

quint16 transmissionOf(double attenuation)
{
    return quint16(std::lround(65535.0 * std::exp(-attenuation)));
}

} // namespace

void TestDicomVolume::readsDicosVolumeFromSharedFunctionalGroups()
{
    const CtVolume phantom = ctPhantom(2000);
    QCOMPARE(craftCtVolumeFile(phantom, path(QStringLiteral("bag.dcs"))), QString());
    const Expected<CtVolume> read = readDicomVolume(path(QStringLiteral("bag.dcs")));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    compareVolumes(*read, phantom);
    QCOMPARE(read->scanner, QStringLiteral("Crafted"));

    // The header alone: the same grid, spacing and voltage, no voxels.
    const Expected<CtVolume> header = readDicomVolumeHeader(path(QStringLiteral("bag.dcs")));
    QVERIFY2(header, qPrintable(header ? QString() : header.error().message));
    QCOMPARE(header->slices, 20);
    QCOMPARE(header->sliceSpacingMm, 2.0);
    QCOMPARE(header->peakKv, phantom.peakKv);
    QVERIFY(header->values.empty());
}

void TestDicomVolume::readsSignedCtImage()
{
    const CtVolume phantom = ctPhantom(-500); // a negative CT number where a signed sample is negative too
    QCOMPARE(craftCtVolumeFile(phantom, path(QStringLiteral("ct.dcm")), {false, true}), QString());
    const Expected<CtVolume> read = readDicomVolume(path(QStringLiteral("ct.dcm")));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    compareVolumes(*read, phantom);
}

void TestDicomVolume::identityTellsVolumesFromImages()
{
    QCOMPARE(craftCtVolumeFile(ctPhantom(2000), path(QStringLiteral("bag.dcs"))), QString());
    const Expected<DicomIdentity> volume = readDicomIdentity(path(QStringLiteral("bag.dcs")));
    QVERIFY(volume);
    QVERIFY(volume->isVolume());
    QCOMPARE(volume->frames, 20);
    QCOMPARE(volume->peakKv, std::optional<double>(140));
    QCOMPARE(volume->frameOfReferenceUid, ctPhantom(0).frameOfReferenceUid);
    QCOMPARE(volume->kind, QStringLiteral("DICOS CT Image"));

    QCOMPARE(craftCtVolumeFile(ctPhantom(2000, 40, 30, 1), path(QStringLiteral("slice.dcm")), {false, false}),
             QString());
    const Expected<DicomIdentity> slice = readDicomIdentity(path(QStringLiteral("slice.dcm")));
    QVERIFY(slice);
    QVERIFY(!slice->isVolume());
}

void TestDicomVolume::badVolumesAreRefusedNamingWhy()
{
    const auto refusal = [&](const QString &name, const CtVolume &volume, const CtFileStyle &style) {
        const QString file = path(name);
        const QString crafted = craftCtVolumeFile(volume, file, style);
        if (!crafted.isEmpty())
            return crafted;
        const Expected<CtVolume> read = readDicomVolume(file);
        return read ? QStringLiteral("read") : read.error().message;
    };
    const QString noSpacing = refusal(QStringLiteral("nospacing.dcs"), ctPhantom(2000), {true, false, false});
    const Expected<CtVolume> spacelessHeader = readDicomVolumeHeader(path(QStringLiteral("nospacing.dcs")));
    QVERIFY(!spacelessHeader && spacelessHeader.error().message.contains(QLatin1String("Pixel Spacing")));
    QVERIFY2(noSpacing.contains(QLatin1String("nospacing.dcs")) && noSpacing.contains(QLatin1String("Pixel Spacing"))
                 && noSpacing.contains(QLatin1String("DICOS CT Image")),
             qPrintable(noSpacing));
    const QString cut = refusal(QStringLiteral("cut.dcs"), ctPhantom(2000), {true, false, true, 40 * 30 * 7});
    QVERIFY2(cut.contains(QLatin1String("cut.dcs")) && cut.contains(QLatin1String("holds 8400 samples")),
             qPrintable(cut));
    const Expected<CtVolume> cutHeader = readDicomVolumeHeader(path(QStringLiteral("cut.dcs")));
    QVERIFY2(!cutHeader && cutHeader.error().message.contains(QLatin1String("holds 16800 bytes")),
             qPrintable(cutHeader ? QString() : cutHeader.error().message));
    const QString slice = refusal(QStringLiteral("slice.dcm"), ctPhantom(2000, 40, 30, 1), {false, false});
    QVERIFY2(slice.contains(QLatin1String("slice.dcm")) && slice.contains(QLatin1String("not a volume")),
             qPrintable(slice));

    QFile garbage(path(QStringLiteral("garbage.dcs")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(300, 'x'));
    garbage.close();
    const Expected<CtVolume> notDicom = readDicomVolume(garbage.fileName());
    QVERIFY(!notDicom);
    QVERIFY2(notDicom.error().message.contains(QLatin1String("garbage.dcs")), qPrintable(notDicom.error().message));
}

void TestDicomVolume::projectionsSumAttenuationAlongTheRays()
{
    constexpr double Mu = 0.2; // per cm at 0 HU
    const CtVolume phantom = ctPhantom(2000);
    const ScanView top = CtProjection::projectedView(phantom, CtProjection::Axis::Vertical, Mu);
    QCOMPARE(top.label, QStringLiteral("top"));
    QCOMPARE(top.kind, ViewKind::SingleEnergy);
    // 40 columns of 1 mm across; 20 slices of 2 mm along the belt, resampled to 1 mm: 40 rows.
    QCOMPARE(top.width, 40);
    QCOMPARE(top.height, 40);
    QCOMPARE(top.pixelSizeMm, std::optional<double>(1.0));
    QCOMPARE(top.peakKv, std::optional<double>(140));
    const Image16 &down = top.channels.front();
    QCOMPARE(down.at(35, 20), quint16(65535));              // air alone
    QCOMPARE(down.at(20, 20), transmissionOf(Mu * 2.0));    // 20 mm of water
    QCOMPARE(down.at(20, 2), quint16(65535));               // before the water box along the belt
    QCOMPARE(down.at(6, 2), transmissionOf(3 * Mu * 1.0));  // 10 mm of the rod at 3 times water's attenuation
    QCOMPARE(down.at(6, 20), transmissionOf(3 * Mu * 1.0)); // the rod lies beside the box, not over it

    const ScanView side = CtProjection::projectedView(phantom, CtProjection::Axis::AcrossBelt, Mu);
    QCOMPARE(side.label, QStringLiteral("side"));
    QCOMPARE(side.width, 30); // the rows of a slice
    QCOMPARE(side.height, 40);
    const Image16 &across = side.channels.front();
    QCOMPARE(across.at(15, 20), transmissionOf(Mu * (2.0 + 3 * 0.3))); // 20 mm of water and 3 mm of rod
    QCOMPARE(across.at(7, 20), transmissionOf(Mu * 2.0));              // water only
    QCOMPARE(across.at(2, 20), quint16(65535));
}

void TestDicomVolume::dualEnergyPairBecomesADualEnergyView()
{
    const Expected<CtProjection::WaterAttenuation> water = CtProjection::scannerWaterAttenuation();
    QVERIFY2(water, qPrintable(water ? QString() : water.error().message));
    qInfo("water: %.4f / cm in the low channel, %.4f / cm in the high one", water->lowPerCm, water->highPerCm);
    // Water in the default 140 kV scanner's channels: the low one attenuates more.
    QVERIFY2(water->lowPerCm > water->highPerCm && water->highPerCm > 0.12 && water->lowPerCm < 0.4,
             qPrintable(QStringLiteral("%1 %2").arg(water->lowPerCm).arg(water->highPerCm)));

    CtVolume low = ctPhantom(3000);
    low.peakKv = 80;
    const CtVolume high = ctPhantom(2000);
    const Expected<ScanView> view
        = CtProjection::projectedDualEnergyView(low, high, CtProjection::Axis::Vertical, *water);
    QVERIFY2(view, qPrintable(view ? QString() : view.error().message));
    QCOMPARE(view->kind, ViewKind::DualEnergy);
    QCOMPARE(int(view->channels.size()), 2);
    QCOMPARE(view->peakKv, std::optional<double>(140)); // the high channel's tube
    const Image16 &lowChannel = view->channels[ScanView::LowEnergy];
    const Image16 &highChannel = view->channels[ScanView::HighEnergy];
    QCOMPARE(lowChannel.at(20, 20), transmissionOf(water->lowPerCm * 2.0));
    QCOMPARE(highChannel.at(20, 20), transmissionOf(water->highPerCm * 2.0));
    QCOMPARE(lowChannel.at(6, 20), transmissionOf(4 * water->lowPerCm * 1.0));
    QCOMPARE(highChannel.at(6, 20), transmissionOf(3 * water->highPerCm * 1.0));

    const Expected<ScanView> mismatched = CtProjection::projectedDualEnergyView(ctPhantom(3000, 40, 30, 22), high,
                                                                                CtProjection::Axis::Vertical, *water);
    QVERIFY(!mismatched);
    QVERIFY2(mismatched.error().message.contains(QLatin1String("40 x 30 x 22 and 40 x 30 x 20")),
             qPrintable(mismatched.error().message));
}

void TestDicomVolume::slicesCutThePlanesOfTheVolume()
{
    const CtVolume phantom = ctPhantom(2000);
    using CtSlices::Plane;
    QCOMPARE(CtSlices::count(phantom, Plane::AcrossBelt), 20);
    QCOMPARE(CtSlices::count(phantom, Plane::Horizontal), 30);
    QCOMPARE(CtSlices::count(phantom, Plane::AlongBelt), 40);
    const CtSlices::Slice fromAbove = CtSlices::slice(phantom, Plane::Horizontal, 15);
    QCOMPARE(fromAbove.width, 40);
    QCOMPARE(fromAbove.height, 20);
    QCOMPARE(fromAbove.rowSpacingMm, 2.0);
    QCOMPARE(fromAbove.values[10 * 40 + 20], 0.0f);    // water, slice 10
    QCOMPARE(fromAbove.values[2 * 40 + 20], -1000.0f); // air before the box
    QCOMPARE(fromAbove.values[2 * 40 + 6], 2000.0f);   // the rod runs the whole length
    const CtSlices::Slice clamped = CtSlices::slice(phantom, Plane::AlongBelt, 99);
    QCOMPARE(clamped.values, CtSlices::slice(phantom, Plane::AlongBelt, 39).values);
    const std::vector<quint8> grey = CtSlices::windowed(fromAbove, -1000, 2000);
    QCOMPARE(int(grey[2 * 40 + 20]), 0);
    QCOMPARE(int(grey[10 * 40 + 20]), 85);
    QCOMPARE(int(grey[2 * 40 + 6]), 255);
}

void TestDicomVolume::projectionTurnsRoundTheBelt()
{
    constexpr double Mu = 0.2;
    const CtVolume phantom = ctPhantom(2000);
    const ScanView top = CtProjection::projectedView(phantom, CtProjection::Axis::Vertical, Mu);
    const ScanView side = CtProjection::projectedView(phantom, CtProjection::Axis::AcrossBelt, Mu);
    const auto closeTo = [](int a, int b) { return std::abs(a - b) <= 1; };

    // Straight down, the rays meet the voxel centres: the top view, pixel for pixel.
    const ScanView down = CtProjection::projectedViewAtAngle(phantom, 0, Mu);
    QCOMPARE(down.label, QStringLiteral("angle"));
    QCOMPARE(QSize(down.width, down.height), QSize(top.width, top.height));
    for (int y = 0; y < top.height; ++y)
        for (int x = 0; x < top.width; ++x)
            QVERIFY2(closeTo(down.channels[0].at(x, y), top.channels[0].at(x, y)),
                     qPrintable(QStringLiteral("%1, %2").arg(x).arg(y)));

    // Turned a quarter, across the belt: the side view, seen from its other end.
    const ScanView across = CtProjection::projectedViewAtAngle(phantom, 90, Mu);
    QCOMPARE(QSize(across.width, across.height), QSize(side.width, side.height));
    for (int y = 0; y < side.height; ++y)
        for (int x = 0; x < side.width; ++x)
            QVERIFY2(closeTo(across.channels[0].at(side.width - 1 - x, y), side.channels[0].at(x, y)),
                     qPrintable(QStringLiteral("%1, %2").arg(x).arg(y)));

    // At 45° the 20 mm water box, centred in the slice, is crossed along its diagonal: half a
    // millimetre off it, the chord is 20√2 - 1 mm.
    const ScanView diagonal = CtProjection::projectedViewAtAngle(phantom, 45, Mu);
    QCOMPARE(diagonal.width, 50); // 2 (20 cos 45° + 15 sin 45°) mm
    const double attenuation = -std::log(diagonal.channels[0].at(24, 20) / 65535.0);
    const double chordCm = (20 * std::sqrt(2.0) - 1) / 10;
    QVERIFY2(std::abs(attenuation / Mu - chordCm) < 0.1, qPrintable(QString::number(attenuation / Mu)));
}

QTEST_GUILESS_MAIN(TestDicomVolume)
#include "tst_dicomvolume.moc"
