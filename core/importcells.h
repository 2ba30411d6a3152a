#pragma once

#include "importcolumns.h"
#include "result.h"
#include "sheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace PartyLedger {

// Typed values read from spreadsheet cells the way people fill them in. An empty cell gives
// the empty value (a null date, 0); a cell that holds something else gives an Error whose
// message says what the cell holds and how to write it, for the import report's reason.
class ImportCells {
    Q_DECLARE_TR_FUNCTIONS(ImportCells)
public:
    // What the cell shows, without surrounding spaces.
    static QString text(const SheetCell &cell) { return cell.text.trimmed(); }
    // A date cell as it is; a number as an Excel serial (1900 system), or as 20210701 or
    // 2021.07 typed into a number cell; text in the shapes DateInput reads.
    static Result<QDate> date(const SheetCell &cell);
    // The serial numbers of Excel's 1900 date system, with its 29 February 1900 that never was.
    static QDate fromExcelSerial(qint64 serial);
    // A whole number of zero or more: "1,234", "12人", 12 in a number cell.
    static Result<qint64> count(const SheetCell &cell);
    // Yuan, exact to the fen: "1234.5", "1,234.50", "1234.50元"; more decimals are an error.
    static Result<qint64> fen(const SheetCell &cell);
    // Hours, zero or more: "2", "1.5", "2小时".
    static Result<double> hours(const SheetCell &cell);
};

// The words of a closed list of values (男/女, 正式党员/预备党员, 党委/党支部 ...), compared as
// column titles are (ImportColumns::key): without case, spaces or notes in brackets.
template <typename T> class ImportWords {
public:
    void add(T value, std::initializer_list<const char *> words)
    {
        for (const char *word : words)
            add(value, QString::fromUtf8(word));
    }
    void add(T value, const QString &word) { m_values.insert(ImportColumns::key(word), value); }
    std::optional<T> find(const QString &text) const
    {
        const auto found = m_values.constFind(ImportColumns::key(text));
        return found == m_values.cend() ? std::nullopt : std::optional<T>(*found);
    }

private:
    QHash<QString, T> m_values;
};

} // namespace PartyLedger
