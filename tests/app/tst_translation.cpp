// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MainWindow.h"
#include "Translation.h"
#include "viewer/ViewerSurfaceFormat.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <map>
#include <memory>

using namespace pen::gui;

/// Every shipped language is complete: each English string of the GUI has a finished translation,
/// with every plural form, the placeholders, accelerator, HTML tags and closing punctuation of the
/// source, naming things with the terms of the language's glossary of X-ray screening
/// (translations/glossary_<lang>.tsv); the embedded .qm has it.
class TestTranslation final : public QObject {
    Q_OBJECT
public:
    static void initMain() { pen::gui::installViewerSurfaceFormat(); }

private slots:
    void initTestCase();
    void filesAreReadable_data();
    void filesAreReadable();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void glossaryTermsAreUsed_data();
    void glossaryTermsAreUsed();
    void knownStringsAreTranslated_data();
    void knownStringsAreTranslated();
    void pluralFormsFollowTheCount_data();
    void pluralFormsFollowTheCount();
    void englishPluralsCoverEveryCountedMessage_data();
    void englishPluralsCoverEveryCountedMessage();
    void englishPluralsFollowTheCount();
    void mainWindowShowsTranslatedMenus_data();
    void mainWindowShowsTranslatedMenus();

private:
    std::map<QString, std::unique_ptr<QTranslator>> m_translators; // by language, e.g. "de"
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

QString tsFilePath(const QString &language)
{
    return qEnvironmentVariable("PEN_SOURCE_DIR") + QStringLiteral("/translations/pentournament_%1.ts").arg(language);
}

QString glossaryPath(const QString &language)
{
    return qEnvironmentVariable("PEN_SOURCE_DIR") + QStringLiteral("/translations/glossary_%1.tsv").arg(language);
}

/// The shipped languages: those whose translation is embedded (English's holds plural forms only).
QStringList shippedLanguages()
{
    QStringList languages;
    static const QRegularExpression name(QStringLiteral("^pentournament_(\\w+)\\.qm$"));
    for (const QString &file : QDir(Translation::ResourceFolder).entryList({QStringLiteral("*.qm")})) {
        const QRegularExpressionMatch match = name.match(file);
        if (match.hasMatch() && match.captured(1) != QLatin1String("en"))
            languages.append(match.captured(1));
    }
    languages.sort();
    return languages;
}

/// How many plural forms Qt gives a language: one and many, or three for the Slavic languages.
qsizetype pluralForms(const QString &language)
{
    static const QStringList three{QStringLiteral("pl"), QStringLiteral("cs"), QStringLiteral("sk"),
                                   QStringLiteral("ru"), QStringLiteral("uk"), QStringLiteral("hr")};
    return three.contains(language) ? 3 : 2;
}

QStringList sortedMatches(const QRegularExpression &pattern, const QString &text)
{
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

/// %1 … %9, %n and a progress bar's %v and %m: what a translation keeps of its source.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(?:\\d|n|v|m)"));
    return sortedMatches(placeholder, text);
}

/// The HTML tags of a rich text.
QStringList htmlTags(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("</?(?:b|br|h2|p|small|sub)>"));
    return sortedMatches(tag, text);
}

QChar lastCharacter(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QChar() : trimmed.back();
}

/// The punctuation that ends a sentence, a question or a label before its field.
QString sentenceEnds()
{
    return QStringLiteral(".:?!\u2026");
}

struct GlossaryEntry {
    QString english;
    QStringList forms; // the translated term and the other forms it may take in a sentence
};

/// Lines "english term<TAB>term|form|form"; '#' starts a comment line. Empty when unreadable or malformed.
QList<GlossaryEntry> readGlossary(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<GlossaryEntry> entries;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 2 || fields[0].trimmed().isEmpty())
            return {};
        const GlossaryEntry entry{fields[0].trimmed(), fields[1].split(QLatin1Char('|'), Qt::SkipEmptyParts)};
        if (entry.forms.isEmpty())
            return {};
        entries.append(entry);
    }
    return entries;
}

/// What stays as it is in every language: the product's name, command-line options and commands,
/// host names, a TIP mix as typed ("narcotics=2"), a plugin's "listening on HOST:PORT".
QString withoutVerbatimNames(QString source)
{
    static const QRegularExpression verbatim(
        QStringLiteral("PEN-Tournament|--[a-z-]+|pentournament-admin token-issue|[\\w-]+(?:\\.[\\w-]+){2,}|"
                       "\\w+=\\d+|HOST:PORT"));
    return source.replace(verbatim, QStringLiteral(" "));
}

} // namespace

void TestTranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QStringList languages = shippedLanguages();
    for (const char *language : {"de", "fr", "nl", "es", "it", "pt", "pl"}) {
        QVERIFY2(languages.contains(QLatin1String(language)),
                 qPrintable(QStringLiteral("no :/i18n/pentournament_%1.qm embedded").arg(QLatin1String(language))));
    }
    for (const QString &language : languages) {
        auto translator = std::make_unique<QTranslator>();
        QVERIFY2(Translation::load(*translator, language), qPrintable(language));
        m_translators[language] = std::move(translator);
    }
}

void TestTranslation::filesAreReadable_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : shippedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslation::filesAreReadable()
{
    if (qEnvironmentVariableIsEmpty("PEN_SOURCE_DIR"))
        QSKIP("PEN_SOURCE_DIR is not set (run the test through ctest)");
    QFETCH(QString, language);
    QVERIFY2(readTsFile(tsFilePath(language)).size() > 50, "the .ts file is missing, malformed or nearly empty");
    QVERIFY2(readGlossary(glossaryPath(language)).size() >= 30,
             "the glossary is missing, malformed (english<TAB>term|form) or holds fewer than 30 terms");
}

void TestTranslation::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("numerus");
    QTest::addColumn<bool>("finished");
    QTest::addColumn<QStringList>("translations");
    for (const QString &language : shippedLanguages()) {
        for (const TsMessage &m : readTsFile(tsFilePath(language))) {
            QTest::addRow("%s %s: %s", qPrintable(language), qPrintable(m.context), qPrintable(m.source))
                << language << m.context << m.source << m.numerus << m.finished << m.translations;
        }
    }
}

void TestTranslation::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(bool, numerus);
    QFETCH(bool, finished);
    QFETCH(QStringList, translations);
    QVERIFY2(finished, "marked unfinished, vanished or obsolete");
    QCOMPARE(translations.size(), numerus ? pluralForms(language) : 1); // every plural form of the language
    for (const QString &text : translations) {
        QVERIFY(!text.trimmed().isEmpty());
        QCOMPARE(placeholders(text), placeholders(source));
        QCOMPARE(text.count(QLatin1Char('&')), source.count(QLatin1Char('&'))); // the accelerator
        QCOMPARE(htmlTags(text), htmlTags(source));
        // A sentence ends as its source does; a label or a fragment gains no full stop or colon.
        const QChar sourceEnd = lastCharacter(source);
        const QChar textEnd = lastCharacter(text);
        if (sentenceEnds().contains(sourceEnd) || sentenceEnds().contains(textEnd))
            QCOMPARE(textEnd, sourceEnd);
    }
    const QString fromQm
        = m_translators.at(language)->translate(qPrintable(context), qPrintable(source), nullptr, numerus ? 1 : -1);
    QVERIFY2(!fromQm.isEmpty(), "missing from the embedded .qm: rebuild, or the .ts is out of date");
}

// Where the English names a thing with a term of the glossary (the whole word, in any case, singular
// or plural), the translation names it with the term chosen for it or one of its listed forms, so
// that the viewer, a round, the score and the threat library agree.
void TestTranslation::glossaryTermsAreUsed_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QStringList>("forms");
    for (const QString &language : shippedLanguages()) {
        const QList<TsMessage> messages = readTsFile(tsFilePath(language));
        for (const GlossaryEntry &entry : readGlossary(glossaryPath(language))) {
            const QRegularExpression english(
                QStringLiteral("(?<!\\w)%1(?:s|es)?(?!\\w)").arg(QRegularExpression::escape(entry.english)),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
            for (const TsMessage &m : messages) {
                if (!english.match(withoutVerbatimNames(m.source)).hasMatch())
                    continue;
                for (const QString &translation : m.translations) {
                    QTest::addRow("%s %s: %s", qPrintable(language), qPrintable(entry.english), qPrintable(m.source))
                        << m.source << translation << entry.english << entry.forms;
                }
            }
        }
    }
}

