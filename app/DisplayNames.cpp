// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DisplayNames.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace pen::gui::DisplayNames {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("pen::gui::DisplayNames", text);
}

} // namespace

QString objectKind(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Parcel: return translated(QT_TRANSLATE_NOOP("pen::gui::DisplayNames", "Parcel"));
    case ObjectKind::Baggage: return translated(QT_TRANSLATE_NOOP("pen::gui::DisplayNames", "Baggage"));
    case ObjectKind::Vehicle: return translated(QT_TRANSLATE_NOOP("pen::gui::DisplayNames", "Vehicle"));
    case ObjectKind::Container: return translated(QT_TRANSLATE_NOOP("pen::gui::DisplayNames", "Container"));
    case ObjectKind::Other: break;
    }
    return translated(QT_TRANSLATE_NOOP("pen::gui::DisplayNames", "Other"));
}

QString viewKind(ViewKind kind)
{
    switch (kind) {
    case ViewKind::DualEnergy: return translated(QT_TRANSLATE_NOOP("pen::gui::DisplayNames", "Dual energy"));
    case ViewKind::SingleEnergy: return translated(QT_TRANSLATE_NOOP("pen::gui::DisplayNames", "Single energy"));
    case ViewKind::Colour: break;
    }
    return translated(QT_TRANSLATE_NOOP("pen::gui::DisplayNames", "Colour image"));
}

QString category(const QString &key, const ImageSet &set)
{
    static const QHash<QString, const char *> builtIn = {
        {QStringLiteral("narcotics"), QT_TRANSLATE_NOOP("pen::gui::DisplayNames", "Narcotics")},
        {QStringLiteral("cigarettes"), QT_TRANSLATE_NOOP("pen::gui::DisplayNames", "Cigarettes / tobacco")},
        {QStringLiteral("weapon"), QT_TRANSLATE_NOOP("pen::gui::DisplayNames", "Weapon")},
        {QStringLiteral("explosive"), QT_TRANSLATE_NOOP("pen::gui::DisplayNames", "Explosive")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("pen::gui::DisplayNames", "Currency")},
        {QStringLiteral("hidden-compartment"), QT_TRANSLATE_NOOP("pen::gui::DisplayNames", "Hidden compartment")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("pen::gui::DisplayNames", "Other")},
    };
    if (const auto it = builtIn.constFind(key); it != builtIn.constEnd())
        return translated(it.value());
    for (const ThreatCategory &extra : set.extraCategories) {
        if (extra.key == key)
            return extra.name;
    }
    return key;
}

QString number(double value, int decimals)
{
    QString text = QLocale().toString(value, 'f', decimals);
    const QChar point = QLocale().decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString optionalNumber(const std::optional<double> &value, const QString &unit)
{
    if (!value)
        return QString();
    return unit.isEmpty() ? number(*value) : number(*value) + QLatin1Char(' ') + unit;
}

QString region(const Region &region)
{
    if (region.isPolygon()) {
        return QCoreApplication::translate("pen::gui::DisplayNames", "polygon, %n point(s)", nullptr,
                                           int(region.polygon.size()));
    }
    const QRectF box = region.box;
    return QCoreApplication::translate("pen::gui::DisplayNames", "box %1 × %2 at (%3, %4)")
        .arg(number(box.width(), 1), number(box.height(), 1), number(box.x(), 1), number(box.y(), 1));
}

QColor categoryColour(const QString &key)
{
    static const QHash<QString, QColor> fixed = {
        {QStringLiteral("narcotics"), QColor(255, 64, 160)},
        {QStringLiteral("cigarettes"), QColor(255, 170, 0)},
        {QStringLiteral("weapon"), QColor(255, 40, 40)},
        {QStringLiteral("explosive"), QColor(255, 230, 0)},
        {QStringLiteral("currency"), QColor(40, 220, 90)},
        {QStringLiteral("hidden-compartment"), QColor(0, 200, 255)},
        {QStringLiteral("other"), QColor(190, 120, 255)},
    };
    if (const auto it = fixed.constFind(key); it != fixed.constEnd())
        return it.value();
    // A set's own categories get a hue from their key, so a category keeps its colour across scans.
    return QColor::fromHsv(int(qHash(key) % 360), 200, 255);
}

} // namespace pen::gui::DisplayNames
