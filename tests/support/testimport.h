#pragma once

#include "idnumber.h"
#include "ledger.h"
#include "sheet.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>

// Sheets built in code for the import tests, cell by cell as the readers would give them, and
// the ledger file's hash, by which a test sees that an import wrote nothing.
namespace PartyLedger::Testing {

inline SheetCell textCell(const QString &text)
{
    SheetCell cell;
    cell.kind = text.isEmpty() ? SheetCell::Kind::Empty : SheetCell::Kind::Text;
    cell.text = text;
    return cell;
}

// A number cell; `shown` is what the reader gives as its text (the shortest exact form).
inline SheetCell numberCell(double number, const QString &shown)
{
    SheetCell cell;
    cell.kind = SheetCell::Kind::Number;
    cell.number = number;
    cell.text = shown;
    return cell;
}

inline SheetCell dateCell(QDate date, double serial)
{
    SheetCell cell;
    cell.kind = SheetCell::Kind::Date;
    cell.date = date;
    cell.number = serial;
    cell.text = date.toString(Qt::ISODate);
    return cell;
}

inline QList<SheetCell> textRow(const QStringList &texts)
{
    QList<SheetCell> row;
    for (const QString &text : texts)
        row.append(textCell(text));
    return row;
}

// Rows of text cells; an empty string is an empty cell, an empty list an empty row.
inline Sheet textSheet(std::initializer_list<QStringList> rows)
{
    Sheet sheet;
    sheet.name = QStringLiteral("Sheet1");
    for (const QStringList &row : rows)
        sheet.rows.append(textRow(row));
    return sheet;
}

// A valid ID number for the birth date; `sequence` (3 digits) odd for a man, even for a woman.
inline QString idNumberFor(QDate birth, int sequence)
{
    const QString first17 = QStringLiteral("350582") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkDigit(first17);
}

// The SHA-256 of a (closed) ledger file.
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline void reopen(std::unique_ptr<Ledger> &ledger, const QString &path)
{
    ledger.reset();
    auto opened = Ledger::open(path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    ledger = std::move(opened.value());
}

// Closes the ledger, so every write is in the file, and hashes the file.
inline QByteArray closedHash(std::unique_ptr<Ledger> &ledger, const QString &path)
{
    ledger.reset();
    return fileHash(path);
}

// The hash the file has after being opened and closed with nothing written, for comparing with
// closedHash after an import that must not write. SQLite counts every opening in the file's
// header (offsets 24 and 92), so it is taken from a copy opened and closed once. The ledger is
// open again afterwards.
inline QByteArray untouchedHash(std::unique_ptr<Ledger> &ledger, const QString &path)
{
    ledger.reset();
    const QString copy = path + QStringLiteral(".untouched");
    QFile::remove(copy);
    REQUIRE(QFile::copy(path, copy));
    REQUIRE(Ledger::open(copy).ok()); // opened and closed at once
    reopen(ledger, path);
    return fileHash(copy);
}

} // namespace PartyLedger::Testing
