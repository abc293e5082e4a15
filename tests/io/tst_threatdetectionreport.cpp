// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "SampleThreatReports.h"
#include "TestScans.h"
#include "io/DicomReader.h"
#include "io/DicomWriter.h"
#include "io/ThreatDetectionReport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace pen;

Q_DECLARE_METATYPE(ThreatReport)

using ReportChange = std::function<void(ThreatReport &)>;
Q_DECLARE_METATYPE(ReportChange)

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString stringOf(DcmItem &item, const DcmTagKey &tag)
{
    OFString value;
    item.findAndGetOFStringArray(tag, value);
    return QString::fromUtf8(value.c_str());
}

QList<float> floatsOf(DcmItem &item, const DcmTagKey &tag)
{
    QList<float> values;
    Float32 value = 0;
    for (unsigned long i = 0; item.findAndGetFloat32(tag, value, i).good(); ++i)
        values.append(value);
    return values;
}

DcmItem *threatItem(DcmDataset &dataset, long index, const DcmTagKey &sequence)
{
    DcmItem *threat = nullptr;
    DcmItem *item = nullptr;
    if (dataset.findAndGetSequenceItem(DCM_ThreatSequence, threat, index).good())
        threat->findAndGetSequenceItem(sequence, item, 0);
    return item;
}

} // namespace

class TestThreatDetectionReport final : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void roundTrip_data();
    void roundTrip();
    void machineAttributes();
    void officerAttributes();
    void clearDecision();
    void derivedUidsAreStable();
    void sameReportSameBytes();
    void refusals_data();
    void refusals();
    void readRefusesImages();
    void imageReaderNamesTheReport();
    void readMissingFile();
    void readEmptyAndTruncatedFiles();

private:
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    DcmDataset *load(const QString &file)
    {
        m_file = std::make_unique<DcmFileFormat>();
        return m_file->loadFile(OFFilename(QFile::encodeName(file).constData())).good() ? m_file->getDataset()
                                                                                        : nullptr;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DcmFileFormat> m_file;
};

void TestThreatDetectionReport::roundTrip_data()
{
    QTest::addColumn<ThreatReport>("report");
    QTest::newRow("machine alarm, two views") << test::machineAlarmReport();
    QTest::newRow("officer alarm, polygon") << test::officerAlarmReport();
    QTest::newRow("machine clear, derived UIDs") << test::machineClearReport();
    ThreatReport oneReference = test::machineAlarmReport();
    oneReference.referencedSopInstanceUids = {QString(), QStringLiteral("2.25.2222")};
    QTest::newRow("only the second view's image known") << oneReference;
}

void TestThreatDetectionReport::roundTrip()
{
    QFETCH(ThreatReport, report);
    const QString file = path("report.dcm");
    const Expected<void> written = writeThreatDetectionReport(file, report);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    const Expected<ThreatReport> read = readThreatDetectionReport(file);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    ThreatReport expected = report;
    if (expected.studyInstanceUid.isEmpty()) {
        QVERIFY(read->studyInstanceUid.startsWith(QLatin1String("2.25.")));
        QVERIFY(read->seriesInstanceUid.startsWith(QLatin1String("2.25.")));
        expected.studyInstanceUid = read->studyInstanceUid;
        expected.seriesInstanceUid = read->seriesInstanceUid;
    }
    QCOMPARE(read->objects, expected.objects);
    QCOMPARE(read->created, expected.created);
    QCOMPARE(read->referencedSopInstanceUids, expected.referencedSopInstanceUids);
    QVERIFY(*read == expected);

    // The same bytes from memory give the same report; cut short, an error naming them.
    QFile bytes(file);
    QVERIFY(bytes.open(QIODevice::ReadOnly));
    const QByteArray content = bytes.readAll();
    const Expected<ThreatReport> fromMemory = readThreatDetectionReportBuffer(content, QStringLiteral("answer 7"));
    QVERIFY2(fromMemory, fromMemory ? "" : qPrintable(fromMemory.error().message));
    QVERIFY(*fromMemory == *read);
    const Expected<ThreatReport> cut
        = readThreatDetectionReportBuffer(content.left(content.size() / 2), QStringLiteral("answer 7"));
    QVERIFY(!cut);
    QVERIFY2(cut.error().message.startsWith(QLatin1String("answer 7")), qPrintable(cut.error().message));
    QVERIFY(!readThreatDetectionReportBuffer({}, QStringLiteral("answer 8")));
}

