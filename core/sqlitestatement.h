#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>
#include <QUtf8StringView>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace PartyLedger {

// The sqlite3 handle under a QSQLITE connection; null for any other driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// A statement run on SQLite's C API over the connection's own handle, for the bulk reads and
// writes: opening a ledger, the statistics, imports. Through QSqlQuery every bound value costs a
// formatted placeholder name and a hash lookup, and every cell read a QVariant: for 100,000
// members that was more than everything else opening does (420 ms of 680), and most of the time
// of writing a million activities.
class SqliteStatement {
public:
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters count from 1, as in SQLite. One the statement does not have is left alone, so
    // one set of values can serve statements that each use some of them.
    void bind(int parameter, qint64 value);
    void bind(int parameter, double value);
    void bind(int parameter, const QString &text); // never NULL: "" stays ""
    void bind(int parameter, QDate date);          // ISO yyyy-MM-dd as stored; NULL if invalid
    void bindNull(int parameter);
    // A record's id, or a reference to one: NULL for 0 (a new row's id is then SQLite's
    // choice; a reference is none).
    void bindId(int parameter, qint64 id);
    // Binds the values to the ?s in order: text, and everything else as integers. A failure
    // shows in error() and stops next().
    void bind(const QVariantList &values);

    // The next row of a read; false at the end or on an error (see error()).
    bool next();
    // Runs a write and makes the statement ready for the next values; false on an error.
    bool run();
    qint64 lastInsertId() const;
    // Empty when all went well; otherwise the engine's error as a sentence.
    QString error() const { return m_error; }

    qint64 integer(int column) const; // 0 for NULL
    double real(int column) const;    // 0 for NULL
    QString text(int column) const;   // empty for NULL
    // The stored text's bytes, valid until the next row: for codes compared, not kept.
    QByteArrayView bytes(int column) const;
    QUtf8StringView utf8(int column) const { return QUtf8StringView(bytes(column)); }
    QDate date(int column) const; // invalid for NULL; ISO yyyy-MM-dd as stored

private:
    void failed(sqlite3 *handle);

    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    // Kept for the statement's life: made per value, it showed in writing 100,000 members.
    QStringEncoder m_utf8{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace PartyLedger
