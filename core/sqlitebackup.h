#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace PartyLedger {

// A consistent copy of a live ledger through SQLite's online backup API (a plain file copy of a
// ledger being written can be corrupt or stale). The copy is written beside the destination,
// flushed, and renamed into place, so a failure never leaves a half-written file.
class SqliteBackup {
    Q_DECLARE_TR_FUNCTIONS(SqliteBackup)
public:
    static Result<void> copyTo(QSqlDatabase &db, const QString &destination);
};

} // namespace PartyLedger
