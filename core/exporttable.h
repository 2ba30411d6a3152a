#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace PartyLedger {

// One column of an exported table. The kind decides how a spreadsheet stores the cells: Text
// always as a string, so ID numbers and phones keep every digit and a leading zero.
struct ExportColumn {
    enum class Kind { Text, Date, Integer, Decimal };
    QString title;
    Kind kind = Kind::Text;
};

// A plain table for the xlsx and CSV writers: QString, QDate, qint64 or double values, a null
// QVariant for an empty cell.
struct ExportTable {
    QString sheetName;
    QList<ExportColumn> columns;
    QList<QList<QVariant>> rows;
};

// How the writers tell numbers from the rest: a value of any integer type, or a double or
// float. A string in a number column stays a string, whatever it looks like.
inline bool isIntegerCell(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

inline bool isDecimalCell(const QVariant &value)
{
    return value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float;
}

} // namespace PartyLedger
