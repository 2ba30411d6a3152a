#pragma once

#include "exporttable.h"
#include "result.h"
#include "sheet.h"

#include <QString>

namespace PartyLedger {

// Writes the table as CSV the way Excel and WPS open it without asking: UTF-8 with a byte order
// mark, CRLF line ends, RFC 4180 quoting, dates as yyyy-MM-dd. A text cell that a spreadsheet
// would take for a formula (it begins with = + - @, a tab or a carriage return) gets one
// leading apostrophe, which the project's CSV reader strips again. The file appears only when
// complete: a failure or a cancel (progress returns false) leaves an existing file as it was.
Result<void> writeCsv(const QString &path, const ExportTable &table,
                      const SheetProgress &progress = {});

} // namespace PartyLedger
