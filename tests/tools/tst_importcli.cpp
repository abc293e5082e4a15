// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ProgramRun.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = pen::test::ProgramRun;

Run cli(const QStringList &args)
{
    return pen::test::runProgram(QStringLiteral(PEN_IMAGESET_CLI), args);
}

const QStringList provenance{QStringLiteral("--source"), QStringLiteral("test"), QStringLiteral("--licence"),
                             QStringLiteral("CC0-1.0")};

// A VOC dataset of three images of which only a.png has an annotation.
bool writeVocWithTwoMissing(const QString &root)
{
    bool ok = true;
    for (const char *name : {"a.png", "b.png", "c.png"})
        ok = ok && pen::test::writeGreyPng(root + QStringLiteral("/images/") + QLatin1String(name), QSize(40, 30));
    return ok
        && pen::test::writeTestFile(
               root + QStringLiteral("/Annotations/a.xml"),
               "<annotation><filename>a.png</filename><object><name>Handgun</name><bndbox><xmin>5</xmin>"
               "<ymin>6</ymin><xmax>25</xmax><ymax>20</ymax></bndbox></object></annotation>");
}

} // namespace

class TestImportCli final : public QObject {
    Q_OBJECT
private slots:
    void helpExitsWithZero_data();
    void helpExitsWithZero();
    void validateRefusesAnEmptySet();
    void emptyImportFails();
    void missingAnnotationsWriteNothing();
    void skipBadWritesAndCountsButIsPartial();
    void allowPartialAcceptsIt();
    void detectedLayoutIsTold();
    void imageLevelLabelsAreTold();
};

void TestImportCli::helpExitsWithZero_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"import", "validate", "info", "strip-truth", "check-stripped", "export-dicom",
                                "generate", "render", "realism"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestImportCli::helpExitsWithZero()
{
    QFETCH(QString, command);
    const Run run = cli({command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("pentournament-imageset ") + command), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("--help")));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestImportCli::validateRefusesAnEmptySet()
{
    QTemporaryDir dir;
    QVERIFY(pen::test::writeTestFile(
        dir.filePath(QStringLiteral("manifest.json")),
        R"({"format": "pentournament-imageset", "formatVersion": 1, "name": "empty", "description": "",
                          "provenance": {"source": "test", "licence": "CC0-1.0"}, "groundTruthIncluded": true,
                          "categories": [], "scans": []})"));
    const Run run = cli({QStringLiteral("validate"), dir.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("the image set holds no scans")), qPrintable(run.err));
    QVERIFY(!run.out.contains(QStringLiteral("valid")));
}

void TestImportCli::emptyImportFails()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("images")));
    QVERIFY(pen::test::writeTestFile(dir.filePath(QStringLiteral("labels/classes.txt")), "Handgun\n"));
    const Run run = cli(QStringList{QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("yolo"),
                                    QStringLiteral("--annotations"), dir.filePath(QStringLiteral("labels")),
                                    QStringLiteral("--images"), dir.filePath(QStringLiteral("images"))}
                        + provenance + QStringList{dir.filePath(QStringLiteral("set"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no scans to import: no images found")), qPrintable(run.err));
    QVERIFY(!run.out.contains(QStringLiteral("imported")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("set/manifest.json"))));
}

void TestImportCli::missingAnnotationsWriteNothing()
{
    QTemporaryDir dir;
    QVERIFY(writeVocWithTwoMissing(dir.filePath(QStringLiteral("data"))));
    const Run run = cli(QStringList{QStringLiteral("import")} + provenance
                        + QStringList{dir.filePath(QStringLiteral("data")), dir.filePath(QStringLiteral("set"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("b.png: no readable annotation names this image")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("c.png: no readable annotation names this image")));
    QVERIFY(run.err.contains(QStringLiteral("nothing written; 1 of 3 images have no problem")));
    QVERIFY(!run.err.contains(QStringLiteral("validate")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("set/manifest.json"))));
}

void TestImportCli::skipBadWritesAndCountsButIsPartial()
{
    QTemporaryDir dir;
    QVERIFY(writeVocWithTwoMissing(dir.filePath(QStringLiteral("data"))));
    const Run run = cli(QStringList{QStringLiteral("import"), QStringLiteral("--skip-bad")} + provenance
                        + QStringList{dir.filePath(QStringLiteral("data")), dir.filePath(QStringLiteral("set"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("1 scans, 1 ground-truth objects imported")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QStringLiteral("partial import: 1 of 3 images written; 2 left out (0 with a problem "
                                             "in their annotation or file, 2 that no annotation names)")),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("left out: ")));
    QVERIFY(run.err.contains(QStringLiteral("--allow-partial")));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("set/manifest.json"))));
}

void TestImportCli::allowPartialAcceptsIt()
{
    QTemporaryDir dir;
    QVERIFY(writeVocWithTwoMissing(dir.filePath(QStringLiteral("data"))));
    const Run run
        = cli(QStringList{QStringLiteral("import"), QStringLiteral("--skip-bad"), QStringLiteral("--allow-partial")}
              + provenance + QStringList{dir.filePath(QStringLiteral("data")), dir.filePath(QStringLiteral("set"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("partial import: 1 of 3 images written")));
    QCOMPARE(cli({QStringLiteral("validate"), dir.filePath(QStringLiteral("set"))}).exitCode, 0);
}

void TestImportCli::detectedLayoutIsTold()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(pen::test::writeGreyPng(data + QStringLiteral("/images/a.png"), QSize(40, 30)));
    QVERIFY(pen::test::writeTestFile(data + QStringLiteral("/labels/a.txt"), "0 0.5 0.5 0.2 0.2\n"));
    QVERIFY(pen::test::writeTestFile(data + QStringLiteral("/classes.txt"), "Handgun\n"));
    const Run run = cli(QStringList{QStringLiteral("import")} + provenance
                        + QStringList{data, dir.filePath(QStringLiteral("set"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("detected layout: yolo: YOLO labels in labels, images in images")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("1 scans, 1 ground-truth objects imported")));
}

void TestImportCli::imageLevelLabelsAreTold()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(pen::test::writeGreyPng(data + QStringLiteral("/images/P1.png"), QSize(40, 30)));
    QVERIFY(pen::test::writeGreyPng(data + QStringLiteral("/images/N1.png"), QSize(40, 30)));
    QVERIFY(pen::test::writeTestFile(data + QStringLiteral("/labels.csv"), "file,labels\nP1.png,Gun\nN1.png,\n"));
    const Run run = cli(QStringList{QStringLiteral("import")} + provenance
                        + QStringList{data, dir.filePath(QStringLiteral("set"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("detected layout: labels")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("2 scans, 1 ground-truth objects imported; 2 scans with image-level "
                                            "labels only (no locations)")));
    QCOMPARE(cli({QStringLiteral("validate"), dir.filePath(QStringLiteral("set"))}).exitCode, 0);
    const Run info = cli({QStringLiteral("info"), dir.filePath(QStringLiteral("set"))});
    QVERIFY2(info.out.contains(QStringLiteral("truth: image-level")), qPrintable(info.out));
    QVERIFY(info.out.contains(QStringLiteral("object o1: weapon, image-level label (no location)")));
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
