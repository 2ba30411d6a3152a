#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace PartyLedger {

// One cell as a spreadsheet or CSV file holds it, before any meaning is given to it.
struct SheetCell {
    enum class Kind { Empty, Text, Number, Boolean, Date };
    Kind kind = Kind::Empty;
    // What the user sees in the cell: the string itself; for numbers the shortest exact
    // form ("350582198001011234" if stored whole, "3.50582E+17" as Excel shows a lost one
    // stays whatever the file holds); "TRUE"/"FALSE"; dates as yyyy-MM-dd.
    QString text;
    double number = 0; // Kind::Number and Kind::Date (the serial) only
    QDate date;        // Kind::Date: a number whose cell format is a date, converted

    // Without trimming a copy: asked of every cell of every row an import reads.
    bool isEmpty() const
    {
        if (kind == Kind::Empty)
            return true;
        for (QChar c : text) {
            if (!c.isSpace())
                return false;
        }
        return true;
    }
};

// A rectangle of merged cells, zero-based and inclusive.
struct MergedRange {
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;
};

// One sheet of a workbook, or the whole of a CSV file. rows[0] is the file's first row (row
// number 1 as the user sees it); rows may be ragged and empty rows are kept as empty lists,
// so row numbers in messages match what Excel or WPS shows.
struct Sheet {
    QString name;
    QList<QList<SheetCell>> rows;
    // The reader copies a merged range's value into every cell of it, so a header merged
    // across two rows or columns reads the same in each; the ranges are kept for previews.
    QList<MergedRange> merged;

    const SheetCell &cell(int row, int column) const
    {
        static const SheetCell empty;
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
            return empty;
        return rows[row][column];
    }
};

struct Workbook {
    QList<Sheet> sheets; // a CSV file gives one sheet named after the file
};

// Long reads and writes report (done, total) and stop when this returns false.
using SheetProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace PartyLedger
