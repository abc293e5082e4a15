// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "model/ThreatCategories.h"

#include <QTest>

using namespace pen;

class TestThreatCategories final : public QObject {
    Q_OBJECT
private slots:
    void builtInVocabulary();
    void extend();
    void keys_data();
    void keys();
};

void TestThreatCategories::builtInVocabulary()
{
    const ThreatCategories categories;
    for (const char *key :
         {"narcotics", "cigarettes", "weapon", "explosive", "currency", "hidden-compartment", "other"})
        QVERIFY2(categories.contains(QString::fromLatin1(key)), key);
    QVERIFY(!categories.contains(QStringLiteral("sandwich")));
}

void TestThreatCategories::extend()
{
    ThreatCategories categories;
    QVERIFY(categories.add({QStringLiteral("ivory"), QStringLiteral("Ivory")}));
    QVERIFY(categories.contains(QStringLiteral("ivory")));
    QVERIFY(!categories.add({QStringLiteral("ivory"), QStringLiteral("Again")}));
    QVERIFY(!categories.add({QStringLiteral("Bad Key"), QStringLiteral("Bad")}));
    QCOMPARE(categories.all().size(), ThreatCategories::builtIn().size() + 1);
}

void TestThreatCategories::keys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("word") << "weapon" << true;
    QTest::newRow("hyphenated") << "hidden-compartment" << true;
    QTest::newRow("upper case") << "Weapon" << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("trailing hyphen") << "a-" << false;
    QTest::newRow("too long") << QString(65, QLatin1Char('a')) << false;
}

void TestThreatCategories::keys()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(ThreatCategories::isValidKey(key), valid);
}

QTEST_APPLESS_MAIN(TestThreatCategories)
#include "tst_threatcategories.moc"
