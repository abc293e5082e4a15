// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TipFixtures.h"
#include "tip/ThreatImage.h"

#include <QTest>

using namespace pen;
using namespace pen::test;

Q_DECLARE_METATYPE(pen::ScanView)

namespace {

// A grey isolated-object image: background 60000 with a dark 10 × 10 object at (10, 5).
ScanView isolatedView(quint16 objectValue = 30000)
{
    ScanView view = constantView(1, 40, 30, 60000);
    for (int y = 5; y < 15; ++y) {
        for (int x = 10; x < 20; ++x)
            view.channels[0].at(x, y) = objectValue;
    }
    return view;
}

ThreatLabel bladeLabel()
{
    return {QStringLiteral("razor blade"), QStringLiteral("weapon"), {}, {}};
}

} // namespace

class TestThreatImage final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void fromSceneIsTheThreatsOwnTransmission();
    void fromSceneRefusesBadScenes();
    void quarterTurnMovesPixelsExactly();
    void noTurnIsIdentity();
    void halfTurnAndScale();
    void obliqueTurnKeepsTheThreatWhole();
    void fromIsolatedViewDividesByBackground();
    void fromIsolatedViewAcceptsGreyColour();
    void fromIsolatedViewRefusesUnusableImages_data();
    void fromIsolatedViewRefusesUnusableImages();
    void fromImageFileNamesTheFile();

private:
    std::optional<AttenuationTable> m_table;
};

void TestThreatImage::initTestCase()
{
    auto table = AttenuationTable::bundled();
    QVERIFY2(table, table ? "" : qPrintable(table.error().message));
    m_table = *table;
}

void TestThreatImage::fromSceneIsTheThreatsOwnTransmission()
{
    // The scene's coordinates do not matter: the image is cropped to the threat.
    const SceneObject brick{
        SceneObject::Shape::Box, QRectF(300, 200, 20, 10), {}, QStringLiteral("cocaine_hcl"), 1.2, 5};
    auto threat
        = ThreatImage::fromScene(*m_table, {brick}, {QStringLiteral("brick"), QStringLiteral("narcotics"), {}, {}});
    QVERIFY2(threat, threat ? "" : qPrintable(threat.error().message));
    QCOMPARE(threat->width, 20);
    QCOMPARE(threat->height, 10);
    QCOMPARE(threat->channelCount(), 2);
    QCOMPARE(threat->origin, QStringLiteral("synthetic"));
    // Noise off: every pixel the same, and the same as a direct noiseless projection.
    const ScanView direct = SceneProjector(*m_table).project(
        4, 4, {SceneObject{SceneObject::Shape::Box, QRectF(0, 0, 4, 4), {}, QStringLiteral("cocaine_hcl"), 1.2, 5}},
        DetectorSettings{20000, false, 1});
    for (int c = 0; c < 2; ++c) {
        QCOMPARE(threat->channels[size_t(c)].at(0, 0), direct.channels[size_t(c)].at(0, 0));
        QCOMPARE(threat->channels[size_t(c)].at(19, 9), direct.channels[size_t(c)].at(0, 0));
    }
    QVERIFY(threat->channels[0].at(0, 0) < threat->channels[1].at(0, 0)); // low energy is absorbed more
    QCOMPARE(threat->maskBounds(), QRect(0, 0, 20, 10));
}

void TestThreatImage::fromSceneRefusesBadScenes()
{
    const ThreatLabel label{QStringLiteral("x"), QStringLiteral("other"), {}, {}};
    QVERIFY(!ThreatImage::fromScene(*m_table, {}, label));
    const SceneObject unknown{SceneObject::Shape::Box, QRectF(0, 0, 5, 5), {}, QStringLiteral("unobtainium"), 1, 1};
    auto bad = ThreatImage::fromScene(*m_table, {unknown}, label);
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QStringLiteral("unobtainium")));
    const SceneObject noDensity{SceneObject::Shape::Box, QRectF(0, 0, 5, 5), {}, QStringLiteral("cocaine_hcl"), 0, 1};
    auto undefined = ThreatImage::fromScene(*m_table, {noDensity}, label);
    QVERIFY(!undefined);
    QVERIFY(undefined.error().message.contains(QStringLiteral("density")));
}

void TestThreatImage::quarterTurnMovesPixelsExactly()
{
    // Clockwise on screen: the source's column x becomes row x, its row y becomes column h - 1 - y.
    const ThreatImage source = lThreat();
    const ThreatImage turned = source.transformed(90);
    QCOMPARE(turned.width, source.height);
    QCOMPARE(turned.height, source.width);
    for (int y = 0; y < turned.height; ++y) {
        for (int x = 0; x < turned.width; ++x)
            QCOMPARE(turned.channels[0].at(x, y), source.channels[0].at(y, source.height - 1 - x));
    }
    QCOMPARE(source.transformed(-270), turned);
    QCOMPARE(source.transformed(360), source);
}

void TestThreatImage::noTurnIsIdentity()
{
    const ThreatImage source = lThreat();
    QCOMPARE(source.transformed(0), source);
    QCOMPARE(source.transformed(0, 1.0), source);
}

