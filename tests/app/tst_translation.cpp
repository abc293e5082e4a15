// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MainWindow.h"
#include "Translation.h"
#include "viewer/ViewerSurfaceFormat.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace pen::gui;

/// Every English string of the GUI has a finished German translation, and the embedded .qm has it.
class TestTranslation final : public QObject {
    Q_OBJECT
public:
    static void initMain() { pen::gui::installViewerSurfaceFormat(); }

private slots:
    void initTestCase();
    void tsFileIsReadable();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void knownStringsAreGerman_data();
    void knownStringsAreGerman();
    void oneGermanTermForEachThing_data();
    void oneGermanTermForEachThing();
    void pluralFormsFollowTheCount();
    void englishPluralsCoverEveryCountedMessage_data();
    void englishPluralsCoverEveryCountedMessage();
    void englishPluralsFollowTheCount();
    void mainWindowShowsGermanMenus();

private:
    QTranslator m_german;
};

namespace {

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    bool finished = true;
    QStringList translations;
};

QList<TsMessage> readTsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.append(
                {context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), true, {}});
        } else if (xml.name() == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            messages.last().finished = type.isEmpty();
            if (!messages.last().numerus)
                messages.last().translations.append(xml.readElementText());
        } else if (xml.name() == QLatin1String("numerusform")) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    return xml.hasError() ? QList<TsMessage>() : messages;
}

QString tsFilePath(const QString &language = QStringLiteral("de"))
{
    return qEnvironmentVariable("PEN_SOURCE_DIR") + QStringLiteral("/translations/pentournament_%1.ts").arg(language);
}

} // namespace

void TestTranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(Translation::load(m_german, QStringLiteral("de")), "no :/i18n/pentournament_de.qm embedded");
}

void TestTranslation::tsFileIsReadable()
{
    if (qEnvironmentVariableIsEmpty("PEN_SOURCE_DIR"))
        QSKIP("PEN_SOURCE_DIR is not set (run the test through ctest)");
    QVERIFY2(readTsFile(tsFilePath()).size() > 50, "the .ts file is missing, malformed or nearly empty");
}

void TestTranslation::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("numerus");
    QTest::addColumn<bool>("finished");
    QTest::addColumn<QStringList>("translations");
    for (const TsMessage &m : readTsFile(tsFilePath())) {
        QTest::addRow("%s: %s", qPrintable(m.context), qPrintable(m.source))
            << m.context << m.source << m.numerus << m.finished << m.translations;
    }
}

void TestTranslation::everyMessageIsTranslated()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(bool, numerus);
    QFETCH(bool, finished);
    QFETCH(QStringList, translations);
    QVERIFY2(finished, "marked unfinished, vanished or obsolete");
    QCOMPARE(translations.size(), numerus ? 2 : 1); // German has one singular and one plural form
    for (const QString &text : translations)
        QVERIFY(!text.trimmed().isEmpty());
    const QString fromQm = m_german.translate(qPrintable(context), qPrintable(source), nullptr, numerus ? 1 : -1);
    QVERIFY2(!fromQm.isEmpty(), "missing from the embedded .qm: rebuild, or the .ts is out of date");
}

void TestTranslation::knownStringsAreGerman_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("german");
    QTest::newRow("file menu") << "pen::gui::MainWindow"
                               << "&File"
                               << "&Datei";
    QTest::newRow("open action") << "pen::gui::MainWindow"
                                 << "&Open Image Set..."
                                 << "Bildsatz ö&ffnen...";
    QTest::newRow("category") << "pen::gui::DisplayNames"
                              << "Narcotics"
                              << "Betäubungsmittel";
    QTest::newRow("object kind") << "pen::gui::DisplayNames"
                                 << "Baggage"
                                 << "Gepäck";
    QTest::newRow("table header") << "pen::gui::GroundTruthModel"
                                  << "Category"
                                  << "Kategorie";
    QTest::newRow("declaration") << "pen::gui::ScanDetailsPanel"
                                 << "HS code:"
                                 << "HS-Code:";
    QTest::newRow("goods in the browser") << "pen::gui::ScanDetailsPanel"
                                          << "Goods:"
                                          << "Warenbeschreibung:";
    QTest::newRow("weight in the browser") << "pen::gui::ScanDetailsPanel"
                                           << "Gross weight:"
                                           << "Bruttogewicht:";
    QTest::newRow("goods in a round") << "pen::gui::PracticeNames"
                                      << "Goods: %1"
                                      << "Warenbeschreibung: %1";
    QTest::newRow("weight in a round") << "pen::gui::PracticeNames"
                                       << "Gross weight: %1 kg"
                                       << "Bruttogewicht: %1 kg";
    QTest::newRow("review") << "pen::gui::ScorePage"
                            << "Review scans"
                            << "Scans durchgehen";
    QTest::newRow("false alarm tag") << "pen::gui::ScanFeedback"
                                     << "false alarm"
                                     << "Fehlalarm";
}

