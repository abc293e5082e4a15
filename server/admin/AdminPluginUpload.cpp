// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// pentournament-admin's upload-plugin: a vendor (or a host) sends a plugin's folder or single file.
#include "AdminSession.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace pen::server::admin {

namespace {

constexpr qint64 ChunkBytes = qint64(1) << 20;

/// The files under root, relative and sorted; links are refused, as the server would.
Expected<QList<QFileInfo>> filesUnder(const QDir &root)
{
    QList<QFileInfo> files;
    QDirIterator it(root.path(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1 is a symbolic link: upload the file itself").arg(info.filePath()));
        if (info.isFile())
            files.append(info);
    }
    std::sort(files.begin(), files.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.filePath() < b.filePath(); });
    return files;
}

} // namespace

int Admin::uploadPlugin(const Words &w)
{
    const QStringList &p = w.positional;
    if (p.size() != 4)
        return usage(QStringLiteral("upload-plugin needs an EVENT, a LABEL, a VERSION and a FOLDER or FILE"));
    const QFileInfo path(p[3]);
    const bool single = path.isFile();
    if (!single && !path.isDir())
        return usage(QStringLiteral("%1: no such file or folder").arg(p[3]));
    const bool library = w.options.contains(QStringLiteral("library"));
    const bool program = w.options.contains(QStringLiteral("program"));
    if (library && program)
        return usage(QStringLiteral("upload-plugin takes --library or --program, not both"));
    if (!single && !library && !program)
        return usage(QStringLiteral("a folder's upload needs --library FILE or --program FILE inside it"));
    const QDir root(single ? path.absolutePath() : path.absoluteFilePath());
    auto found = single ? Expected<QList<QFileInfo>>(QList<QFileInfo>{path}) : filesUnder(root);
    if (!found) {
        m_err << "pentournament-admin: " << found.error().message << Qt::endl;
        return 1;
    }

    v1::PluginUpload first;
    v1::PluginUpload::Header *header = first.mutable_header();
    header->set_event_id(p[0].toStdString());
    header->set_label(p[1].toStdString());
    header->set_version(p[2].toStdString());
    // A single file is a library unless it is executable or named as a program.
    const bool asProgram = program || (single && !library && path.isExecutable() && !path.suffix().startsWith("so"));
    const QString code = single && !library && !program
        ? path.fileName()
        : w.option(asProgram ? QStringLiteral("program") : QStringLiteral("library"));
    if (asProgram)
        header->set_program(code.toStdString());
    else
        header->set_library_path(code.toStdString());
    for (const QString &argument : w.options.value(QStringLiteral("arg")))
        header->add_arguments(argument.toStdString());
    header->set_config(w.option(QStringLiteral("config")).toStdString());
    qint64 total = 0;
    for (const QFileInfo &file : *found) {
        v1::PluginUpload::File *announced = header->add_files();
        announced->set_path(root.relativeFilePath(file.absoluteFilePath()).toStdString());
        announced->set_size(uint64_t(file.size()));
        announced->set_executable(file.isExecutable());
        total += file.size();
    }

    auto context = m_c.context(3600);
    v1::PluginSummary summary;
    auto writer = m_c.machines().UploadPlugin(context.get(), &summary);
    bool open = writer->Write(first);
    qint64 sent = 0;
    int lastPercent = -1;
    for (const QFileInfo &info : *found) {
        QFile file(info.absoluteFilePath());
        if (!open)
            break;
        if (!file.open(QIODevice::ReadOnly)) {
            context->TryCancel();
            m_err << "\npentournament-admin: " << file.fileName() << " cannot be read" << Qt::endl;
            return 1;
        }
        const std::string relative = root.relativeFilePath(info.absoluteFilePath()).toStdString();
        for (qint64 offset = 0; open && !file.atEnd();) {
            const QByteArray data = file.read(ChunkBytes);
            v1::PluginUpload part;
            part.mutable_chunk()->set_path(relative);
            part.mutable_chunk()->set_offset(uint64_t(offset));
            part.mutable_chunk()->set_data(data.constData(), std::size_t(data.size()));
            open = writer->Write(part);
            offset += data.size();
            sent += data.size();
            const int percent = int(100 * sent / std::max<qint64>(1, total));
            // Redraw the progress line only when the percentage moves.
            if (percent != lastPercent)
                m_err << "\ruploading " << p[1] << ": " << percent << "% of " << total << " bytes" << Qt::flush;
            lastPercent = percent;
        }
    }
    writer->WritesDone();
    const grpc::Status status = writer->Finish();
    m_err << '\n';
    if (!status.ok())
        return failed(status);
    m_out << text(summary.plugin_id()) << '\t' << text(summary.label()) << '\t' << text(summary.version()) << '\t'
          << text(summary.sha256()) << '\n';
    return 0;
}

} // namespace pen::server::admin
