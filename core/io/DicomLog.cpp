// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomLog.h"

#include <dcmtk/oflog/oflog.h>

#include <atomic>
#include <mutex>

namespace pen {
namespace {

std::atomic<bool> verboseLog{false};
std::mutex levelMutex; // DCMTK's loggers are not safe against concurrent level changes

void applyLevel()
{
    const std::lock_guard lock(levelMutex);
    // Every DCMTK module logs below "dcmtk" (dcmtk.dcmdata, dcmtk.dcmimgle, ...) and inherits its level.
    OFLog::getLogger("dcmtk").setLogLevel(verboseLog ? OFLogger::WARN_LOG_LEVEL : OFLogger::OFF_LOG_LEVEL);
}

} // namespace

void setDicomToolkitVerbose(bool verbose)
{
    verboseLog = verbose;
    applyLevel();
}

bool dicomToolkitVerbose()
{
    return verboseLog;
}

void initDicomToolkitLog()
{
    static std::once_flag once;
    std::call_once(once, applyLevel);
}

} // namespace pen
