// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scoring/SignalDetection.h"

#include <QTest>

#include <cmath>

using namespace pen;

class TestSignalDetection final : public QObject {
    Q_OBJECT
private slots:
    void zIsTheNormalQuantile_data();
    void zIsTheNormalQuantile();
    void zRoundTripsThroughTheDistribution();
    void ratesAndCorrectedDPrime();
    void extremeRatesStayFinite();
    void aPrimeAndDa();
    void chanceIsZero();
};

void TestSignalDetection::zIsTheNormalQuantile_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    // Reference quantiles of the standard normal distribution.
    QTest::newRow("median") << 0.5 << 0.0;
    QTest::newRow("84.13%") << 0.8413447460685429 << 1.0;
    QTest::newRow("97.5%") << 0.975 << 1.959963984540054;
    QTest::newRow("2.5%") << 0.025 << -1.959963984540054;
    QTest::newRow("1e-6") << 1e-6 << -4.753424308822899;
    QTest::newRow("99.9%") << 0.999 << 3.090232306167813;
}

void TestSignalDetection::zIsTheNormalQuantile()
{
    QFETCH(double, p);
    QFETCH(double, expected);
    QVERIFY2(std::abs(SignalDetection::z(p) - expected) < 1e-9,
             qPrintable(QString::number(SignalDetection::z(p), 'g', 16)));
}

void TestSignalDetection::zRoundTripsThroughTheDistribution()
{
    for (double p = 0.001; p < 1; p += 0.0137) {
        const double back = 0.5 * std::erfc(-SignalDetection::z(p) / std::sqrt(2.0));
        QVERIFY(std::abs(back - p) < 1e-12);
    }
    QVERIFY(std::isnan(SignalDetection::z(0)));
    QVERIFY(std::isnan(SignalDetection::z(1)));
}

void TestSignalDetection::ratesAndCorrectedDPrime()
{
    const SignalDetection sdt{8, 2, 1, 9};
    QCOMPARE(sdt.hitRate(), 0.8);
    QCOMPARE(sdt.falseAlarmRate(), 0.1);
    // Log-linear correction: HR = 8.5/11, FAR = 1.5/11.
    const double expected = SignalDetection::z(8.5 / 11) - SignalDetection::z(1.5 / 11);
    QVERIFY(std::abs(sdt.dPrime() - expected) < 1e-12);
    QVERIFY(std::abs(sdt.dPrime() - 1.8446) < 1e-3);
}

void TestSignalDetection::extremeRatesStayFinite()
{
    const SignalDetection perfect{15, 0, 0, 15};
    QCOMPARE(perfect.hitRate(), 1.0);
    QCOMPARE(perfect.falseAlarmRate(), 0.0);
    QVERIFY(std::isfinite(perfect.dPrime()));
    QVERIFY(perfect.dPrime() > 3.5);
    // More trials at the same perfect performance earn a higher corrected d′.
    const SignalDetection longer{30, 0, 0, 30};
    QVERIFY(longer.dPrime() > perfect.dPrime());
    const SignalDetection none{};
    QCOMPARE(none.hitRate(), 0.0);
    QCOMPARE(none.dPrime(), 0.0);
}

void TestSignalDetection::aPrimeAndDa()
{
    const SignalDetection good{8, 2, 1, 9};
    const double h = 8.5 / 11, f = 1.5 / 11;
    QVERIFY(std::abs(good.aPrime() - (0.5 + (h - f) * (1 + h - f) / (4 * h * (1 - f)))) < 1e-12);
    QVERIFY(good.aPrime() > 0.5 && good.aPrime() < 1);
    // Slope 1 turns d_a into d′.
    QVERIFY(std::abs(good.dA(1.0) - good.dPrime()) < 1e-12);
    const double expected = std::sqrt(2 / 1.25) * (SignalDetection::z(h) - 0.5 * SignalDetection::z(f));
    QVERIFY(std::abs(good.dA() - expected) < 1e-12);
    const SignalDetection worse{2, 8, 9, 1};
    QVERIFY(worse.aPrime() < 0.5);
    QVERIFY(worse.dPrime() < 0);
}

void TestSignalDetection::chanceIsZero()
{
    const SignalDetection chance{5, 5, 5, 5};
    QVERIFY(std::abs(chance.dPrime()) < 1e-12);
    QVERIFY(std::abs(chance.aPrime() - 0.5) < 1e-12);
}

QTEST_GUILESS_MAIN(TestSignalDetection)
#include "tst_signaldetection.moc"
