// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <dcmtk/dcmdata/dcistrmb.h>

#include <QByteArray>

namespace pen {

/// A DCMTK input stream over bytes in memory that, unlike DcmInputBufferStream, can be reopened:
/// DCMTK then defers loading large values (as it does for files) instead of allocating whatever
/// length a corrupt element claims before it finds that the data ends sooner. Shares the bytes
/// (implicitly shared QByteArray), so it and the values it defers never dangle.
class DicomByteStream : public DcmInputBufferStream {
public:
    explicit DicomByteStream(const QByteArray &bytes);
    DcmInputStreamFactory *newFactory() const override;

private:
    QByteArray m_bytes;
};

} // namespace pen
