// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// The one conversion between the wire and the domain: the enums that travel (view kind, object
// kind, verdict) go there and back unchanged, every domain value has its own wire value, and a
// value from the wire that the domain does not know is an error naming it, never a crash.
#include "convert/DomainMessages.h"

#include "pen/v1/atd.pb.h"
#include "pen/v1/tournament.pb.h"

#include <QTest>

using namespace pen;

class TestDomainMessages final : public QObject {
    Q_OBJECT

private slots:
    void viewKindRoundTrip_data();
    void viewKindRoundTrip();
    void objectKindRoundTrip_data();
    void objectKindRoundTrip();
    void verdictRoundTrip_data();
    void verdictRoundTrip();
    void everyWireValueHasADomainValue();
    void unknownValuesAreErrors_data();
    void unknownValuesAreErrors();
    void unknownValuesSurviveTheWire();
};

void TestDomainMessages::viewKindRoundTrip_data()
{
    QTest::addColumn<ViewKind>("kind");
    QTest::addColumn<int>("wire");
    QTest::newRow("dual-energy") << ViewKind::DualEnergy << int(v1::VIEW_KIND_DUAL_ENERGY);
    QTest::newRow("single-energy") << ViewKind::SingleEnergy << int(v1::VIEW_KIND_SINGLE_ENERGY);
    QTest::newRow("colour") << ViewKind::Colour << int(v1::VIEW_KIND_COLOUR);
}

void TestDomainMessages::viewKindRoundTrip()
{
    QFETCH(ViewKind, kind);
    QFETCH(int, wire);
    QCOMPARE(int(convert::toProto(kind)), wire);
    v1::ScanViewData view;
    view.set_view_kind(convert::toProto(kind));
    v1::ScanViewData received;
    QVERIFY(received.ParseFromString(view.SerializeAsString()));
    const Expected<ViewKind> back = convert::fromProto(received.view_kind());
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(*back, kind);
}

void TestDomainMessages::objectKindRoundTrip_data()
{
    QTest::addColumn<ObjectKind>("kind");
    QTest::addColumn<int>("wire");
    QTest::newRow("parcel") << ObjectKind::Parcel << int(v1::OBJECT_KIND_PARCEL);
    QTest::newRow("baggage") << ObjectKind::Baggage << int(v1::OBJECT_KIND_BAGGAGE);
    QTest::newRow("vehicle") << ObjectKind::Vehicle << int(v1::OBJECT_KIND_VEHICLE);
    QTest::newRow("container") << ObjectKind::Container << int(v1::OBJECT_KIND_CONTAINER);
    QTest::newRow("other") << ObjectKind::Other << int(v1::OBJECT_KIND_OTHER);
}

void TestDomainMessages::objectKindRoundTrip()
{
    QFETCH(ObjectKind, kind);
    QFETCH(int, wire);
    QCOMPARE(int(convert::toProto(kind)), wire);
    v1::ScanInfo scan;
    scan.set_scanned_object_kind(convert::toProto(kind));
    v1::ScanInfo received;
    QVERIFY(received.ParseFromString(scan.SerializeAsString()));
    const Expected<ObjectKind> back = convert::fromProto(received.scanned_object_kind());
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(*back, kind);
}

void TestDomainMessages::verdictRoundTrip_data()
{
    QTest::addColumn<ScanOutcome::Verdict>("verdict");
    QTest::addColumn<int>("wire");
    QTest::newRow("hit") << ScanOutcome::Verdict::Hit << int(v1::VERDICT_HIT);
    QTest::newRow("miss") << ScanOutcome::Verdict::Miss << int(v1::VERDICT_MISS);
    QTest::newRow("false-alarm") << ScanOutcome::Verdict::FalseAlarm << int(v1::VERDICT_FALSE_ALARM);
    QTest::newRow("correct-rejection") << ScanOutcome::Verdict::CorrectRejection << int(v1::VERDICT_CORRECT_REJECTION);
}

