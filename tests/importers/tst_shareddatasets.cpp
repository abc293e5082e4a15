// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TestFiles.h"
#include "TestScans.h"
#include "importers/DatasetImport.h"
#include "importers/DatasetImporters.h"
#include "importers/DatasetReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;

namespace {

/// One row of a dataset's boxes.csv, the reference the importers are checked against.
struct ReferenceBox {
    QString image;
    QSize size;
    QString className;
    QRectF box;
};

QList<ReferenceBox> readBoxesCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
    const auto column = [&](const char *name) { return header.indexOf(QLatin1String(name)); };
    QList<ReferenceBox> boxes;
    while (!file.atEnd()) {
        const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
        if (f.size() != header.size())
            continue;
        const QPointF topLeft(f[column("xmin")].toDouble(), f[column("ymin")].toDouble());
        const QPointF bottomRight(f[column("xmax")].toDouble(), f[column("ymax")].toDouble());
        boxes.append({f[column("image")], QSize(f[column("width")].toInt(), f[column("height")].toInt()),
                      f[column("class")], QRectF(topLeft, bottomRight)});
    }
    return boxes;
}

QString dataset(const QString &name)
{
    return test::sharedDataDir() + QLatin1Char('/') + name;
}

ImportRequest requestFor(const QString &format, const QString &name)
{
    ImportRequest request;
    request.formatKey = format;
    request.imagesFolder = dataset(name) + QStringLiteral("/images");
    request.annotations = dataset(name)
        + (format == QLatin1String("voc") ? QStringLiteral("/annotations_voc") : QStringLiteral("/labels_yolo"));
    request.provenance = {name, QStringLiteral("research and education only"), {}};
    return request;
}

/// Imports without writing and returns every scan's boxes by image file name.
Expected<QMultiMap<QString, QRectF>> importedBoxes(const ImportRequest &request, QList<ViewKind> *kinds = nullptr)
{
    DatasetReader reader(*DatasetImporters::byFormat(request.formatKey), request);
    if (const auto opened = reader.open(); !opened)
        return opened.error();
    QMultiMap<QString, QRectF> boxes;
    const auto read = reader.forEachScan([&](const Scan &scan) {
        if (kinds)
            kinds->append(scan.views.first().kind);
        for (const GroundTruthObject &object : scan.truth)
            boxes.insert(scan.id + QStringLiteral(".png"), object.regions.first().bounds());
        return Expected<void>();
    });
    if (!read)
        return read.error();
    return boxes;
}

bool near(const QRectF &a, const QRectF &b, qreal tolerance)
{
    return qAbs(a.left() - b.left()) <= tolerance && qAbs(a.top() - b.top()) <= tolerance
        && qAbs(a.right() - b.right()) <= tolerance && qAbs(a.bottom() - b.bottom()) <= tolerance;
}

bool allFound(const QList<ReferenceBox> &reference, QMultiMap<QString, QRectF> boxes, qreal tolerance)
{
    for (const ReferenceBox &expected : reference) {
        auto it = boxes.find(expected.image);
        while (it != boxes.end() && it.key() == expected.image && !near(*it, expected.box, tolerance))
            ++it;
        if (it == boxes.end() || it.key() != expected.image) {
            qWarning() << "no imported box for" << expected.image << expected.box;
            return false;
        }
        boxes.erase(it);
    }
    return boxes.isEmpty();
}

QByteArray cocoFromBoxes(const QList<ReferenceBox> &reference, const QString &imagesFolder)
{
    QJsonArray images, annotations;
    QStringList names;
    for (const ReferenceBox &row : reference) {
        if (!names.contains(row.image)) {
            names.append(row.image);
            images.append(QJsonObject{{"id", names.size()},
                                      {"file_name", imagesFolder + QLatin1Char('/') + row.image},
                                      {"width", row.size.width()},
                                      {"height", row.size.height()}});
        }
        const QRectF &b = row.box;
        annotations.append(QJsonObject{{"id", annotations.size() + 1},
                                       {"image_id", names.indexOf(row.image) + 1},
                                       {"category_id", row.className == QLatin1String("Handgun") ? 1 : 2},
                                       {"bbox", QJsonArray{b.x(), b.y(), b.width(), b.height()}}});
    }
    const QJsonArray categories{QJsonObject{{"id", 1}, {"name", "Handgun"}}, QJsonObject{{"id", 2}, {"name", "Other"}}};
    return QJsonDocument(QJsonObject{{"images", images}, {"annotations", annotations}, {"categories", categories}})
        .toJson();
}

} // namespace

class TestSharedDatasets final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void gdxrayVocMatchesReference();
    void gdxrayYoloMatchesReference();
    void gdxrayCocoMatchesReference();
    void pidrayYoloGivesColourScans();
    void userMappingApplied();
    void unmappedClassWithoutFallback();
    void importIntoImageSet();

private:
    QList<ReferenceBox> m_gdxray;
};

void TestSharedDatasets::initTestCase()
{
    QVERIFY2(!test::sharedDataDir().isEmpty(), "registered only where PEN_SHARED_DATA exists");
    m_gdxray = readBoxesCsv(dataset(QStringLiteral("gdxray-baggage/boxes.csv")));
    QCOMPARE(m_gdxray.size(), 140);
}

