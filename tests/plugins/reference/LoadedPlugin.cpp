// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "LoadedPlugin.h"

#include <dlfcn.h>

LoadedPlugin::LoadedPlugin(const char *path)
{
    m_handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!m_handle) {
        m_error = QString::fromLocal8Bit(dlerror());
        return;
    }
    const auto entry = reinterpret_cast<pen_atd_entry_function>(dlsym(m_handle, PEN_ATD_ENTRY_SYMBOL));
    if (!entry) {
        m_error = QStringLiteral("no %1 in %2").arg(QLatin1String(PEN_ATD_ENTRY_SYMBOL), QString::fromLocal8Bit(path));
        return;
    }
    m_plugin = entry();
    if (!m_plugin)
        m_error = QStringLiteral("the entry returned no description");
}

LoadedPlugin::~LoadedPlugin()
{
    if (m_handle)
        dlclose(m_handle);
}

PluginInstance::PluginInstance(const pen_atd_plugin *plugin, const char *config) : m_plugin(plugin)
{
    char error[256] = {};
    m_instance = plugin->create(config, error, sizeof error);
    if (!m_instance)
        m_error = QString::fromUtf8(error);
}

PluginInstance::~PluginInstance()
{
    if (m_instance)
        m_plugin->destroy(m_instance);
}
