#include "spreadsheetfile.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>

namespace PartyLedger {

Result<Workbook> readSpreadsheet(const QString &path, const SheetProgress &progress)
{
    QFile file(path);
    if (!file.exists())
        return Error{QCoreApplication::translate("SpreadsheetFile", "The file %1 does not exist.")
                         .arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QCoreApplication::translate("SpreadsheetFile", "The file %1 cannot be read: %2")
                .arg(path, file.errorString())};
    // The content decides: people rename files, and WPS saves CSV under .xls names.
    const QByteArray head = file.read(8);
    file.close();
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") ||
        head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return XlsxReader::read(path, progress);

    Result<Sheet> sheet = CsvReader::read(path, progress);
    if (!sheet.ok())
        return Error{sheet.error()};
    Workbook workbook;
    workbook.sheets.append(std::move(sheet).value());
    return workbook;
}

} // namespace PartyLedger
