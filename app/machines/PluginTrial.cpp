// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PluginTrial.h"

#include "atdrunner/MachineRun.h"
#include "atdrunner/MachineRunRecord.h"
#include "imageset/FileHash.h"
#include "imageset/ImageSetFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>

namespace pen::gui {
namespace {

/// Opens the set, runs the plugin over every scan and scores the answers against the truth
/// (the set's target categories if it names them, else every category of its truth).
Expected<atd::MachineRunRecord> runTrial(const TrialRequest &request, const atd::MachineRunProgress &progress,
                                         const std::atomic_bool *cancel)
{
    auto set = ImageSetFolder::open(request.setFolder);
    if (!set)
        return set.error();
    if (!set->groundTruthIncluded)
        return makeError(ErrorCode::Validation,
                         PluginTrial::tr("%1: the set has no ground truth to score against").arg(request.setFolder));
    auto manifestHash = sha256OfFile(QDir(request.setFolder).filePath(ImageSet::ManifestFileName));
    if (!manifestHash)
        return manifestHash.error();
    const QStringList categories = set->round ? set->round->targetCategories : QStringList();
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    auto run = atd::runPlugin(request.launch, request.limits, request.setFolder, set->entries, progress, cancel);
    if (!run)
        return run.error();
    atd::MachineRunRecord record = atd::scoreRun(std::move(*run), *set, categories);
    record.launch = request.launch;
    record.limits = request.limits;
    record.imageSetSha256 = *manifestHash;
    record.startedAt = startedAt;
    record.finishedAt = QDateTime::currentDateTimeUtc();
    return record;
}

} // namespace

PluginTrial::PluginTrial(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

PluginTrial::~PluginTrial()
{
    cancel();
    m_pool.waitForDone();
}

QString PluginTrial::atdHostProgram()
{
    const QString beside
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pentournament-atd-host"));
    const QString built = QStringLiteral(PEN_BUILD_ATD_HOST);
    return QFileInfo::exists(beside) || !QFileInfo::exists(built) ? beside : built;
}

bool PluginTrial::start(const TrialRequest &request)
{
    if (m_cancel)
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    // The destructor waits for the pool, so `this` outlives the progress reports queued to it.
    QtConcurrent::run(&m_pool,
                      [this, request, cancel] {
                          return runTrial(
                              request,
                              [this](int done, int total, const MachineAnswer &) {
                                  QMetaObject::invokeMethod(
                                      this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
                              },
                              cancel.get());
                      })
        .then(this,
              [this, label = request.label, folder = request.setFolder](const Expected<atd::MachineRunRecord> &record) {
                  const bool cancelled = m_cancel->load();
                  m_cancel.reset();
                  if (record) {
                      MachineResult result = MachineResult::fromRecord(*record, label);
                      result.setFolder = folder;
                      emit finished(result);
                  } else if (cancelled)
                      emit failed(tr("cancelled"));
                  else
                      emit failed(record.error().message);
              });
    return true;
}

void PluginTrial::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace pen::gui
