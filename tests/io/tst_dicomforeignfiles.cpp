// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// DICOM files that no one here wrote: the test files that pydicom ships (Debian's python3-pydicom).
// Every file that DCMTK itself can render must mostly be read by our reader, with the pixels that
// pydicom decodes (mapped as core/io/DicomRenderedPixels.h says, by tests/io/pydicom_reference.py);
// every other file must be refused in one line that says what it is and why.
#include "ForeignDicomFiles.h"
#include "ProgramRun.h"
#include "io/DicomLog.h"
#include "io/DicomReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pen;
using test::ForeignFile;

class TestDicomForeignFiles final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void readsWhatDcmtkRendersAsPydicomDoes();
    void refusalsSayWhatAndWhy_data();
    void refusalsSayWhatAndWhy();
    void dcmtkLogIsQuietUnlessVerbose();

private:
    QString m_folder;
    QTemporaryDir m_references;
    QList<ForeignFile> m_files;
};

void TestDicomForeignFiles::initTestCase()
{
    const test::ProgramRun where
        = test::runProgram(QStringLiteral(PEN_PYDICOM_PYTHON),
                           {QStringLiteral("-c"),
                            QStringLiteral("import pathlib, pydicom; "
                                           "print(pathlib.Path(pydicom.__file__).parent / 'data' / 'test_files')")});
    QVERIFY2(where.exitCode == 0,
             qPrintable(QStringLiteral("%1 has no pydicom (install python3-pydicom and "
                                       "python3-gdcm, scripts/install-deps.sh does): %2")
                            .arg(QStringLiteral(PEN_PYDICOM_PYTHON), where.err)));
    m_folder = where.out.trimmed();
    QVERIFY2(QFileInfo(m_folder).isDir(), qPrintable(m_folder));
    QVERIFY(m_references.isValid());
    const QString script = qEnvironmentVariable("PEN_SOURCE_DIR") + QStringLiteral("/tests/io/pydicom_reference.py");
    const test::ProgramRun reference
        = test::runProgram(QStringLiteral(PEN_PYDICOM_PYTHON), {script, m_folder, m_references.path()});
    QVERIFY2(reference.exitCode == 0, qPrintable(reference.err));
    qInfo().noquote() << reference.out.trimmed();
    const Expected<QList<ForeignFile>> files = test::readReferences(m_folder, m_references.path());
    QVERIFY2(files, files ? "" : qPrintable(files.error().message));
    m_files = *files;
    QVERIFY2(m_files.size() >= 75, qPrintable(QString::number(m_files.size())));
}

void TestDicomForeignFiles::readsWhatDcmtkRendersAsPydicomDoes()
{
    int rendered = 0, equal = 0;
    QStringList table;
    for (const ForeignFile &file : std::as_const(m_files)) {
        const bool dcmtk = test::dcmtkRenders(file.path);
        const test::Comparison result = test::compareWithReference(file);
        rendered += dcmtk ? 1 : 0;
        equal += dcmtk && result.equal ? 1 : 0;
        table << QStringLiteral("%1 | %2 | %3").arg(file.name, -40).arg(dcmtk ? "yes" : "no ").arg(result.text);
    }
    qInfo().noquote() << "file | DCMTK renders | our reader\n" + table.join(QLatin1Char('\n'));
    qInfo().noquote()
        << QStringLiteral("%1 of %2 files that DCMTK renders are read with pydicom's pixels").arg(equal).arg(rendered);
    QVERIFY2(rendered >= 60, qPrintable(QString::number(rendered)));
    QVERIFY2(equal * 10 >= rendered * 9,
             qPrintable(QStringLiteral("only %1 of %2 files that DCMTK renders (pydicom decodes JPEG only with "
                                       "python3-gdcm)")
                            .arg(equal)
                            .arg(rendered)));
}

void TestDicomForeignFiles::refusalsSayWhatAndWhy_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("says"); // what the one line must say: the file's type and the reason
    QTest::newRow("text SR") << "reportsi.dcm"
                             << "reportsi.dcm: Basic Text SR: holds no image (no pixel data)";
    QTest::newRow("comprehensive SR") << "test-SR.dcm"
                                      << "test-SR.dcm: Comprehensive SR: holds no image (no pixel data)";
    QTest::newRow("RT plan") << "rtplan.dcm"
                             << "rtplan.dcm: RT Plan: holds no image";
    QTest::newRow("DICOMDIR") << "dicomdirtests/DICOMDIR"
                              << "DICOMDIR: Media Storage Directory: holds no image";
    QTest::newRow("ECG") << "waveform_ecg.dcm"
                         << "waveform_ecg.dcm: Twelve Lead ECG Waveform: holds no image";
    QTest::newRow("JPEG 2000") << "JPEG2000.dcm"
                               << "JPEG2000.dcm: Secondary Capture Image: JPEG 2000 (transfer syntax "
                                  "1.2.840.10008.1.2.4.91) is not supported";
    QTest::newRow("not DICOM") << "README.txt"
                               << "README.txt: not a readable DICOM file";
}

void TestDicomForeignFiles::refusalsSayWhatAndWhy()
{
    QFETCH(QString, name);
    QFETCH(QString, says);
    const QString path = m_folder + QLatin1Char('/') + name;
    const Expected<Scan> scan = readDicomFile(path);
    QVERIFY(!scan);
    QVERIFY2(scan.error().message.endsWith(says) || scan.error().message.contains(says),
             qPrintable(scan.error().message));
    QVERIFY2(scan.error().message.startsWith(path), qPrintable(scan.error().message));
    QVERIFY2(!scan.error().message.contains(QLatin1Char('\n')), qPrintable(scan.error().message));
}

// Files that make DCMTK warn (an odd-length pixel data element, a sequence of VR UN): nothing on
// stderr by default, DCMTK's warnings when verbose.
void TestDicomForeignFiles::dcmtkLogIsQuietUnlessVerbose()
{
    const QStringList noisy{m_folder + QStringLiteral("/693_J2KI.dcm"), m_folder + QStringLiteral("/UN_sequence.dcm")};
    const auto readAll = [&noisy] {
        for (const QString &path : noisy)
            QVERIFY(!readDicomFile(path)); // both are refused; DCMTK warns while reading them
    };
    const Expected<QByteArray> quiet = test::stderrOf(readAll);
    QVERIFY2(quiet, quiet ? "" : qPrintable(quiet.error().message));
    QCOMPARE(QString::fromUtf8(*quiet), QString());

    setDicomToolkitVerbose(true);
    const Expected<QByteArray> verbose = test::stderrOf(readAll);
    setDicomToolkitVerbose(false);
    QVERIFY2(verbose, verbose ? "" : qPrintable(verbose.error().message));
    QVERIFY2(verbose->contains("W: "), verbose->constData());
}

QTEST_APPLESS_MAIN(TestDicomForeignFiles)
#include "tst_dicomforeignfiles.moc"