void TestThreatDetectionReport::machineAttributes()
{
    const QString file = path("machine.dcm");
    QVERIFY(writeThreatDetectionReport(file, test::machineAlarmReport()));
    DcmDataset *dataset = load(file);
    QVERIFY(dataset);
    QCOMPARE(stringOf(*dataset, DCM_SOPClassUID), QStringLiteral("1.2.840.10008.5.1.4.1.1.501.3"));
    QCOMPARE(stringOf(*dataset, DCM_Modality), QStringLiteral("TDR"));
    QCOMPARE(stringOf(*dataset, DCM_TDRType), QStringLiteral("MACHINE"));
    QCOMPARE(stringOf(*dataset, DCM_AlarmDecision), QStringLiteral("ALARM"));
    QCOMPARE(stringOf(*dataset, DCM_ThreatDetectionAlgorithmAndVersion), QStringLiteral("ReferenceDetector\\2.1.0"));
    QCOMPARE(stringOf(*dataset, DCM_PatientID), QStringLiteral("container-0042"));
    QCOMPARE(stringOf(*dataset, DCM_AlarmDecisionTime), QStringLiteral("20240517103015.250+0200"));
    QCOMPARE(floatsOf(*dataset, DCM_TotalProcessingTime), QList<float>{1250});
    Uint16 total = 0, alarms = 0;
    QVERIFY(dataset->findAndGetUint16(DCM_NumberOfTotalObjects, total).good());
    QVERIFY(dataset->findAndGetUint16(DCM_NumberOfAlarmObjects, alarms).good());
    QCOMPARE(total, Uint16(3));
    QCOMPARE(alarms, Uint16(3));

    const QStringList categories{QStringLiteral("CONTRABAND"), QStringLiteral("PI"), QStringLiteral("EXPLOSIVE")};
    for (int i = 0; i < 3; ++i) {
        DcmItem *assessment = threatItem(*dataset, i, DCM_ATDAssessmentSequence);
        QVERIFY(assessment);
        QCOMPARE(stringOf(*assessment, DCM_ThreatCategory), categories[i]);
        QCOMPARE(stringOf(*assessment, DCM_ATDAssessmentFlag), QStringLiteral("THREAT"));
    }
    DcmItem *box = threatItem(*dataset, 0, DCM_PTORepresentationSequence);
    QVERIFY(box);
    QCOMPARE(floatsOf(*box, DCM_BoundingPolygon), (QList<float>{10.5F, 20.25F, 0, 40.5F, 61, 0}));
    DcmItem *reference = nullptr;
    QVERIFY(box->findAndGetSequenceItem(DCM_ReferencedInstanceSequence, reference, 0).good());
    QCOMPARE(stringOf(*reference, DCM_ReferencedSOPInstanceUID), QStringLiteral("2.25.1111"));
    QCOMPARE(stringOf(*reference, DCM_ReferencedSOPClassUID),
             QLatin1String(UID_DICOS_DigitalXRayImageStorageForPresentation));
    DcmItem *polygon = threatItem(*dataset, 1, DCM_PTORepresentationSequence);
    QVERIFY(polygon);
    QCOMPARE(floatsOf(*polygon, DCM_BoundingPolygon), (QList<float>{5, 5, 0, 60.5F, 8, 0, 33.25F, 47, 0}));
    QVERIFY(polygon->findAndGetSequenceItem(DCM_ReferencedInstanceSequence, reference, 0).good());
    QCOMPARE(stringOf(*reference, DCM_ReferencedSOPInstanceUID), QStringLiteral("2.25.2222"));
}

void TestThreatDetectionReport::officerAttributes()
{
    const QString file = path("officer.dcm");
    QVERIFY(writeThreatDetectionReport(file, test::officerAlarmReport()));
    DcmDataset *dataset = load(file);
    QVERIFY(dataset);
    QCOMPARE(stringOf(*dataset, DCM_TDRType), QStringLiteral("OPERATOR"));
    QCOMPARE(stringOf(*dataset, DCM_OperatorsName), QStringLiteral("Anna Müller-Lüdenscheidt"));
    QVERIFY(!dataset->tagExists(DCM_ThreatDetectionAlgorithmAndVersion));
    DcmItem *operatorItem = nullptr;
    QVERIFY(dataset->findAndGetSequenceItem(DCM_OperatorIdentificationSequence, operatorItem, 0).good());
    DcmItem *code = nullptr;
    QVERIFY(operatorItem->findAndGetSequenceItem(DCM_PersonIdentificationCodeSequence, code, 0).good());
    QCOMPARE(stringOf(*code, DCM_LongCodeValue), QStringLiteral("Anna Müller-Lüdenscheidt")); // over 16 characters
    QCOMPARE(stringOf(*operatorItem, DCM_InstitutionName), QStringLiteral("Zoll Hamburg"));
    DcmItem *assessment = threatItem(*dataset, 0, DCM_ATDAssessmentSequence);
    QVERIFY(assessment);
    QCOMPARE(stringOf(*assessment, DCM_ThreatCategory), QStringLiteral("CONTRABAND"));
    QCOMPARE(stringOf(*assessment, DCM_ThreatCategoryDescription), QStringLiteral("cigarettes"));
    DcmItem *representation = threatItem(*dataset, 0, DCM_PTORepresentationSequence);
    QVERIFY(representation);
    QVERIFY(!representation->tagExists(DCM_ReferencedInstanceSequence));
    QCOMPARE(floatsOf(*representation, DCM_BoundingPolygon).size(), 12);
}

