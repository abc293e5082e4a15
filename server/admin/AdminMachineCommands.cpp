// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// pentournament-admin's commands for machines in events (pen.v1.Machines).
#include "AdminSession.h"
#include "client/ExportDownloads.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pen::server::admin {

namespace {

QString decimal(double value, int decimals = 3)
{
    return QString::number(value, 'f', decimals);
}

QString optionalDecimal(bool has, double value)
{
    return has ? decimal(value) : QStringLiteral("-");
}

} // namespace

int Admin::runMachineCommand(const QString &command, const Words &w)
{
    if (command == QLatin1String("plugin-register"))
        return registerPlugin(w);
    if (command == QLatin1String("upload-plugin"))
        return uploadPlugin(w);
    if (command == QLatin1String("machines-configure"))
        return configureMachines(w);
    if (command == QLatin1String("plugin-run"))
        return runPlugin(w);
    if (command == QLatin1String("machine-leaderboard"))
        return machineLeaderboard(w);
    if (command == QLatin1String("human-machine"))
        return humanMachine(w);
    if (command == QLatin1String("export-tdr"))
        return exportThreatReports(w);
    if (command == QLatin1String("plugins")) {
        if (w.positional.size() != 1)
            return usage(QStringLiteral("plugins needs an EVENT"));
        v1::ListPluginsRequest request;
        request.set_event_id(w.positional[0].toStdString());
        v1::ListPluginsReply reply;
        auto context = m_c.context();
        if (auto s = m_c.machines().ListPlugins(context.get(), request, &reply); !s.ok())
            return failed(s);
        for (const v1::PluginSummary &plugin : reply.plugins())
            m_out << text(plugin.plugin_id()) << '\t' << text(plugin.label()) << '\t' << text(plugin.code()) << '\t'
                  << text(plugin.vendor_token_id()) << '\n';
        return 0;
    }
    return -1;
}

int Admin::registerPlugin(const Words &w)
{
    if (w.positional.size() != 2)
        return usage(QStringLiteral("plugin-register needs an EVENT and a LABEL"));
    const bool library = w.options.contains(QStringLiteral("library"));
    if (library == w.options.contains(QStringLiteral("program")))
        return usage(QStringLiteral("plugin-register needs --library FILE or --program FILE"));
    v1::RegisterPluginRequest request;
    request.set_event_id(w.positional[0].toStdString());
    request.set_label(w.positional[1].toStdString());
    if (library)
        request.set_library_path(w.option(QStringLiteral("library")).toStdString());
    else
        request.set_program(w.option(QStringLiteral("program")).toStdString());
    for (const QString &argument : w.options.value(QStringLiteral("arg")))
        request.add_arguments(argument.toStdString());
    request.set_config(w.option(QStringLiteral("config")).toStdString());
    request.set_vendor_token_id(w.option(QStringLiteral("vendor")).toStdString());
    v1::PluginSummary reply;
    auto context = m_c.context();
    if (auto s = m_c.machines().RegisterPlugin(context.get(), request, &reply); !s.ok())
        return failed(s);
    m_out << text(reply.plugin_id()) << '\n';
    return 0;
}

