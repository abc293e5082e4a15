// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "imageset/DemoImageSets.h"
#include "ViewImage.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;
using namespace pen::gui;

/// The browser's 8-bit rendering of views and the search for bundled demo sets.
class TestViewImage final : public QObject {
    Q_OBJECT

private slots:
    void windowsFromMinimumToMaximum();
    void flatChannelMapsByValue();
    void dualEnergyShowsHighEnergyChannel();
    void colourViewKeepsItsPixels();
    void viewWithoutPixelsGivesNullImage();
    void findsFirstDemoSet();
};

void TestViewImage::windowsFromMinimumToMaximum()
{
    Image16 channel(3, 1);
    channel.pixels = {1000, 3000, 5000};
    const QImage image = ViewImage::windowedGrey(channel);
    QCOMPARE(image.format(), QImage::Format_Grayscale8);
    QCOMPARE(qGray(image.pixel(0, 0)), 0);
    QCOMPARE(qGray(image.pixel(1, 0)), 127);
    QCOMPARE(qGray(image.pixel(2, 0)), 255);
}

void TestViewImage::flatChannelMapsByValue()
{
    const QImage image = ViewImage::windowedGrey(Image16(2, 2, 65535));
    QCOMPARE(qGray(image.pixel(1, 1)), 255);
}

void TestViewImage::dualEnergyShowsHighEnergyChannel()
{
    ScanView view;
    view.kind = ViewKind::DualEnergy;
    view.width = 2;
    view.height = 1;
    Image16 low(2, 1), high(2, 1);
    low.pixels = {0, 100};   // dark to bright
    high.pixels = {100, 0};  // bright to dark
    view.channels = {low, high};
    const QImage image = ViewImage::render(view);
    QCOMPARE(qGray(image.pixel(0, 0)), 255);
    QCOMPARE(qGray(image.pixel(1, 0)), 0);
}

void TestViewImage::colourViewKeepsItsPixels()
{
    ScanView view;
    view.kind = ViewKind::Colour;
    view.width = 3; // an odd width: QImage pads its rows, the model does not
    view.height = 2;
    view.colour = RgbImage8(3, 2);
    quint8 *pixel = view.colour.pixel(2, 1);
    pixel[0] = 10;
    pixel[1] = 20;
    pixel[2] = 30;
    const QImage image = ViewImage::render(view);
    QCOMPARE(image.size(), QSize(3, 2));
    QCOMPARE(image.pixelColor(2, 1), QColor(10, 20, 30));
    QCOMPARE(image.pixelColor(0, 1), QColor(0, 0, 0));
}

void TestViewImage::viewWithoutPixelsGivesNullImage()
{
    ScanView view;
    view.width = 10;
    view.height = 10;
    QVERIFY(ViewImage::render(view).isNull());
}

void TestViewImage::findsFirstDemoSet()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    QVERIFY(root.mkpath(QStringLiteral("empty")));
    QVERIFY(root.mkpath(QStringLiteral("sets/b-set")));
    QVERIFY(root.mkpath(QStringLiteral("sets/a-folder-without-manifest")));
    QFile manifest(root.filePath(QStringLiteral("sets/b-set/manifest.json")));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.close();
    const QString expected = root.filePath(QStringLiteral("sets/b-set"));
    QCOMPARE(DemoImageSets::findFirst({root.filePath(QStringLiteral("missing")), root.filePath(QStringLiteral("empty")),
                                       root.filePath(QStringLiteral("sets"))}),
             expected);
    QCOMPARE(DemoImageSets::findFirst({expected}), expected); // a folder that is itself a set
    QVERIFY(DemoImageSets::findFirst({root.filePath(QStringLiteral("empty"))}).isEmpty());
    // The starter set comes first whatever its name sorts after.
    QVERIFY(root.mkpath(QStringLiteral("sets/starter")));
    QFile starter(root.filePath(QStringLiteral("sets/starter/manifest.json")));
    QVERIFY(starter.open(QIODevice::WriteOnly));
    starter.close();
    QCOMPARE(DemoImageSets::findFirst({root.filePath(QStringLiteral("sets"))}), root.filePath(QStringLiteral("sets/starter")));
}

QTEST_MAIN(TestViewImage)
#include "tst_viewimage.moc"
