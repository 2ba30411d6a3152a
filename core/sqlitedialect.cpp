#include "sqlitedialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace PartyLedger {

namespace {
// SQLite's primary result codes (extended codes keep them in the low byte).
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    NotADatabase = 26,
};

// The value of a pragma, read back after setting it.
QVariant pragmaValue(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}
} // namespace

QString SqliteDialect::driverName()
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::connectOptions(bool readOnly)
{
    return readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
}

Result<void> SqliteDialect::configure(const QSqlDatabase &db, bool readOnly)
{
    // foreign_keys must be set outside any transaction, right after open.
    pragmaValue(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (pragmaValue(db, QStringLiteral("PRAGMA foreign_keys")).toInt() != 1)
        return Error{tr("This SQLite library cannot keep the links between records (foreign keys); "
                        "PartyLedger will not work on a ledger without them.")};
    pragmaValue(db, QStringLiteral("PRAGMA trusted_schema = OFF"));
    // Reads through the OS page cache without a copy per page: opening a 100,000-member ledger
    // reads every page twice (quick_check, then the roster).
    pragmaValue(db, QStringLiteral("PRAGMA mmap_size = 268435456"));
    if (readOnly)
        return {};
    pragmaValue(db, QStringLiteral("PRAGMA secure_delete = ON"));
    const QString mode = pragmaValue(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error{tr("The ledger could not switch to safe write mode (WAL); it may be on a "
                        "network drive, which is not supported.")};
    pragmaValue(db, QStringLiteral("PRAGMA synchronous = FULL"));
    return {};
}

QString SqliteDialect::beginWrite()
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

Result<int> SqliteDialect::userVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Error{describe(query.lastError())};
    return query.value(0).toInt();
}

Result<void> SqliteDialect::quickCheck(const QSqlDatabase &db, const QString &fileName,
                                       const QStringList &tables)
{
    // Table names come from the program's own list (a pragma takes no bound values).
    QStringList pragmas;
    for (const QString &table : tables)
        pragmas << QStringLiteral("PRAGMA quick_check(%1)").arg(table);
    if (pragmas.isEmpty())
        pragmas << QStringLiteral("PRAGMA quick_check");
    for (const QString &pragma : std::as_const(pragmas)) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return Error{tr("%1 is damaged: %2").arg(fileName, describe(query.lastError()))};
        QStringList problems;
        while (query.next())
            problems << query.value(0).toString();
        if (query.lastError().isValid())
            return Error{tr("%1 is damaged: %2").arg(fileName, describe(query.lastError()))};
        if (problems != QStringList{QStringLiteral("ok")})
            return Error{
                tr("%1 is damaged and cannot be opened safely (%2). Open a backup instead.")
                    .arg(fileName, problems.value(0))};
    }
    return {};
}

void SqliteDialect::checkpoint(const QSqlDatabase &db)
{
    pragmaValue(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

void SqliteDialect::release(const QSqlDatabase &db)
{
    pragmaValue(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
}

QString SqliteDialect::describe(const QSqlError &error)
{
    return describe(error.nativeErrorCode().toInt(), error.text());
}

QString SqliteDialect::describe(int code, const QString &engineText)
{
    switch (code & 0xff) {
    case Busy:
    case Locked:
        return tr("the ledger is busy: another program or window is writing to it. Try again in a "
                  "moment.");
    case ReadOnly:
        return tr("the ledger file is read-only, so nothing can be saved.");
    case IoError:
        return tr("the disk reported an error while reading or writing the ledger.");
    case Corrupt:
    case NotADatabase:
        return tr("the ledger file is damaged.");
    case Full:
        return tr("the disk is full; free some space and try again.");
    case CantOpen:
        return tr("the ledger file cannot be opened.");
    case Constraint:
        if (code == 2067 || code == 1555)
            return tr("the same value is already recorded for another record.");
        if (code == 787)
            return tr(
                "it would leave a link between records broken: something it refers to is not in "
                "the ledger, or something else still refers to it.");
        if (code == 275)
            return tr("a value is outside what the ledger allows.");
        if (code == 1299)
            return tr("a required value is missing.");
        return tr("the data breaks a rule of the ledger.");
    default:
        break;
    }
    const QString text = engineText.trimmed();
    return text.isEmpty() ? tr("unknown database error.")
                          : tr("the database engine reported: %1").arg(text);
}

} // namespace PartyLedger
