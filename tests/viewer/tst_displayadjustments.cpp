// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "viewer/DisplayAdjustments.h"

#include <QTest>

using namespace pen;
using namespace pen::gui;

/// What each image control of the toolbar does to the DisplaySettings.
class TestDisplayAdjustments final : public QObject {
    Q_OBJECT

private slots:
    void everyImageControlChangesSettings_data();
    void everyImageControlChangesSettings();
    void switchesToggleBackAndShowAsOn();
    void channelsChooseGreyscale();
    void strippingAndPenetrationExcludeEachOther();
    void stepsStayInRange();
    void resetRestoresStartUpView();
    void resetKeepsThePalette();
};

void TestDisplayAdjustments::everyImageControlChangesSettings_data()
{
    QTest::addColumn<ViewerTool>("tool");
    for (ViewerTool tool : ViewerTools::all()) {
        if (ViewerTools::isImageControl(tool) && tool != ViewerTool::MaterialColour && tool != ViewerTool::FusedEnergy
            && tool != ViewerTool::ResetImage)
            QTest::newRow(qPrintable(ViewerTools::key(tool))) << tool;
    }
}

void TestDisplayAdjustments::everyImageControlChangesSettings()
{
    QFETCH(ViewerTool, tool);
    QVERIFY(DisplayAdjustments::adjusted(DisplaySettings(), tool) != DisplaySettings());
}

void TestDisplayAdjustments::switchesToggleBackAndShowAsOn()
{
    for (ViewerTool tool : {ViewerTool::Negative, ViewerTool::EdgeEnhancement, ViewerTool::SuperEnhancement,
                            ViewerTool::DensityHighlight, ViewerTool::OrganicOnly, ViewerTool::HighPenetration}) {
        const DisplaySettings on = DisplayAdjustments::adjusted(DisplaySettings(), tool);
        QVERIFY2(DisplayAdjustments::isOn(on, tool), qPrintable(ViewerTools::key(tool)));
        QVERIFY(!DisplayAdjustments::isOn(DisplaySettings(), tool));
        QCOMPARE(DisplayAdjustments::adjusted(on, tool), DisplaySettings());
    }
}

void TestDisplayAdjustments::channelsChooseGreyscale()
{
    const DisplaySettings low = DisplayAdjustments::adjusted(DisplaySettings(), ViewerTool::LowEnergy);
    QCOMPARE(low.colouring, DisplaySettings::Colouring::Grey);
    QCOMPARE(low.channel, DisplaySettings::Channel::Low);
    QVERIFY(DisplayAdjustments::isOn(low, ViewerTool::LowEnergy));
    QVERIFY(!DisplayAdjustments::isOn(low, ViewerTool::HighEnergy));
    QVERIFY(!DisplayAdjustments::isOn(low, ViewerTool::MaterialColour));
    const DisplaySettings material = DisplayAdjustments::adjusted(low, ViewerTool::MaterialColour);
    QVERIFY(DisplayAdjustments::isOn(material, ViewerTool::MaterialColour));
    QVERIFY(!DisplayAdjustments::isOn(material, ViewerTool::LowEnergy));
}

void TestDisplayAdjustments::strippingAndPenetrationExcludeEachOther()
{
    DisplaySettings s = DisplayAdjustments::adjusted(DisplaySettings(), ViewerTool::OrganicOnly);
    s = DisplayAdjustments::adjusted(s, ViewerTool::InorganicOnly);
    QCOMPARE(s.stripping, DisplaySettings::Stripping::InorganicOnly);
    s = DisplayAdjustments::adjusted(s, ViewerTool::LowPenetration);
    s = DisplayAdjustments::adjusted(s, ViewerTool::HighPenetration);
    QCOMPARE(s.penetration, DisplaySettings::Penetration::High);
}

void TestDisplayAdjustments::stepsStayInRange()
{
    DisplaySettings s;
    for (int i = 0; i < 50; ++i) {
        s = DisplayAdjustments::adjusted(s, ViewerTool::BrightnessUp);
        s = DisplayAdjustments::adjusted(s, ViewerTool::ContrastUp);
        s = DisplayAdjustments::adjusted(s, ViewerTool::GammaDown);
    }
    QCOMPARE(s.brightness, 1.0);
    QCOMPARE(s.contrast, 8.0);
    QCOMPARE(s.gamma, 0.2);
    for (int i = 0; i < 50; ++i) {
        s = DisplayAdjustments::adjusted(s, ViewerTool::BrightnessDown);
        s = DisplayAdjustments::adjusted(s, ViewerTool::ContrastDown);
        s = DisplayAdjustments::adjusted(s, ViewerTool::GammaUp);
    }
    QCOMPARE(s.brightness, -1.0);
    QCOMPARE(s.contrast, 0.25);
    QCOMPARE(s.gamma, 5.0);
}

void TestDisplayAdjustments::resetRestoresStartUpView()
{
    DisplaySettings s;
    s.negative = true;
    s.brightness = 0.4;
    s.colouring = DisplaySettings::Colouring::Grey;
    QCOMPARE(DisplayAdjustments::adjusted(s, ViewerTool::ResetImage), DisplaySettings());
}

void TestDisplayAdjustments::resetKeepsThePalette()
{
    // The palette is the officer's console style, not an adjustment of this image.
    DisplaySettings s = DisplayAdjustments::adjusted(DisplaySettings(), ViewerTool::OlivePalette);
    QCOMPARE(s.palette, DisplaySettings::Palette::Olive);
    QVERIFY(DisplayAdjustments::isOn(s, ViewerTool::OlivePalette));
    s.negative = true;
    const DisplaySettings reset = DisplayAdjustments::adjusted(s, ViewerTool::ResetImage);
    QCOMPARE(reset.palette, DisplaySettings::Palette::Olive);
    QVERIFY(!reset.negative);
    QCOMPARE(DisplayAdjustments::adjusted(s, ViewerTool::OlivePalette).palette, DisplaySettings::Palette::Green);
}

QTEST_APPLESS_MAIN(TestDisplayAdjustments)
#include "tst_displayadjustments.moc"
