// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "imageset/DemoImageSets.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;

/// The search for bundled demo sets that the app opens when no set is named.
class TestDemoImageSets final : public QObject {
    Q_OBJECT

private slots:
    void findsFirstDemoSet();
};

void TestDemoImageSets::findsFirstDemoSet()
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
    QCOMPARE(DemoImageSets::findFirst({root.filePath(QStringLiteral("sets"))}),
             root.filePath(QStringLiteral("sets/starter")));
}

QTEST_MAIN(TestDemoImageSets)
#include "tst_demoimagesets.moc"