// Where the English names a thing, the German names it with the one term chosen for it (the
// customs terms for the declaration), so that the browser, a round and the score agree.
void TestTranslation::oneGermanTermForEachThing_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<QString>("term"); // a pattern
    const QList<std::pair<QRegularExpression, QString>> terms{
        {QRegularExpression(QStringLiteral("gross weight"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("Bruttogewicht")},
        {QRegularExpression(QStringLiteral("^Goods:")), QStringLiteral("Warenbeschreibung")},
        {QRegularExpression(QStringLiteral("declaration"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("Zollanmeldung")},
        {QRegularExpression(QStringLiteral("false alarm"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("Fehlalarm")},
        {QRegularExpression(QStringLiteral("hit rate"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("Trefferquote")},
        {QRegularExpression(QStringLiteral("image set"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("Bilds(atz|ätze)")},
        {QRegularExpression(QStringLiteral("\\bmarks?\\b"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("markier")},
        {QRegularExpression(QStringLiteral("ground truth"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("Ground Truth")},
    };
    for (const TsMessage &m : readTsFile(tsFilePath())) {
        for (const auto &[english, german] : terms) {
            if (!english.match(m.source).hasMatch())
                continue;
            for (const QString &translation : m.translations)
                QTest::addRow("%s: %s", qPrintable(german), qPrintable(m.source)) << m.source << translation << german;
        }
    }
}

void TestTranslation::oneGermanTermForEachThing()
{
    QFETCH(QString, source);
    QFETCH(QString, translation);
    QFETCH(QString, term);
    QVERIFY2(QRegularExpression(term, QRegularExpression::CaseInsensitiveOption).match(translation).hasMatch(),
             qPrintable(QStringLiteral("\"%1\" is \"%2\", without \"%3\"").arg(source, translation, term)));
}

void TestTranslation::knownStringsAreGerman()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, german);
    QCOMPARE(m_german.translate(qPrintable(context), qPrintable(source)), german);
}

void TestTranslation::pluralFormsFollowTheCount()
{
    QCOMPARE(m_german.translate("pen::gui::MainWindow", "%n scan(s)", nullptr, 1), QStringLiteral("%n Scan"));
    QCOMPARE(m_german.translate("pen::gui::MainWindow", "%n scan(s)", nullptr, 3), QStringLiteral("%n Scans"));
}

// English source texts say "%n scan(s)"; the English plural file turns that into "1 scan", "3 scans".
void TestTranslation::englishPluralsCoverEveryCountedMessage_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    for (const TsMessage &m : readTsFile(tsFilePath())) {
        if (m.numerus)
            QTest::addRow("%s: %s", qPrintable(m.context), qPrintable(m.source)) << m.context << m.source;
    }
}

void TestTranslation::englishPluralsCoverEveryCountedMessage()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QTranslator english;
    QVERIFY2(Translation::load(english, QStringLiteral("en")), "no :/i18n/pentournament_en.qm embedded");
    const QString one = english.translate(qPrintable(context), qPrintable(source), nullptr, 1);
    const QString many = english.translate(qPrintable(context), qPrintable(source), nullptr, 2);
    QVERIFY2(!one.isEmpty() && !many.isEmpty(),
             "missing from pentournament_en.ts: run the update_plural_translations target");
    QVERIFY2(!one.contains(QStringLiteral("(s)")) && !many.contains(QStringLiteral("(s)")),
             qPrintable(QStringLiteral("%1 / %2").arg(one, many)));
    QVERIFY(one != many);
}

void TestTranslation::englishPluralsFollowTheCount()
{
    QTranslator english;
    QVERIFY(Translation::load(english, QStringLiteral("en")));
    QCOMPARE(english.translate("pen::gui::MainWindow", "%n scan(s)", nullptr, 1), QStringLiteral("%n scan"));
    QCOMPARE(english.translate("pen::gui::MainWindow", "%n scan(s)", nullptr, 3), QStringLiteral("%n scans"));
    QCOMPARE(english.translate("pen::gui::ScanFeedback", "%n mark(s) on nothing to report", nullptr, 1),
             QStringLiteral("%n mark on nothing to report"));
}

void TestTranslation::mainWindowShowsGermanMenus()
{
    QCoreApplication::installTranslator(&m_german);
    MainWindow window;
    QCoreApplication::removeTranslator(&m_german);
    QStringList menus;
    for (const QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht")}));
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
