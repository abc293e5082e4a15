// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TipFixtures.h"
#include "io/RasterImageIO.h"
#include "tip/ThreatLibrary.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pen;
using namespace pen::test;

namespace {

// Mean −ln T over the threat's pixels in one channel.
double meanAttenuation(const ThreatImage &threat, int channel)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < threat.height; ++y) {
        for (int x = 0; x < threat.width; ++x) {
            if (threat.attenuates(x, y)) {
                sum += -std::log(std::max(1, int(threat.channels[size_t(channel)].at(x, y))) / 65535.0);
                ++n;
            }
        }
    }
    return sum / n;
}

std::optional<ThreatImage> named(const ThreatLibrary &library, const QString &name)
{
    for (const QString &category : library.categories()) {
        for (const ThreatImage &threat : library.threats(category)) {
            if (threat.label.name == name)
                return threat;
        }
    }
    return std::nullopt;
}

} // namespace

class TestThreatLibrary final : public QObject {
    Q_OBJECT
private slots:
    void builtInHasTheSevenThreats();
    void builtInPhysicsIsPlausible();
    void addRefusesBadThreats();
    void loadFolderReadsIsolatedImages();
    void loadFolderErrors();
};

void TestThreatLibrary::builtInHasTheSevenThreats()
{
    auto table = AttenuationTable::bundled();
    QVERIFY(table);
    auto library = ThreatLibrary::builtIn(*table);
    QVERIFY2(library, library ? "" : qPrintable(library.error().message));
    QCOMPARE(library->size(), 7);
    QCOMPARE(library->categories(),
             (QStringList{QStringLiteral("cigarettes"), QStringLiteral("currency"), QStringLiteral("explosive"),
                          QStringLiteral("narcotics"), QStringLiteral("weapon")}));
    QCOMPARE(library->threats(QStringLiteral("narcotics")).size(), 2);
    QCOMPARE(library->threats(QStringLiteral("weapon")).size(), 2);
    QStringList materials;
    for (const QString &category : library->categories()) {
        for (const ThreatImage &threat : library->threats(category)) {
            QCOMPARE(threat.channelCount(), 2);
            QVERIFY(threat.label.massKg && *threat.label.massKg > 0);
            QCOMPARE(threat.maskBounds(), QRect(0, 0, threat.width, threat.height));
            QVERIFY(threat.width <= 320 && threat.height <= 120);
            materials << threat.label.material;
        }
    }
    for (const char *material : {"cocaine_hcl", "heroin_base", "cellulose", "steel_304", "rdx"})
        QVERIFY2(materials.contains(QLatin1String(material)), material);
    auto again = ThreatLibrary::builtIn(*table);
    QVERIFY(again && again->threats(QStringLiteral("weapon")) == library->threats(QStringLiteral("weapon")));
}

void TestThreatLibrary::builtInPhysicsIsPlausible()
{
    auto table = AttenuationTable::bundled();
    auto library = ThreatLibrary::builtIn(*table);
    QVERIFY(library);
    const auto pistol = named(*library, QStringLiteral("pistol"));
    const auto cocaine = named(*library, QStringLiteral("cocaine brick"));
    const auto notes = named(*library, QStringLiteral("banknote bundle"));
    QVERIFY(pistol && cocaine && notes);
    // Steel stops more of the high-energy beam than a brick of powder, which stops more than paper money.
    QVERIFY(meanAttenuation(*pistol, 1) > meanAttenuation(*cocaine, 1));
    QVERIFY(meanAttenuation(*cocaine, 1) > meanAttenuation(*notes, 1));
    // R = ln T_low / ln T_high grows with Z_eff: steel above the organic brick.
    const double steelRatio = meanAttenuation(*pistol, 0) / meanAttenuation(*pistol, 1);
    const double organicRatio = meanAttenuation(*cocaine, 0) / meanAttenuation(*cocaine, 1);
    QVERIFY2(steelRatio > organicRatio, qPrintable(QStringLiteral("%1 vs %2").arg(steelRatio).arg(organicRatio)));
}

void TestThreatLibrary::addRefusesBadThreats()
{
    ThreatLibrary library;
    QVERIFY(library.add(constantThreat(1, 3, 3, 100)));
    QVERIFY(!library.add(constantThreat(1, 3, 3, 100, QStringLiteral("Not A Key"))));
    QVERIFY(!library.add(constantThreat(1, 3, 3, 65535))); // attenuates nothing
    QVERIFY(!library.add(ThreatImage{}));
    QCOMPARE(library.size(), 1);
    QVERIFY(library.threats(QStringLiteral("unknown")).isEmpty());
}

void TestThreatLibrary::loadFolderReadsIsolatedImages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ScanView blade = constantView(1, 40, 30, 60000);
    for (int x = 5; x < 30; ++x)
        blade.channels[0].at(x, 12) = 20000;
    QVERIFY(writeRasterView(blade, dir.filePath(QStringLiteral("b.png"))));
    QVERIFY(writeRasterView(blade, dir.filePath(QStringLiteral("a.PNG"))));
    QVERIFY(writeRasterView(constantView(1, 40, 30, 60000), dir.filePath(QStringLiteral("empty.png"))));
    QFile notes(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    ThreatLibrary library;
    QList<Error> skipped;
    const Provenance provenance{QStringLiteral("test"), QStringLiteral("CC0-1.0"), {}};
    auto added = library.loadFolder(dir.path(), {{}, QStringLiteral("weapon"), QStringLiteral("steel_304"), {}},
                                    provenance, &skipped);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QCOMPARE(*added, 2);
    QCOMPARE(skipped.size(), 1);
    QVERIFY2(skipped.first().message.contains(QStringLiteral("empty.png")), qPrintable(skipped.first().message));
    const QList<ThreatImage> threats = library.threats(QStringLiteral("weapon"));
    QCOMPARE(threats.first().label.name, QStringLiteral("a")); // name order, case ignored
    QCOMPARE(threats.first().label.material, QStringLiteral("steel_304"));
    QCOMPARE(threats.first().provenance, provenance);
    QVERIFY(threats.first().origin.endsWith(QStringLiteral("a.PNG")));
    QCOMPARE(QSize(threats.first().width, threats.first().height), QSize(25, 1));
}

void TestThreatLibrary::loadFolderErrors()
{
    ThreatLibrary library;
    auto missing = library.loadFolder(QStringLiteral("/nonexistent/threats"), {{}, QStringLiteral("weapon"), {}, {}});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QTemporaryDir dir;
    auto empty = library.loadFolder(dir.path(), {{}, QStringLiteral("weapon"), {}, {}});
    QVERIFY(!empty);
    QVERIFY2(empty.error().message.contains(QStringLiteral("no usable")), qPrintable(empty.error().message));
    QVERIFY(!library.loadFolder(dir.path(), {{}, QStringLiteral("Bad Key"), {}, {}}));
    QVERIFY(library.isEmpty());
}

QTEST_APPLESS_MAIN(TestThreatLibrary)
#include "tst_threatlibrary.moc"
