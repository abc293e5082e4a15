// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "importers/DatasetImporter.h"

#include <QList>
#include <QString>

namespace pen {

/// The built-in dataset importers. They live for the whole program; thread-safe.
namespace DatasetImporters {

QList<const DatasetImporter *> all();
/// nullptr when no importer has that format key.
const DatasetImporter *byFormat(const QString &formatKey);

} // namespace DatasetImporters
} // namespace pen