void TestSharedDatasets::gdxrayVocMatchesReference()
{
    const auto boxes = importedBoxes(requestFor(QStringLiteral("voc"), QStringLiteral("gdxray-baggage")));
    QVERIFY2(boxes, qPrintable(boxes ? QString() : boxes.error().message));
    QCOMPARE(boxes->uniqueKeys().size(), 77); // every gdxray image has at least one object
    QCOMPARE(boxes->size(), m_gdxray.size());
    QVERIFY(allFound(m_gdxray, *boxes, 0.0));
}

void TestSharedDatasets::gdxrayYoloMatchesReference()
{
    QList<ViewKind> kinds;
    const auto boxes = importedBoxes(requestFor(QStringLiteral("yolo"), QStringLiteral("gdxray-baggage")), &kinds);
    QVERIFY2(boxes, qPrintable(boxes ? QString() : boxes.error().message));
    QCOMPARE(kinds.size(), 77);
    QVERIFY(kinds.count(ViewKind::SingleEnergy) == 77);
    QCOMPARE(boxes->size(), m_gdxray.size());
    QVERIFY(allFound(m_gdxray, *boxes, 1.0));
}

void TestSharedDatasets::gdxrayCocoMatchesReference()
{
    QTemporaryDir dir;
    const QString images = dataset(QStringLiteral("gdxray-baggage/images"));
    QVERIFY(pen::test::writeTestFile(dir.filePath(QStringLiteral("coco.json")), cocoFromBoxes(m_gdxray, images)));
    ImportRequest request = requestFor(QStringLiteral("coco"), QStringLiteral("gdxray-baggage"));
    request.annotations = dir.filePath(QStringLiteral("coco.json"));
    request.mappingFile = dir.filePath(QStringLiteral("mapping.json"));
    QVERIFY(pen::test::writeTestFile(request.mappingFile, R"({"Handgun": "weapon", "*": "other"})"));
    const auto boxes = importedBoxes(request);
    QVERIFY2(boxes, qPrintable(boxes ? QString() : boxes.error().message));
    QCOMPARE(boxes->size(), m_gdxray.size());
    QVERIFY(allFound(m_gdxray, *boxes, 0.0));
}

void TestSharedDatasets::pidrayYoloGivesColourScans()
{
    const QList<ReferenceBox> reference = readBoxesCsv(dataset(QStringLiteral("pidray-samples/boxes.csv")));
    QCOMPARE(reference.size(), 10);
    QList<ViewKind> kinds;
    const auto boxes = importedBoxes(requestFor(QStringLiteral("yolo"), QStringLiteral("pidray-samples")), &kinds);
    QVERIFY2(boxes, qPrintable(boxes ? QString() : boxes.error().message));
    QCOMPARE(kinds, QList<ViewKind>(8, ViewKind::Colour));
    QCOMPARE(boxes->size(), reference.size());
    QVERIFY(allFound(reference, *boxes, 1.0));
}

void TestSharedDatasets::userMappingApplied()
{
    QTemporaryDir dir;
    ImportRequest request = requestFor(QStringLiteral("voc"), QStringLiteral("gdxray-baggage"));
    request.mappingFile = dir.filePath(QStringLiteral("mapping.json"));
    QVERIFY(pen::test::writeTestFile(request.mappingFile, R"({"Handgun": "weapon", "*": "other"})"));
    DatasetReader reader(*DatasetImporters::byFormat(QStringLiteral("voc")), request);
    QVERIFY(reader.open());
    const auto scan = reader.scanAt(0); // B0013_0001: one knife
    QVERIFY(scan);
    QCOMPARE(scan->id, QStringLiteral("B0013_0001"));
    QCOMPARE(scan->truth.size(), 1);
    QCOMPARE(scan->truth[0].category, QStringLiteral("other"));
    QCOMPARE(scan->truth[0].note, QStringLiteral("original class: Knife"));
}

void TestSharedDatasets::unmappedClassWithoutFallback()
{
    QTemporaryDir dir;
    ImportRequest request = requestFor(QStringLiteral("voc"), QStringLiteral("gdxray-baggage"));
    request.mappingFile = dir.filePath(QStringLiteral("mapping.json"));
    QVERIFY(pen::test::writeTestFile(request.mappingFile, R"({"Handgun": "weapon"})"));
    DatasetReader reader(*DatasetImporters::byFormat(QStringLiteral("voc")), request);
    const auto opened = reader.open();
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(QStringLiteral("B0013_0001.xml:13: class \"Knife\" has no category")),
             qPrintable(opened.error().message.left(300)));
}

void TestSharedDatasets::importIntoImageSet()
{
    QTemporaryDir dir;
    ImportRequest request = requestFor(QStringLiteral("yolo"), QStringLiteral("pidray-samples"));
    request.outputFolder = dir.filePath(QStringLiteral("pidray"));
    request.setName = QStringLiteral("PIDray samples");
    int lastDone = 0;
    const auto set = importDataset(request, [&](int done, int total) {
        lastDone = done;
        QCOMPARE(total, 8);
    });
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    QCOMPARE(lastDone, 8);
    QCOMPARE(set->entries.size(), 8);
    QCOMPARE(set->objectCount(), 10);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("pidray/manifest.json"))));
}

QTEST_GUILESS_MAIN(TestSharedDatasets)
#include "tst_shareddatasets.moc"
