// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ProgramRun.h"

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

// The last line of stderr, without the progress lines drawn with '\r'.
QString lastErrorLine(const Run &run)
{
    const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
    return lines.last().section(QLatin1Char('\r'), -1);
}

} // namespace

class TestImageSetCli final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void validateAndInfo();
    void stripTruth();
    void exportDicom();
    void badInput_data();
    void badInput();
    void brokenManifestListsEveryProblem();
    void usageErrors();
    void importVoc();
    void generatedPresetIsReproducible();
    void generateWithTip();
    void renderViews();
    void renderModes();

private:
    QTemporaryDir m_dir;
    QString m_set;
};

void TestImageSetCli::initTestCase()
{
    m_set = m_dir.filePath(QStringLiteral("starter"));
    const Run run = cli({QStringLiteral("generate"), m_set});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("writing scans 5/5")));
}

void TestImageSetCli::validateAndInfo()
{
    Run run = cli({QStringLiteral("validate"), m_set});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("valid, 5 scans, 4 ground-truth objects")), qPrintable(run.out));
    run = cli({QStringLiteral("info"), m_set});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("view 1 \"side\": dual-energy, 600 x 260 pixels, 2 channel(s)")));
    QVERIFY(run.out.contains(QStringLiteral("declaration: \"Cotton T-shirts\", HS 610910")));
    QVERIFY(run.out.contains(QStringLiteral("object o1: narcotics at (260, 90) 110 x 70 in view 0, cocaine_hcl")));
    run = cli({QStringLiteral("info"), QDir(m_set).filePath(QStringLiteral("scans/parcel-clean-top.dcm"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("dual-energy, 500 x 360 pixels, 2 channel(s)")), qPrintable(run.out));
}

void TestImageSetCli::stripTruth()
{
    const QString copy = m_dir.filePath(QStringLiteral("contestants"));
    Run run = cli({QStringLiteral("strip-truth"), m_set, copy});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("validate"), copy});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("0 ground-truth objects (contestants' copy, no ground truth)")));
    QCOMPARE(cli({QStringLiteral("check-stripped"), m_set, copy}).exitCode, 0);
    run = cli({QStringLiteral("check-stripped"), m_set, m_set});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(lastErrorLine(run).contains(QStringLiteral("still says groundTruthIncluded")));
    QCOMPARE(cli({QStringLiteral("strip-truth"), m_set, copy}).exitCode, 1); // not empty any more
}

void TestImageSetCli::exportDicom()
{
    for (const QString &flavour : {QStringLiteral("dicos"), QStringLiteral("sc")}) {
        const QString out = m_dir.filePath(QStringLiteral("dicom-") + flavour);
        const Run run = cli({QStringLiteral("export-dicom"), QStringLiteral("--flavour"), flavour, m_set, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("6 DICOM files written")));
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 6);
    }
}

void TestImageSetCli::badInput_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("fileContent");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing folder") << "validate" << QString() << "no manifest";
    QTest::newRow("text as DICOM") << "info"
                                   << "hello"
                                   << "bad.dcm";
    QTest::newRow("JSON garbage manifest") << "validate"
                                           << "{\"name\": "
                                           << "manifest.json: not valid JSON";
}

void TestImageSetCli::badInput()
{
    QFETCH(QString, command);
    QFETCH(QString, fileContent);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString target = dir.path();
    if (command == u"info") {
        target = dir.filePath(QStringLiteral("bad.dcm"));
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fileContent.toUtf8());
    } else if (!fileContent.isEmpty()) {
        QFile file(dir.filePath(QStringLiteral("manifest.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fileContent.toUtf8());
    }
    const Run run = cli({command, target});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(run.err.startsWith(QStringLiteral("pentournament-imageset: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
}

void TestImageSetCli::brokenManifestListsEveryProblem()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("broken"));
    QVERIFY(cli({QStringLiteral("strip-truth"), m_set, copy}).exitCode == 0);
    QFile manifest(QDir(copy).filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QByteArray json = manifest.readAll();
    manifest.close();
    json.replace("\"width\": 500", "\"width\": \"500\"");
    json.replace("\"objectKind\": \"container\"", "\"objectKind\": \"ship\"");
    QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifest.write(json);
    manifest.close();
    const Run run = cli({QStringLiteral("validate"), copy});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("scans[0].views[0].width: must be an integer")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("scans[2].objectKind: unknown kind \"ship\"")));
    const Run info = cli({QStringLiteral("info"), copy});
    QCOMPARE(info.exitCode, 1);
    QVERIFY2(info.err.contains(QStringLiteral("and 2 more problems")), qPrintable(info.err));
}

void TestImageSetCli::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(cli({}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("validate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--seed"), QStringLiteral("-3"),
                  m_dir.filePath(QStringLiteral("x"))})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("--help")}).exitCode, 0);
}

