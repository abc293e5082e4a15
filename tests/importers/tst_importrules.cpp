// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "../io/CtVolumeCrafting.h"
#include "TestFiles.h"
#include "TestScans.h"
#include "imageset/ImageSetFolder.h"
#include "importers/DatasetImport.h"
#include "importers/DatasetImporters.h"
#include "importers/DatasetLayout.h"
#include "importers/DatasetReader.h"
#include "io/DicomIdentity.h"
#include "io/DicomWriter.h"
#include "io/ThreatDetectionReport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;

namespace {

QByteArray vocFor(const QString &image)
{
    return QStringLiteral("<annotation><filename>%1</filename><size><width>20</width><height>10</height></size>"
                          "<object><name>Knife</name><bndbox><xmin>2</xmin><ymin>1</ymin><xmax>12</xmax>"
                          "<ymax>6</ymax></bndbox></object></annotation>")
        .arg(image)
        .toUtf8();
}

// A 20 x 10 single-energy DICOS file, written by the product's own writer.
bool writeDicom(const QString &path)
{
    QDir().mkpath(QFileInfo(path).path());
    return bool(
        writeDicomView(test::dualViewSingleEnergyScan(QStringLiteral("bag"), 20, 10), 0, path, DicomFlavour::DicosDx));
}

ImportRequest requestFor(const QString &format, const QString &root, const QString &annotations)
{
    ImportRequest request;
    request.formatKey = format;
    request.imagesFolder = root + QStringLiteral("/images");
    request.annotations = annotations.isEmpty() ? QString() : root + QLatin1Char('/') + annotations;
    request.provenance = {QStringLiteral("unit test"), QStringLiteral("CC0-1.0"), {}};
    request.outputFolder = root + QStringLiteral("/set");
    request.setName = QStringLiteral("test");
    return request;
}

// A machine's report on the two views written as DICOS DX files: a cocaine brick in the top view,
// a knife in the side view.
ThreatReport reportOn(const QStringList &imageUids)
{
    ThreatReport report;
    report.scanId = QStringLiteral("bag");
    report.referencedSopInstanceUids = imageUids;
    report.algorithmName = QStringLiteral("reference ATD");
    report.alarm = true;
    report.alarmScore = 0.9;
    report.objects = {{QStringLiteral("narcotics"), Region{0, QRectF(5, 4, 10, 8), {}}, 0.9},
                      {QStringLiteral("weapon"), Region{1, QRectF(2, 3, 6, 4), {}}, 0.7}};
    report.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    return report;
}

} // namespace

class TestImportRules final : public QObject {
    Q_OBJECT
private slots:
    void missingAnnotationsAreAllListedAndNothingWritten();
    void emptyImportIsRefused();
    void skipBadImportsTheRestAndCounts();
    void layoutDetection_data();
    void layoutDetection();
    void severalLayoutsNeedAFormat();
    void dicomNamedByAnnotations_data();
    void dicomNamedByAnnotations();
    void dicomFolderHasUnknownTruth();
    void imageLevelLabelsAreStoredAsSuch();
    void dicosReportsBecomeTheTruthOfTheirImages();
    void dicosReportOnAMissingImageIsAProblem();
    void ctVolumesBecomeScansWithTopAndSideViews();
};

void TestImportRules::missingAnnotationsAreAllListedAndNothingWritten()
{
    QTemporaryDir dir;
    for (const char *name : {"a.png", "b.png", "c.png"})
        QVERIFY(pen::test::writeGreyPng(dir.filePath(QStringLiteral("images/") + QLatin1String(name)), QSize(20, 10)));
    QVERIFY(
        pen::test::writeTestFile(dir.filePath(QStringLiteral("Annotations/a.xml")), vocFor(QStringLiteral("a.png"))));
    const ImportRequest request = requestFor(QStringLiteral("voc"), dir.path(), QStringLiteral("Annotations"));
    ImportSummary summary;
    const auto set = importDataset(request, {}, &summary);
    QVERIFY(!set);
    QVERIFY2(set.error().message.contains(QStringLiteral("b.png: no readable annotation names this image")),
             qPrintable(set.error().message));
    QVERIFY(set.error().message.contains(QStringLiteral("c.png: no readable annotation names this image")));
    QCOMPARE(summary.imagesFound, 3);
    QCOMPARE(summary.scans, 1);
    QCOMPARE(summary.unannotatedImages, 2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("set/manifest.json"))));
}

