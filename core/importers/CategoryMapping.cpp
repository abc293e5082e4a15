// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/CategoryMapping.h"

#include "importers/ImportProblems.h"
#include "model/ThreatCategories.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pen {
namespace {

struct BuiltInClass {
    const char *category;
    std::initializer_list<const char *> classes;
};

// Tools and everyday items are "other" rather than "weapon": a customs trainer wants a hammer
// found, but scoring it as a weapon would teach the wrong threat level.
const BuiltInClass builtInClasses[] = {
    {"weapon",
     {"gun",          "handgun",        "pistol",   "revolver",     "rifle",    "shotgun",       "firearm",
      "weapon",       "bullet",         "bullets",  "ammunition",   "ammo",     "cartridge",     "knife",
      "knives",       "dagger",         "blade",    "razorblade",   "razor",    "straightknife", "foldingknife",
      "utilityknife", "multitoolknife", "shuriken", "throwingstar", "scissors", "baton",         "stick",
      "axe",          "machete",        "sword",    "gunparts",     "taser",    "stungun"}},
    {"explosive",
     {"explosive", "explosives", "ied", "bomb", "detonator", "grenade", "firecracker", "fireworks", "dynamite", "tnt",
      "c4"}},
    {"narcotics", {"drugs", "drug", "narcotics", "cocaine", "heroin", "cannabis", "marijuana"}},
    {"cigarettes", {"cigarette", "cigarettes", "tobacco", "cigar", "cigars"}},
    {"currency", {"currency", "money", "cash", "banknote", "banknotes"}},
    {"other",
     {"hammer",
      "wrench",
      "pliers",
      "screwdriver",
      "tool",
      "tools",
      "powerbank",
      "battery",
      "portablecharger",
      "lighter",
      "nonmetalliclighter",
      "sprayer",
      "spray",
      "aerosol",
      "handcuffs",
      "mobilephone",
      "phone",
      "laptop",
      "tablet",
      "cosmetic",
      "water",
      "bottle",
      "umbrella",
      "saw",
      "other"}},
};

QString category(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

QString categoryKeys()
{
    QStringList keys;
    for (const ThreatCategory &c : ThreatCategories::builtIn())
        keys.append(c.key);
    return keys.join(QStringLiteral(", "));
}

} // namespace

QString CategoryMapping::normalised(const QString &className)
{
    static const QRegularExpression separators(QStringLiteral("[\\s_-]+"));
    return className.toLower().remove(separators);
}

CategoryMapping CategoryMapping::builtIn()
{
    CategoryMapping mapping;
    mapping.m_origin = QStringLiteral("the built-in mapping");
    for (const BuiltInClass &entry : builtInClasses) {
        for (const char *name : entry.classes)
            mapping.m_categories.insert(QString::fromLatin1(name), QString::fromLatin1(entry.category));
    }
    return mapping;
}

Expected<CategoryMapping> CategoryMapping::fromJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, QDir::toNativeSeparators(path) + QStringLiteral(": no such file"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QDir::toNativeSeparators(path) + QStringLiteral(": ") + file.errorString());
    return fromJson(file.readAll(), path);
}

Expected<CategoryMapping> CategoryMapping::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    ImportProblems problems;
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        problems.add(
            ErrorCode::Format, fileName,
            QStringLiteral("expected a JSON object of class name -> category key (%1)").arg(parseError.errorString()));
        return problems.toError();
    }
    CategoryMapping mapping;
    mapping.m_origin = fileName;
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = category(it.value());
        const bool known = ThreatCategories().contains(key);
        if (!known) {
            problems.add(ErrorCode::Validation, fileName,
                         QStringLiteral("\"%1\": \"%2\" is not a category (use one of: %3)")
                             .arg(it.key(), it.value().toVariant().toString(), categoryKeys()));
        } else if (it.key() == QLatin1String("*")) {
            mapping.m_fallback = key;
        } else {
            const QString name = normalised(it.key());
            if (mapping.m_categories.contains(name) && mapping.m_categories.value(name) != key)
                problems.add(ErrorCode::Validation, fileName, QStringLiteral("\"%1\" is mapped twice").arg(it.key()));
            mapping.m_categories.insert(name, key);
        }
    }
    if (!problems.isEmpty())
        return problems.toError();
    return mapping;
}

Expected<QString> CategoryMapping::categoryFor(const QString &className) const
{
    const auto found = m_categories.constFind(normalised(className));
    if (found != m_categories.cend())
        return *found;
    if (hasFallback())
        return m_fallback;
    return makeError(ErrorCode::Validation,
                     QStringLiteral("class \"%1\" has no category in %2 (map it, or add a \"*\" fallback)")
                         .arg(className, m_origin));
}

} // namespace pen
