#pragma once

#include "result.h"
#include "sheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace PartyLedger {

// What reading one workbook may unpack: a zip bomb (a small file inflating to gigabytes) is
// refused while inflating, since the sizes in a zip's headers can be forged.
struct XlsxLimits {
    qint64 maxTotalBytes = qint64(512) * 1024 * 1024; // all parts read, uncompressed
    // Uncompressed / compressed bytes of one part; XML from Excel, WPS, openpyxl and
    // libxlsxwriter packs 5 to 30 times, deflate at most about 1000 times.
    double maxRatio = 200;
    qint64 ratioGraceBytes = qint64(1) * 1024 * 1024; // small parts may pack tighter
};

// Excel 2007+ workbooks (.xlsx, also as WPS writes them): every worksheet in order with its
// cell values, kinds and merged ranges. Formulas give their cached values.
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    // Progress reports rows read of the sheet being read (total from the sheet's dimension,
    // 0 when it has none); returning false cancels.
    static Result<Workbook> read(const QString &path, const SheetProgress &progress = {},
                                 const XlsxLimits &limits = {});

    // The day of a serial date number in the 1900 system (with Lotus's fictitious
    // 1900-02-29, serial 60, which has no date) or the 1904 system; the time is dropped.
    static std::optional<QDate> dateFromSerial(double serial, bool date1904);
    // Whether a cell format shows a date: the built-in date formats and custom codes with
    // y, m, d, h or s outside quotes and brackets, except elapsed times like [h]:mm.
    static bool isDateFormat(int numFmtId, const QString &customCode = {});
    // Integers in full ("350582000000000000", never 3.50582E+17), others shortest exact.
    static QString numberText(double number);
};

} // namespace PartyLedger
