// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TestScans.h"
#include "imageset/ImageSetManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pen;

namespace {

// A valid set of two scans as the manifest stores them (views without pixels).
ImageSet sampleSet()
{
    ImageSet set;
    set.name = QStringLiteral("Sample");
    set.description = QStringLiteral("Two scans");
    set.provenance = {QStringLiteral("unit test"), QStringLiteral("CC0-1.0"), QStringLiteral("https://example.org")};
    set.extraCategories = {{QStringLiteral("ivory"), QStringLiteral("Ivory")}};
    for (Scan scan :
         {test::dualEnergyScan(QStringLiteral("c1")), test::dualViewSingleEnergyScan(QStringLiteral("b2"))}) {
        ImageSetEntry entry;
        for (ScanView &view : scan.views) {
            view.channels.clear();
            entry.files.append(
                {QStringLiteral("scans/%1-%2.dcm").arg(scan.id, view.label), QString(64, QLatin1Char('a'))});
        }
        entry.scan = scan;
        set.entries.append(entry);
    }
    set.entries[1].scan.truth[0].category = QStringLiteral("ivory");
    set.entries[0].scan.views[0].peakKv = 6000;         // a MeV cargo portal's view
    set.entries[1].scan.views[1].displayEncoded = true; // an imported 8-bit picture
    return set;
}

QJsonObject sampleJson()
{
    return QJsonDocument::fromJson(ImageSetManifest::toJson(sampleSet())).object();
}

// Sets root[path...] = value where path is a list of object keys and array indices.
QJsonValue replaced(const QJsonValue &node, QVariantList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = node.toArray();
        array[step.toInt()] = replaced(array[step.toInt()], path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (value.isUndefined() && path.isEmpty())
        object.remove(step.toString());
    else
        object[step.toString()] = replaced(object[step.toString()], path, value);
    return object;
}

} // namespace

class TestImageSetManifest final : public QObject {
    Q_OBJECT
private slots:
    void roundTrip();
    void strippedSetHasNoTruth();
    void malformed_data();
    void malformed();
    void reportsEveryProblem();
    void notJson();
};

void TestImageSetManifest::roundTrip()
{
    const ImageSet set = sampleSet();
    auto parsed = ImageSetManifest::parse(ImageSetManifest::toJson(set), QStringLiteral("manifest.json"));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->entries[0].scan.views[0].peakKv, std::optional<double>(6000));
    QVERIFY(parsed->entries[0].scan.views[0].isMegavolt());
    QCOMPARE(parsed->entries[1].scan.views[0].peakKv, std::nullopt);
    QVERIFY(parsed->entries[1].scan.views[1].displayEncoded);
    QVERIFY(!parsed->entries[1].scan.views[0].displayEncoded);
    QCOMPARE(*parsed, set);
    QCOMPARE(parsed->objectCount(), 3);
}

void TestImageSetManifest::strippedSetHasNoTruth()
{
    ImageSet set = sampleSet();
    set.groundTruthIncluded = false;
    const QByteArray json = ImageSetManifest::toJson(set);
    QVERIFY(!json.contains("truth\":"));
    QVERIFY(!json.contains("narcotics"));
    auto parsed = ImageSetManifest::parse(json, QStringLiteral("m.json"));
    QVERIFY(parsed);
    QCOMPARE(parsed->objectCount(), 0);
}

