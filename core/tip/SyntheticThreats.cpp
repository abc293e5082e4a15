// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tip/SyntheticThreats.h"

#include "synth/SceneShapes.h"

namespace pen {
namespace {

using SceneShapes::box;
using SceneShapes::ellipse;
using SceneShapes::polygon;

struct ThreatScene {
    ThreatLabel label;
    QList<SceneObject> scene;
};

// 11 × 7 × 5 cm of pressed powder at 1.2 g/cm³ in a few layers of plastic wrap.
ThreatScene cocaineBrick()
{
    return {{QStringLiteral("cocaine brick"), QStringLiteral("narcotics"), QStringLiteral("cocaine_hcl"), 0.46},
            {box(QRectF(0, 0, 110, 70), QStringLiteral("polyethylene"), 0.3),
             box(QRectF(0, 0, 110, 70), QStringLiteral("cocaine_hcl"), 5, 1.2)}};
}

// A taped pouch, thickest in the middle; loose powder at 0.9 g/cm³.
ThreatScene heroinPack()
{
    return {{QStringLiteral("heroin pack"), QStringLiteral("narcotics"), QStringLiteral("heroin_base"), 0.15},
            {ellipse(QRectF(0, 0, 100, 70), QStringLiteral("polyethylene"), 0.4),
             ellipse(QRectF(2, 2, 96, 66), QStringLiteral("heroin_base"), 5, 0.9)}};
}

// Ten packs in two rows of five: the regular pattern officers learn to recognise. Tobacco and paper
// as cellulose at 0.3 g/cm³, a card sleeve around them.
ThreatScene cigaretteCarton()
{
    ThreatScene carton{
        {QStringLiteral("cigarette carton"), QStringLiteral("cigarettes"), QStringLiteral("cellulose"), 0.2},
        {box(QRectF(0, 0, 272, 114), QStringLiteral("cellulose"), 0.1, 0.7)}};
    for (int row = 0; row < 2; ++row) {
        for (int col = 0; col < 5; ++col)
            carton.scene << box(QRectF(2 + col * 54, 2 + row * 56, 53, 54), QStringLiteral("cellulose"), 2.2, 0.3);
    }
    return carton;
}

// A semi-automatic pistol's steel outline, slide and barrel thicker than the grip.
ThreatScene pistol()
{
    const QList<QPointF> frame{{0, 0}, {120, 0}, {120, 24}, {52, 24}, {48, 80}, {24, 80}, {28, 24}, {0, 24}};
    return {{QStringLiteral("pistol"), QStringLiteral("weapon"), QStringLiteral("steel_304"), 0.66},
            {polygon(frame, QStringLiteral("steel_304"), 1.5),
             box(QRectF(0, 2, 118, 12), QStringLiteral("steel_304"), 1.2)}};
}

// A 20 cm kitchen knife: thin steel blade, plastic handle around the tang.
ThreatScene knife()
{
    const QList<QPointF> blade{{0, 12}, {160, 0}, {200, 0}, {200, 30}, {20, 30}};
    return {{QStringLiteral("kitchen knife"), QStringLiteral("weapon"), QStringLiteral("steel_304"), 0.17},
            {polygon(blade, QStringLiteral("steel_304"), 0.25),
             box(QRectF(200, 2, 110, 26), QStringLiteral("polypropylene"), 2.2),
             box(QRectF(200, 10, 100, 10), QStringLiteral("steel_304"), 0.25)}};
}

// Plastic explosive (RDX at 1.6 g/cm³, as in C-4) with a metal detonator and wires: the organic
// block alone looks like food, the detonator is what gives it away.
ThreatScene explosiveBlock()
{
    return {{QStringLiteral("plastic explosive block"), QStringLiteral("explosive"), QStringLiteral("rdx"), 0.77},
            {box(QRectF(0, 0, 150, 80), QStringLiteral("rdx"), 4, 1.6),
             ellipse(QRectF(60, 34, 45, 8), QStringLiteral("aluminium"), 0.7),
             box(QRectF(105, 37, 70, 2), QStringLiteral("copper"), 0.1)}};
}

// A hundred banknotes (15.6 × 6.6 cm) under a paper band.
ThreatScene currencyBundle()
{
    return {{QStringLiteral("banknote bundle"), QStringLiteral("currency"), QStringLiteral("cellulose"), 0.1},
            {box(QRectF(0, 0, 156, 66), QStringLiteral("cellulose"), 1.0, 1.0),
             box(QRectF(68, 0, 20, 66), QStringLiteral("cellulose"), 0.05, 0.8)}};
}

} // namespace

Expected<QList<ThreatImage>> SyntheticThreats::all(const AttenuationTable &table)
{
    QList<ThreatImage> threats;
    for (const ThreatScene &threat :
         {cocaineBrick(), heroinPack(), cigaretteCarton(), pistol(), knife(), explosiveBlock(), currencyBundle()}) {
        auto image = ThreatImage::fromScene(table, threat.scene, threat.label);
        if (!image)
            return image.error();
        threats << *image;
    }
    return threats;
}

} // namespace pen
