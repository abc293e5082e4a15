// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Vendors upload their own ATD plugins through the real gRPC interface: a library and a program
// are stored, hashed, listed and run in development; only the event's vendors and hosts may
// upload and see them; hostile or broken uploads are refused with their reason and leave nothing
// on disk; the command line uploads with a progress line.
#include "ServerFixture.h"
#include "admin/AdminCommands.h"
#include "imageset/FileHash.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;
using namespace pen::test;

namespace {

const char *describe(const grpc::Status &status)
{
    static thread_local std::string text;
    text = server::ServerConnection::describe(status).toStdString();
    return text.c_str();
}

struct Chunk {
    std::string path;
    uint64_t offset = 0;
    std::string data;
};

/// Sends one upload as given, however wrong, and returns the server's answer.
grpc::Status upload(server::ServerConnection &connection, const v1::PluginUpload::Header &header,
                    const QList<Chunk> &chunks, v1::PluginSummary *reply = nullptr, bool withHeader = true)
{
    auto context = connection.context();
    v1::PluginSummary summary;
    auto writer = connection.machines().UploadPlugin(context.get(), &summary);
    v1::PluginUpload first;
    *first.mutable_header() = header;
    bool open = !withHeader || writer->Write(first);
    for (const Chunk &chunk : chunks) {
        if (!open)
            break;
        v1::PluginUpload part;
        part.mutable_chunk()->set_path(chunk.path);
        part.mutable_chunk()->set_offset(chunk.offset);
        part.mutable_chunk()->set_data(chunk.data);
        open = writer->Write(part);
    }
    writer->WritesDone();
    const grpc::Status status = writer->Finish();
    if (reply)
        *reply = summary;
    return status;
}

v1::PluginUpload::Header headerOf(const QString &eventId, const QString &label)
{
    v1::PluginUpload::Header header;
    header.set_event_id(eventId.toStdString());
    header.set_label(label.toStdString());
    header.set_version("1.0");
    return header;
}

void announce(v1::PluginUpload::Header &header, const std::string &path, uint64_t size, bool executable = false)
{
    v1::PluginUpload::File *file = header.add_files();
    file->set_path(path);
    file->set_size(size);
    file->set_executable(executable);
}

/// A whole file's chunks of at most 1 MiB.
QList<Chunk> chunksOf(const std::string &path, const QByteArray &bytes)
{
    QList<Chunk> chunks;
    for (qsizetype offset = 0; offset < bytes.size(); offset += 1 << 20)
        chunks.append({path, uint64_t(offset), bytes.mid(offset, 1 << 20).toStdString()});
    return chunks;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPluginUpload : public QObject {
    Q_OBJECT

private:
    ServerFixture m_fixture;
    QString m_event;
    QString m_vendorToken;
    QString m_vendorTokenId;

    QString newEvent(const QString &title)
    {
        QString id;
        const grpc::Status status = m_fixture.createEvent(title, &id);
        [&] { QVERIFY2(status.ok(), describe(status)); }();
        v1::ConfigureEvaluationRequest request;
        request.set_event_id(id.toStdString());
        request.set_image_set_id(m_fixture.starterId().toStdString());
        request.set_public_fraction(0.5);
        request.set_development_submissions(5);
        request.set_final_submissions(1);
        request.set_seconds_per_scan(10);
        request.set_memory_mb(2048);
        v1::EvaluationSettings settings;
        auto context = m_fixture.host().context();
        const grpc::Status configured
            = m_fixture.host().machines().ConfigureEvaluation(context.get(), request, &settings);
        [&] { QVERIFY2(configured.ok(), describe(configured)); }();
        return id;
    }
    QString vendorToken(const QString &eventId, QString *tokenId = nullptr)
    {
        QString token;
        const grpc::Status status = m_fixture.issueToken(v1::ROLE_VENDOR, eventId, {}, &token, tokenId);
        [&] { QVERIFY2(status.ok(), describe(status)); }();
        return token;
    }
    QList<v1::PluginSummary> plugins(server::ServerConnection &connection, const QString &eventId)
    {
        v1::ListPluginsRequest request;
        request.set_event_id(eventId.toStdString());
        v1::ListPluginsReply reply;
        auto context = connection.context();
        const grpc::Status status = connection.machines().ListPlugins(context.get(), request, &reply);
        [&] { QVERIFY2(status.ok(), describe(status)); }();
        return {reply.plugins().begin(), reply.plugins().end()};
    }
    Expected<v1::MachineRunSummary> runInDevelopment(server::ServerConnection &connection, const QString &pluginId)
    {
        v1::RunPluginRequest request;
        request.set_event_id(m_event.toStdString());
        request.set_plugin_id(pluginId.toStdString());
        request.set_phase(v1::EVALUATION_PHASE_DEVELOPMENT);
        return connection.runPlugin(request, {});
    }
    /// The uploads under way or refused that are still on disk: none, ever, after a call ends.
    QStringList leftInStaging() const
    {
        return QDir(QDir(m_fixture.dataFolder()).filePath(QStringLiteral("staging")))
            .entryList({QStringLiteral("plugin-upload*")}, QDir::AllEntries | QDir::NoDotAndDotDot);
    }
    int storedPlugins() const
    {
        return int(QDir(QDir(m_fixture.dataFolder()).filePath(QStringLiteral("plugins")))
                       .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                       .size());
    }
    struct Run {
        int code = 0;
        QString out;
        QString err;
    };
    Run admin(QStringList arguments, const QString &token)
    {
        arguments = QStringList{QStringLiteral("--server"), m_fixture.address(), QStringLiteral("--token"), token}
            + arguments;
        Run run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.code = server::runAdminCommand(arguments, out, err);
        return run;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        m_event = newEvent(QStringLiteral("Uploads"));
        m_vendorToken = vendorToken(m_event, &m_vendorTokenId);
    }

    void aVendorUploadsALibraryAndRunsIt()
    {
        auto vendor = m_fixture.connect(m_vendorToken);
        const QByteArray library = contentsOf(QStringLiteral(PEN_RANDOM_PLUGIN));
        QVERIFY(!library.isEmpty());
        v1::PluginUpload::Header header = headerOf(m_event, QStringLiteral("random uploaded"));
        header.set_version("2.1.0");
        header.set_library_path("libpen_atd_random.so");
        header.set_config("seed=7");
        announce(header, "libpen_atd_random.so", uint64_t(library.size()));
        v1::PluginSummary summary;
        const grpc::Status status = upload(*vendor, header, chunksOf("libpen_atd_random.so", library), &summary);
        QVERIFY2(status.ok(), describe(status));
        const QString sha = *sha256OfFile(QStringLiteral(PEN_RANDOM_PLUGIN));
        QCOMPARE(QString::fromStdString(summary.sha256()), sha);
        QCOMPARE(summary.version(), std::string("2.1.0"));
        QCOMPARE(QString::fromStdString(summary.vendor_token_id()), m_vendorTokenId);
        const QString pluginId = QString::fromStdString(summary.plugin_id());
        QVERIFY(QFile::exists(
            QDir(m_fixture.dataFolder()).filePath(QStringLiteral("plugins/%1/libpen_atd_random.so").arg(pluginId))));
        QVERIFY(leftInStaging().isEmpty());

        const QList<v1::PluginSummary> listed = plugins(*vendor, m_event);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].version(), std::string("2.1.0"));
        QCOMPARE(QString::fromStdString(listed[0].sha256()), sha);

        auto run = runInDevelopment(*vendor, pluginId);
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        QVERIFY2(run->metrics().failures() == 0, run->failures_size() ? run->failures(0).c_str() : "");
        QVERIFY(run->metrics().scans() > 0);
        QCOMPARE(QString::fromStdString(run->code_sha256()), sha);
    }

