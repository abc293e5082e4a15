// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PluginLibrary.h"

#include <QFileInfo>

#include <array>
#include <cmath>

namespace pen::atdhost {

namespace {

// Texts from a library we do not trust: absent or absurdly long ones are refused by name.
Expected<QString> descriptionText(const char *text, const char *field, qsizetype maximum)
{
    if (!text)
        return makeError(ErrorCode::Validation, QStringLiteral("its description has no %1").arg(QLatin1String(field)));
    const qsizetype length = qsizetype(qstrnlen(text, size_t(maximum) + 1));
    if (length > maximum)
        return makeError(ErrorCode::Validation,
                         QStringLiteral("its %1 is longer than %2 characters").arg(QLatin1String(field)).arg(maximum));
    return QString::fromUtf8(text, length);
}

Error loadError(const QString &path, const QString &reason)
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: %2").arg(path, reason));
}

} // namespace

Expected<std::unique_ptr<PluginLibrary>> PluginLibrary::load(const QString &path, const QString &config)
{
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: no such plugin library").arg(path));
    std::unique_ptr<PluginLibrary> plugin(new PluginLibrary);
    plugin->m_library.setFileName(path);
    if (!plugin->m_library.load())
        return loadError(path, QStringLiteral("cannot be loaded: %1").arg(plugin->m_library.errorString()));
    const auto entryFunction
        = reinterpret_cast<pen_atd_entry_function>(plugin->m_library.resolve(PEN_ATD_ENTRY_SYMBOL));
    if (!entryFunction)
        return loadError(
            path, QStringLiteral("exports no %1; is it an ATD plugin?").arg(QLatin1String(PEN_ATD_ENTRY_SYMBOL)));
    plugin->m_entry = entryFunction();
    const pen_atd_plugin *entry = plugin->m_entry;
    if (!entry)
        return loadError(path, QStringLiteral("%1 returned nothing").arg(QLatin1String(PEN_ATD_ENTRY_SYMBOL)));
    if (entry->abi_version != PEN_ATD_ABI_VERSION)
        return loadError(path,
                         QStringLiteral("built for interface version %1; this host speaks version %2")
                             .arg(entry->abi_version)
                             .arg(PEN_ATD_ABI_VERSION));
    if (!entry->create || !entry->detect || !entry->destroy)
        return loadError(path, QStringLiteral("its description lacks the create, detect or destroy function"));
    for (const auto &[text, field] :
         std::array<std::pair<const char *, const char *>, 4>{{{entry->name, "name"},
                                                               {entry->vendor, "vendor"},
                                                               {entry->version, "version"},
                                                               {entry->categories, "categories"}}}) {
        auto checked = descriptionText(text, field, 1000);
        if (!checked)
            return loadError(path, checked.error().message);
    }
    plugin->m_categories = QString::fromUtf8(entry->categories).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &category : plugin->m_categories)
        category = category.trimmed();
    if (plugin->m_categories.isEmpty())
        return loadError(path, QStringLiteral("declares no category it detects"));
    if (!std::isfinite(entry->operating_threshold) || entry->operating_threshold < 0 || entry->operating_threshold > 1)
        return loadError(path, QStringLiteral("declares an operating threshold outside [0, 1]"));

    std::array<char, 1024> reason{};
    const QByteArray configText = config.toUtf8();
    plugin->m_instance = entry->create(configText.constData(), reason.data(), reason.size());
    if (!plugin->m_instance) {
        reason.back() = '\0';
        return loadError(path, QStringLiteral("refused its configuration: %1").arg(QString::fromUtf8(reason.data())));
    }
    return plugin;
}

PluginLibrary::~PluginLibrary()
{
    if (m_instance)
        m_entry->destroy(m_instance);
    // The library stays mapped: the process ends soon after, and unloading a plugin that left
    // threads or handlers behind would crash it.
}

Expected<void> PluginLibrary::detect(const pen_atd_scan &scan, pen_atd_result &result)
{
    std::array<char, 1024> reason{};
    if (m_entry->detect(m_instance, &scan, &result, reason.data(), reason.size()) != 0) {
        reason.back() = '\0';
        const QString text = QString::fromUtf8(reason.data());
        return makeError(ErrorCode::InvalidArgument,
                         text.isEmpty() ? QStringLiteral("the plugin failed without a reason") : text);
    }
    return {};
}

} // namespace pen::atdhost
