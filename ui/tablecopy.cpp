#include "tablecopy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>
#include <map>
#include <set>

namespace PartyLedger {

QString TableCopy::tsv(const QAbstractItemModel *model, QModelIndexList cells)
{
    if (cells.isEmpty()) {
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                cells.append(model->index(row, column));
    }
    std::set<int> columns;
    std::map<int, std::map<int, QString>> rows;
    for (const QModelIndex &cell : std::as_const(cells)) {
        columns.insert(cell.column());
        rows[cell.row()][cell.column()] = cell.data().toString();
    }
    // A tab or line break inside a cell would split it: spreadsheets read them as separators.
    const auto clean = [](QString text) {
        return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QStringList lines;
    QStringList header;
    for (int column : columns)
        header << clean(model->headerData(column, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char('\t'));
    for (const auto &[row, values] : rows) {
        QStringList line;
        for (int column : columns) {
            const auto found = values.find(column);
            line << (found == values.end() ? QString() : clean(found->second));
        }
        lines << line.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TableCopy::install(QTableView *view)
{
    auto *copy = new QAction(tr("&Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        QApplication::clipboard()->setText(
            tsv(view->model(), view->selectionModel()->selectedIndexes()));
    });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace PartyLedger