    void aVendorUploadsAProgramWithItsFilesAndRunsIt()
    {
        auto vendor = m_fixture.connect(m_vendorToken);
        const QByteArray program = contentsOf(QStringLiteral(PEN_FAKE_GRPC_PLUGIN));
        const QByteArray model = QByteArrayLiteral("weights the program reads from its own folder\n");
        v1::PluginUpload::Header header = headerOf(m_event, QStringLiteral("fake program"));
        header.set_program("bin/fake-plugin");
        header.add_arguments("good");
        announce(header, "bin/fake-plugin", uint64_t(program.size()), true);
        announce(header, "models/weights.txt", uint64_t(model.size()));
        announce(header, "README", 0);
        v1::PluginSummary summary;
        const grpc::Status status = upload(
            *vendor, header, chunksOf("bin/fake-plugin", program) + chunksOf("models/weights.txt", model), &summary);
        QVERIFY2(status.ok(), describe(status));
        QCOMPARE(QString::fromStdString(summary.sha256()), *sha256OfFile(QStringLiteral(PEN_FAKE_GRPC_PLUGIN)));
        const QDir stored(QDir(m_fixture.dataFolder())
                              .filePath(QStringLiteral("plugins/") + QString::fromStdString(summary.plugin_id())));
        QCOMPARE(contentsOf(stored.filePath(QStringLiteral("models/weights.txt"))), model);
        QVERIFY(QFileInfo(stored.filePath(QStringLiteral("bin/fake-plugin"))).isExecutable());
        QVERIFY(QFileInfo::exists(stored.filePath(QStringLiteral("README"))));

        auto run = runInDevelopment(*vendor, QString::fromStdString(summary.plugin_id()));
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        QVERIFY2(run->metrics().failures() == 0, run->failures_size() ? run->failures(0).c_str() : "");
    }