void TestTranslation::glossaryTermsAreUsed()
{
    QFETCH(QString, source);
    QFETCH(QString, translation);
    QFETCH(QString, english);
    QFETCH(QStringList, forms);
    const QString text = QString(translation).remove(QLatin1Char('&')); // "Beel&d" says "Beeld"
    const bool used = std::any_of(forms.cbegin(), forms.cend(),
                                  [&](const QString &form) { return text.contains(form, Qt::CaseInsensitive); });
    QVERIFY2(used,
             qPrintable(QStringLiteral("\"%1\" is \"%2\", without \"%3\" for \"%4\"")
                            .arg(source, translation, forms.join(QLatin1Char('|')), english)));
}

void TestTranslation::knownStringsAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("translation");
    const QString de = QStringLiteral("de");
    QTest::newRow("de file menu") << de << "pen::gui::MainWindow"
                                  << "&File"
                                  << "&Datei";
    QTest::newRow("de open action") << de << "pen::gui::MainWindow"
                                    << "&Open Image Set..."
                                    << "Bildsatz ö&ffnen...";
    QTest::newRow("de ground truth") << de << "pen::gui::MainWindow"
                                     << "Show &Ground Truth"
                                     << "&Referenzbefund zeigen";
    QTest::newRow("de category") << de << "pen::gui::DisplayNames"
                                 << "Narcotics"
                                 << "Betäubungsmittel";
    QTest::newRow("de object kind") << de << "pen::gui::DisplayNames"
                                    << "Baggage"
                                    << "Gepäck";
    QTest::newRow("de table header") << de << "pen::gui::GroundTruthModel"
                                     << "Category"
                                     << "Kategorie";
    QTest::newRow("de declaration") << de << "pen::gui::ScanDetailsPanel"
                                    << "HS code:"
                                    << "HS-Code:";
    QTest::newRow("de goods in the browser") << de << "pen::gui::ScanDetailsPanel"
                                             << "Goods:"
                                             << "Warenbeschreibung:";
    QTest::newRow("de weight in the browser") << de << "pen::gui::ScanDetailsPanel"
                                              << "Gross weight:"
                                              << "Bruttogewicht:";
    QTest::newRow("de goods in a round") << de << "pen::gui::PracticeNames"
                                         << "Goods: %1"
                                         << "Warenbeschreibung: %1";
    QTest::newRow("de weight in a round") << de << "pen::gui::PracticeNames"
                                          << "Gross weight: %1 kg"
                                          << "Bruttogewicht: %1 kg";
    QTest::newRow("de review") << de << "pen::gui::ScorePage"
                               << "Review scans"
                               << "Scans durchgehen";
    QTest::newRow("de false alarm tag") << de << "pen::gui::ScanFeedback"
                                        << "false alarm"
                                        << "Fehlalarm";
    const QString fr = QStringLiteral("fr");
    QTest::newRow("fr file menu") << fr << "pen::gui::MainWindow"
                                  << "&File"
                                  << "&Fichier";
    QTest::newRow("fr ground truth") << fr << "pen::gui::MainWindow"
                                     << "Show &Ground Truth"
                                     << "Afficher la &vérité terrain";
    QTest::newRow("fr category") << fr << "pen::gui::DisplayNames"
                                 << "Narcotics"
                                 << "Stupéfiants";
    QTest::newRow("fr hidden compartment") << fr << "pen::gui::DisplayNames"
                                           << "Hidden compartment"
                                           << "Cache aménagée";
    QTest::newRow("fr mode") << fr << "pen::gui::ViewerTools"
                             << "High penetration"
                             << "Haute pénétration";
    QTest::newRow("fr false alarm tag") << fr << "pen::gui::ScanFeedback"
                                        << "false alarm"
                                        << "fausse alarme";
    const QString nl = QStringLiteral("nl");
    QTest::newRow("nl file menu") << nl << "pen::gui::MainWindow"
                                  << "&File"
                                  << "&Bestand";
    QTest::newRow("nl ground truth") << nl << "pen::gui::MainWindow"
                                     << "Show &Ground Truth"
                                     << "&Grondwaarheid tonen";
    QTest::newRow("nl declaration") << nl << "pen::gui::ScanDetailsPanel"
                                    << "Gross weight:"
                                    << "Brutogewicht:";
    QTest::newRow("nl mode") << nl << "pen::gui::ViewerTools"
                             << "Organic only"
                             << "Alleen organisch";
    const QString es = QStringLiteral("es");
    QTest::newRow("es file menu") << es << "pen::gui::MainWindow"
                                  << "&File"
                                  << "&Archivo";
    QTest::newRow("es ground truth") << es << "pen::gui::MainWindow"
                                     << "Show &Ground Truth"
                                     << "Mostrar la &verdad de referencia";
    QTest::newRow("es clear") << es << "pen::gui::PracticeRoundPage"
                              << "Clear: nothing to report (X)"
                              << "Limpio: nada que señalar (X)";
    QTest::newRow("es mode") << es << "pen::gui::ViewerTools"
                             << "Low penetration"
                             << "Baja penetración";
    // French sets a no-break space before a colon.
    QTest::newRow("fr weight in a round") << fr << "pen::gui::PracticeNames"
                                          << "Gross weight: %1 kg" << QStringLiteral("Poids brut\u00a0: %1 kg");
}

