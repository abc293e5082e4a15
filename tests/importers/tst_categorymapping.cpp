// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/CategoryMapping.h"

#include <QTest>

using namespace pen;

class TestCategoryMapping final : public QObject {
    Q_OBJECT
private slots:
    void builtIn_data();
    void builtIn();
    void builtInHasNoFallback();
    void userMapping();
    void userMappingErrors_data();
    void userMappingErrors();
};

void TestCategoryMapping::builtIn_data()
{
    QTest::addColumn<QString>("className");
    QTest::addColumn<QString>("category");
    QTest::newRow("Handgun") << "Handgun"
                             << "weapon";
    QTest::newRow("GUN") << "GUN"
                         << "weapon";
    QTest::newRow("Razor Blade") << "Razor Blade"
                                 << "weapon";
    QTest::newRow("razor_blade") << "razor_blade"
                                 << "weapon";
    QTest::newRow("Shuriken") << "Shuriken"
                              << "weapon";
    QTest::newRow("Bullet") << "Bullet"
                            << "weapon";
    QTest::newRow("Baton") << "Baton"
                           << "weapon";
    QTest::newRow("Scissors") << "Scissors"
                              << "weapon";
    QTest::newRow("Hammer") << "Hammer"
                            << "other";
    QTest::newRow("Powerbank") << "Powerbank"
                               << "other";
    QTest::newRow("HandCuffs") << "HandCuffs"
                               << "other";
    QTest::newRow("Sprayer") << "Sprayer"
                             << "other";
    QTest::newRow("Detonator") << "Detonator"
                               << "explosive";
    QTest::newRow("Cigarettes") << "Cigarettes"
                                << "cigarettes";
}

void TestCategoryMapping::builtIn()
{
    QFETCH(QString, className);
    QFETCH(QString, category);
    const auto mapped = CategoryMapping::builtIn().categoryFor(className);
    QVERIFY2(mapped, qPrintable(mapped ? QString() : mapped.error().message));
    QCOMPARE(*mapped, category);
}

void TestCategoryMapping::builtInHasNoFallback()
{
    const CategoryMapping mapping = CategoryMapping::builtIn();
    QVERIFY(!mapping.hasFallback());
    const auto mapped = mapping.categoryFor(QStringLiteral("Banana"));
    QVERIFY(!mapped);
    QVERIFY(mapped.error().message.contains(QStringLiteral("\"Banana\"")));
}

void TestCategoryMapping::userMapping()
{
    const auto mapping = CategoryMapping::fromJson(R"({"Handgun": "weapon", "Drug Pack": "narcotics", "*": "other"})",
                                                   QStringLiteral("map.json"));
    QVERIFY(mapping);
    QCOMPARE(mapping->categoryFor(QStringLiteral("handgun")).value(), QStringLiteral("weapon"));
    QCOMPARE(mapping->categoryFor(QStringLiteral("drug_pack")).value(), QStringLiteral("narcotics"));
    // The file replaces the built-in mapping: Knife falls back.
    QCOMPARE(mapping->categoryFor(QStringLiteral("Knife")).value(), QStringLiteral("other"));
}

void TestCategoryMapping::userMappingErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{\"Gun\": ") << "map.json: expected a JSON object";
    QTest::newRow("array") << QByteArray("[]") << "map.json: expected a JSON object";
    QTest::newRow("unknown category") << QByteArray(R"({"Gun": "firearm"})")
                                      << "map.json: \"Gun\": \"firearm\" is not a category";
    QTest::newRow("not a string") << QByteArray(R"({"Gun": 3})") << "map.json: \"Gun\": \"3\" is not a category";
    QTest::newRow("mapped twice") << QByteArray(R"({"Gun": "weapon", "GUN": "other"})") << "is mapped twice";
}

void TestCategoryMapping::userMappingErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto mapping = CategoryMapping::fromJson(json, QStringLiteral("map.json"));
    QVERIFY(!mapping);
    QVERIFY2(mapping.error().message.contains(expected), qPrintable(mapping.error().message));
}

QTEST_APPLESS_MAIN(TestCategoryMapping)
#include "tst_categorymapping.moc"
