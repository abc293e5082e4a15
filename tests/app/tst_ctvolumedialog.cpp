// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "../io/CtVolumeCrafting.h"

#include "MainWindow.h"
#include "browser/CtVolumeDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;
using namespace pen::gui;

// The slices of a CT volume, opened from the main window as a user would, and driven with the keys.
class TestCtVolumeDialog final : public QObject {
    Q_OBJECT
private slots:
    void slicesOfAVolumeAreShown();
    void aFileThatIsNoVolumeSaysWhy();
};

void TestCtVolumeDialog::slicesOfAVolumeAreShown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bag.dcs"));
    QCOMPARE(test::craftCtVolumeFile(test::ctPhantom(2000), path), QString());
    MainWindow window(dir.filePath(QStringLiteral("history.sqlite")));
    window.show();
    CtVolumeDialog *dialog = window.showCtVolume(path);
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &CtVolumeDialog::loaded);
    QTRY_VERIFY(dialog->isLoaded());
    QVERIFY2(dialog->message().contains(QLatin1String("40 x 30 x 20 voxels of 1 x 1 x 2 mm")),
             qPrintable(dialog->message()));

    // Across the belt: 20 slices, the middle one first; water in the box, the rod beside it, air around.
    QSlider *slider = dialog->sliceSlider();
    QCOMPARE(slider->maximum(), 19);
    QCOMPARE(dialog->positionText(), QStringLiteral("Slice 11 of 20"));
    QImage image = dialog->sliceImage();
    QCOMPARE(image.size(), QSize(40, 30));
    QCOMPARE(qGray(image.pixel(35, 2)), 0);   // air at the window's bottom, -1000 HU
    QCOMPARE(qGray(image.pixel(20, 15)), 85); // water, a third of the way to 2000 HU
    QCOMPARE(qGray(image.pixel(6, 15)), 255); // the rod at the window's top
    if (const QString folder = qEnvironmentVariable("PEN_SCREENSHOT_DIR"); !folder.isEmpty())
        QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("ct-volume-slices.png"))));

    // The first slice lies before the water box along the belt.
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(dialog->positionText(), QStringLiteral("Slice 1 of 20"));
    QCOMPARE(qGray(dialog->sliceImage().pixel(20, 15)), 0);
    QCOMPARE(qGray(dialog->sliceImage().pixel(6, 15)), 255);

    // From the side: one slice per column, rows of a slice across, slices down the picture.
    QComboBox *plane = dialog->planeBox();
    plane->setFocus();
    QTest::keyClick(plane, Qt::Key_Down);
    QTest::keyClick(plane, Qt::Key_Down);
    QCOMPARE(plane->currentText(), QStringLiteral("Seen from the side"));
    QCOMPARE(slider->maximum(), 39);
    QCOMPARE(dialog->sliceImage().size(), QSize(30, 20));
    QCOMPARE(qGray(dialog->sliceImage().pixel(15, 10)), 85); // column 20: water from slice 4 to 15

    // A narrower window turns water white.
    dialog->highestHu()->setValue(0);
    QCOMPARE(qGray(dialog->sliceImage().pixel(15, 10)), 255);

    // The whole volume projected, turned round the belt: from above first, lightness the
    // transmission; a quarter turn later, across the belt.
    QTest::keyClick(plane, Qt::Key_End);
    QCOMPARE(slider->maximum(), 179);
    QCOMPARE(dialog->positionText(), QStringLiteral("Turned 0°"));
    QVERIFY(!dialog->highestHu()->isEnabled());
    QTRY_COMPARE(dialog->sliceImage().size(), QSize(40, 40));
    QCOMPARE(qGray(dialog->sliceImage().pixel(35, 20)), 255); // air
    const int water = qGray(dialog->sliceImage().pixel(20, 20));
    QVERIFY2(water > 120 && water < 230, qPrintable(QString::number(water))); // 2 cm of water
    QVERIFY(qGray(dialog->sliceImage().pixel(6, 20)) < water);                // 1 cm of the rod
    slider->setValue(90);
    QCOMPARE(dialog->positionText(), QStringLiteral("Turned 90°"));
    QTRY_COMPARE(dialog->sliceImage().size(), QSize(30, 40));
    if (const QString folder = qEnvironmentVariable("PEN_SCREENSHOT_DIR"); !folder.isEmpty())
        QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("ct-volume-projection.png"))));
    dialog->close();
}

void TestCtVolumeDialog::aFileThatIsNoVolumeSaysWhy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slice.dcm"));
    QCOMPARE(test::craftCtVolumeFile(test::ctPhantom(2000, 40, 30, 1), path, {false, false}), QString());
    CtVolumeDialog dialog;
    QSignalSpy failed(&dialog, &CtVolumeDialog::failed);
    dialog.openFile(path);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(!dialog.isLoaded());
    QVERIFY2(dialog.message().contains(QLatin1String("slice.dcm"))
                 && dialog.message().contains(QLatin1String("not a volume")),
             qPrintable(dialog.message()));
    QVERIFY(!dialog.sliceSlider()->isEnabled());
}

QTEST_MAIN(TestCtVolumeDialog)
#include "tst_ctvolumedialog.moc"
