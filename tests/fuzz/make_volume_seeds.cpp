// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Writes the seed corpus of fuzz_dicomvolume: small CT volumes as DICOS and as plain CT write them.
#include "CtVolumeCrafting.h"

#include <QDir>
#include <QTextStream>

using namespace pen;

int main(int argc, char *argv[])
{
    if (argc != 2) {
        QTextStream(stderr) << "usage: make_volume_seeds FOLDER\n";
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    dir.mkpath(QStringLiteral("."));
    const struct {
        test::CtFileStyle style;
        const char *name;
    } seeds[]
        = {{{true, false}, "dicos-ct.dcs"}, {{false, true}, "signed-ct.dcm"}, {{true, false, false}, "no-spacing.dcs"}};
    for (const auto &seed : seeds) {
        const QString error
            = test::craftCtVolumeFile(test::ctPhantom(2000), dir.filePath(QLatin1String(seed.name)), seed.style);
        if (!error.isEmpty()) {
            QTextStream(stderr) << seed.name << ": " << error << "\n";
            return 1;
        }
    }
    return 0;
}
