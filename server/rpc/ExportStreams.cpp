// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ExportStreams.h"

#include <QDir>
#include <QFile>

namespace pen::server {

CsvExportStream::CsvExportStream(QByteArray csv) : m_csv(std::move(csv))
{
    next();
}

void CsvExportStream::OnWriteDone(bool ok)
{
    if (!ok) {
        Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, "the export broke off"));
        return;
    }
    next();
}

void CsvExportStream::next()
{
    if (m_sent >= m_csv.size()) {
        Finish(grpc::Status::OK);
        return;
    }
    const qint64 length = std::min<qint64>(ExportPieceBytes, m_csv.size() - m_sent);
    m_piece.set_csv(m_csv.constData() + m_sent, std::size_t(length));
    m_sent += length;
    StartWrite(&m_piece);
}

ThreatReportStream::ThreatReportStream(std::unique_ptr<QTemporaryDir> folder, QStringList files)
    : m_folder(std::move(folder)), m_files(std::move(files))
{
    next();
}

void ThreatReportStream::OnWriteDone(bool ok)
{
    if (!ok) {
        Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, "the export broke off"));
        return;
    }
    next();
}

void ThreatReportStream::next()
{
    if (m_nextFile >= m_files.size()) {
        Finish(grpc::Status::OK);
        return;
    }
    m_batch.Clear();
    qint64 bytes = 0;
    while (m_nextFile < m_files.size() && (m_batch.files_size() == 0 || bytes < ExportPieceBytes)) {
        const QString &path = m_files[m_nextFile];
        QFile file(QDir(m_folder->path()).filePath(path));
        if (!file.open(QIODevice::ReadOnly)) {
            Finish(grpc::Status(grpc::StatusCode::INTERNAL, "a written report cannot be read back: " + path.toStdString()));
            return;
        }
        const QByteArray dicom = file.readAll();
        v1::ThreatReportFile *out = m_batch.add_files();
        out->set_path(path.toStdString());
        out->set_dicom(dicom.constData(), std::size_t(dicom.size()));
        bytes += dicom.size();
        ++m_nextFile;
    }
    StartWrite(&m_batch);
}

} // namespace pen::server
