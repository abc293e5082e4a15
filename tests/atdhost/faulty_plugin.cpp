// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// A plugin library that misbehaves on request, to show that the host and the server survive it.
// The configuration text picks the behaviour: "mode=good|crash|hang|leak|nan|outside|category|
// overflow|refuse|kinds|poke|write" (kinds: refuses every scan, naming the object and view kinds it was given;
// poke: writes into the low channel it was given; write: tries every way into the shared memory that holds the
// pixels, and refuses the scan with what each way gave), "crash-every=N" (crash on every Nth scan of a process),
// "slow-ms=N". The environment variable FAULTY_ABI_VERSION, where set, replaces
// the interface version.
#include <pentournament/atd_plugin.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <sys/mman.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

struct Faults {
    std::string mode = "good";
    int crashEvery = 0;
    int slowMs = 0;
    int calls = 0;
    std::vector<char *> leaked;
};

void say(char *error, size_t size, const char *text)
{
    std::snprintf(error, size, "%s", text);
}

const char *outcome(int result)
{
    return result == 0 ? "allowed" : std::strerror(errno);
}

// A descriptor of this process that names a memfd: the host's, open during the call.
int findMemfd()
{
    DIR *folder = opendir("/proc/self/fd");
    if (!folder)
        return -1;
    int found = -1;
    while (const dirent *entry = readdir(folder)) {
        char link[256] = {};
        const std::string path = std::string("/proc/self/fd/") + entry->d_name;
        if (readlink(path.c_str(), link, sizeof link - 1) > 0 && std::strncmp(link, "/memfd:", 7) == 0)
            found = std::atoi(entry->d_name);
    }
    closedir(folder);
    return found;
}

// Every way a plugin might write into the pixels it was given in shared memory, told back.
void tryToWrite(const pen_atd_view &view, char *error, size_t errorSize)
{
    const long page = sysconf(_SC_PAGESIZE);
    void *first = reinterpret_cast<void *>(reinterpret_cast<uintptr_t>(view.low) & ~uintptr_t(page - 1));
    const std::string mprotected = outcome(mprotect(first, size_t(page), PROT_READ | PROT_WRITE));
    const int memfd = findMemfd();
    if (memfd < 0) {
        std::snprintf(error, errorSize, "no shared memory; mprotect %s", mprotected.c_str());
        return;
    }
    const std::string path = "/proc/self/fd/" + std::to_string(memfd);
    const int writable = open(path.c_str(), O_RDWR);
    const std::string opened = writable < 0 ? std::strerror(errno) : "allowed";
    const int descriptor = writable < 0 ? memfd : writable;
    void *mapped = mmap(nullptr, size_t(page), PROT_READ | PROT_WRITE, MAP_SHARED, descriptor, 0);
    const std::string mapping = mapped == MAP_FAILED ? std::strerror(errno) : "allowed";
    const uint16_t zero = 0;
    const std::string written = outcome(pwrite(descriptor, &zero, sizeof zero, 0) == sizeof zero ? 0 : -1);
    const std::string truncated = outcome(ftruncate(descriptor, 0));
    const std::string unsealed = outcome(fcntl(descriptor, F_ADD_SEALS, F_SEAL_SEAL) == 0 ? 0 : -1);
    std::snprintf(error, errorSize, "mprotect %s; open O_RDWR %s; mmap PROT_WRITE %s; pwrite %s; ftruncate %s; seal %s",
                  mprotected.c_str(), opened.c_str(), mapping.c_str(), written.c_str(), truncated.c_str(),
                  unsealed.c_str());
    if (writable >= 0)
        close(writable);
}

void *create(const char *config, char *error, size_t errorSize)
{
    auto *faults = new Faults;
    std::string text = config;
    size_t start = 0;
    while (start < text.size()) {
        const size_t end = std::min(text.find(',', start), text.size());
        const std::string item = text.substr(start, end - start);
        const size_t equals = item.find('=');
        const std::string key = item.substr(0, equals);
        const std::string value = equals == std::string::npos ? std::string() : item.substr(equals + 1);
        if (key == "mode")
            faults->mode = value;
        else if (key == "crash-every")
            faults->crashEvery = std::atoi(value.c_str());
        else if (key == "slow-ms")
            faults->slowMs = std::atoi(value.c_str());
        start = end + 1;
    }
    if (faults->mode == "refuse") {
        delete faults;
        say(error, errorSize, "mode=refuse: this configuration is refused");
        return nullptr;
    }
    return faults;
}

