// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Writes the seed corpus for fuzz_tdrreader with our own writer: the test suite's sample reports
// (an algorithm's alarm on two views, an officer's polygon, a clear decision).
#include "SampleThreatReports.h"

#include <QDir>
#include <QTextStream>

using namespace pen;

int main(int argc, char *argv[])
{
    if (argc != 2) {
        QTextStream(stderr) << "usage: make_tdr_seeds FOLDER\n";
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    dir.mkpath(QStringLiteral("."));
    const struct {
        ThreatReport report;
        const char *name;
    } seeds[] = {
        {test::machineAlarmReport(), "machine_alarm.dcm"},
        {test::officerAlarmReport(), "officer_alarm.dcm"},
        {test::machineClearReport(), "machine_clear.dcm"},
    };
    for (const auto &seed : seeds) {
        const Expected<void> written = writeThreatDetectionReport(dir.filePath(QLatin1String(seed.name)), seed.report);
        if (!written) {
            QTextStream(stderr) << written.error().message << '\n';
            return 1;
        }
    }
    return 0;
}
