// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ExportStreams.h"

#include <QDir>
#include <QFile>

namespace pen::server {

std::optional<grpc::Status> CsvExportStream::fill(v1::ExportResultsReply &piece)
{
    if (m_sent >= m_csv.size())
        return grpc::Status::OK;
    const qint64 length = std::min<qint64>(ExportPieceBytes, m_csv.size() - m_sent);
    piece.set_csv(m_csv.constData() + m_sent, std::size_t(length));
    m_sent += length;
    return std::nullopt;
}

std::optional<grpc::Status> ThreatReportStream::fill(v1::ThreatReportFiles &batch)
{
    if (m_nextFile >= m_files.size())
        return grpc::Status::OK;
    qint64 bytes = 0;
    while (m_nextFile < m_files.size() && (batch.files_size() == 0 || bytes < ExportPieceBytes)) {
        const QString &path = m_files[m_nextFile];
        QFile file(QDir(m_folder->path()).filePath(path));
        if (!file.open(QIODevice::ReadOnly))
            return grpc::Status(grpc::StatusCode::INTERNAL,
                                "a written report cannot be read back: " + path.toStdString());
        const QByteArray dicom = file.readAll();
        v1::ThreatReportFile *out = batch.add_files();
        out->set_path(path.toStdString());
        out->set_dicom(dicom.constData(), std::size_t(dicom.size()));
        bytes += dicom.size();
        ++m_nextFile;
    }
    return std::nullopt;
}

} // namespace pen::server