    void onlyTheEventsVendorsAndHostsUpload()
    {
        const QByteArray bytes = QByteArrayLiteral("not a plugin at all");
        v1::PluginUpload::Header header = headerOf(m_event, QStringLiteral("intruder"));
        header.set_library_path("lib.so");
        announce(header, "lib.so", uint64_t(bytes.size()));
        const QList<Chunk> chunks = chunksOf("lib.so", bytes);

        QString contestantId, contestantToken, trainerToken;
        QVERIFY(m_fixture.addContestant(m_event, QStringLiteral("Officer"), {}, &contestantId).ok());
        QVERIFY(m_fixture.issueToken(v1::ROLE_CONTESTANT, m_event, contestantId, &contestantToken).ok());
        QVERIFY(m_fixture.issueToken(v1::ROLE_TRAINER, {}, {}, &trainerToken).ok());
        const QString otherEvent = newEvent(QStringLiteral("Elsewhere"));
        const QString elsewhereVendor = vendorToken(otherEvent);
        const QString eventlessVendor = vendorToken({});
        for (const QString &token : {contestantToken, trainerToken, elsewhereVendor, eventlessVendor}) {
            auto connection = m_fixture.connect(token);
            const grpc::Status status = upload(*connection, header, chunks);
            QCOMPARE(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
        }
        QVERIFY(leftInStaging().isEmpty());

        // Another vendor of the same event uploads its own, and sees and runs only that.
        QString otherVendorId;
        auto other = m_fixture.connect(vendorToken(m_event, &otherVendorId));
        const QList<v1::PluginSummary> visible = plugins(*other, m_event);
        QVERIFY(visible.isEmpty());
        const QList<v1::PluginSummary> hostSees = plugins(m_fixture.host(), m_event);
        QVERIFY(hostSees.size() >= 2);
        auto notTheirs = runInDevelopment(*other, QString::fromStdString(hostSees[0].plugin_id()));
        QVERIFY(!notTheirs);
        QVERIFY2(notTheirs.error().message.contains(QStringLiteral("is not this vendor's")),
                 qPrintable(notTheirs.error().message));
    }

    void hostileUploadsAreRefusedAndLeaveNothing_data()
    {
        QTest::addColumn<v1::PluginUpload::Header>("header");
        QTest::addColumn<QList<Chunk>>("chunks");
        QTest::addColumn<bool>("withHeader");
        QTest::addColumn<QString>("reason");
        const QString event = m_event;
        const auto library = [event](const std::string &path) {
            v1::PluginUpload::Header header = headerOf(event, QStringLiteral("hostile"));
            header.set_library_path(path);
            return header;
        };
        const std::string ten(10, 'x');

        v1::PluginUpload::Header h = library("../escape.so");
        announce(h, "../escape.so", 10);
        QTest::newRow("dot-dot") << h << QList<Chunk>{{"../escape.so", 0, ten}} << true
                                 << QStringLiteral("leaves the plugin's folder");
        h = library("/tmp/absolute.so");
        announce(h, "/tmp/absolute.so", 10);
        QTest::newRow("absolute") << h << QList<Chunk>{{"/tmp/absolute.so", 0, ten}} << true
                                  << QStringLiteral("is absolute");
        h = library("a.so");
        announce(h, "a.so", 10);
        QTest::newRow("more bytes") << h << QList<Chunk>{{"a.so", 0, ten}, {"a.so", 10, ten}} << true
                                    << QStringLiteral("more bytes than");
        QTest::newRow("fewer bytes") << h << QList<Chunk>{{"a.so", 0, std::string(5, 'x')}} << true
                                     << QStringLiteral("ended early");
        QTest::newRow("wrong offset") << h << QList<Chunk>{{"a.so", 3, ten}} << true << QStringLiteral("offset 3");
        h = library("big.so");
        announce(h, "big.so", uint64_t(300) << 20);
        QTest::newRow("over the limit") << h << QList<Chunk>{{"big.so", 0, ten}} << true
                                        << QStringLiteral("goes past the upload limit");
        h = library("f0");
        for (int i = 0; i < 1001; ++i)
            announce(h, "f" + std::to_string(i), 1);
        QTest::newRow("too many files") << h << QList<Chunk>{} << true << QStringLiteral("at most 1000");
        h = library("a.so");
        announce(h, "a.so", 10);
        announce(h, "a.so", 10);
        QTest::newRow("duplicate") << h << QList<Chunk>{{"a.so", 0, ten}, {"a.so", 0, ten}} << true
                                   << QStringLiteral("named twice");
        h = library("a.so");
        QTest::newRow("no files") << h << QList<Chunk>{} << true << QStringLiteral("names no files");
        QTest::newRow("empty") << h << QList<Chunk>{} << false << QStringLiteral("the upload was empty");
        h = library("elsewhere.so");
        announce(h, "a.so", 10);
        QTest::newRow("code not uploaded")
            << h << QList<Chunk>{{"a.so", 0, ten}} << true << QStringLiteral("not one of the uploaded files");
    }

    void hostileUploadsAreRefusedAndLeaveNothing()
    {
        QFETCH(v1::PluginUpload::Header, header);
        QFETCH(QList<Chunk>, chunks);
        QFETCH(bool, withHeader);
        QFETCH(QString, reason);
        auto vendor = m_fixture.connect(m_vendorToken);
        const int before = storedPlugins();
        const grpc::Status status = upload(*vendor, header, chunks, nullptr, withHeader);
        QCOMPARE(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        QVERIFY2(QString::fromStdString(status.error_message()).contains(reason), describe(status));
        QVERIFY2(leftInStaging().isEmpty(), qPrintable(leftInStaging().join(u' ')));
        QCOMPARE(storedPlugins(), before);
    }

    void theCommandLineUploadsWithProgress()
    {
        Run run
            = admin({QStringLiteral("upload-plugin"), m_event, QStringLiteral("random by hand"), QStringLiteral("3.0"),
                     QStringLiteral(PEN_RANDOM_PLUGIN), QStringLiteral("--config"), QStringLiteral("seed=3")},
                    m_vendorToken);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("100%")), "the upload shows its progress");
        QVERIFY(run.out.contains(*sha256OfFile(QStringLiteral(PEN_RANDOM_PLUGIN))));

        QTemporaryDir folder;
        QVERIFY(QFile::copy(QStringLiteral(PEN_FAKE_GRPC_PLUGIN), folder.filePath(QStringLiteral("plugin"))));
        QVERIFY(QFile::link(folder.filePath(QStringLiteral("plugin")), folder.filePath(QStringLiteral("link"))));
        run = admin({QStringLiteral("upload-plugin"), m_event, QStringLiteral("linked"), QStringLiteral("1"),
                     folder.path(), QStringLiteral("--program"), QStringLiteral("plugin")},
                    m_vendorToken);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("is a symbolic link")), qPrintable(run.err));

        // The server's refusal, in words.
        run = admin({QStringLiteral("upload-plugin"), m_event, QStringLiteral("random by hand"), QStringLiteral("3.1"),
                     QStringLiteral(PEN_RANDOM_PLUGIN)},
                    m_vendorToken);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("has a plugin named random by hand")), qPrintable(run.err));
        QVERIFY(leftInStaging().isEmpty());
    }
};

Q_DECLARE_METATYPE(v1::PluginUpload::Header)
Q_DECLARE_METATYPE(QList<Chunk>)

QTEST_GUILESS_MAIN(TestPluginUpload)
#include "tst_pluginupload.moc"
