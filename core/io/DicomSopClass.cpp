// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomSopClass.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QStringList>

namespace pen {
namespace {

bool startsWord(const QString &name, qsizetype i)
{
    const QChar here = name[i], before = name[i - 1];
    if (!here.isUpper())
        return here.isDigit() && before.isLower();
    if (before.isLower() || before.isDigit())
        return true;
    // The last capital of an abbreviation starts the next word: "CTImage" -> "CT Image".
    return before.isUpper() && i + 1 < name.size() && name[i + 1].isLower();
}

/// DCMTK names SOP classes in one word ("DICOS_ThreatDetectionReportStorage"); people read words.
QString words(const QString &dcmtkName)
{
    QString spaced;
    for (qsizetype i = 0; i < dcmtkName.size(); ++i) {
        if (dcmtkName[i] == QLatin1Char('_')) {
            spaced += QLatin1Char(' ');
            continue;
        }
        if (i > 0 && dcmtkName[i - 1] != QLatin1Char('_') && startsWord(dcmtkName, i))
            spaced += QLatin1Char(' ');
        spaced += dcmtkName[i];
    }
    QStringList kept = spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // "...Storage" is DCMTK's suffix, not part of the name; "Media Storage Directory" keeps its first one.
    const qsizetype suffix = kept.lastIndexOf(QStringLiteral("Storage"));
    if (suffix > 0)
        kept.removeAt(suffix);
    return kept.join(QLatin1Char(' '));
}

QString uidValue(DcmItem *item, const DcmTagKey &tag)
{
    OFString value;
    if (item == nullptr || item->findAndGetOFString(tag, value).bad())
        return {};
    return QString::fromLatin1(value.c_str()).trimmed();
}

} // namespace

QString sopClassNameOfUid(const QString &uid)
{
    if (uid.isEmpty())
        return QStringLiteral("DICOM file without a SOP class");
    const QByteArray latin = uid.toLatin1();
    const char *name = dcmFindNameOfUID(latin.constData(), nullptr);
    if (name == nullptr)
        return QStringLiteral("DICOM object of unknown SOP class %1").arg(uid);
    return words(QString::fromLatin1(name));
}

QString sopClassName(DcmFileFormat &file)
{
    QString uid = uidValue(file.getDataset(), DCM_SOPClassUID);
    if (uid.isEmpty())
        uid = uidValue(file.getMetaInfo(), DCM_MediaStorageSOPClassUID);
    return sopClassNameOfUid(uid);
}

} // namespace pen
