#pragma once

#include "exporttable.h"
#include "result.h"
#include "sheet.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace PartyLedger {

// Writes the tables as an Excel workbook, one sheet each: a bold header row kept in view,
// column widths fitted to the content, Text cells always as strings (never numbers or
// formulas), dates as real dates shown yyyy-mm-dd. The file appears only when complete: a
// failure or a cancel (progress returns false) leaves an existing file as it was. Progress
// counts rows over all tables.
Result<void> writeXlsx(const QString &path, const QList<ExportTable> &tables,
                       const SheetProgress &progress = {});

// The sheet names writeXlsx gives tables with these names: at most 31 characters, none of
// []:*?/\, no apostrophe at either end, distinct without regard to case, never empty.
QStringList xlsxSheetNames(const QStringList &wanted);

} // namespace PartyLedger
