// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomByteStream.h"

namespace pen {
namespace {

class DicomByteStreamFactory : public DcmInputStreamFactory {
public:
    explicit DicomByteStreamFactory(const QByteArray &bytes) : m_bytes(bytes) {}
    DcmInputStream *create() const override { return new DicomByteStream(m_bytes); }
    DcmInputStreamFactory *clone() const override { return new DicomByteStreamFactory(m_bytes); }
    // Only told apart from temporary files, which DCMTK deletes when done: these bytes are not one.
    DcmInputStreamFactoryType ident() const override { return DFT_DcmInputFileStreamFactory; }

private:
    QByteArray m_bytes;
};

} // namespace

DicomByteStream::DicomByteStream(const QByteArray &bytes) : m_bytes(bytes)
{
    setBuffer(m_bytes.constData(), offile_off_t(m_bytes.size()));
    setEos();
}

DcmInputStreamFactory *DicomByteStream::newFactory() const
{
    return new DicomByteStreamFactory(m_bytes);
}

} // namespace pen
