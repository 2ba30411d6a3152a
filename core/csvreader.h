#pragma once

#include "result.h"
#include "sheet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace PartyLedger {

// Text tables as Excel, WPS and our own export write them: UTF-8 (with or without BOM),
// UTF-16 with BOM ("Unicode text"), or GBK/GB18030 from Chinese Windows; comma, tab or
// semicolon separated; RFC 4180 quoting. Every cell is text: CSV has no types, and guessing
// numbers would strip the leading zeros and last digits of ID numbers and phone numbers.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // One sheet named after the file (without extension). Progress reports how much of the
    // file is parsed, done and total in the same unit; returning false cancels.
    static Result<Sheet> read(const QString &path, const SheetProgress &progress = {});
    // The bytes of a whole file; sheetName also names the table in messages.
    static Result<Sheet> parse(const QByteArray &bytes, const QString &sheetName);
};

} // namespace PartyLedger
