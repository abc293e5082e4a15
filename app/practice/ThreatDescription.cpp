// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ThreatDescription.h"

#include <QKeySequence>

namespace pen::gui {
namespace {

// The kind an object is: the generator's categories and materials name it; its note tells a
// pistol from a knife.
QString kindOf(const GroundTruthObject &object)
{
    const QString &category = object.category;
    if (object.material == u"pet_polyester")
        return QStringLiteral("textiles");
    if (!object.inconsistency.isEmpty() && category == u"other")
        return QStringLiteral("declaration-mismatch");
    if (category == u"narcotics") {
        if (object.material == u"cocaine_hcl")
            return QStringLiteral("cocaine");
        if (object.material == u"heroin_base")
            return QStringLiteral("heroin");
        return QStringLiteral("narcotics");
    }
    if (category == u"weapon") {
        if (object.note.contains(u"knife"))
            return QStringLiteral("knife");
        if (object.note.contains(u"pistol"))
            return QStringLiteral("pistol");
        return QStringLiteral("weapon");
    }
    for (const char *known : {"explosive", "currency", "cigarettes", "hidden-compartment"}) {
        if (category == QLatin1String(known))
            return category;
    }
    return QStringLiteral("other");
}

} // namespace

QList<ThreatDescription> ThreatDescription::all()
{
    return smuggledDrugs() + weapons() + goodsAndOther();
}

// The narcotics, from the commonest to any other.
QList<ThreatDescription> ThreatDescription::smuggledDrugs()
{
    using T = ViewerTool;
    return {
        {QStringLiteral("cocaine"), tr("Cocaine"),
         tr("Cocaine hydrochloride, a white powder, smuggled as 1 kg bricks pressed and wound in tape, as small "
            "packs, or in cargo as blocks of bricks."),
         tr("An organic substance (effective atomic number about 7), so orange in the material colours, denser than "
            "clothes or most food: an even orange block with sharp edges, its rim a little darker where the tape is "
            "wound. In grey it is a uniform mid-grey block; organic only keeps it and hides the metal around it."),
         tr("Look for even, sharp-edged orange blocks that match nothing packed: too dense for clothes, too regular "
            "for food. Look inside walls, bottoms and goods too."),
         T::OrganicOnly},
        {QStringLiteral("heroin"), tr("Heroin"),
         tr("Heroin base, a brownish powder, packed like cocaine: pressed bricks, small packs, blocks in cargo."),
         tr("Organic, so orange in the material colours, a shade lighter than cocaine of the same thickness; bricks "
            "show sharp edges, packs rounded ones. Organic only keeps it and hides the metal around it."),
         tr("Look for even orange blocks or clusters of rounded packs that match nothing packed around them."),
         T::OrganicOnly},
        {QStringLiteral("narcotics"), tr("Narcotics"), tr("Drugs in powder, pressed or packed form."),
         tr("Organic, so orange in the material colours; packed drugs are more even and denser than most goods."),
         tr("Look for even orange masses with sharp or rounded edges that match nothing packed around them."),
         T::OrganicOnly},
    };
}

// Weapons and explosives.
QList<ThreatDescription> ThreatDescription::weapons()
{
    using T = ViewerTool;
    return {
        {QStringLiteral("pistol"), tr("Pistol"),
         tr("A semi-automatic pistol: a steel slide over barrel and spring, a steel magazine in a polymer frame and "
            "grip."),
         tr("The steel stops most of the beam: dark blue to black in the material colours; the polymer grip is only "
            "faintly coloured. From above it shows its L of slide and grip; on edge it is a short dark bar. High "
            "penetration shows barrel, spring and magazine inside the dark slide."),
         tr("Look for the L of slide and grip and the dense rectangle of the magazine. Where a dark bar could be a "
            "pistol on edge, look at the other view."),
         T::HighPenetration},
        {QStringLiteral("knife"), tr("Knife"),
         tr("A fixed-blade knife about 28 cm long: a thin steel blade in a plastic handle."),
         tr("The blade is thin: only light blue lying flat, a dark line on edge. The handle is plastic and shows "
            "orange, easy to overlook. Edge enhancement sharpens the blade's outline."),
         tr("Follow long thin blue lines with a point at one end; an orange handle at the other end confirms it."),
         T::EdgeEnhancement},
        {QStringLiteral("weapon"), tr("Weapon"), tr("A firearm, a blade or a part of one."),
         tr("Mostly steel: blue to black in the material colours, with the shapes of barrels, blades and springs."),
         tr("Look for the typical shapes of weapons among dense items; turn to the other view for items on edge."),
         T::HighPenetration},
        {QStringLiteral("explosive"), tr("Explosive with detonator"),
         tr("A block of RDX- or TNT-based explosive with a detonator and wires: an improvised explosive device."),
         tr("The explosive is organic and dense (about 1.6 g/cm³): orange, darker than food of the same thickness. "
            "The detonator's metal case is a small blue cylinder, the wires thin blue lines leading to it. In grey the "
            "block looks like any dense organic item; only the parts together give it away."),
         tr("An orange block joined by wires to a small metal part is the pattern to know. Organic only shows the "
            "block, inorganic only the detonator and wires."),
         T::OrganicOnly},
    };
}

// Goods that evade duty, concealment, declarations, and anything else to report.
QList<ThreatDescription> ThreatDescription::goodsAndOther()
{
    using T = ViewerTool;
    return {
        {QStringLiteral("currency"), tr("Banknotes"), tr("Bundles of 100 banknotes packed side by side or stacked."),
         tr("Paper is organic and light: pale orange, the bundles a row of equal rectangles with faint lines between "
            "them. Banknotes hold no metal, so inorganic only hides them; low penetration brings out the light "
            "paper."),
         tr("Look for rows of equal pale-orange rectangles, more regular than documents or books."), T::LowPenetration},
        {QStringLiteral("cigarettes"), tr("Cigarettes"),
         tr("Cigarettes in cartons of ten packs or master cases of fifty cartons, hidden among goods or behind "
            "false walls."),
         tr("Tobacco and paper are organic and light: orange, in a regular grid, for the card walls of packs, "
            "cartons and cases show as thin lines at a steady pitch. In grey it is a finely striped block."),
         tr("Look for a regular grid of equal cells of light organic matter, and count the cells to tell how much "
            "there is."),
         T::EdgeEnhancement},
        {QStringLiteral("hidden-compartment"), tr("Hidden compartment"),
         tr("A false bottom, wall or floor built into a bag, vehicle or container to hide goods behind it."),
         tr("A steel sheet or extra panel shows as a straight blue or black band where none belongs: one wall "
            "thicker than its twin, a double floor. The goods behind it show only through it."),
         tr("Compare walls and floors with each other: a thicker one, or a panel along a wall, is the sign. High "
            "penetration looks through it."),
         T::HighPenetration},
        {QStringLiteral("textiles"), tr("Undeclared textiles"),
         tr("Bales of polyester fabric loaded among the declared goods."),
         tr("Plastic fibre is organic: even orange blocks of bales, lighter than most goods of the same size, "
            "without the grid of cartons."),
         tr("Look for blocks whose texture and density differ from the rest of the load and from what the "
            "declaration names."),
         T::MaterialColour},
        {QStringLiteral("declaration-mismatch"), tr("Load that does not match its declaration"),
         tr("The goods seen are not those declared: other goods, another quantity or another weight."),
         tr("The whole load is the finding: its colour, density and packing do not fit the declared goods (metal "
            "parts declared as furniture, half the declared cartons, a load far heavier than declared)."),
         tr("Read the declaration first, then ask of the image: is this what those goods look like, is this how "
            "many there should be, could this weigh that much?"),
         T::MaterialColour},
        {QStringLiteral("other"), tr("Something to report"),
         tr("An item the round asks to report that is none of the kinds above."),
         tr("Its colour tells its material: orange organic, green mixed or light metal, blue metal, black too dense "
            "to see through."),
         tr("Look for what does not belong with the rest of the contents."), T::MaterialColour},
    };
}

ThreatDescription ThreatDescription::of(const GroundTruthObject &object)
{
    const QString kind = kindOf(object);
    const QList<ThreatDescription> described = all();
    for (const ThreatDescription &description : described) {
        if (description.kind == kind)
            return description;
    }
    return described.last();
}

QString ThreatDescription::richText() const
{
    const QList<QKeySequence> keys = ViewerTools::shortcuts(bestTool);
    const QString tool = keys.isEmpty()
        ? ViewerTools::name(bestTool)
        : tr("%1 (key %2)").arg(ViewerTools::name(bestTool), keys.first().toString(QKeySequence::NativeText));
    return QStringLiteral("<b>%1</b><p>%2</p><p>%3</p><p><i>%4</i> %5</p><p><i>%6</i> %7</p>")
        .arg(name.toHtmlEscaped(), whatItIs.toHtmlEscaped(), appearance.toHtmlEscaped(),
             tr("How to find it:").toHtmlEscaped(), howToFind.toHtmlEscaped(), tr("Best seen with:").toHtmlEscaped(),
             tool.toHtmlEscaped());
}

} // namespace pen::gui
