// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "storage/PracticeHistory.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;

namespace {

PracticeRecord sampleRound(int hits)
{
    PracticeRecord record;
    record.startedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC).addDays(hits);
    record.setName = QStringLiteral("find-the-cocaine");
    record.setPath = QStringLiteral("imagesets/find-the-cocaine");
    record.settings = RoundSettings::defaultsFor(RoundType::FindTheThreat);
    record.settings.targetCategories = {QStringLiteral("narcotics")};
    record.score.detection = {hits, 10 - hits, 2, 8};
    record.score.points = hits * 10.0;
    record.score.meanResponseSeconds = 31.5;
    record.score.medianResponseSeconds = 28;
    record.score.scansAnswered = 20;
    Answer answer;
    answer.scanId = QStringLiteral("cocaine-007");
    answer.marks = {{Region{1, QRectF(10, 20, 30, 40), {}}, QStringLiteral("narcotics"), 1}};
    answer.responseSeconds = 14.25;
    answer.toolUse = {{QStringLiteral("zoom-in"), 4}, {QStringLiteral("organic-only"), 1}};
    record.answers = {answer, Answer{QStringLiteral("cocaine-008"), {}, 120, true, {}}};
    return record;
}

} // namespace

class TestPracticeHistory final : public QObject {
    Q_OBJECT
private slots:
    void savesAndReadsBack();
    void keepsRoundsAcrossReopening();
    void limitKeepsTheNewest();
    void refusesFilesThatAreNotAHistory();
    void refusesANewerSchema();
    void roundsAreKeptPerTrainee();
    void historyOfSchemaOneGainsTrainees();

private:
    QTemporaryDir m_dir;
};

void TestPracticeHistory::savesAndReadsBack()
{
    auto history = PracticeHistory::open(m_dir.filePath(QStringLiteral("a/history.sqlite")));
    QVERIFY2(history, history ? "" : qPrintable(history.error().message));
    const PracticeRecord record = sampleRound(7);
    const auto id = (*history)->save(record);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    const auto rounds = (*history)->rounds();
    QVERIFY(rounds);
    QCOMPARE(rounds->size(), 1);
    const PracticeRecord &back = rounds->first();
    QCOMPARE(back.id, *id);
    QCOMPARE(back.startedAt, record.startedAt);
    QCOMPARE(back.setName, record.setName);
    QCOMPARE(back.settings, record.settings);
    QCOMPARE(back.score.detection.hits, 7);
    QCOMPARE(back.score.detection.correctRejections, 8);
    QCOMPARE(back.score.points, 70.0);
    QCOMPARE(back.score.medianResponseSeconds, 28.0);
    const auto answers = (*history)->answers(*id);
    QVERIFY(answers);
    QCOMPARE(*answers, record.answers);
}

void TestPracticeHistory::keepsRoundsAcrossReopening()
{
    const QString path = m_dir.filePath(QStringLiteral("b.sqlite"));
    {
        auto history = PracticeHistory::open(path);
        QVERIFY(history);
        QVERIFY((*history)->save(sampleRound(3)));
        QVERIFY((*history)->save(sampleRound(5)));
    }
    auto reopened = PracticeHistory::open(path);
    QVERIFY(reopened);
    const auto rounds = (*reopened)->rounds();
    QCOMPARE(rounds->size(), 2);
    QCOMPARE(rounds->at(0).score.detection.hits, 3);
    QCOMPARE(rounds->at(1).score.detection.hits, 5);
}

void TestPracticeHistory::limitKeepsTheNewest()
{
    auto history = PracticeHistory::open(m_dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(history);
    for (int hits = 1; hits <= 5; ++hits)
        QVERIFY((*history)->save(sampleRound(hits)));
    const auto rounds = (*history)->rounds(2);
    QCOMPARE(rounds->size(), 2);
    QCOMPARE(rounds->at(0).score.detection.hits, 4); // oldest of the newest two first
    QCOMPARE(rounds->at(1).score.detection.hits, 5);
}

void TestPracticeHistory::refusesFilesThatAreNotAHistory()
{
    const QString text = m_dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const auto history = PracticeHistory::open(text);
    QVERIFY(!history);
    QVERIFY2(history.error().message.contains(QStringLiteral("notes.sqlite: not a practice history")),
             qPrintable(history.error().message));
    QFile check(text);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray(4096, 'x')); // untouched

    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const auto foreign = PracticeHistory::open(other);
    QVERIFY(!foreign);
    QVERIFY2(foreign.error().message.contains(QStringLiteral("not a practice history")),
             qPrintable(foreign.error().message));
}