void TestImageSetCli::importVoc()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("images"));
    QDir(dir.path()).mkpath(QStringLiteral("xml"));
    QImage image(40, 30, QImage::Format_Grayscale8);
    image.fill(200);
    QVERIFY(image.save(dir.filePath(QStringLiteral("images/bag1.png"))));
    QFile xml(dir.filePath(QStringLiteral("xml/bag1.xml")));
    QVERIFY(xml.open(QIODevice::WriteOnly));
    xml.write(
        "<annotation><filename>bag1.png</filename><size><width>40</width><height>30</height><depth>1</depth></size>"
        "<object><name>Handgun</name><bndbox><xmin>5</xmin><ymin>6</ymin><xmax>25</xmax><ymax>20</ymax></bndbox></"
        "object>"
        "</annotation>");
    xml.close();
    const QStringList common{QStringLiteral("--format"),      QStringLiteral("voc"),
                             QStringLiteral("--annotations"), dir.filePath(QStringLiteral("xml")),
                             QStringLiteral("--images"),      dir.filePath(QStringLiteral("images"))};
    const QString out = dir.filePath(QStringLiteral("set"));
    QCOMPARE(cli(QStringList{QStringLiteral("import")} + common + QStringList{out}).exitCode, 2); // no source, licence
    const Run run = cli(QStringList{QStringLiteral("import")} + common
                        + QStringList{QStringLiteral("--source"), QStringLiteral("test"), QStringLiteral("--licence"),
                                      QStringLiteral("CC0-1.0"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("importing scans 1/1")));
    QVERIFY(run.out.contains(QStringLiteral("1 scans, 1 ground-truth objects imported")));
    const Run info = cli({QStringLiteral("info"), out});
    QVERIFY(info.out.contains(QStringLiteral("object o1: weapon at (5, 6) 20 x 14 in view 0")));
    // A broken annotation: nothing is written, one line names the file.
    QVERIFY(xml.open(QIODevice::WriteOnly | QIODevice::Truncate));
    xml.write("<annotation><filename>bag1.png");
    xml.close();
    const Run broken = cli(QStringList{QStringLiteral("import")} + common
                           + QStringList{QStringLiteral("--source"), QStringLiteral("t"), QStringLiteral("--licence"),
                                         QStringLiteral("x"), dir.filePath(QStringLiteral("set2"))});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(QStringLiteral("bag1.xml:1")), qPrintable(broken.err));
    QVERIFY2(lastErrorLine(broken).contains(QStringLiteral("nothing written")), qPrintable(broken.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("set2/manifest.json"))));
}

void TestImageSetCli::generatedPresetIsReproducible()
{
    const auto manifestOf = [](const QString &folder) {
        QFile file(QDir(folder).filePath(QStringLiteral("manifest.json")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    // The build generated its practice set with seed 1 in another process; the same seed here must
    // give the same bytes, and another seed other scans.
    const QString built = QStringLiteral(PEN_BUILD_IMAGESETS_DIR "/practice");
    qputenv("SOURCE_DATE_EPOCH", "1704067200"); // the build's, as assets/CMakeLists.txt sets it
    QStringList folders;
    for (const char *seed : {"1", "2"}) {
        const QString folder = m_dir.filePath(QStringLiteral("practice-seed-") + QLatin1String(seed));
        const Run run = cli({QStringLiteral("generate"), QStringLiteral("--preset"), QStringLiteral("practice"),
                             QStringLiteral("--seed"), QLatin1String(seed), folder});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("15 scans written")));
        folders.append(folder);
    }
    // The manifest holds every file's SHA-256: equal manifests mean byte-identical sets.
    QVERIFY(!manifestOf(folders[0]).isEmpty());
    QCOMPARE(manifestOf(folders[0]), manifestOf(built));
    QVERIFY(manifestOf(folders[0]) != manifestOf(folders[1]));
    const Run validate = cli({QStringLiteral("validate"), folders[0]});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.err));
    QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--preset"), QStringLiteral("nonsense"),
                  m_dir.filePath(QStringLiteral("x"))})
                 .exitCode,
             2);
}

void TestImageSetCli::generateWithTip()
{
    const QString folder = m_dir.filePath(QStringLiteral("starter-tip"));
    Run run = cli({QStringLiteral("generate"), QStringLiteral("--tip-rate"), QStringLiteral("1"),
                   QStringLiteral("--tip-mix"), QStringLiteral("narcotics=1"), folder});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("info"), folder});
    QCOMPARE(run.exitCode, 0);
    // Every one of the five scans gained a projected narcotics threat beside the starter set's own four objects.
    QCOMPARE(run.out.count(QStringLiteral(": narcotics at ")), 1 + 5);
    QVERIFY(run.out.contains(QStringLiteral("object tip1: narcotics")));
    QCOMPARE(cli({QStringLiteral("validate"), folder}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--tip-rate"), QStringLiteral("2"),
                  m_dir.filePath(QStringLiteral("bad-rate"))})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--tip-mix"), QStringLiteral("narcotics"),
                  m_dir.filePath(QStringLiteral("bad-mix"))})
                 .exitCode,
             2);
}

