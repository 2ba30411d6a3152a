#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace PartyLedger {

// Everything that is particular to SQLite: the driver, its pragmas, how a write transaction
// starts and what its error codes mean. A PostgreSQL ledger gets a sibling of this class.
class SqliteDialect {
    Q_DECLARE_TR_FUNCTIONS(SqliteDialect)
public:
    static QString driverName();
    static QString connectOptions(bool readOnly);
    // Pragmas every connection needs, each read back: a connection without foreign keys is refused.
    static Result<void> configure(const QSqlDatabase &db, bool readOnly);
    // A deferred BEGIN fails at once with "database is locked" when another connection writes.
    static QString beginWrite();
    static Result<int> userVersion(const QSqlDatabase &db);
    // SQLite's quick_check of the tables given (their indexes included), or of the whole file
    // when none is given.
    static Result<void> quickCheck(const QSqlDatabase &db, const QString &fileName,
                                   const QStringList &tables = {});
    // Folds the WAL into the file so the ledger is one self-contained file again.
    static void checkpoint(const QSqlDatabase &db);
    // Before the last connection closes: back to a rollback journal, so no -wal or -shm file
    // stays beside a closed ledger and read-only opens leave none behind either.
    static void release(const QSqlDatabase &db);
    // The engine's error as a sentence a clerk understands.
    static QString describe(const QSqlError &error);
    // The same for a result code of SQLite's C API (SqliteStatement, SqliteBackup).
    static QString describe(int code, const QString &engineText);
};

} // namespace PartyLedger
