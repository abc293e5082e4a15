// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ViewerTool.h"

#include "enhance/EnhancementControls.h"

#include <QCoreApplication>

#include <optional>

namespace pen::gui::ViewerTools {
namespace {

struct ToolInfo {
    ViewerTool tool = ViewerTool::ZoomIn;
    const char *key = "";
    const char *name = "";
    QList<QKeySequence> shortcuts;
};

const QList<ToolInfo> &table()
{
    using K = QKeySequence;
    // One tool a line reads as the table it is.
    // clang-format off
    static const QList<ToolInfo> tools = {
        {ViewerTool::ZoomIn, "zoom-in", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Zoom in"), {K(Qt::Key_Plus), K(Qt::Key_Equal)}},
        {ViewerTool::ZoomOut, "zoom-out", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Zoom out"), {K(Qt::Key_Minus)}},
        {ViewerTool::Fit, "fit", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Fit to window"), {K(Qt::Key_F), K(Qt::Key_0)}},
        {ViewerTool::ActualSize, "actual-size", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Actual size 1:1"), {K(Qt::Key_1)}},
        {ViewerTool::WheelZoom, "wheel-zoom", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Zoom with the wheel"), {}},
        {ViewerTool::Pan, "pan", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Pan"), {}},
        {ViewerTool::Magnifier, "magnifier", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Magnifier"), {K(Qt::Key_M)}},
        {ViewerTool::SwitchView, "switch-view", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Switch view"), {K(Qt::Key_V)}},
        {ViewerTool::SideBySide, "side-by-side", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Views side by side"), {K(Qt::SHIFT | Qt::Key_V)}},
        {ViewerTool::Mark, "mark", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Mark a suspect region"), {K(Qt::Key_B)}},
        {ViewerTool::DeleteMark, "delete-mark", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Delete the selected mark"), {K(Qt::Key_Delete), K(Qt::Key_Backspace)}},
        {ViewerTool::MaterialColour, "material-colour", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Material colour"), {K(Qt::Key_C)}},
        {ViewerTool::Grey, "grey", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Greyscale"), {K(Qt::Key_G)}},
        {ViewerTool::LowEnergy, "low-energy", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Low-energy channel"), {K(Qt::Key_L)}},
        {ViewerTool::HighEnergy, "high-energy", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "High-energy channel"), {K(Qt::Key_H)}},
        {ViewerTool::FusedEnergy, "fused-energy", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Fused channels"), {K(Qt::Key_U)}},
        {ViewerTool::OrganicOnly, "organic-only", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Organic only"), {K(Qt::Key_O)}},
        {ViewerTool::InorganicOnly, "inorganic-only", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Inorganic only"), {K(Qt::Key_I)}},
        {ViewerTool::HighPenetration, "high-penetration", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "High penetration"), {K(Qt::Key_P)}},
        {ViewerTool::LowPenetration, "low-penetration", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Low penetration"), {K(Qt::SHIFT | Qt::Key_P)}},
        {ViewerTool::Negative, "negative", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Negative"), {K(Qt::Key_N)}},
        {ViewerTool::EdgeEnhancement, "edge-enhancement", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Edge enhancement"), {K(Qt::Key_E)}},
        {ViewerTool::SuperEnhancement, "super-enhancement", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Super enhancement"), {K(Qt::Key_S)}},
        {ViewerTool::DensityHighlight, "density-highlight", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Density highlight"), {K(Qt::Key_D)}},
        {ViewerTool::BrightnessUp, "brightness-up", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Brighter"), {K(Qt::CTRL | Qt::Key_Up)}},
        {ViewerTool::BrightnessDown, "brightness-down", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Darker"), {K(Qt::CTRL | Qt::Key_Down)}},
        {ViewerTool::ContrastUp, "contrast-up", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "More contrast"), {K(Qt::CTRL | Qt::Key_Right)}},
        {ViewerTool::ContrastDown, "contrast-down", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Less contrast"), {K(Qt::CTRL | Qt::Key_Left)}},
        {ViewerTool::GammaUp, "gamma-up", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Gamma up"), {K(Qt::ALT | Qt::Key_Up)}},
        {ViewerTool::GammaDown, "gamma-down", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Gamma down"), {K(Qt::ALT | Qt::Key_Down)}},
        {ViewerTool::ResetImage, "reset-image", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Reset image controls"), {K(Qt::Key_R)}},
        {ViewerTool::OlivePalette, "olive-palette", QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "Olive palette"), {K(Qt::SHIFT | Qt::Key_C)}},
    };
    // clang-format on
    return tools;
}

std::optional<EnhancementControl> enhancementControl(ViewerTool tool)
{
    using C = EnhancementControl;
    switch (tool) {
    case ViewerTool::MaterialColour:
    case ViewerTool::Grey:
    case ViewerTool::OlivePalette: return C::Colouring;
    case ViewerTool::LowEnergy:
    case ViewerTool::HighEnergy:
    case ViewerTool::FusedEnergy: return C::Channel;
    case ViewerTool::OrganicOnly:
    case ViewerTool::InorganicOnly: return C::Stripping;
    case ViewerTool::HighPenetration:
    case ViewerTool::LowPenetration: return C::Penetration;
    case ViewerTool::Negative: return C::Negative;
    case ViewerTool::EdgeEnhancement: return C::EdgeEnhancement;
    case ViewerTool::SuperEnhancement: return C::LocalContrast;
    case ViewerTool::DensityHighlight: return C::DensityHighlight;
    case ViewerTool::BrightnessUp:
    case ViewerTool::BrightnessDown: return C::Brightness;
    case ViewerTool::ContrastUp:
    case ViewerTool::ContrastDown: return C::Contrast;
    case ViewerTool::GammaUp:
    case ViewerTool::GammaDown: return C::Gamma;
    default: return std::nullopt;
    }
}

const ToolInfo &info(ViewerTool tool)
{
    return table().at(int(tool));
}

QString translated(const char *text)
{
    return QCoreApplication::translate("pen::gui::ViewerTools", text);
}

} // namespace

const QList<ViewerTool> &all()
{
    static const QList<ViewerTool> tools = [] {
        QList<ViewerTool> list;
        for (const ToolInfo &tool : table())
            list.append(tool.tool);
        return list;
    }();
    return tools;
}

QString key(ViewerTool tool)
{
    return QString::fromLatin1(info(tool).key);
}

QString name(ViewerTool tool)
{
    return translated(info(tool).name);
}

QString hint(ViewerTool tool)
{
    switch (tool) {
    case ViewerTool::HighPenetration:
        return translated(QT_TRANSLATE_NOOP(
            "pen::gui::ViewerTools",
            "Moves the window to dense matter. Thin lead, tungsten or gold can look like light metal, even organic, in "
            "the material colours: their absorption edges fall in the high-energy channel. A small item darker than "
            "its colour and size allow calls for this view, the density highlight and a search by hand."));
    case ViewerTool::DensityHighlight:
        return translated(QT_TRANSLATE_NOOP(
            "pen::gui::ViewerTools",
            "Colours everything in a band of high-energy attenuation, whatever its material colour: dense items stand "
            "out even where thin high-Z metal reads as mixed or organic."));
    case ViewerTool::OlivePalette:
        return translated(QT_TRANSLATE_NOOP(
            "pen::gui::ViewerTools",
            "The material colours of the second console style: olive-green mixed matter and slightly redder "
            "organics. Off: pure green mixed matter. Both run from orange (organic) to blue (metal) with the "
            "effective atomic number and go black where nothing gets through."));
    default: return {};
    }
}

QList<QKeySequence> shortcuts(ViewerTool tool)
{
    return info(tool).shortcuts;
}

bool isImageControl(ViewerTool tool)
{
    return int(tool) >= int(ViewerTool::MaterialColour);
}

QString whyUnavailable(ViewerTool tool, ViewKind kind, int viewCount)
{
    if (tool == ViewerTool::SwitchView || tool == ViewerTool::SideBySide)
        return viewCount > 1 ? QString()
                             : translated(QT_TRANSLATE_NOOP("pen::gui::ViewerTools", "This scan has only one view."));
    const std::optional<EnhancementControl> control = enhancementControl(tool);
    return control ? EnhancementControls::unavailableReason(kind, *control) : QString();
}

} // namespace pen::gui::ViewerTools