void TestThreatDetectionReport::clearDecision()
{
    const QString file = path("clear.dcm");
    QVERIFY(writeThreatDetectionReport(file, test::machineClearReport()));
    DcmDataset *dataset = load(file);
    QVERIFY(dataset);
    QCOMPARE(stringOf(*dataset, DCM_AlarmDecision), QStringLiteral("CLEAR"));
    Uint16 total = 1;
    QVERIFY(dataset->findAndGetUint16(DCM_NumberOfTotalObjects, total).good());
    QCOMPARE(total, Uint16(0));
    QVERIFY(!dataset->tagExists(DCM_ThreatSequence));
}

void TestThreatDetectionReport::derivedUidsAreStable()
{
    ThreatReport machine = test::machineClearReport();
    ThreatReport officer = test::officerAlarmReport();
    officer.scanId = machine.scanId;
    officer.studyInstanceUid.clear();
    officer.seriesInstanceUid.clear();
    QVERIFY(writeThreatDetectionReport(path("a.dcm"), machine));
    QVERIFY(writeThreatDetectionReport(path("b.dcm"), officer));
    const Expected<ThreatReport> a = readThreatDetectionReport(path("a.dcm"));
    const Expected<ThreatReport> b = readThreatDetectionReport(path("b.dcm"));
    QVERIFY(a && b);
    QCOMPARE(a->studyInstanceUid, b->studyInstanceUid);    // one scan, one study
    QVERIFY(a->seriesInstanceUid != b->seriesInstanceUid); // one series per author
}

void TestThreatDetectionReport::sameReportSameBytes()
{
    const ThreatReport report = test::machineAlarmReport();
    QVERIFY(writeThreatDetectionReport(path("first.dcm"), report));
    QVERIFY(writeThreatDetectionReport(path("second.dcm"), report));
    const QByteArray first = fileBytes(path("first.dcm"));
    QVERIFY(!first.isEmpty());
    QCOMPARE(fileBytes(path("second.dcm")), first);

    ThreatReport changed = report;
    changed.objects[2].probability = 0.375;
    QVERIFY(writeThreatDetectionReport(path("changed.dcm"), changed));
    DcmDataset *dataset = load(path("first.dcm"));
    QVERIFY(dataset);
    const QString firstInstance = stringOf(*dataset, DCM_SOPInstanceUID);
    dataset = load(path("changed.dcm"));
    QVERIFY(dataset);
    QVERIFY(stringOf(*dataset, DCM_SOPInstanceUID) != firstInstance);
}

