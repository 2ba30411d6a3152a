#pragma once

#include <QCoreApplication>
#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;
class QTableView;

namespace PartyLedger {

// Tables copied the way Excel and WPS paste them: tab-separated rows with the header first.
struct TableCopy {
    Q_DECLARE_TR_FUNCTIONS(TableCopy)
public:
    // The selected cells (every cell when none is selected), as text for the clipboard.
    static QString tsv(const QAbstractItemModel *model, QModelIndexList cells);
    // Ctrl+C and a context-menu "Copy" on the view put its selection on the clipboard.
    static void install(QTableView *view);
};

} // namespace PartyLedger
