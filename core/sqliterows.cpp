#include "sqliterows.h"

#include "sqlitedialect.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace PartyLedger {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

namespace {
int digits(const unsigned char *text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}
} // namespace

SqliteRows::SqliteRows(const QSqlDatabase &db, const char *sql)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        m_error =
            SqliteDialect::describe(SQLITE_MISUSE, QStringLiteral("not an SQLite connection"));
        return;
    }
    if (sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        m_error = SqliteDialect::describe(sqlite3_extended_errcode(handle),
                                          QString::fromUtf8(sqlite3_errmsg(handle)));
        m_statement = nullptr;
    }
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_statement);
}

bool SqliteRows::next()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        sqlite3 *handle = sqlite3_db_handle(m_statement);
        m_error = SqliteDialect::describe(sqlite3_extended_errcode(handle),
                                          QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    return false;
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteRows::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
}

QUtf8StringView SqliteRows::utf8(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QUtf8StringView(bytes, sqlite3_column_bytes(m_statement, column))
                 : QUtf8StringView();
}

QDate SqliteRows::date(int column) const
{
    const unsigned char *text = sqlite3_column_text(m_statement, column);
    if (!text || sqlite3_column_bytes(m_statement, column) != 10 || text[4] != '-' ||
        text[7] != '-')
        return {};
    return QDate(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
}

} // namespace PartyLedger