void TestTranslation::knownStringsAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, translation);
    QCOMPARE(m_translators.at(language)->translate(qPrintable(context), qPrintable(source)), translation);
}

void TestTranslation::pluralFormsFollowTheCount_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("text");
    QTest::newRow("de 0") << "de" << 0 << "%n Scans";
    QTest::newRow("de 1") << "de" << 1 << "%n Scan";
    QTest::newRow("de 3") << "de" << 3 << "%n Scans";
    QTest::newRow("fr 0") << "fr" << 0 << "%n scan"; // French counts nought in the singular
    QTest::newRow("fr 1") << "fr" << 1 << "%n scan";
    QTest::newRow("fr 3") << "fr" << 3 << "%n scans";
    QTest::newRow("nl 0") << "nl" << 0 << "%n scans";
    QTest::newRow("nl 1") << "nl" << 1 << "%n scan";
    QTest::newRow("es 1") << "es" << 1 << "%n escaneo";
    QTest::newRow("es 2") << "es" << 2 << "%n escaneos";
    QTest::newRow("it 1") << "it" << 1 << "%n scansione";
    QTest::newRow("it 2") << "it" << 2 << "%n scansioni";
    QTest::newRow("pt 1") << "pt" << 1 << "%n escaneamento";
    QTest::newRow("pt 2") << "pt" << 2 << "%n escaneamentos";
    QTest::newRow("pl 1") << "pl" << 1 << "%n skan"; // Polish has three forms
    QTest::newRow("pl 3") << "pl" << 3 << "%n skany";
    QTest::newRow("pl 5") << "pl" << 5 << "%n skanów";
    QTest::newRow("pl 22") << "pl" << 22 << "%n skany";
}

void TestTranslation::pluralFormsFollowTheCount()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, text);
    QCOMPARE(m_translators.at(language)->translate("pen::gui::MainWindow", "%n scan(s)", nullptr, count), text);
}

// English source texts say "%n scan(s)"; the English plural file turns that into "1 scan", "3 scans".
void TestTranslation::englishPluralsCoverEveryCountedMessage_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    for (const TsMessage &m : readTsFile(tsFilePath(QStringLiteral("de")))) {
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

void TestTranslation::mainWindowShowsTranslatedMenus_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::newRow("de") << "de" << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht")};
    QTest::newRow("fr") << "fr" << QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Affichage")};
    QTest::newRow("nl") << "nl" << QStringList{QStringLiteral("&Bestand"), QStringLiteral("Beel&d")};
    QTest::newRow("es") << "es" << QStringList{QStringLiteral("&Archivo"), QStringLiteral("&Ver")};
    QTest::newRow("it") << "it" << QStringList{QStringLiteral("&File"), QStringLiteral("&Visualizza")};
    QTest::newRow("pt") << "pt" << QStringList{QStringLiteral("&Arquivo"), QStringLiteral("E&xibir")};
    QTest::newRow("pl") << "pl" << QStringList{QStringLiteral("&Plik"), QStringLiteral("&Widok")};
}

void TestTranslation::mainWindowShowsTranslatedMenus()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QTranslator &translator = *m_translators.at(language);
    QCoreApplication::installTranslator(&translator);
    MainWindow window;
    QCoreApplication::removeTranslator(&translator);
    QStringList shown;
    for (const QAction *action : window.menuBar()->actions())
        shown.append(action->text());
    QCOMPARE(shown, menus);
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
