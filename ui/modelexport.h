#pragma once

#include "exporttable.h"
#include "result.h"
#include "sheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QProgressDialog;
class QWidget;

namespace PartyLedger {

// A table on screen as a table for the xlsx and CSV writers: the horizontal headers as column
// titles, the rows in the model's order. A cell whose `valueRole` holds a number (as the
// statistics tables keep the exact value behind the formatted text) is written as that number
// when every filled cell of its column has one; any other cell as the text shown.
ExportTable exportTableOf(const QAbstractItemModel &model, const QString &sheetName,
                          int valueRole = Qt::UserRole);

// What the pages' "Export" commands share: where to save, and writing with a progress window.
class TableExport {
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    // "NAME yyyyMMdd.SUFFIX" with characters file systems refuse replaced.
    static QString fileName(const QString &name, const QString &suffix);
    // Asks where to save, in `folder`, suggesting fileName(name, "xlsx"); CSV is offered too
    // when `csv`. A name typed without suffix gets the chosen filter's. Empty when cancelled.
    static QString choosePath(QWidget *parent, const QString &title, const QString &folder,
                              const QString &name, bool csv);
    // Writes the tables as a workbook, or the first one as CSV when the path ends in .csv,
    // with a progress window that can cancel. false: the user cancelled (nothing written).
    static Result<bool> write(QWidget *parent, const QString &path,
                              const QList<ExportTable> &tables);
    // Reports (done, total) into a progress window scaled 0..1000; false once cancelled.
    static SheetProgress progressOf(QProgressDialog *dialog);
};

} // namespace PartyLedger