int Admin::configureMachines(const Words &w)
{
    if (w.positional.size() != 2)
        return usage(QStringLiteral("machines-configure needs an EVENT and a SET"));
    v1::ConfigureEvaluationRequest request;
    request.set_event_id(w.positional[0].toStdString());
    request.set_image_set_id(w.positional[1].toStdString());
    const auto number = [&](const char *name, double fallback, double *value) {
        const QString given = w.option(QLatin1String(name));
        bool ok = true;
        *value = given.isEmpty() ? fallback : given.toDouble(&ok);
        return ok;
    };
    double fraction = 0, development = 0, final = 0, seconds = 0, memory = 0;
    if (!number("public", 0.3, &fraction) || !number("development-submissions", 5, &development)
        || !number("final-submissions", 1, &final) || !number("seconds-per-scan", 10, &seconds)
        || !number("memory-mb", 4096, &memory) || development < 0 || final < 0 || memory < 0)
        return usage(QStringLiteral("machines-configure: the options take numbers"));
    request.set_public_fraction(fraction);
    request.set_development_submissions(uint32_t(development));
    request.set_final_submissions(uint32_t(final));
    request.set_seconds_per_scan(seconds);
    request.set_memory_mb(uint32_t(memory));
    for (const QString &category : w.option(QStringLiteral("categories")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        request.add_categories(category.trimmed().toStdString());
    v1::EvaluationSettings reply;
    auto context = m_c.context();
    if (auto s = m_c.machines().ConfigureEvaluation(context.get(), request, &reply); !s.ok())
        return failed(s);
    m_out << "public scans\t" << reply.public_scans() << "\nprivate scans\t" << reply.private_scans()
          << "\nimage set sha256\t" << text(reply.image_set_sha256()) << '\n';
    return 0;
}

int Admin::runPlugin(const Words &w)
{
    if (w.positional.size() != 3)
        return usage(QStringLiteral("plugin-run needs an EVENT, a PLUGIN and development, final or a ROUND"));
    v1::RunPluginRequest request;
    request.set_event_id(w.positional[0].toStdString());
    request.set_plugin_id(w.positional[1].toStdString());
    const QString phase = w.positional[2];
    if (phase == QLatin1String("development")) {
        request.set_phase(v1::EVALUATION_PHASE_DEVELOPMENT);
    } else if (phase == QLatin1String("final")) {
        request.set_phase(v1::EVALUATION_PHASE_FINAL);
    } else {
        request.set_phase(v1::EVALUATION_PHASE_ROUND);
        request.set_round_id(phase.toStdString());
    }
    auto run = m_c.runPlugin(request, [&](int done, int total) {
        m_err << "\rrunning " << w.positional[1] << ": " << done << " of " << total << " scans";
        m_err.flush();
    });
    m_err << '\n';
    if (!run) {
        m_err << "pentournament-admin: " << run.error().message << Qt::endl;
        return 1;
    }
    const v1::MachineMetrics &m = run->metrics();
    m_out << "run\t" << text(run->run_id()) << '\n'
          << "plugin\t" << text(run->plugin_name()) << ' ' << text(run->plugin_version()) << '\t'
          << text(run->plugin_vendor()) << '\n'
          << "code sha256\t" << text(run->code_sha256()) << '\n'
          << "image set sha256\t" << text(run->image_set_sha256()) << '\n'
          << "mean AP@0.5\t" << optionalDecimal(m.has_mean_ap50(), m.mean_ap50()) << '\n'
          << "mean AP@.5:.95\t" << optionalDecimal(m.has_mean_ap_coco(), m.mean_ap_coco()) << '\n'
          << "Pd\t" << decimal(m.pd()) << "\nPfa\t" << decimal(m.pfa()) << "\nROC area\t" << decimal(m.roc_area())
          << '\n'
          << "latency p50 s\t" << decimal(m.latency_p50()) << "\nlatency p95 s\t" << decimal(m.latency_p95()) << '\n'
          << "scans per hour\t" << decimal(m.images_per_hour(), 0) << "\nfailures\t" << m.failures() << " of "
          << m.scans() << '\n';
    for (const std::string &failure : run->failures())
        m_out << "failure\t" << text(failure) << '\n';
    return 0;
}

int Admin::machineLeaderboard(const Words &w)
{
    if (w.positional.isEmpty() || w.positional.size() > 2)
        return usage(QStringLiteral("machine-leaderboard needs an EVENT and, if not development, the phase final"));
    v1::MachineLeaderboardRequest request;
    request.set_event_id(w.positional[0].toStdString());
    request.set_phase(w.positional.value(1) == QLatin1String("final") ? v1::EVALUATION_PHASE_FINAL
                                                                      : v1::EVALUATION_PHASE_DEVELOPMENT);
    v1::MachineLeaderboard reply;
    auto context = m_c.context();
    if (auto s = m_c.machines().GetMachineLeaderboard(context.get(), request, &reply); !s.ok())
        return failed(s);
    m_out << "rank\tplugin\tversion\tmean_ap50\tmean_ap_coco\tpd\tpfa\tlatency_p50\tlatency_p95\tscans_per_"
             "hour\tfailures\n";
    for (const v1::MachineRunSummary &run : reply.runs()) {
        const v1::MachineMetrics &m = run.metrics();
        m_out << run.rank() << '\t' << text(run.label()) << '\t' << text(run.plugin_version()) << '\t'
              << optionalDecimal(m.has_mean_ap50(), m.mean_ap50()) << '\t'
              << optionalDecimal(m.has_mean_ap_coco(), m.mean_ap_coco()) << '\t' << decimal(m.pd()) << '\t'
              << decimal(m.pfa()) << '\t' << decimal(m.latency_p50()) << '\t' << decimal(m.latency_p95()) << '\t'
              << decimal(m.images_per_hour(), 0) << '\t' << m.failures() << '\n';
    }
    return 0;
}

int Admin::humanMachine(const Words &w)
{
    if (w.positional.size() != 2)
        return usage(QStringLiteral("human-machine needs an EVENT and a ROUND"));
    v1::HumanMachineLeaderboardRequest request;
    request.set_event_id(w.positional[0].toStdString());
    request.set_round_id(w.positional[1].toStdString());
    v1::HumanMachineLeaderboard reply;
    auto context = m_c.context();
    if (auto s = m_c.machines().GetHumanMachineLeaderboard(context.get(), request, &reply); !s.ok())
        return failed(s);
    m_out << "rank\tname\tkind\tpoints\thit_rate\tfalse_alarm_rate\td_prime\tmean_response_seconds\n";
    for (const v1::HumanMachineStanding &s : reply.standings())
        m_out << s.rank() << '\t' << text(s.name()) << '\t' << (s.machine() ? "machine" : "officer") << '\t'
              << decimal(s.score().points(), 2) << '\t' << decimal(s.score().hit_rate()) << '\t'
              << decimal(s.score().false_alarm_rate()) << '\t' << decimal(s.score().d_prime()) << '\t'
              << decimal(s.score().mean_response_seconds(), 2) << '\n';
    return 0;
}

int Admin::exportThreatReports(const Words &w)
{
    if (w.positional.size() != 2)
        return usage(QStringLiteral("export-tdr needs an EVENT and a FOLDER"));
    const QDir folder(w.positional[1]);
    int written = 0;
    int result = 0;
    auto context = m_c.context(300);
    const grpc::Status status
        = downloadThreatReports(m_c.machines(), context.get(), w.positional[0], [&](const v1::ThreatReportFile &file) {
              const QString path = text(file.path());
              // Paths come from the server; none may leave the folder.
              if (path.startsWith(QLatin1Char('/')) || path.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
                  result = usage(QStringLiteral("the server sent a report path outside the folder: %1").arg(path));
                  return false;
              }
              const QString target = folder.filePath(path);
              QFile out(target);
              if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !out.open(QIODevice::WriteOnly)
                  || out.write(file.dicom().data(), qint64(file.dicom().size())) != qint64(file.dicom().size())) {
                  m_err << "pentournament-admin: " << target << ": cannot write" << Qt::endl;
                  result = 1;
                  return false;
              }
              ++written;
              return true;
          });
    if (result != 0)
        return result;
    if (!status.ok())
        return failed(status);
    m_out << written << " reports in " << QDir::toNativeSeparators(folder.path()) << '\n';
    return 0;
}

} // namespace pen::server::admin