void TestPracticeHistory::refusesANewerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const auto history = PracticeHistory::open(path);
    QVERIFY(!history);
    QVERIFY2(history.error().message.contains(QStringLiteral("newer version")), qPrintable(history.error().message));
}

// On a PC that trainees share, each round says who played it, and each trainee sees their own.
void TestPracticeHistory::roundsAreKeptPerTrainee()
{
    auto history = PracticeHistory::open(m_dir.filePath(QStringLiteral("shared.sqlite")));
    QVERIFY2(history, qPrintable(history ? QString() : history.error().message));
    const QStringList players{QStringLiteral("Ana"), QStringLiteral("Bram"), QStringLiteral("Ana"), QString(),
                              QStringLiteral(" Bram ")};
    const QList<PracticeCategoryScore> categories{{QStringLiteral("narcotics"), 2, 1, {2, 1, 1, 5}},
                                                  {QStringLiteral("weapon"), 0, 1, {0, 1, 0, 6}}};
    for (int i = 0; i < players.size(); ++i) {
        PracticeRecord record = sampleRound(i + 1);
        record.trainee = players[i];
        if (i == 0)
            record.categories = categories;
        QVERIFY((*history)->save(record));
    }
    const auto ana = (*history)->rounds(0, QStringLiteral("Ana"));
    QVERIFY(ana);
    QCOMPARE(ana->size(), 2);
    QCOMPARE(ana->at(0).score.detection.hits, 1);
    QCOMPARE(ana->at(1).score.detection.hits, 3);
    QCOMPARE(ana->at(1).trainee, QStringLiteral("Ana"));
    QCOMPARE(ana->at(0).categories, categories); // each round's results per category come with it
    QVERIFY(ana->at(1).categories.isEmpty());
    const auto bram = (*history)->rounds(1, QStringLiteral("Bram"));
    QVERIFY(bram);
    QCOMPARE(bram->size(), 1);
    QCOMPARE(bram->first().score.detection.hits, 5); // the name is stored without its spaces
    PracticeRecord setless = sampleRound(9);         // a round of a set without a name or folder is still kept
    setless.setName.clear();
    setless.setPath.clear();
    setless.trainee = QStringLiteral("Chris");
    QVERIFY((*history)->save(setless));
    QCOMPARE((*history)->rounds(0, QStringLiteral("Chris"))->first().setPath, QString());
    const auto nameless = (*history)->rounds(0, QString());
    QVERIFY(nameless);
    QCOMPARE(nameless->size(), 1);
    QCOMPARE((*history)->rounds()->size(), 6);
    QCOMPARE(*(*history)->trainees(),
             (QStringList{QStringLiteral("Chris"), QStringLiteral("Bram"), QStringLiteral("Ana")}));
}

// A history written before rounds had trainees opens with its rounds intact and nameless.
void TestPracticeHistory::historyOfSchemaOneGainsTrainees()
{
    const QString path = m_dir.filePath(QStringLiteral("schema1.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QFile script(QStringLiteral(PEN_SOURCE_DIR "/core/storage/schema/practice-history.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QSqlQuery q(db);
        for (const QString &statement : QString::fromUtf8(script.readAll()).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!statement.trimmed().isEmpty())
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        q.prepare(QStringLiteral("INSERT INTO practice_round VALUES (1, '2026-11-02T09:30:00.000Z', 'starter', "
                                 "'imagesets/starter', ?, 3, 1, 0, 4, 3, 1, 0, 8, 0, 30, 12.5, 11, 100)"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(RoundSettings::defaultsFor(RoundType::FindTheThreat).toJson())
                                             .toJson(QJsonDocument::Compact)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema1"));
    auto history = PracticeHistory::open(path);
    QVERIFY2(history, qPrintable(history ? QString() : history.error().message));
    const auto rounds = (*history)->rounds();
    QVERIFY2(rounds, qPrintable(rounds ? QString() : rounds.error().message));
    QCOMPARE(rounds->size(), 1);
    QCOMPARE(rounds->first().setName, QStringLiteral("starter"));
    QCOMPARE(rounds->first().score.detection.hits, 3);
    QCOMPARE(rounds->first().trainee, QString());
    QVERIFY(rounds->first().categories.isEmpty());
    PracticeRecord next = sampleRound(2);
    next.trainee = QStringLiteral("Ana");
    QVERIFY((*history)->save(next));
    QCOMPARE((*history)->rounds(0, QStringLiteral("Ana"))->size(), 1);
    history->reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema1-check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery version(db);
        QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
        QCOMPARE(version.value(0).toInt(), PracticeHistory::SchemaVersion);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema1-check"));
}

QTEST_GUILESS_MAIN(TestPracticeHistory)
#include "tst_practicehistory.moc"
