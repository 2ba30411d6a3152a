#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace PartyLedger {

// Whether an import writes what it planned, or only goes through the writing and rolls it back:
// a dry run is refused for exactly what a real import is refused for, and leaves no trace.
enum class ImportMode { Write, DryRun };

// One thing wrong with one cell (or one row) of an imported sheet.
struct ImportProblem {
    int row = 0;    // as the spreadsheet numbers it: the file's first row is 1
    QString column; // the header text as the sheet has it, or the field's name if it has no column
    QString reason; // a translated sentence a clerk can act on
};

// A row that matched a record already in the ledger.
struct ImportedRow {
    int row = 0;
    QString name;
};

// A name in the sheet that no record of the ledger has (a branch, an activity type), with the
// rows that use it: what the import dialog offers to create.
struct UnknownName {
    QString name;
    QList<int> rows; // as the sheet numbers them
};

// What an import found and did: the same shape for members, organizations and activities.
struct ImportReport {
    int rows = 0;     // data rows seen; empty rows are skipped and not counted
    int inserted = 0; // new records written (a plan or dry run: that would be written)
    int updated = 0;  // records already in the ledger that were (would be) changed
    QList<ImportProblem> errors;
    QList<ImportedRow> updatedRows;   // the rows behind `updated`
    QList<ImportedRow> unchangedRows; // rows naming a record already there, left as it is
    QStringList created;  // units, branches or activity types the import creates besides its rows
    bool written = false; // true once a real import has saved something

    bool hasErrors() const { return !errors.isEmpty(); }
    // {"rows": n, "inserted": n, "updated": n, "errors": [{"row", "column", "reason"}]}, with
    // "unchanged", "updates", "created" and "written" besides, for the command line.
    QJsonObject toJson() const;
};

} // namespace PartyLedger
