// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "host/PassMarkFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;
using namespace pen::gui;

class TestPassMarkFile final : public QObject {
    Q_OBJECT
private slots:
    void eachSessionKeepsItsOwnMarks()
    {
        QTemporaryDir dir;
        const PassMarkFile file(dir.filePath(QStringLiteral("folder/pass-marks.json")));
        QVERIFY(file.read()->isEmpty()); // no file yet: no marks
        QVERIFY(file.write(QStringLiteral("monday"), {{QStringLiteral("narcotics"), 1.5}}));
        QVERIFY(file.write(QStringLiteral("tuesday"), {{QStringLiteral("weapon"), 2.0}}));
        const auto marks = file.read();
        QVERIFY(marks);
        QCOMPARE(marks->value(QStringLiteral("monday")).value(QStringLiteral("narcotics")), 1.5);
        QCOMPARE(marks->value(QStringLiteral("tuesday")).value(QStringLiteral("weapon")), 2.0);
        // A session's marks all removed: it leaves the file, the other stays.
        QVERIFY(file.write(QStringLiteral("monday"), {}));
        QVERIFY(!file.read()->contains(QStringLiteral("monday")));
        QVERIFY(file.read()->contains(QStringLiteral("tuesday")));
    }

    void aDamagedFileIsNamedAndLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("why");
        QTest::newRow("cut short") << QByteArray("{\"monday\": {\"narcotics\": 1.") << QString();
        QTest::newRow("a list") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
        QTest::newRow("marks not an object")
            << QByteArray("{\"monday\": 3}") << QStringLiteral("the thresholds of monday are not an object");
        QTest::newRow("mark not a number") << QByteArray("{\"monday\": {\"weapon\": \"high\"}}")
                                           << QStringLiteral("the threshold of weapon in monday is not a number");
    }

    void aDamagedFileIsNamedAndLeftAlone()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, why);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pass-marks.json"));
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(content);
        damaged.close();
        const PassMarkFile file(path);
        const auto marks = file.read();
        QVERIFY(!marks);
        QVERIFY2(marks.error().message.contains(path), qPrintable(marks.error().message));
        QVERIFY2(marks.error().message.contains(why), qPrintable(marks.error().message));
        // Saving refuses rather than replace what could not be read.
        QVERIFY(!file.write(QStringLiteral("tuesday"), {{QStringLiteral("weapon"), 2.0}}));
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        QCOMPARE(damaged.readAll(), content);
    }
};

QTEST_APPLESS_MAIN(TestPassMarkFile)
#include "tst_passmarkfile.moc"