void TestImportRules::emptyImportIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("images")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("Annotations")));
    ImportSummary summary;
    const auto set
        = importDataset(requestFor(QStringLiteral("voc"), dir.path(), QStringLiteral("Annotations")), {}, &summary);
    QVERIFY(!set);
    QVERIFY2(set.error().message.contains(QStringLiteral("no scans to import: no images found")),
             qPrintable(set.error().message));
    QCOMPARE(summary.imagesFound, 0);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("set/manifest.json"))));
}

void TestImportRules::skipBadImportsTheRestAndCounts()
{
    QTemporaryDir dir;
    for (const char *name : {"a.png", "b.png", "c.png"})
        QVERIFY(pen::test::writeGreyPng(dir.filePath(QStringLiteral("images/") + QLatin1String(name)), QSize(20, 10)));
    QVERIFY(
        pen::test::writeTestFile(dir.filePath(QStringLiteral("Annotations/a.xml")), vocFor(QStringLiteral("a.png"))));
    QVERIFY(pen::test::writeTestFile(dir.filePath(QStringLiteral("Annotations/b.xml")),
                                     vocFor(QStringLiteral("b.png")).replace("<xmax>12", "<xmax>40")));
    ImportRequest request = requestFor(QStringLiteral("voc"), dir.path(), QStringLiteral("Annotations"));
    request.skipBad = true;
    ImportSummary summary;
    const auto set = importDataset(request, {}, &summary);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    QCOMPARE(set->entries.size(), 1);
    QCOMPARE(set->entries[0].scan.id, QStringLiteral("a"));
    QCOMPARE(summary.imagesFound, 3);
    QCOMPARE(summary.scans, 1);
    QCOMPARE(summary.badImages, 1);         // b: box outside the image
    QCOMPARE(summary.unannotatedImages, 1); // c: no annotation
    QCOMPARE(summary.skipped(), 2);
    QVERIFY(summary.isPartial());
    QCOMPARE(summary.problems.size(), 2);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("set/manifest.json"))));
}

void TestImportRules::layoutDetection_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("annotations"); // relative to the dataset
    QTest::addColumn<QString>("images");
    QTest::newRow("voc") << QStringList{"JPEGImages/a.png", "Annotations/a.xml"} << "voc"
                         << "Annotations"
                         << "JPEGImages";
    QTest::newRow("yolo") << QStringList{"images/a.png", "labels/a.txt", "classes.txt"} << "yolo"
                          << "labels"
                          << "images";
    QTest::newRow("coco") << QStringList{"images/a.png", "instances.json"} << "coco"
                          << "instances.json"
                          << "images";
    QTest::newRow("labels csv") << QStringList{"images/a.png", "labels.csv"} << "labels"
                                << "labels.csv"
                                << "images";
    QTest::newRow("dicom folder") << QStringList{"a.dcm", "b.dcs"} << "dicom"
                                  << ""
                                  << "."; // the dataset folder itself
}

void TestImportRules::layoutDetection()
{
    QFETCH(QStringList, files);
    QFETCH(QString, format);
    QFETCH(QString, annotations);
    QFETCH(QString, images);
    QTemporaryDir dir;
    for (const QString &file : files)
        QVERIFY(pen::test::writeTestFile(dir.filePath(file), file.endsWith(u".csv") ? "file,labels\n" : "x"));
    const auto layout = DatasetLayout::detect(dir.path());
    QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().message));
    QCOMPARE(layout->formatKey, format);
    QCOMPARE(layout->annotations.isEmpty() ? QString() : QDir(dir.path()).relativeFilePath(layout->annotations),
             annotations);
    QCOMPARE(QDir(dir.path()).relativeFilePath(layout->imagesFolder), images);
    QVERIFY(!layout->description.isEmpty());
}

void TestImportRules::severalLayoutsNeedAFormat()
{
    QTemporaryDir dir;
    for (const char *file : {"images/a.png", "Annotations/a.xml", "labels/a.txt"})
        QVERIFY(pen::test::writeTestFile(dir.filePath(QLatin1String(file)), "x"));
    const auto both = DatasetLayout::detect(dir.path());
    QVERIFY(!both);
    QVERIFY2(both.error().message.contains(QStringLiteral("several layouts fit: voc")),
             qPrintable(both.error().message));
    QVERIFY(both.error().message.contains(QStringLiteral("--format")));
    const auto yolo = DatasetLayout::detect(dir.path(), QStringLiteral("yolo"));
    QVERIFY(yolo);
    QCOMPARE(yolo->formatKey, QStringLiteral("yolo"));
    QVERIFY(!DatasetLayout::detect(dir.path(), QStringLiteral("coco")));
    QVERIFY(!DatasetLayout::detect(dir.filePath(QStringLiteral("nowhere"))));
}

