// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Transport security: TLS with a certificate and key given at start, plain text only on loopback
// unless forced, clear errors for missing or broken key material.
#include "TournamentServer.h"
#include "client/ServerConnection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;
using namespace pen::server;

class TestServerTls : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_keys;
    QString path(const char *name) const { return m_keys.filePath(QLatin1String(name)); }

    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_keys.path());
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     process.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    /// A CA, and a server certificate it signed for localhost and 127.0.0.1.
    bool makeCertificates(const QString &prefix)
    {
        QFile extensions(path("san.cnf"));
        if (!extensions.open(QIODevice::WriteOnly))
            return false;
        extensions.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        extensions.close();
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=%1 test CA").arg(prefix),
                        QStringLiteral("-keyout"), prefix + QStringLiteral("-ca.key"), QStringLiteral("-out"),
                        prefix + QStringLiteral("-ca.pem")})
            && openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                        QStringLiteral("-keyout"), prefix + QStringLiteral("-server.key"), QStringLiteral("-out"),
                        prefix + QStringLiteral("-server.csr")})
            && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        prefix + QStringLiteral("-server.csr"), QStringLiteral("-CA"),
                        prefix + QStringLiteral("-ca.pem"), QStringLiteral("-CAkey"),
                        prefix + QStringLiteral("-ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("san.cnf"),
                        QStringLiteral("-out"), prefix + QStringLiteral("-server.pem")});
    }

    static grpc::Status listEvents(ServerConnection &connection)
    {
        auto context = connection.context(5);
        v1::ListEventsReply reply;
        return connection.admin().ListEvents(context.get(), {}, &reply);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(makeCertificates(QStringLiteral("good")));
        QVERIFY(makeCertificates(QStringLiteral("other")));
    }

    void tlsServesClientsThatTrustItsCertificate()
    {
        QTemporaryDir data;
        ServerOptions options;
        options.dataFolder = data.path();
        options.listen = QStringLiteral("127.0.0.1:0");
        options.tlsCertificate = path("good-server.pem");
        options.tlsKey = path("good-server.key");
        auto server = TournamentServer::start(options);
        QVERIFY2(server.hasValue(), server ? "" : qPrintable(server.error().message));
        auto host = (*server)->state().issueBootstrapHostToken(QStringLiteral("tls host"), false);
        QVERIFY(host.hasValue());
        const QString address = QStringLiteral("localhost:%1").arg((*server)->port());

        auto trusted = ServerConnection::connect({address, host->secret, path("good-ca.pem"), {}}).value();
        const grpc::Status ok = listEvents(*trusted);
        QVERIFY2(ok.ok(), qPrintable(ServerConnection::describe(ok)));

        auto plain = ServerConnection::connect({address, host->secret, {}, {}}).value();
        QCOMPARE(listEvents(*plain).error_code(), grpc::StatusCode::UNAVAILABLE);

        auto stranger = ServerConnection::connect({address, host->secret, path("other-ca.pem"), {}}).value();
        QCOMPARE(listEvents(*stranger).error_code(), grpc::StatusCode::UNAVAILABLE);
    }

    void plainTextOnlyOnLoopbackUnlessForced()
    {
        QTemporaryDir data;
        ServerOptions options;
        options.dataFolder = data.path();
        options.listen = QStringLiteral("0.0.0.0:0");
        auto refused = TournamentServer::start(options);
        QVERIFY(!refused.hasValue());
        QVERIFY2(refused.error().message.contains(QLatin1String("not a loopback address")),
                 qPrintable(refused.error().message));

        options.allowPlaintextRemote = true;
        auto forced = TournamentServer::start(options);
        QVERIFY2(forced.hasValue(), forced ? "" : qPrintable(forced.error().message));
        QVERIFY((*forced)->port() > 0);

        QVERIFY(TournamentServer::isLoopback(QStringLiteral("127.0.0.1:50051")));
        QVERIFY(TournamentServer::isLoopback(QStringLiteral("[::1]:50051")));
        QVERIFY(TournamentServer::isLoopback(QStringLiteral("localhost:1")));
        QVERIFY(!TournamentServer::isLoopback(QStringLiteral("192.168.1.5:50051")));
        QVERIFY(!TournamentServer::isLoopback(QStringLiteral("[::]:50051")));
    }

    void brokenKeyMaterialIsNamed()
    {
        QTemporaryDir data;
        ServerOptions options;
        options.dataFolder = data.path();
        options.listen = QStringLiteral("127.0.0.1:0");
        options.tlsCertificate = path("good-server.pem");
        auto halfTls = TournamentServer::start(options);
        QVERIFY(!halfTls.hasValue());
        QVERIFY(halfTls.error().message.contains(QLatin1String("both a certificate and its key")));

        options.tlsKey = path("san.cnf");
        auto notPem = TournamentServer::start(options);
        QVERIFY(!notPem.hasValue());
        QVERIFY2(notPem.error().message.contains(QLatin1String("is not a PEM file")),
                 qPrintable(notPem.error().message));

        options.tlsKey = path("missing.key");
        auto missing = TournamentServer::start(options);
        QVERIFY(!missing.hasValue());
        QVERIFY2(missing.error().message.contains(QLatin1String("missing.key cannot be read")),
                 qPrintable(missing.error().message));
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_servertls.moc"
