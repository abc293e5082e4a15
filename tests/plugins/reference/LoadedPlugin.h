// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <pentournament/atd_plugin.h>

#include <QString>

/// A plugin library opened with dlopen, as the host opens it; closed when destroyed.
class LoadedPlugin {
public:
    explicit LoadedPlugin(const char *path);
    ~LoadedPlugin();
    LoadedPlugin(const LoadedPlugin &) = delete;
    LoadedPlugin &operator=(const LoadedPlugin &) = delete;

    /// The entry's description, or nullptr with errorString() set.
    const pen_atd_plugin *plugin() const { return m_plugin; }
    QString errorString() const { return m_error; }

private:
    void *m_handle = nullptr;
    const pen_atd_plugin *m_plugin = nullptr;
    QString m_error;
};

/// An instance of a plugin, destroyed with it.
class PluginInstance {
public:
    PluginInstance(const pen_atd_plugin *plugin, const char *config);
    ~PluginInstance();
    PluginInstance(const PluginInstance &) = delete;
    PluginInstance &operator=(const PluginInstance &) = delete;

    void *handle() const { return m_instance; }
    QString errorString() const { return m_error; }

private:
    const pen_atd_plugin *m_plugin = nullptr;
    void *m_instance = nullptr;
    QString m_error;
};
