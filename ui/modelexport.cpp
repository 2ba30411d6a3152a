#include "modelexport.h"

#include "csvexport.h"
#include "xlsxexport.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace PartyLedger {

namespace {
bool isNumber(const QVariant &value)
{
    return isIntegerCell(value) || isDecimalCell(value);
}
} // namespace

ExportTable exportTableOf(const QAbstractItemModel &model, const QString &sheetName, int valueRole)
{
    using Kind = ExportColumn::Kind;
    ExportTable table;
    table.sheetName = sheetName;
    const int rows = model.rowCount();
    const int columns = model.columnCount();
    for (int column = 0; column < columns; ++column) {
        // Numbers only when every filled cell of the column has one; integers when all are.
        bool numbers = false, texts = false, fractions = false, dates = false;
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = model.index(row, column);
            const QVariant value = index.data(valueRole);
            if (isNumber(value)) {
                numbers = true;
                const double number = value.toDouble();
                fractions = fractions || number != std::floor(number);
            } else if (value.typeId() == QMetaType::QDate) {
                dates = true;
            } else if (!index.data().toString().isEmpty()) {
                texts = true;
            }
        }
        Kind kind = Kind::Text;
        if (numbers && !texts && !dates)
            kind = fractions ? Kind::Decimal : Kind::Integer;
        else if (dates && !texts && !numbers)
            kind = Kind::Date;
        table.columns.append({model.headerData(column, Qt::Horizontal).toString(), kind});
    }
    for (int row = 0; row < rows; ++row) {
        QList<QVariant> values;
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model.index(row, column);
            const QVariant value = index.data(valueRole);
            const QString shown = index.data().toString();
            switch (table.columns.at(column).kind) {
            case Kind::Integer:
                values.append(isNumber(value) ? QVariant(qint64(std::llround(value.toDouble())))
                                              : QVariant());
                break;
            case Kind::Decimal:
                values.append(isNumber(value) ? QVariant(value.toDouble()) : QVariant());
                break;
            case Kind::Date:
                values.append(value.typeId() == QMetaType::QDate ? value : QVariant());
                break;
            case Kind::Text:
                values.append(shown.isEmpty() ? QVariant() : QVariant(shown));
                break;
            }
        }
        table.rows.append(values);
    }
    return table;
}

QString TableExport::fileName(const QString &name, const QString &suffix)
{
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\r\\n\\t]"));
    QString cleaned = name;
    cleaned.replace(refused, QStringLiteral("_"));
    return cleaned.trimmed() + QLatin1Char(' ') +
           QDate::currentDate().toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('.') + suffix;
}

QString TableExport::choosePath(QWidget *parent, const QString &title, const QString &folder,
                                const QString &name, bool csv)
{
    const QString xlsxFilter = tr("Excel workbooks (*.xlsx)");
    const QString csvFilter = tr("CSV files (*.csv)");
    QString chosenFilter = xlsxFilter;
    QString path = QFileDialog::getSaveFileName(
        parent, title, folder + QLatin1Char('/') + fileName(name, QStringLiteral("xlsx")),
        csv ? xlsxFilter + QStringLiteral(";;") + csvFilter : xlsxFilter, &chosenFilter);
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || (csv && suffix == QLatin1String("csv")))
        return path;
    return path +
           (csv && chosenFilter == csvFilter ? QStringLiteral(".csv") : QStringLiteral(".xlsx"));
}

SheetProgress TableExport::progressOf(QProgressDialog *dialog)
{
    return [dialog](qint64 done, qint64 total) {
        dialog->setValue(total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0);
        return !dialog->wasCanceled();
    };
}

Result<bool> TableExport::write(QWidget *parent, const QString &path,
                                const QList<ExportTable> &tables)
{
    QProgressDialog progress(tr("Saving %1...").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             1000, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    const bool csv =
        QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    const Result<void> written = csv ? writeCsv(path, tables.value(0), progressOf(&progress))
                                     : writeXlsx(path, tables, progressOf(&progress));
    if (progress.wasCanceled())
        return false;
    if (!written)
        return Error{written.error()};
    return true;
}

} // namespace PartyLedger