void TestImportRules::dicomNamedByAnnotations_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("image");
    QTest::newRow("voc naming a .dcs") << "voc"
                                       << "a.dcs";
    QTest::newRow("yolo beside a .dcm") << "yolo"
                                        << "a.dcm";
}

void TestImportRules::dicomNamedByAnnotations()
{
    QFETCH(QString, format);
    QFETCH(QString, image);
    QTemporaryDir dir;
    QVERIFY(writeDicom(dir.filePath(QStringLiteral("images/") + image)));
    QVERIFY(pen::test::writeTestFile(dir.filePath(QStringLiteral("Annotations/a.xml")), vocFor(image)));
    QVERIFY(pen::test::writeTestFile(dir.filePath(QStringLiteral("labels/a.txt")), "0 0.35 0.35 0.5 0.5\n"));
    QVERIFY(pen::test::writeTestFile(dir.filePath(QStringLiteral("labels/classes.txt")), "Knife\n"));
    const QString annotations = format == u"voc" ? QStringLiteral("Annotations") : QStringLiteral("labels");
    DatasetReader reader(*DatasetImporters::byFormat(format), requestFor(format, dir.path(), annotations));
    const auto opened = reader.open();
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(reader.scanCount(), 1);
    const auto scan = reader.scanAt(0);
    QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().message));
    QCOMPARE(scan->views.size(), 1);
    QCOMPARE(scan->views[0].width, 20);
    QCOMPARE(scan->views[0].height, 10);
    QCOMPARE(scan->views[0].kind, ViewKind::SingleEnergy);
    QCOMPARE(scan->truth.size(), 1);
    QCOMPARE(scan->truth[0].category, QStringLiteral("weapon"));
    QCOMPARE(scan->truth[0].regions[0].box, QRectF(2, 1, 10, 5));
    QCOMPARE(scan->truthLevel, TruthLevel::Localised);
}

void TestImportRules::dicomFolderHasUnknownTruth()
{
    QTemporaryDir dir;
    QVERIFY(writeDicom(dir.filePath(QStringLiteral("images/one.dcm"))));
    QVERIFY(writeDicom(dir.filePath(QStringLiteral("images/two.dcs"))));
    const auto set = importDataset(requestFor(QStringLiteral("dicom"), dir.path(), {}));
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    QCOMPARE(set->entries.size(), 2);
    for (const ImageSetEntry &entry : set->entries) {
        QCOMPARE(entry.scan.truthLevel, TruthLevel::Unknown);
        QVERIFY(entry.scan.truth.isEmpty());
    }
    const auto reopened = ImageSetFolder::open(dir.filePath(QStringLiteral("set")), ImageSetFolder::Check::Full);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
    QCOMPARE(reopened->entries[0].scan.truthLevel, TruthLevel::Unknown);
}

// A DICOS DX scan exported with its Threat Detection Report imports with the report's threats as
// ground truth, each in the view its report names; an image no report names keeps unknown truth.
void TestImportRules::dicosReportsBecomeTheTruthOfTheirImages()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("images")));
    const Scan scan = test::dualViewSingleEnergyScan(QStringLiteral("bag"), 40, 30);
    QStringList uids;
    for (int view = 0; view < 2; ++view) {
        const QString path = dir.filePath(QStringLiteral("images/view-%1.dcs").arg(view));
        QVERIFY(writeDicomView(scan, view, path, DicomFlavour::DicosDx));
        const auto identity = readDicomIdentity(path);
        QVERIFY2(identity, qPrintable(identity ? QString() : identity.error().message));
        QVERIFY(!identity->isThreatDetectionReport());
        uids << identity->sopInstanceUid;
    }
    QVERIFY(writeDicom(dir.filePath(QStringLiteral("images/unreported.dcm"))));
    const QString reportPath = dir.filePath(QStringLiteral("images/report.dcs"));
    QVERIFY(writeThreatDetectionReport(reportPath, reportOn(uids)));
    QVERIFY(readDicomIdentity(reportPath)->isThreatDetectionReport());

    const auto set = importDataset(requestFor(QStringLiteral("dicom"), dir.path(), {}));
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    QCOMPARE(set->entries.size(), 3); // the report is not a scan
    QHash<QString, QRectF> boxes;
    int unknown = 0;
    for (const ImageSetEntry &entry : set->entries) {
        if (entry.scan.truthLevel == TruthLevel::Unknown) {
            ++unknown;
            QVERIFY(entry.scan.truth.isEmpty());
            continue;
        }
        QCOMPARE(entry.scan.truthLevel, TruthLevel::Localised);
        QCOMPARE(entry.scan.truth.size(), 1);
        const GroundTruthObject &object = entry.scan.truth.first();
        QCOMPARE(object.regions.size(), 1);
        QCOMPARE(object.regions.first().viewIndex, 0);
        boxes.insert(object.category, object.regions.first().bounds());
    }
    QCOMPARE(unknown, 1);
    QCOMPARE(boxes.value(QStringLiteral("narcotics")), QRectF(5, 4, 10, 8));
    QCOMPARE(boxes.value(QStringLiteral("weapon")), QRectF(2, 3, 6, 4));
}

