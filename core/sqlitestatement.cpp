#include "sqlitestatement.h"

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

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        m_error =
            SqliteDialect::describe(SQLITE_MISUSE, QStringLiteral("not an SQLite connection"));
        return;
    }
    if (sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        failed(handle);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int parameter, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, parameter, value);
}

void SqliteStatement::bind(int parameter, double value)
{
    if (m_statement)
        sqlite3_bind_double(m_statement, parameter, value);
}

void SqliteStatement::bind(int parameter, const QString &text)
{
    if (!m_statement)
        return;
    // Converted to UTF-8 here, on the stack: given UTF-16, SQLite converts it into a fresh
    // allocation for each value, which was a fifth of writing 100,000 imported members.
    char buffer[1024];
    if (text.size() * 3 <= qsizetype(sizeof buffer)) {
        const char *end = m_utf8.appendToBuffer(buffer, text);
        sqlite3_bind_text(m_statement, parameter, buffer, int(end - buffer), SQLITE_TRANSIENT);
        return;
    }
    const QByteArray bytes = text.toUtf8(); // never null: "" stays "", not NULL
    sqlite3_bind_text(m_statement, parameter, bytes.constData(), int(bytes.size()),
                      SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int parameter, QDate date)
{
    if (!m_statement)
        return;
    if (!date.isValid()) {
        sqlite3_bind_null(m_statement, parameter);
        return;
    }
    // Written out by hand: QDate::toString shows in a million writes (see dateValue).
    const int y = date.year(), m = date.month(), d = date.day();
    if (y < 1000 || y > 9999) {
        const QByteArray text = date.toString(Qt::ISODate).toLatin1();
        sqlite3_bind_text(m_statement, parameter, text.constData(), int(text.size()),
                          SQLITE_TRANSIENT);
        return;
    }
    const char text[10] = {char('0' + y / 1000),
                           char('0' + y / 100 % 10),
                           char('0' + y / 10 % 10),
                           char('0' + y % 10),
                           '-',
                           char('0' + m / 10),
                           char('0' + m % 10),
                           '-',
                           char('0' + d / 10),
                           char('0' + d % 10)};
    sqlite3_bind_text(m_statement, parameter, text, 10, SQLITE_TRANSIENT);
}

void SqliteStatement::bindId(int parameter, qint64 id)
{
    if (id > 0)
        bind(parameter, id);
    else
        bindNull(parameter);
}

void SqliteStatement::bindNull(int parameter)
{
    if (m_statement)
        sqlite3_bind_null(m_statement, parameter);
}

void SqliteStatement::bind(const QVariantList &values)
{
    for (int i = 0; m_statement && i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        int rc = SQLITE_OK;
        if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text(m_statement, i + 1, text.constData(), int(text.size()),
                                   SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
        }
        if (rc != SQLITE_OK) {
            failed(sqlite3_db_handle(m_statement));
            return;
        }
    }
}

bool SqliteStatement::next()
{
    if (!m_statement || !m_error.isEmpty())
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        failed(sqlite3_db_handle(m_statement));
    return false;
}

bool SqliteStatement::run()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        failed(sqlite3_db_handle(m_statement));
    sqlite3_reset(m_statement);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_statement ? sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement)) : 0;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column))
                : QByteArrayView();
}

QDate SqliteStatement::date(int column) const
{
    const unsigned char *t = sqlite3_column_text(m_statement, column);
    if (!t || sqlite3_column_bytes(m_statement, column) != 10 || t[4] != '-' || t[7] != '-')
        return {};
    const auto number = [t](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return -1;
            value = value * 10 + (t[i] - '0');
        }
        return value;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

void SqliteStatement::failed(sqlite3 *handle)
{
    m_error = SqliteDialect::describe(sqlite3_extended_errcode(handle),
                                      QString::fromUtf8(sqlite3_errmsg(handle)));
}

} // namespace PartyLedger
