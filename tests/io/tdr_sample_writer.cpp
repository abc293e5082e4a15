// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Test helper, not a product tool: writes sample DICOS Threat Detection Reports of an algorithm
// and of an officer into a folder, for checks by external DICOM tools.
#include "SampleThreatReports.h"

#include <QDir>
#include <QTextStream>

using namespace pen;

int main(int argc, char *argv[])
{
    if (argc != 2) {
        QTextStream(stderr) << "usage: tdr_sample_writer FOLDER\n";
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!dir.mkpath(QStringLiteral(".")))
        return 1;
    const struct {
        ThreatReport report;
        const char *name;
    } files[] = {
        {test::machineAlarmReport(), "machine_alarm.dcm"},
        {test::officerAlarmReport(), "officer_alarm.dcm"},
        {test::machineClearReport(), "machine_clear.dcm"},
    };
    for (const auto &file : files) {
        const Expected<void> written = writeThreatDetectionReport(dir.filePath(QLatin1String(file.name)), file.report);
        if (!written) {
            QTextStream(stderr) << written.error().message << '\n';
            return 1;
        }
    }
    return 0;
}