void TestImportRules::dicosReportOnAMissingImageIsAProblem()
{
    QTemporaryDir dir;
    QVERIFY(writeDicom(dir.filePath(QStringLiteral("images/bag.dcs"))));
    QVERIFY(writeThreatDetectionReport(dir.filePath(QStringLiteral("images/report.dcs")),
                                       reportOn({QStringLiteral("2.25.1234"), QStringLiteral("2.25.5678")})));
    // A report on the one image in the folder whose second threat names a view it has no image for.
    const auto bag = readDicomIdentity(dir.filePath(QStringLiteral("images/bag.dcs")));
    QVERIFY(bag);
    QVERIFY(
        writeThreatDetectionReport(dir.filePath(QStringLiteral("images/short.dcs")), reportOn({bag->sopInstanceUid})));
    QFile cut(dir.filePath(QStringLiteral("images/cut.dcs")));
    QFile whole(dir.filePath(QStringLiteral("images/report.dcs")));
    QVERIFY(whole.open(QIODevice::ReadOnly) && cut.open(QIODevice::WriteOnly));
    const QByteArray bytes = whole.readAll();
    cut.write(bytes.left(bytes.size() / 2));
    cut.close();

    const auto refused = importDataset(requestFor(QStringLiteral("dicom"), dir.path(), {}));
    QVERIFY(!refused);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QLatin1String("report.dcs: the report refers to image 2.25.1234, which is not in the "
                                            "folder")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("cut.dcs")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("short.dcs: threat 2 is in view 1, for which the report names no image")),
             qPrintable(message));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("set/manifest.json"))));
}

void TestImportRules::imageLevelLabelsAreStoredAsSuch()
{
    QTemporaryDir dir;
    for (const char *name : {"P1.png", "P2.png", "N1.png"})
        QVERIFY(pen::test::writeGreyPng(dir.filePath(QStringLiteral("images/") + QLatin1String(name)), QSize(20, 10)));
    QVERIFY(pen::test::writeTestFile(dir.filePath(QStringLiteral("labels.csv")),
                                     "name,Gun,Knife\nP1,1,-1\nP2,1,1\nN1,0,-1\n"));
    const auto set = importDataset(requestFor(QStringLiteral("labels"), dir.path(), QStringLiteral("labels.csv")));
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    const auto reopened = ImageSetFolder::open(dir.filePath(QStringLiteral("set")), ImageSetFolder::Check::Full);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
    QCOMPARE(reopened->entries.size(), 3);
    const Scan &p2 = reopened->find(QStringLiteral("P2"))->scan;
    QCOMPARE(p2.truthLevel, TruthLevel::ImageLevel);
    QCOMPARE(p2.truth.size(), 2);
    QCOMPARE(p2.truth[0].category, QStringLiteral("weapon"));
    QVERIFY(p2.truth[0].regions.isEmpty());
    QCOMPARE(p2.truth[0].note, QStringLiteral("image-level label: Gun"));
    const Scan &n1 = reopened->find(QStringLiteral("N1"))->scan;
    QCOMPARE(n1.truthLevel, TruthLevel::ImageLevel);
    QVERIFY(n1.truth.isEmpty()); // labelled clean at the image level
    // A label of a class with no category is listed like any other problem.
    QVERIFY(pen::test::writeTestFile(dir.filePath(QStringLiteral("labels.csv")), "file,classes\nP1.png,Banana\n"));
    ImportRequest bad = requestFor(QStringLiteral("labels"), dir.path(), QStringLiteral("labels.csv"));
    bad.outputFolder = dir.filePath(QStringLiteral("set2"));
    const auto refused = importDataset(bad);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("labels.csv:2: class \"Banana\" has no category")),
             qPrintable(refused.error().message));
}

