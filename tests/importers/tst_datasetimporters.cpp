// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/DatasetImporters.h"
#include "importers/DatasetReader.h"
#include "importers/ScanIdAllocator.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;

// Files of a tiny dataset: path relative to the dataset folder -> content.
using DatasetFiles = QMap<QString, QByteArray>;

namespace {

const QByteArray vocOk = R"(<annotation><filename>a.png</filename><size><width>20</width><height>10</height></size>
<object><name>Knife</name><bndbox><xmin>2</xmin><ymin>1</ymin><xmax>12</xmax><ymax>6</ymax></bndbox></object>
</annotation>)";

QByteArray vocWith(const QByteArray &from, const QByteArray &to)
{
    return QByteArray(vocOk).replace(from, to);
}

const QByteArray cocoOk = R"({"images": [{"id": 7, "file_name": "a.png", "width": 20, "height": 10}],
"categories": [{"id": 1, "name": "Knife"}],
"annotations": [{"id": 1, "image_id": 7, "category_id": 1, "bbox": [2, 1, 10, 5]}]})";

QByteArray cocoWith(const QByteArray &from, const QByteArray &to)
{
    return QByteArray(cocoOk).replace(from, to);
}

const QByteArray yoloOk = "0 0.35 0.35 0.5 0.5\n";

ImportRequest requestFor(const QString &format, const QString &root)
{
    ImportRequest request;
    request.formatKey = format;
    request.imagesFolder = root + QStringLiteral("/images");
    if (format == QLatin1String("voc"))
        request.annotations = root + QStringLiteral("/annotations");
    else if (format == QLatin1String("coco"))
        request.annotations = root + QStringLiteral("/coco.json");
    else
        request.annotations = root + QStringLiteral("/labels");
    request.provenance = {QStringLiteral("unit test"), QStringLiteral("CC0-1.0"), {}};
    return request;
}

bool writeDataset(const QString &root, const DatasetFiles &files)
{
    QImage image(20, 10, QImage::Format_Grayscale8);
    image.fill(200);
    bool ok = QDir(root).mkpath(QStringLiteral("images")) && QDir(root).mkpath(QStringLiteral("annotations"))
        && QDir(root).mkpath(QStringLiteral("labels")) && image.save(root + QStringLiteral("/images/a.png"));
    for (auto it = files.begin(); it != files.end(); ++it) {
        QFile file(root + QLatin1Char('/') + it.key());
        ok = ok && file.open(QIODevice::WriteOnly) && file.write(*it) == it->size();
    }
    return ok;
}

} // namespace

class TestDatasetImporters final : public QObject {
    Q_OBJECT
private slots:
    void registry();
    void scanIds();
    void importTinyDataset_data();
    void importTinyDataset();
    void malformedDatasets_data();
    void malformedDatasets();
};

void TestDatasetImporters::registry()
{
    QSet<QString> keys;
    for (const DatasetImporter *importer : DatasetImporters::all()) {
        QVERIFY(!importer->name().isEmpty());
        QVERIFY2(!keys.contains(importer->formatKey()), qPrintable(importer->formatKey()));
        keys.insert(importer->formatKey());
        QCOMPARE(DatasetImporters::byFormat(importer->formatKey()), importer);
    }
    QCOMPARE(keys,
             (QSet<QString>{QStringLiteral("voc"), QStringLiteral("coco"), QStringLiteral("yolo"),
                            QStringLiteral("labels"), QStringLiteral("dicom")}));
    QVERIFY(DatasetImporters::byFormat(QStringLiteral("voc"))->capabilities().annotationsAreOneFile == false);
    QVERIFY(DatasetImporters::byFormat(QStringLiteral("coco"))->capabilities().annotationsAreOneFile);
    QVERIFY(DatasetImporters::byFormat(QStringLiteral("yolo"))->capabilities().needsClassNames);
    QCOMPARE(DatasetImporters::byFormat(QStringLiteral("csv")), nullptr);
}

void TestDatasetImporters::scanIds()
{
    ScanIdAllocator ids;
    QCOMPARE(ids.allocate(QStringLiteral("/x/bag 01.png")), QStringLiteral("bag_01"));
    QCOMPARE(ids.allocate(QStringLiteral("/y/bag_01.jpg")), QStringLiteral("bag_01-2"));
    QCOMPARE(ids.allocate(QStringLiteral("/x/..hidden.png")), QStringLiteral("hidden"));
    QCOMPARE(ids.allocate(QStringLiteral("/x/ü.png")), QStringLiteral("scan"));
}

void TestDatasetImporters::importTinyDataset_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<DatasetFiles>("files");
    QTest::newRow("voc") << "voc" << DatasetFiles{{"annotations/a.xml", vocOk}};
    QTest::newRow("coco") << "coco" << DatasetFiles{{"coco.json", cocoOk}};
    QTest::newRow("yolo") << "yolo" << DatasetFiles{{"labels/a.txt", yoloOk}, {"labels/classes.txt", "Knife\n"}};
}