void TestImageSetCli::renderViews()
{
    const QString png = m_dir.filePath(QStringLiteral("cocaine.png"));
    Run run = cli({QStringLiteral("render"), QStringLiteral("--scan"), QStringLiteral("parcel-cocaine"), m_set, png});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QImage image(png);
    QCOMPARE(image.size(), QSize(500, 360));
    const QColor brick = image.pixelColor(315, 125); // centre of the cocaine brick: organic orange
    QVERIFY2(brick.red() > brick.green() && brick.green() > brick.blue(), qPrintable(brick.name()));
    run = cli({QStringLiteral("render"), QStringLiteral("--scan"), QStringLiteral("bag-pistol"),
               QStringLiteral("--view"), QStringLiteral("1"), QStringLiteral("--mode"), QStringLiteral("high"), m_set,
               png});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QImage(png).size(), QSize(600, 260));
    run = cli({QStringLiteral("render"), QStringLiteral("--scan"), QStringLiteral("nope"), m_set, png});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("no scan \"nope\"")));
    run = cli({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("5"), m_set, png});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(cli({QStringLiteral("render"), QStringLiteral("--mode"), QStringLiteral("x-ray"), m_set, png}).exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("render"), QStringLiteral("--gamma"), QStringLiteral("9"), m_set, png}).exitCode, 2);

    // A single-energy scan (a grey image file) renders in the console's grey unless a mode is
    // asked for; material colours, asked for, are refused in words.
    const QString greyScan = m_dir.filePath(QStringLiteral("single-energy.png"));
    QImage grey(40, 30, QImage::Format_Grayscale8);
    grey.fill(30);
    QVERIFY(grey.save(greyScan));
    run = cli({QStringLiteral("render"), greyScan, png});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QColor shown = QImage(png).pixelColor(20, 15);
    QVERIFY2(shown.red() == shown.green() && shown.green() == shown.blue() && shown.red() < 128,
             qPrintable(shown.name()));
    run = cli({QStringLiteral("render"), QStringLiteral("--mode"), QStringLiteral("material"), greyScan, png});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("single-energy")), qPrintable(run.err));
}

void TestImageSetCli::renderModes()
{
    // Every viewer mode renders the cocaine parcel; the brick's centre shows what the mode does.
    const auto brickIn = [this](const QStringList &options) {
        const QString png = m_dir.filePath(QStringLiteral("mode.png"));
        const Run run
            = cli(QStringList{QStringLiteral("render"), QStringLiteral("--scan"), QStringLiteral("parcel-cocaine")}
                  + options + QStringList{m_set, png});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        const QImage image(png);
        return run.exitCode == 0 && image.size() == QSize(500, 360) ? image.pixelColor(315, 125) : QColor();
    };
    const QColor material = brickIn({});
    QVERIFY(material.red() > material.green() && material.green() > material.blue());
    for (const char *mode : {"grey", "grey-fused", "grey-low", "grey-high", "high-penetration", "low-penetration",
                             "edge", "clahe", "super-enhance", "density", "auto-window", "high", "low"})
        QVERIFY2(brickIn({QStringLiteral("--mode"), QString::fromLatin1(mode)}).isValid(), mode);
    QCOMPARE(brickIn({QStringLiteral("--mode"), QStringLiteral("organic-only")}), material);
    const QColor stripped = brickIn({QStringLiteral("--mode"), QStringLiteral("inorganic-only")});
    QCOMPARE(stripped, QColor(255, 255, 255));
    const QColor negative = brickIn({QStringLiteral("--mode"), QStringLiteral("negative")});
    QVERIFY(std::abs(negative.red() + material.red() - 255) <= 1
            && std::abs(negative.blue() + material.blue() - 255) <= 1);
    const QColor grey = brickIn({QStringLiteral("--mode"), QStringLiteral("grey")});
    QCOMPARE(grey.red(), grey.blue());
    QVERIFY(brickIn({QStringLiteral("--mode"), QStringLiteral("grey"), QStringLiteral("--brightness"),
                     QStringLiteral("0.5")})
                .red()
            > grey.red());
    QVERIFY(brickIn({QStringLiteral("--mode"), QStringLiteral("grey"), QStringLiteral("--gamma"), QStringLiteral("2")})
                .red()
            > grey.red());
    const QColor band = brickIn({QStringLiteral("--mode"), QStringLiteral("density"), QStringLiteral("--density-min"),
                                 QStringLiteral("0"), QStringLiteral("--density-max"), QStringLiteral("12")});
    QVERIFY2(band.green() == 0 && band.red() == band.blue() && band.red() > 0, qPrintable(band.name()));
}

QTEST_GUILESS_MAIN(TestImageSetCli)
#include "tst_imagesetcli.moc"