void TestDomainMessages::verdictRoundTrip()
{
    QFETCH(ScanOutcome::Verdict, verdict);
    QFETCH(int, wire);
    QCOMPARE(int(convert::toProto(verdict)), wire);
    v1::ScanResult result;
    result.set_scan_verdict(convert::toProto(verdict));
    v1::ScanResult received;
    QVERIFY(received.ParseFromString(result.SerializeAsString()));
    const Expected<ScanOutcome::Verdict> back = convert::fromProto(received.scan_verdict());
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(*back, verdict);
}

// The rows above name every domain value (a new one without a case in toProto fails the build
// under -Wswitch); here every declared wire value but UNSPECIFIED must come back as a domain value.
void TestDomainMessages::everyWireValueHasADomainValue()
{
    const auto check = [](const google::protobuf::EnumDescriptor *descriptor, auto convertBack) {
        for (int i = 0; i < descriptor->value_count(); ++i) {
            const google::protobuf::EnumValueDescriptor *value = descriptor->value(i);
            if (value->number() == 0)
                continue;
            QVERIFY2(convertBack(value->number()), value->name().c_str());
        }
    };
    check(v1::ViewKind_descriptor(), [](int n) { return bool(convert::fromProto(v1::ViewKind(n))); });
    check(v1::ObjectKind_descriptor(), [](int n) { return bool(convert::fromProto(v1::ObjectKind(n))); });
    check(v1::Verdict_descriptor(), [](int n) { return bool(convert::fromProto(v1::Verdict(n))); });
    QCOMPARE(v1::ViewKind_descriptor()->value_count(), 3 + 1);
    QCOMPARE(v1::ObjectKind_descriptor()->value_count(), 5 + 1);
    QCOMPARE(v1::Verdict_descriptor()->value_count(), 4 + 1);
}

void TestDomainMessages::unknownValuesAreErrors_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("viewKind");
    QTest::addColumn<QString>("objectKind");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("unspecified") << 0 << QStringLiteral("no view kind given") << QStringLiteral("no object kind given")
                                 << QStringLiteral("no verdict given");
    QTest::newRow("newer") << 42 << QStringLiteral("unknown view kind 42") << QStringLiteral("unknown object kind 42")
                           << QStringLiteral("unknown verdict 42");
    QTest::newRow("negative") << -7 << QStringLiteral("unknown view kind -7")
                              << QStringLiteral("unknown object kind -7") << QStringLiteral("unknown verdict -7");
}

void TestDomainMessages::unknownValuesAreErrors()
{
    QFETCH(int, value);
    QFETCH(QString, viewKind);
    QFETCH(QString, objectKind);
    QFETCH(QString, verdict);
    const auto view = convert::fromProto(v1::ViewKind(value));
    QVERIFY(!view);
    QVERIFY2(view.error().message.contains(viewKind), qPrintable(view.error().message));
    const auto object = convert::fromProto(v1::ObjectKind(value));
    QVERIFY(!object);
    QVERIFY2(object.error().message.contains(objectKind), qPrintable(object.error().message));
    const auto outcome = convert::fromProto(v1::Verdict(value));
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(verdict), qPrintable(outcome.error().message));
}

// Open proto3 enums: a value this build does not declare is kept as sent, so the conversion above
// is what stands between a newer (or hostile) peer and the domain.
void TestDomainMessages::unknownValuesSurviveTheWire()
{
    v1::DetectRequest request;
    request.set_scanned_object_kind(v1::ObjectKind(99));
    request.add_views()->set_view_kind(v1::ViewKind(99));
    v1::DetectRequest received;
    QVERIFY(received.ParseFromString(request.SerializeAsString()));
    QCOMPARE(int(received.scanned_object_kind()), 99);
    QCOMPARE(int(received.views(0).view_kind()), 99);
    QVERIFY(!convert::fromProto(received.scanned_object_kind()));
    QVERIFY(!convert::fromProto(received.views(0).view_kind()));
}

QTEST_APPLESS_MAIN(TestDomainMessages)
#include "tst_domainmessages.moc"