void TestThreatImage::halfTurnAndScale()
{
    const ThreatImage source = lThreat();
    const ThreatImage half = source.transformed(180);
    QCOMPARE(half.channels[0].at(5, 3), source.channels[0].at(0, 0));
    QCOMPARE(half.channels[0].at(0, 3), source.channels[0].at(5, 0));
    // Doubling the size keeps the transmission (same thickness) and scales a known mass by the area.
    const ThreatImage block = constantThreat(2, 4, 3, 30000);
    const ThreatImage big = block.transformed(0, 2.0);
    QCOMPARE(big.width, 8);
    QCOMPARE(big.height, 6);
    QCOMPARE(big.channels[1].at(7, 5), quint16(30000));
    QCOMPARE(*big.label.massKg, 2.0);
}

void TestThreatImage::obliqueTurnKeepsTheThreatWhole()
{
    const ThreatImage block = constantThreat(1, 20, 4, 30000);
    const ThreatImage turned = block.transformed(45);
    // A 20 × 4 bar at 45° spans (20 + 4) / √2 ≈ 17 pixels each way.
    QVERIFY2(std::abs(turned.width - 17) <= 1 && std::abs(turned.height - 17) <= 1,
             qPrintable(QStringLiteral("%1x%2").arg(turned.width).arg(turned.height)));
    QCOMPARE(turned.maskBounds(), QRect(0, 0, turned.width, turned.height));
    int inside = 0;
    for (quint16 value : turned.channels[0].pixels) {
        QVERIFY(value == 65535 || std::abs(int(value) - 30000) <= 1); // no half-attenuating fringe
        inside += value < 65535 ? 1 : 0;
    }
    QVERIFY2(std::abs(inside - 80) <= 12, qPrintable(QString::number(inside))); // area kept
}

void TestThreatImage::fromIsolatedViewDividesByBackground()
{
    ScanView view = isolatedView();
    view.channels[0].at(2, 20) = 59000;  // background noise, above 97 %: not threat
    view.channels[0].at(30, 25) = 61000; // brighter than the background: clamped to 1
    view.channels[0].at(35, 3) = 50000;  // a dark speck of noise, far smaller than the object: dropped
    auto threat = ThreatImage::fromIsolatedView(view, bladeLabel());
    QVERIFY2(threat, threat ? "" : qPrintable(threat.error().message));
    QCOMPARE(threat->channelCount(), 1);
    QCOMPARE(threat->width, 10);
    QCOMPARE(threat->height, 10);
    QCOMPARE(threat->channels[0].at(0, 0), quint16(32768)); // 30000 / 60000 = 0.5 of 65535
    QCOMPARE(threat->label, bladeLabel());
}

void TestThreatImage::fromIsolatedViewAcceptsGreyColour()
{
    ScanView view;
    view.kind = ViewKind::Colour;
    view.width = 40;
    view.height = 30;
    view.colour = RgbImage8(40, 30);
    std::fill(view.colour.rgb.begin(), view.colour.rgb.end(), quint8(240));
    for (int y = 5; y < 15; ++y) {
        for (int x = 10; x < 20; ++x)
            std::fill_n(view.colour.pixel(x, y), 3, quint8(120));
    }
    view.colour.pixel(12, 7)[0] = 122; // JPEG chroma noise
    auto threat = ThreatImage::fromIsolatedView(view, bladeLabel());
    QVERIFY2(threat, threat ? "" : qPrintable(threat.error().message));
    QCOMPARE(threat->width, 10);
    QCOMPARE(threat->channels[0].at(0, 0), quint16(32768));
}

void TestThreatImage::fromIsolatedViewRefusesUnusableImages_data()
{
    QTest::addColumn<ScanView>("view");
    QTest::addColumn<QString>("reason");
    ScanView dark = isolatedView();
    std::fill(dark.channels[0].pixels.begin(), dark.channels[0].pixels.end(), quint16(2000));
    QTest::newRow("dark") << dark << QStringLiteral("dark");
    ScanView touching = isolatedView();
    for (int y = 0; y < 30; ++y) {
        for (int x = 0; x < 40; ++x)
            touching.channels[0].at(x, y) = y < 18 ? 20000 : 60000;
    }
    QTest::newRow("object at the edge") << touching << QStringLiteral("border");
    QTest::newRow("no object") << constantView(1, 40, 30, 60000) << QStringLiteral("no object");
    QTest::newRow("dual-energy") << constantView(2, 40, 30, 60000) << QStringLiteral("dual-energy");
    ScanView colour;
    colour.kind = ViewKind::Colour;
    colour.width = 4;
    colour.height = 4;
    colour.colour = RgbImage8(4, 4);
    for (int i = 0; i < 16; ++i)
        colour.colour.rgb[size_t(i) * 3] = 255; // red
    QTest::newRow("pseudo-colour") << colour << QStringLiteral("coloured");
    QTest::newRow("no pixels") << ScanView{} << QStringLiteral("no pixels");
}

void TestThreatImage::fromIsolatedViewRefusesUnusableImages()
{
    QFETCH(ScanView, view);
    QFETCH(QString, reason);
    auto threat = ThreatImage::fromIsolatedView(view, bladeLabel());
    QVERIFY(!threat);
    QVERIFY2(threat.error().message.contains(reason), qPrintable(threat.error().message));
}

void TestThreatImage::fromImageFileNamesTheFile()
{
    auto missing = ThreatImage::fromImageFile(QStringLiteral("/nonexistent/blade.png"), bladeLabel());
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(QStringLiteral("blade.png")), qPrintable(missing.error().message));
}

QTEST_APPLESS_MAIN(TestThreatImage)
#include "tst_threatimage.moc"