void TestThreatDetectionReport::refusals_data()
{
    QTest::addColumn<ReportChange>("change");
    QTest::addColumn<QString>("field");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("NaN polygon point") << ReportChange([=](ThreatReport &r) {
        r.objects[1].region.polygon[2].setX(nan);
    }) << QStringLiteral("objects[1].region");
    QTest::newRow("NaN box") << ReportChange([=](ThreatReport &r) { r.objects[0].region.box.setWidth(nan); })
                             << QStringLiteral("objects[0].region");
    QTest::newRow("region without points") << ReportChange([](ThreatReport &r) { r.objects[2].region = Region(); })
                                           << QStringLiteral("objects[2].region has no points");
    QTest::newRow("polygon of two points")
        << ReportChange([](ThreatReport &r) { r.objects[1].region.polygon.removeLast(); })
        << QStringLiteral("objects[1].region");
    QTest::newRow("NaN probability") << ReportChange([=](ThreatReport &r) { r.objects[0].probability = nan; })
                                     << QStringLiteral("objects[0].probability");
    QTest::newRow("probability above 1") << ReportChange([](ThreatReport &r) { r.objects[2].probability = 1.5; })
                                         << QStringLiteral("objects[2].probability");
    QTest::newRow("no category") << ReportChange([](ThreatReport &r) { r.objects[0].category.clear(); })
                                 << QStringLiteral("objects[0].category");
    QTest::newRow("negative view") << ReportChange([](ThreatReport &r) { r.objects[0].region.viewIndex = -1; })
                                   << QStringLiteral("objects[0].region");
    QTest::newRow("NaN alarm score") << ReportChange([=](ThreatReport &r) { r.alarmScore = nan; })
                                     << QStringLiteral("alarmScore");
    QTest::newRow("negative processing time")
        << ReportChange([](ThreatReport &r) { r.processingSeconds = -1; }) << QStringLiteral("processingSeconds");
    QTest::newRow("no scan id") << ReportChange([](ThreatReport &r) { r.scanId.clear(); }) << QStringLiteral("scanId");
    QTest::newRow("no time") << ReportChange([](ThreatReport &r) { r.created = QDateTime(); })
                             << QStringLiteral("created");
    QTest::newRow("algorithm name too long")
        << ReportChange([](ThreatReport &r) { r.algorithmName = QString(65, QLatin1Char('a')); })
        << QStringLiteral("algorithmName");
    QTest::newRow("backslash in version")
        << ReportChange([](ThreatReport &r) { r.algorithmVersion = QStringLiteral("2\\1"); })
        << QStringLiteral("algorithmVersion");
    QTest::newRow("not a UID") << ReportChange([](ThreatReport &r) {
        r.referencedSopInstanceUids[1] = QStringLiteral("1.02.x");
    }) << QStringLiteral("referencedSopInstanceUids[1]");
}

void TestThreatDetectionReport::refusals()
{
    QFETCH(ReportChange, change);
    QFETCH(QString, field);
    ThreatReport report = test::machineAlarmReport();
    change(report);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("refused.dcm"));
    const Expected<void> written = writeThreatDetectionReport(file, report);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::InvalidArgument);
    const QString message = written.error().message;
    QVERIFY2(message.startsWith(file + QStringLiteral(": ") + field), qPrintable(message));
    QVERIFY2(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             "a file was left behind");
}

// The image reader, given a report, says in one line what the file is and why it shows nothing.
void TestThreatDetectionReport::imageReaderNamesTheReport()
{
    const QString file = path("report.dcm");
    QVERIFY(writeThreatDetectionReport(file, test::machineAlarmReport()));
    const Expected<Scan> scan = readDicomFile(file);
    QVERIFY(!scan);
    QCOMPARE(scan.error().code, ErrorCode::Unsupported);
    QCOMPARE(scan.error().message,
             file + QStringLiteral(": DICOS Threat Detection Report: holds no image (no pixel data), nothing to show"));
}

void TestThreatDetectionReport::readRefusesImages()
{
    const QString image = path("image.dcm");
    QVERIFY(writeDicomView(test::dualEnergyScan(QStringLiteral("dual")), 0, image, DicomFlavour::DicosDx));
    const Expected<ThreatReport> read = readThreatDetectionReport(image);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::Unsupported);
    QVERIFY2(read.error().message.contains(QLatin1String(UID_DICOS_DigitalXRayImageStorageForPresentation)),
             qPrintable(read.error().message));
}

void TestThreatDetectionReport::readMissingFile()
{
    const Expected<ThreatReport> read = readThreatDetectionReport(path("missing.dcm"));
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::NotFound);
}

// The checks before DCMTK reads a file: an empty file and one cut inside its meta header are named
// as such, and nothing is allocated for the lengths a cut file claims.
void TestThreatDetectionReport::readEmptyAndTruncatedFiles()
{
    QFile empty(path("empty.dcm"));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const Expected<ThreatReport> fromEmpty = readThreatDetectionReport(empty.fileName());
    QVERIFY(!fromEmpty);
    QCOMPARE(fromEmpty.error().code, ErrorCode::Format);
    QVERIFY2(fromEmpty.error().message.contains(QLatin1String("the file is empty")),
             qPrintable(fromEmpty.error().message));

    QVERIFY(writeThreatDetectionReport(path("whole.dcm"), test::machineAlarmReport()));
    QFile whole(path("whole.dcm"));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    QFile cut(path("cut.dcm"));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(whole.read(140)); // the preamble, "DICM" and the start of the meta header
    cut.close();
    const Expected<ThreatReport> fromCut = readThreatDetectionReport(cut.fileName());
    QVERIFY(!fromCut);
    QVERIFY2(fromCut.error().message.startsWith(cut.fileName()), qPrintable(fromCut.error().message));
}

QTEST_APPLESS_MAIN(TestThreatDetectionReport)
#include "tst_threatdetectionreport.moc"
