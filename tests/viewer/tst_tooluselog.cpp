// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "viewer/ToolUseLog.h"

#include <QJsonObject>
#include <QTest>

using namespace pen::gui;

/// The log of viewer tools used on a scan, on a clock the test controls.
class TestToolUseLog final : public QObject {
    Q_OBJECT

private slots:
    void countsUsesWithFirstAndLastTime();
    void restartForgetsAndCountsFromZero();
    void writesJson();

private:
    qint64 m_now = 5000;
    ToolUseLog::Clock clock()
    {
        return [this] { return m_now; };
    }
};

void TestToolUseLog::countsUsesWithFirstAndLastTime()
{
    ToolUseLog log(clock());
    QVERIFY(log.isEmpty());
    m_now += 1200;
    log.record(QStringLiteral("negative"));
    m_now += 300;
    log.record(QStringLiteral("zoom-in"));
    m_now += 4000;
    log.record(QStringLiteral("negative"));
    QCOMPARE(log.uses().size(), 2);
    QCOMPARE(log.uses().at(0), (ToolUse{QStringLiteral("negative"), 2, 1200, 5500}));
    QCOMPARE(log.uses().at(1), (ToolUse{QStringLiteral("zoom-in"), 1, 1500, 1500}));
    QCOMPARE(log.count(QStringLiteral("negative")), 2);
    QCOMPARE(log.count(QStringLiteral("magnifier")), 0);
}

void TestToolUseLog::restartForgetsAndCountsFromZero()
{
    ToolUseLog log(clock());
    log.record(QStringLiteral("fit"));
    m_now += 10000;
    log.restart();
    QVERIFY(log.isEmpty());
    m_now += 250;
    log.record(QStringLiteral("fit"));
    QCOMPARE(log.uses().constFirst().firstMs, 250);
}

void TestToolUseLog::writesJson()
{
    ToolUseLog log(clock());
    m_now += 70;
    log.record(QStringLiteral("magnifier"));
    const QJsonObject use = log.toJson().at(0).toObject();
    QCOMPARE(use.value(QStringLiteral("tool")).toString(), QStringLiteral("magnifier"));
    QCOMPARE(use.value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(use.value(QStringLiteral("firstMs")).toInteger(), 70);
    QCOMPARE(use.value(QStringLiteral("lastMs")).toInteger(), 70);
}

QTEST_APPLESS_MAIN(TestToolUseLog)
#include "tst_tooluselog.moc"
