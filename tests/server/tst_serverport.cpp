// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// One server to a port: a second server, with another data folder, on the port of a running one
// refuses to start and says that the address is in use; the first keeps answering every call.
#include "ServerFixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;
using namespace pen::test;

class TestServerPort final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void aSecondServerInTheSameProcessIsRefused();
    void aSecondServerProgramExitsSayingTheAddressIsInUse();

private:
    /// Fresh connections (each a TCP connection of its own) all reach the first server: with a
    /// shared port some would reach the second, which knows neither the token nor the event.
    void verifyTheFirstServerAnswers();

    ServerFixture m_fixture;
    QString m_eventId;
};

void TestServerPort::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    QVERIFY(m_fixture.createEvent(QStringLiteral("First server's event"), &m_eventId).ok());
}

void TestServerPort::verifyTheFirstServerAnswers()
{
    for (int i = 0; i < 12; ++i) {
        auto connection = m_fixture.connect(m_fixture.hostToken());
        auto context = connection->context(10);
        v1::ListEventsReply reply;
        const grpc::Status status = connection->admin().ListEvents(context.get(), {}, &reply);
        QVERIFY2(status.ok(), qPrintable(server::ServerConnection::describe(status)));
        QCOMPARE(reply.events_size(), 1);
        QCOMPARE(QString::fromStdString(reply.events(0).event_id()), m_eventId);
    }
}

void TestServerPort::aSecondServerInTheSameProcessIsRefused()
{
    QTemporaryDir other;
    server::ServerOptions options;
    options.dataFolder = other.path();
    options.listen = m_fixture.address();
    const auto second = server::TournamentServer::start(options);
    QVERIFY2(!second.hasValue(), "a second server started on the port of the first");
    const QString message = second.error().message;
    QVERIFY2(message.contains(m_fixture.address() + QStringLiteral(" is in use")), qPrintable(message));
    verifyTheFirstServerAnswers();
}

void TestServerPort::aSecondServerProgramExitsSayingTheAddressIsInUse()
{
    QTemporaryDir other;
    QProcess second;
    second.start(QStringLiteral(PEN_SERVER_BINARY),
                 {QStringLiteral("--data"), other.path(), QStringLiteral("--listen"), m_fixture.address()});
    if (!second.waitForFinished(60000)) {
        second.kill();
        second.waitForFinished();
        QFAIL("a second server is running on the port of the first");
    }
    const QString err = QString::fromLocal8Bit(second.readAllStandardError());
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("pentournament-server: %1 is in use").arg(m_fixture.address())),
             qPrintable(err));
    QVERIFY2(!second.readAllStandardOutput().contains("listening"), "the second server said it listens");
    verifyTheFirstServerAnswers();
}

QTEST_GUILESS_MAIN(TestServerPort)
#include "tst_serverport.moc"