// A dual-energy CT pair (80 and 140 kV, one frame of reference) and a lone CT volume: two scans of
// unknown truth, each with a top and a side view; a report on a volume is a problem, not truth.
void TestImportRules::ctVolumesBecomeScansWithTopAndSideViews()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("images")));
    CtVolume low = test::ctPhantom(3000);
    low.peakKv = 80;
    CtVolume lone = test::ctPhantom(1500);
    lone.frameOfReferenceUid = QStringLiteral("1.2.826.0.1.3680043.10.1385.78");
    QCOMPARE(test::craftCtVolumeFile(test::ctPhantom(2000), dir.filePath(QStringLiteral("images/a-high.dcs"))),
             QString());
    QCOMPARE(test::craftCtVolumeFile(low, dir.filePath(QStringLiteral("images/b-low.dcs"))), QString());
    const QString lonePath = dir.filePath(QStringLiteral("images/lone.dcm"));
    QCOMPARE(test::craftCtVolumeFile(lone, lonePath, {false, true}), QString());

    const auto set = importDataset(requestFor(QStringLiteral("dicom"), dir.path(), {}));
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    QCOMPARE(set->entries.size(), 2);
    int dualEnergy = 0;
    for (const ImageSetEntry &entry : set->entries) {
        QCOMPARE(entry.scan.truthLevel, TruthLevel::Unknown);
        QCOMPARE(entry.scan.views.size(), 2);
        QCOMPARE(entry.scan.views[0].label, QStringLiteral("top"));
        QCOMPARE(entry.scan.views[1].label, QStringLiteral("side"));
        QCOMPARE(QSize(entry.scan.views[0].width, entry.scan.views[0].height), QSize(40, 40));
        QCOMPARE(QSize(entry.scan.views[1].width, entry.scan.views[1].height), QSize(30, 40));
        if (entry.scan.views[0].kind == ViewKind::DualEnergy) {
            ++dualEnergy;
            QCOMPARE(entry.scan.id, QStringLiteral("b-low"));
            // As written to the set: the rod attenuates four times water's in the low volume,
            // three times in the high one, and water attenuates more in the low channel.
            const auto written = ImageSetFolder::loadScan(dir.filePath(QStringLiteral("set")), entry);
            QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
            const ScanView &top = written->views[0];
            QCOMPARE(int(top.channels.size()), 2);
            const Image16 &lowChannel = top.channels[ScanView::LowEnergy];
            const Image16 &highChannel = top.channels[ScanView::HighEnergy];
            QCOMPARE(lowChannel.at(35, 20), quint16(65535)); // air
            QVERIFY(lowChannel.at(6, 20) < highChannel.at(6, 20));
            QVERIFY(lowChannel.at(20, 20) < highChannel.at(20, 20));
            QVERIFY(highChannel.at(20, 20) < 65535);
        } else {
            QCOMPARE(entry.scan.views[0].kind, ViewKind::SingleEnergy);
        }
    }
    QCOMPARE(dualEnergy, 1);

    const auto loneIdentity = readDicomIdentity(lonePath);
    QVERIFY(loneIdentity);
    QVERIFY(writeThreatDetectionReport(dir.filePath(QStringLiteral("images/report.dcs")),
                                       reportOn({loneIdentity->sopInstanceUid})));
    const auto refused = importDataset(requestFor(QStringLiteral("dicom"), dir.path(), {}));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("report.dcs: the report refers to the CT volume lone.dcm")),
             qPrintable(refused.error().message));

    // A volume cut short is a problem found before anything is written, from its header alone.
    QTemporaryDir cutDir;
    QVERIFY(QDir(cutDir.path()).mkpath(QStringLiteral("images")));
    QCOMPARE(test::craftCtVolumeFile(test::ctPhantom(2000), cutDir.filePath(QStringLiteral("images/cut.dcs")),
                                     {true, false, true, 40 * 30 * 7}),
             QString());
    const auto cut = importDataset(requestFor(QStringLiteral("dicom"), cutDir.path(), {}));
    QVERIFY(!cut);
    QVERIFY2(cut.error().message.contains(QLatin1String("cut.dcs"))
                 && cut.error().message.contains(QLatin1String("holds")),
             qPrintable(cut.error().message));
    QVERIFY(!QFile::exists(cutDir.filePath(QStringLiteral("set/manifest.json"))));
}

QTEST_GUILESS_MAIN(TestImportRules)
#include "tst_importrules.moc"