void TestDatasetImporters::importTinyDataset()
{
    QFETCH(QString, format);
    QFETCH(DatasetFiles, files);
    QTemporaryDir dir;
    QVERIFY(writeDataset(dir.path(), files));
    DatasetReader reader(*DatasetImporters::byFormat(format), requestFor(format, dir.path()));
    const auto opened = reader.open();
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(reader.scanCount(), 1);
    QList<Scan> scans;
    QVERIFY(reader.forEachScan([&](const Scan &scan) {
        scans.append(scan);
        return Expected<void>();
    }));
    const Scan &scan = scans.first();
    QCOMPARE(scan.id, QStringLiteral("a"));
    QCOMPARE(scan.objectKind, ObjectKind::Baggage);
    QCOMPARE(scan.provenance.licence, QStringLiteral("CC0-1.0"));
    QCOMPARE(scan.views.size(), 1);
    QCOMPARE(scan.views[0].kind, ViewKind::SingleEnergy);
    QCOMPARE(scan.views[0].channels[0].at(3, 3), quint16(200 * 257));
    QCOMPARE(scan.truth.size(), 1);
    QCOMPARE(scan.truth[0].id, QStringLiteral("o1"));
    QCOMPARE(scan.truth[0].category, QStringLiteral("weapon"));
    QCOMPARE(scan.truth[0].note, QStringLiteral("original class: Knife"));
    QCOMPARE(scan.truth[0].regions[0].box, QRectF(2, 1, 10, 5));
}

void TestDatasetImporters::malformedDatasets_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<DatasetFiles>("files");
    QTest::addColumn<QString>("expected"); // a part of the message that names the file and field
    QTest::newRow("voc bad xml") << "voc" << DatasetFiles{{"annotations/a.xml", vocOk.left(60)}}
                                 << "a.xml:1:60: malformed XML: Premature end of document";
    QTest::newRow("voc box outside image")
        << "voc" << DatasetFiles{{"annotations/a.xml", vocWith("<xmax>12", "<xmax>30")}}
        << "a.xml:2: box (x 2, y 1, w 28, h 5) lies outside the 20 x 10 image";
    QTest::newRow("voc box not a number")
        << "voc" << DatasetFiles{{"annotations/a.xml", vocWith("<ymin>1", "<ymin>one")}}
        << "a.xml:2: <ymin> must be a number";
    QTest::newRow("voc size mismatch") << "voc"
                                       << DatasetFiles{{"annotations/a.xml", vocWith("<width>20", "<width>21")}}
                                       << "a.xml: the annotation says 21 x 10 pixels";
    QTest::newRow("voc missing image") << "voc" << DatasetFiles{{"annotations/a.xml", vocWith("a.png", "b.png")}}
                                       << "b.png: no such file";
    QTest::newRow("voc unmapped class") << "voc" << DatasetFiles{{"annotations/a.xml", vocWith("Knife", "Banana")}}
                                        << "a.xml:2: class \"Banana\" has no category";
    QTest::newRow("coco wrong types") << "coco"
                                      << DatasetFiles{{"coco.json", cocoWith("\"width\": 20", "\"width\": \"20\"")}}
                                      << "coco.json: images[0].width: must be a whole number";
    QTest::newRow("coco bbox of three") << "coco"
                                        << DatasetFiles{{"coco.json", cocoWith("[2, 1, 10, 5]", "[2, 1, 10]")}}
                                        << "coco.json: annotations[0].bbox: must be an array of four numbers";
    QTest::newRow("coco unknown image id")
        << "coco" << DatasetFiles{{"coco.json", cocoWith("\"image_id\": 7", "\"image_id\": 99")}}
        << "coco.json: annotations[0].image_id: no image has id 99";
    QTest::newRow("coco not json") << "coco" << DatasetFiles{{"coco.json", cocoOk.left(40)}}
                                   << "coco.json: not valid JSON";
    QTest::newRow("yolo three fields") << "yolo"
                                       << DatasetFiles{{"labels/a.txt", "0 0.5 0.5\n"},
                                                       {"labels/classes.txt", "Knife\n"}}
                                       << "a.txt:1: expected 5 fields \"class cx cy w h\" (or a polygon), found 3";
    QTest::newRow("yolo value 1.7") << "yolo"
                                    << DatasetFiles{{"labels/a.txt", "\n0 0.5 1.7 0.1 0.1\n"},
                                                    {"labels/classes.txt", "Knife\n"}}
                                    << "a.txt:2: \"1.7\" is not a normalised coordinate";
    QTest::newRow("yolo class index") << "yolo"
                                      << DatasetFiles{{"labels/a.txt", "3 0.5 0.5 0.1 0.1\n"},
                                                      {"labels/classes.txt", "Knife\n"}}
                                      << "a.txt:1: class \"3\" is not an index of the 1 class names";
    QTest::newRow("yolo label without image")
        << "yolo" << DatasetFiles{{"labels/b.txt", yoloOk}, {"labels/classes.txt", "Knife\n"}}
        << "b.txt: no image of that name";
    QTest::newRow("yolo no class names") << "yolo" << DatasetFiles{{"labels/a.txt", yoloOk}}
                                         << "classes.txt: cannot read";
}

void TestDatasetImporters::malformedDatasets()
{
    QFETCH(QString, format);
    QFETCH(DatasetFiles, files);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(writeDataset(dir.path(), files));
    DatasetReader reader(*DatasetImporters::byFormat(format), requestFor(format, dir.path()));
    const auto opened = reader.open();
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(expected), qPrintable(opened.error().message));
    QCOMPARE(reader.scanCount(), 0);
}

QTEST_GUILESS_MAIN(TestDatasetImporters)
#include "tst_datasetimporters.moc"
