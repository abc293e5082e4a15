// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/DemoSets.h"

#include "model/GroundTruthObject.h"
#include "scenes/CargoPlans.h"
#include "scenes/LuggageScene.h"
#include "scenes/PackedPlans.h"
#include "scenes/SceneRandom.h"

#include <cmath>

namespace pen::DemoSets {
namespace {

using C = Concealment;
const QList<C> Cycle{C::Open, C::InsideGoods, C::BehindDense, C::FalseWall, C::InsideGoods, C::Open, C::BehindDense};

ScenePlan plan(ObjectKind kind, QList<Contraband> contraband = {})
{
    ScenePlan p;
    p.kind = kind;
    p.contraband = std::move(contraband);
    return p;
}

QList<ScenePlan> findTheCocaine(SceneRandom &random)
{
    QList<ScenePlan> plans;
    const QList<bool> loaded = random.spread(30, 18);
    int hidden = 0;
    for (int i = 0; i < 30; ++i) {
        ScenePlan p = plan(i % 3 == 2 ? ObjectKind::Baggage : ObjectKind::Parcel);
        if (loaded[i]) {
            p.contraband << Contraband{QStringLiteral("cocaine"), Cycle[hidden++ % Cycle.size()]};
            if (random.chance(0.15))
                p.contraband << Contraband{QStringLiteral("cocaine"), Cycle[hidden++ % Cycle.size()]};
        }
        plans << p;
    }
    return plans;
}

QList<ScenePlan> declarationCheck(SceneRandom &random, double fraction)
{
    const QStringList &kinds = GroundTruthObject::inconsistencyKinds();
    const QList<bool> wrong = random.spread(20, int(std::lround(20 * fraction)));
    QList<ScenePlan> plans;
    int k = 0;
    for (int i = 0; i < 20; ++i) {
        ScenePlan p = plan(ObjectKind::Container);
        p.declaration = true;
        if (wrong[i])
            p.inconsistency = kinds[k++ % kinds.size()];
        plans << p;
    }
    return plans;
}

QList<ScenePlan> findTheMostCigarettes(SceneRandom &random)
{
    const QList<bool> containers = random.spread(40, 16);
    const QList<bool> loaded = random.spread(40, 26);
    QList<ScenePlan> plans;
    int hidden = 0;
    for (int i = 0; i < 40; ++i) {
        ScenePlan p = plan(containers[i] ? ObjectKind::Container : ObjectKind::Vehicle);
        const int count = loaded[i] ? (random.chance(0.25) ? 2 : 1) : 0;
        for (int c = 0; c < count; ++c)
            p.contraband << Contraband{QStringLiteral("cigarettes"), Cycle[hidden++ % Cycle.size()]};
        plans << p;
    }
    return plans;
}

QList<ScenePlan> practice()
{
    auto one = [](ObjectKind kind, const char *what, C how) { return plan(kind, {{QString::fromLatin1(what), how}}); };
    QList<ScenePlan> plans{one(ObjectKind::Parcel, "cocaine", C::Open),
                           one(ObjectKind::Parcel, "heroin", C::InsideGoods),
                           one(ObjectKind::Baggage, "pistol", C::Open),
                           one(ObjectKind::Baggage, "knife", C::BehindDense),
                           one(ObjectKind::Parcel, "explosive", C::Open),
                           one(ObjectKind::Parcel, "currency", C::InsideGoods),
                           one(ObjectKind::Baggage, "cocaine", C::FalseWall),
                           one(ObjectKind::Container, "cigarettes", C::FalseWall),
                           plan(ObjectKind::Container),
                           plan(ObjectKind::Container),
                           one(ObjectKind::Vehicle, "cigarettes", C::BehindDense),
                           one(ObjectKind::Vehicle, "cigarettes", C::FalseWall),
                           plan(ObjectKind::Parcel),
                           plan(ObjectKind::Baggage),
                           plan(ObjectKind::Container)};
    plans[6].recordCompartment = plans[7].recordCompartment = plans[11].recordCompartment = true;
    for (int i : {8, 9, 14})
        plans[i].declaration = true;
    plans[8].inconsistency = QStringLiteral("wrong-goods");
    plans[9].inconsistency = QStringLiteral("undeclared-goods");
    return plans;
}

QString describe(const QString &preset)
{
    if (preset == u"find-the-cocaine")
        return QStringLiteral("Find the threat: 30 parcel and dual-view bag scans, cocaine in some of them, openly, "
                              "inside goods, behind dense goods or in a false bottom.");
    if (preset == u"declaration-check")
        return QStringLiteral("Declaration check: 20 container scans with declarations; some disagree with the load "
                              "(wrong goods, quantity or weight, undeclared goods).");
    if (preset == u"find-the-most-cigarettes")
        return QStringLiteral("Find the most: 40 vehicle and container scans, cigarettes hidden in many of them.");
    return QStringLiteral("Practice: 15 mixed scans with every category of the vocabulary.");
}

/// How each bundled set is meant to be played: its round type with the brief's numbers.
std::optional<RoundSettings> roundOf(const QString &preset)
{
    if (preset == u"find-the-cocaine") {
        RoundSettings settings = RoundSettings::defaultsFor(RoundType::FindTheThreat);
        settings.targetCategories = {QStringLiteral("narcotics")};
        return settings;
    }
    if (preset == u"declaration-check")
        return RoundSettings::defaultsFor(RoundType::DeclarationCheck);
    if (preset == u"find-the-most-cigarettes") {
        RoundSettings settings = RoundSettings::defaultsFor(RoundType::FindTheMost); // 10 minutes for the round
        settings.targetCategories = {QStringLiteral("cigarettes")};
        return settings;
    }
    if (preset == u"practice")
        return RoundSettings::defaultsFor(RoundType::FindTheThreat);
    return std::nullopt; // the starter set: whichever round a test or a trainer makes of it
}

} // namespace

QStringList presetNames()
{
    return {QStringLiteral("find-the-cocaine"), QStringLiteral("declaration-check"),
            QStringLiteral("find-the-most-cigarettes"), QStringLiteral("practice")};
}

bool contains(const QString &preset)
{
    return presetNames().contains(preset);
}

ImageSet header(const QString &preset)
{
    ImageSet set;
    QString name = preset;
    name.replace(QLatin1Char('-'), QLatin1Char(' '));
    set.name = name.left(1).toUpper() + name.mid(1);
    set.description = describe(preset);
    set.provenance = {QStringLiteral("PEN-Tournament synthetic generator"), QStringLiteral("CC0-1.0"), {}};
    set.round = roundOf(preset);
    return set;
}

QList<ScenePlan> plans(const QString &preset, quint32 seed, const DemoSetOptions &options)
{
    SceneRandom random(SceneRandom::derive(seed, 0xFFFFFFFFu));
    QList<ScenePlan> all;
    if (preset == u"find-the-cocaine")
        all = findTheCocaine(random);
    else if (preset == u"declaration-check")
        all = declarationCheck(random, options.inconsistentFraction);
    else if (preset == u"find-the-most-cigarettes")
        all = findTheMostCigarettes(random);
    else if (preset == u"practice")
        all = practice();
    for (qsizetype i = 0; i < all.size(); ++i)
        all[i].id = QStringLiteral("scan-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
    return all;
}

namespace {

// Empty belt around a target shown alone: enough to see its edges against air.
constexpr double IsolatedMarginPx = 48;

SceneDraft draftOf(const ScenePlan &plan, SceneRandom &random, const AttenuationTable &table)
{
    // Baggage and parcels are packed in 3-D (PackedPlans), containers and vehicles loaded in 3-D
    // (CargoPlans); other small objects keep the 2-D scenes.
    SceneDraft draft = LuggageScene::parcel(plan, random, table);
    draft.measure(table);
    return draft;
}

} // namespace

Scan scan(const ScenePlan &plan, quint32 seed, int index, const AttenuationTable &table, const DemoSetOptions &options)
{
    if (PackedPlans::covers(plan.kind))
        return PackedPlans::scan(plan, seed, index, table, options.withPixels);
    if (CargoPlans::covers(plan.kind))
        return CargoPlans::scan(plan, seed, index, table, options.withPixels);
    SceneRandom random(SceneRandom::derive(seed, quint32(index)));
    const SceneDraft draft = draftOf(plan, random, table);
    return draft.render(SceneProjector(table), random.nextSeed(), options.withPixels);
}

ScanAndTargets scanAndTargets(const ScenePlan &plan, quint32 seed, int index, const AttenuationTable &table,
                              const DemoSetOptions &options)
{
    if (PackedPlans::covers(plan.kind)) {
        PackedScans made = PackedPlans::scanAndTargets(plan, seed, index, table, IsolatedMarginPx, options.withPixels);
        return {std::move(made.scan), std::move(made.targetsAlone)};
    }
    if (CargoPlans::covers(plan.kind)) {
        CargoScans made = CargoPlans::scanAndTargets(plan, seed, index, table, IsolatedMarginPx, options.withPixels);
        return {std::move(made.scan), std::move(made.targetsAlone)};
    }
    SceneRandom random(SceneRandom::derive(seed, quint32(index)));
    const SceneDraft draft = draftOf(plan, random, table);
    const quint32 noiseSeed = random.nextSeed();
    const SceneProjector projector(table);
    ScanAndTargets result{draft.render(projector, noiseSeed, options.withPixels), {}};
    for (int i = 0; i < draft.targets.size(); ++i)
        result.targetsAlone.append(
            draft.isolated(i, IsolatedMarginPx).render(projector, noiseSeed + quint32(i) + 1, options.withPixels));
    return result;
}

} // namespace pen::DemoSets
