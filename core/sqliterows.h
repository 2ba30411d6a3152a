#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QUtf8StringView>

struct sqlite3;
struct sqlite3_stmt;

namespace PartyLedger {

// The sqlite3 handle under a QSQLITE connection; null for any other driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// A read-only query run on SQLite's C API over the connection's own handle, for the bulk reads
// of opening a ledger: Qt's driver turns every column of every row into a QVariant, which for
// 100,000 members costs more than everything else opening does (measured: 420 ms of 680).
class SqliteRows {
public:
    SqliteRows(const QSqlDatabase &db, const char *sql);
    ~SqliteRows();
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    // The next row; false at the end or on an error (see error()).
    bool next();
    // Empty when all went well; otherwise a sentence a clerk can read.
    QString error() const { return m_error; }

    qint64 integer(int column) const; // 0 for NULL
    QString text(int column) const;   // empty for NULL
    // The stored UTF-8 bytes, valid until the next row: for codes compared, not kept.
    QUtf8StringView utf8(int column) const;
    QDate date(int column) const; // invalid for NULL; ISO yyyy-MM-dd as stored

private:
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace PartyLedger