void TestImageSetManifest::malformed_data()
{
    QTest::addColumn<QVariantList>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    const QVariantList scan0{QStringLiteral("scans"), 0};
    const QVariantList view0 = scan0 + QVariantList{QStringLiteral("views"), 0};
    const QVariantList object0 = scan0 + QVariantList{QStringLiteral("truth"), 0};
    const QVariantList region0 = object0 + QVariantList{QStringLiteral("regions"), 0};
    QTest::newRow("wrong format") << QVariantList{QStringLiteral("format")} << QJsonValue("zip") << "format: must be";
    QTest::newRow("newer version") << QVariantList{QStringLiteral("formatVersion")} << QJsonValue(7)
                                   << "formatVersion: 7 is newer";
    QTest::newRow("name is a number") << QVariantList{QStringLiteral("name")} << QJsonValue(3)
                                      << "name: must be a string";
    QTest::newRow("scans not array") << QVariantList{QStringLiteral("scans")} << QJsonValue("x")
                                     << "scans: must be an array";
    QTest::newRow("no licence") << QVariantList{QStringLiteral("provenance"), QStringLiteral("licence")}
                                << QJsonValue(QJsonValue::Undefined) << "provenance.licence: is missing";
    QTest::newRow("truth flag string") << QVariantList{QStringLiteral("groundTruthIncluded")} << QJsonValue("yes")
                                       << "groundTruthIncluded: must be true or false";
    QTest::newRow("scan id missing") << scan0 + QVariantList{QStringLiteral("id")} << QJsonValue(QJsonValue::Undefined)
                                     << "scans[0].id: is missing";
    QTest::newRow("scan id with slash") << scan0 + QVariantList{QStringLiteral("id")} << QJsonValue("../x")
                                        << "scans[0].id: \"../x\" must be";
    QTest::newRow("duplicate scan id") << QVariantList{QStringLiteral("scans"), 1, QStringLiteral("id")}
                                       << QJsonValue("c1") << "scans[1].id: \"c1\" is used twice";
    QTest::newRow("unknown object kind") << scan0 + QVariantList{QStringLiteral("objectKind")} << QJsonValue("boat")
                                         << "scans[0].objectKind: unknown kind \"boat\"";
    QTest::newRow("no views") << scan0 + QVariantList{QStringLiteral("views")} << QJsonValue(QJsonArray())
                              << "scans[0].views: must hold 1 to";
    QTest::newRow("width string") << view0 + QVariantList{QStringLiteral("width")} << QJsonValue("64")
                                  << "scans[0].views[0].width: must be an integer";
    QTest::newRow("width fractional") << view0 + QVariantList{QStringLiteral("width")} << QJsonValue(64.5)
                                      << "scans[0].views[0].width: must be an integer";
    QTest::newRow("absurd width") << view0 + QVariantList{QStringLiteral("width")} << QJsonValue(1e12)
                                  << "scans[0].views[0].width: must be an integer";
    QTest::newRow("absurd area") << view0
                                 << QJsonValue(QJsonObject{{"label", "top"},
                                                           {"kind", "dual-energy"},
                                                           {"width", 60000},
                                                           {"height", 60000},
                                                           {"file", "a.dcm"},
                                                           {"sha256", QString(64, QLatin1Char('a'))}})
                                 << "60000 x 60000 pixels is more than a scan can have";
    QTest::newRow("unknown view kind") << view0 + QVariantList{QStringLiteral("kind")} << QJsonValue("x-ray")
                                       << "scans[0].views[0].kind: unknown kind";
    QTest::newRow("file escapes set") << view0 + QVariantList{QStringLiteral("file")} << QJsonValue("../../etc/passwd")
                                      << "must be a relative path inside the set";
    QTest::newRow("absolute file") << view0 + QVariantList{QStringLiteral("file")} << QJsonValue("/etc/passwd")
                                   << "must be a relative path inside the set";
    QTest::newRow("bad hash") << view0 + QVariantList{QStringLiteral("sha256")} << QJsonValue("abc")
                              << "sha256: must be 64";
    QTest::newRow("negative pixel size") << view0 + QVariantList{QStringLiteral("pixelSizeMm")} << QJsonValue(-1)
                                         << "pixelSizeMm: must be a number";
    QTest::newRow("display encoding not a flag") << view0 + QVariantList{QStringLiteral("displayEncoded")}
                                                 << QJsonValue("yes") << "displayEncoded: must be true or false";
    QTest::newRow("zero peak voltage") << view0 + QVariantList{QStringLiteral("peakKv")} << QJsonValue(0)
                                       << "peakKv: must be a number";
    QTest::newRow("bad HS code") << scan0 + QVariantList{QStringLiteral("declaration"), QStringLiteral("hsCode")}
                                 << QJsonValue("tiles") << "declaration.hsCode: must be 4 to 10 digits";
    QTest::newRow("negative weight") << scan0
            + QVariantList{QStringLiteral("declaration"), QStringLiteral("grossWeightKg")}
                                     << QJsonValue(-5) << "declaration.grossWeightKg: must be a number";
    QTest::newRow("truth missing") << scan0 + QVariantList{QStringLiteral("truth")} << QJsonValue(QJsonValue::Undefined)
                                   << "scans[0].truth: is missing";
    QTest::newRow("unknown category") << object0 + QVariantList{QStringLiteral("category")} << QJsonValue("sandwich")
                                      << "\"sandwich\" is not a known category";
    QTest::newRow("duplicate object id") << scan0 + QVariantList{QStringLiteral("truth"), 1, QStringLiteral("id")}
                                         << QJsonValue("o1") << "\"o1\" is used twice in this scan";
    QTest::newRow("region outside") << region0 + QVariantList{QStringLiteral("box")}
                                    << QJsonValue(QJsonArray{60, 40, 10, 10}) << "lies outside the 64 x 48 view";
    QTest::newRow("negative region") << region0 + QVariantList{QStringLiteral("box")}
                                     << QJsonValue(QJsonArray{-1, 0, 10, 10}) << "lies outside";
    QTest::newRow("zero-size box") << region0 + QVariantList{QStringLiteral("box")}
                                   << QJsonValue(QJsonArray{1, 1, 0, 10}) << "positive width and height";
    QTest::newRow("box of strings") << region0 + QVariantList{QStringLiteral("box")}
                                    << QJsonValue(QJsonArray{"1", "1", "2", "2"}) << "must be [x, y, width, height]";
    QTest::newRow("region in missing view")
        << region0 + QVariantList{QStringLiteral("view")} << QJsonValue(3) << "scan has no view 3";
    QTest::newRow("polygon of two points")
        << region0 + QVariantList{QStringLiteral("polygon")}
        << QJsonValue(QJsonArray{QJsonArray{1, 1}, QJsonArray{2, 2}}) << "must hold 3 to 10000 points";
    QTest::newRow("no regions") << object0 + QVariantList{QStringLiteral("regions")} << QJsonValue(QJsonArray())
                                << "must hold at least one region";
    QTest::newRow("overlap above 1") << object0 + QVariantList{QStringLiteral("difficulty"), QStringLiteral("overlap")}
                                     << QJsonValue(1.5) << "difficulty.overlap: must be a number from 0 to 1";
    QTest::newRow("unknown inconsistency") << object0 + QVariantList{QStringLiteral("inconsistency")}
                                           << QJsonValue("smells") << "inconsistency: must be one of wrong-goods";
    QTest::newRow("huge string") << QVariantList{QStringLiteral("description")}
                                 << QJsonValue(QString(20000, QLatin1Char('x'))) << "description: is longer than";
}