int detect(void *instance, const pen_atd_scan *scan, pen_atd_result *result, char *error, size_t errorSize)
{
    auto *faults = static_cast<Faults *>(instance);
    ++faults->calls;
    if (faults->mode == "crash" || (faults->crashEvery > 0 && faults->calls % faults->crashEvery == 0))
        std::raise(SIGSEGV);
    if (faults->mode == "hang") {
        for (;;)
            std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    if (faults->mode == "leak") {
        constexpr size_t Chunk = 64u << 20;
        char *block = new char[Chunk]; // throws when the memory limit is reached
        std::memset(block, 1, Chunk);
        faults->leaked.push_back(block);
    }
    if (faults->slowMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(faults->slowMs));
    if (faults->mode == "kinds") { // what the host passed on, told back as the refusal
        const bool dual = scan->view_count > 0 && scan->views[0].kind == PEN_ATD_DUAL_ENERGY;
        std::snprintf(error, errorSize, "saw object kind \"%s\", view 0 %s", scan->object_kind,
                      dual ? "dual-energy" : "not dual-energy");
        return 1;
    }
    if (faults->mode == "poke" && scan->view_count > 0)
        const_cast<uint16_t *>(scan->views[0].low)[0] ^= 1;
    if (faults->mode == "write" && scan->view_count > 0) {
        tryToWrite(scan->views[0], error, errorSize);
        return 1;
    }
    if (scan->view_count < 1 || scan->views[0].kind != PEN_ATD_DUAL_ENERGY) {
        say(error, errorSize, "needs a dual-energy view");
        return 1;
    }
    // The honest answer: the darker the low channel on average, the surer the alarm; one object
    // in the middle of the view.
    const pen_atd_view &view = scan->views[0];
    double sum = 0;
    const size_t pixels = size_t(view.width) * view.height;
    for (size_t i = 0; i < pixels; ++i)
        sum += view.low[i];
    result->alarm_score = 1.0 - sum / double(pixels) / 65535.0;
    result->alarm = result->alarm_score >= 0.5;
    pen_atd_object &object = result->objects[0];
    std::snprintf(object.category, sizeof object.category, "%s", "narcotics");
    object.view_index = 0;
    object.x = view.width / 4.0;
    object.y = view.height / 4.0;
    object.width = view.width / 2.0;
    object.height = view.height / 2.0;
    object.probability = result->alarm_score;
    result->object_count = 1;
    if (faults->mode == "nan")
        result->alarm_score = std::nan("");
    else if (faults->mode == "outside")
        object.x = view.width + 100.0;
    else if (faults->mode == "category")
        std::snprintf(object.category, sizeof object.category, "%s", "unicorn");
    else if (faults->mode == "overflow")
        result->object_count = result->object_capacity + 1;
    return 0;
}

void destroy(void *instance)
{
    delete static_cast<Faults *>(instance);
}

pen_atd_plugin description()
{
    pen_atd_plugin plugin{};
    plugin.abi_version = PEN_ATD_ABI_VERSION;
    if (const char *version = std::getenv("FAULTY_ABI_VERSION"))
        plugin.abi_version = uint32_t(std::atoi(version));
    plugin.name = "faulty";
    plugin.vendor = "PEN-Tournament tests";
    plugin.version = "0.1";
    plugin.categories = "narcotics,weapon";
    plugin.operating_threshold = 0.5;
    plugin.needs_dual_energy = 1;
    plugin.views_needed = 1;
    plugin.create = create;
    plugin.detect = detect;
    plugin.destroy = destroy;
    return plugin;
}

} // namespace

extern "C" PEN_ATD_EXPORT const pen_atd_plugin *pen_atd_plugin_entry(void)
{
    static const pen_atd_plugin plugin = description();
    return &plugin;
}
