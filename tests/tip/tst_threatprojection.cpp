// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TipFixtures.h"
#include "tip/ThreatProjection.h"

#include <QTest>

#include <cmath>

using namespace pen;
using namespace pen::test;

class TestThreatProjection final : public QObject {
    Q_OBJECT
private slots:
    void multipliesTransmissions_data();
    void multipliesTransmissions();
    void leavesEverythingElseUntouched();
    void boxIsTheChangedPixels();
    void refusesMismatchedChannels_data();
    void refusesMismatchedChannels();
    void refusesTooLargeOrOutside();
    void overlapComparesAttenuations();
};

void TestThreatProjection::multipliesTransmissions_data()
{
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("scanValue");
    QTest::addColumn<int>("threatValue");
    QTest::addColumn<int>("expected");
    QTest::newRow("single 40000 x 0.5") << 1 << 40000 << 32768 << 20000;
    QTest::newRow("dual 40000 x 0.5") << 2 << 40000 << 32768 << 20000;
    QTest::newRow("air x 0.25") << 1 << 65535 << 16384 << 16384;
    QTest::newRow("opaque threat") << 2 << 40000 << 0 << 0;
    QTest::newRow("opaque scan") << 1 << 0 << 30000 << 0;
    QTest::newRow("rounds to nearest") << 1 << 3 << 43690 << 2; // 3 × 2/3 = 2.0000
    QTest::newRow("rounds half up") << 1 << 1 << 32768 << 1;    // 0.500008
}

void TestThreatProjection::multipliesTransmissions()
{
    QFETCH(int, channels);
    QFETCH(int, scanValue);
    QFETCH(int, threatValue);
    QFETCH(int, expected);
    ScanView view = constantView(channels, 20, 10, quint16(scanValue));
    auto box = projectThreat(view, constantThreat(channels, 5, 3, quint16(threatValue)), QPoint(4, 2));
    QVERIFY2(box, box ? "" : qPrintable(box.error().message));
    QCOMPARE(*box, QRect(4, 2, 5, 3));
    const double exact = scanValue * (threatValue / 65535.0);
    for (const Image16 &channel : view.channels) {
        for (int y = 2; y < 5; ++y) {
            for (int x = 4; x < 9; ++x) {
                QCOMPARE(int(channel.at(x, y)), expected);
                QVERIFY(std::abs(channel.at(x, y) - exact) <= 0.5 + 1e-9);
            }
        }
    }
}

void TestThreatProjection::leavesEverythingElseUntouched()
{
    // Outside the L, including the empty part of its box, every byte stays as it was.
    ScanView view = constantView(1, 30, 20, 0);
    for (size_t i = 0; i < view.channels[0].pixels.size(); ++i)
        view.channels[0].pixels[i] = quint16(1000 + i * 97 % 60000);
    const ScanView before = view;
    const ThreatImage threat = lThreat();
    QVERIFY(projectThreat(view, threat, QPoint(7, 9)));
    for (int y = 0; y < view.height; ++y) {
        for (int x = 0; x < view.width; ++x) {
            const QPoint p(x - 7, y - 9);
            const bool under = p.x() >= 0 && p.y() >= 0 && p.x() < threat.width && p.y() < threat.height
                && threat.attenuates(p.x(), p.y());
            if (!under)
                QCOMPARE(view.channels[0].at(x, y), before.channels[0].at(x, y));
            else
                QVERIFY(view.channels[0].at(x, y) < before.channels[0].at(x, y));
        }
    }
}

void TestThreatProjection::boxIsTheChangedPixels()
{
    ScanView view = constantView(2, 40, 30, 50000);
    const ScanView before = view;
    const ThreatImage threat = lThreat().transformed(90);
    ThreatImage dual = threat;
    dual.channels = {threat.channels[0], threat.channels[0]};
    auto box = projectThreat(view, dual, QPoint(11, 3));
    QVERIFY(box);
    QCOMPARE(*box, changedBounds(before, view));
    QCOMPARE(*box, QRect(11, 3, 4, 6));
}

void TestThreatProjection::refusesMismatchedChannels_data()
{
    QTest::addColumn<int>("viewChannels");
    QTest::addColumn<int>("threatChannels");
    QTest::addColumn<QString>("says");
    QTest::newRow("single threat, dual view") << 2 << 1 << QStringLiteral("single-energy (1 channel)");
    QTest::newRow("dual threat, single view") << 1 << 2 << QStringLiteral("dual-energy (2 channels)");
}

void TestThreatProjection::refusesMismatchedChannels()
{
    QFETCH(int, viewChannels);
    QFETCH(int, threatChannels);
    QFETCH(QString, says);
    ScanView view = constantView(viewChannels, 20, 20, 40000);
    const ScanView before = view;
    auto box = projectThreat(view, constantThreat(threatChannels, 4, 4, 30000), QPoint(0, 0));
    QVERIFY(!box);
    QCOMPARE(box.error().code, ErrorCode::Unsupported);
    QVERIFY2(box.error().message.contains(says), qPrintable(box.error().message));
    QCOMPARE(view, before);

    ScanView colour;
    colour.kind = ViewKind::Colour;
    colour.width = 20;
    colour.height = 20;
    colour.colour = RgbImage8(20, 20);
    QCOMPARE(projectThreat(colour, constantThreat(1, 4, 4, 30000), QPoint(0, 0)).error().code, ErrorCode::Unsupported);
}

void TestThreatProjection::refusesTooLargeOrOutside()
{
    ScanView view = constantView(1, 20, 10, 40000);
    const ScanView before = view;
    auto large = projectThreat(view, constantThreat(1, 21, 5, 30000), QPoint(0, 0));
    QVERIFY(!large);
    QVERIFY2(large.error().message.contains(QStringLiteral("larger than the view")), qPrintable(large.error().message));
    auto outside = projectThreat(view, constantThreat(1, 5, 5, 30000), QPoint(16, 0));
    QVERIFY(!outside);
    QVERIFY2(outside.error().message.contains(QStringLiteral("sticks out")), qPrintable(outside.error().message));
    QVERIFY(!projectThreat(view, constantThreat(1, 5, 5, 30000), QPoint(-1, 0)));
    QCOMPARE(view, before);
}

void TestThreatProjection::overlapComparesAttenuations()
{
    const ThreatImage threat = constantThreat(2, 4, 4, 32768); // −ln T = ln 2 in both channels
    QCOMPARE(threatOverlap(constantView(2, 10, 10, 65535), threat, QPoint(1, 1)), 0.0);
    // The scan attenuates as much as the threat: half of the attenuation on those rays is not the threat's.
    QVERIFY(std::abs(threatOverlap(constantView(2, 10, 10, 32768), threat, QPoint(1, 1)) - 0.5) < 1e-4);
    ScanView dense = constantView(2, 10, 10, 65535);
    std::fill(dense.channels[1].pixels.begin(), dense.channels[1].pixels.end(), quint16(8192)); // 3 ln 2, high channel
    QVERIFY(std::abs(threatOverlap(dense, threat, QPoint(1, 1)) - 0.75) < 1e-4);
}

QTEST_APPLESS_MAIN(TestThreatProjection)
#include "tst_threatprojection.moc"
