#pragma once

#include "result.h"
#include "sheet.h"

#include <QString>

namespace PartyLedger {

// A table file as a clerk picks it, whatever its name ends with: an Excel workbook (zip), the
// old .xls (refused with what to do), otherwise a CSV or tab-separated text file.
Result<Workbook> readSpreadsheet(const QString &path, const SheetProgress &progress = {});

} // namespace PartyLedger