void TestImageSetManifest::malformed()
{
    QFETCH(QVariantList, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QJsonObject broken = replaced(sampleJson(), path, value).toObject();
    auto parsed = ImageSetManifest::parse(QJsonDocument(broken).toJson(), QStringLiteral("set/manifest.json"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::Validation);
    QVERIFY2(parsed.error().message.startsWith(QStringLiteral("set/manifest.json: ")),
             qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
}

void TestImageSetManifest::reportsEveryProblem()
{
    QJsonObject json = sampleJson();
    json = replaced(json, {QStringLiteral("name")}, 5).toObject();
    json = replaced(json, {QStringLiteral("scans"), 1, QStringLiteral("objectKind")}, "boat").toObject();
    auto parsed = ImageSetManifest::parse(QJsonDocument(json).toJson(), QStringLiteral("m.json"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message.count(QLatin1Char('\n')), 1);
    QVERIFY(parsed.error().message.contains(QStringLiteral("m.json: name")));
    QVERIFY(parsed.error().message.contains(QStringLiteral("m.json: scans[1].objectKind")));
}

void TestImageSetManifest::notJson()
{
    for (const QByteArray &bytes :
         {QByteArray("{\"name\": "), QByteArray("[1,2]"), QByteArray(), QByteArray("\xff\xfe\x00")}) {
        auto parsed = ImageSetManifest::parse(bytes, QStringLiteral("bad.json"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::Format);
        QVERIFY(parsed.error().message.startsWith(QStringLiteral("bad.json: ")));
    }
}

QTEST_APPLESS_MAIN(TestImageSetManifest)
#include "tst_imagesetmanifest.moc"
