// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <pentournament/atd_plugin.h>

#include <QLibrary>
#include <QStringList>

#include <memory>

namespace pen::atdhost {

/// An ATD algorithm loaded from a shared library through the C interface, with one instance made.
/// Only pentournament-atd-host loads these: a plugin's crash ends that process alone.
class PluginLibrary {
public:
    /// Loads the library, checks its interface version and description, and creates an instance
    /// with the given configuration text.
    static Expected<std::unique_ptr<PluginLibrary>> load(const QString &path, const QString &config);
    ~PluginLibrary();
    PluginLibrary(const PluginLibrary &) = delete;
    PluginLibrary &operator=(const PluginLibrary &) = delete;

    const pen_atd_plugin &entry() const { return *m_entry; }
    QStringList categories() const { return m_categories; }

    /// Runs detection; on failure returns the plugin's reason.
    Expected<void> detect(const pen_atd_scan &scan, pen_atd_result &result);

private:
    PluginLibrary() = default;

    QLibrary m_library;
    const pen_atd_plugin *m_entry = nullptr;
    void *m_instance = nullptr;
    QStringList m_categories;
};

} // namespace pen::atdhost
