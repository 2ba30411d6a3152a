#include "sqlitefloor.h"

#include <QElapsedTimer>
#include <QList>

#include <sqlite3.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace PartyLedger::Bench {

namespace {
using Database = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;
using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;
using Row = std::vector<std::optional<std::string>>; // NULL as nullopt

Database open(const QString &path, int flags)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    return Database(db, &sqlite3_close);
}

Statement prepare(sqlite3 *db, const std::string &sql)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr);
    return Statement(statement, &sqlite3_finalize);
}

std::vector<Row> rows(sqlite3 *db, const char *sql)
{
    std::vector<Row> all;
    Statement select = prepare(db, sql);
    while (select && sqlite3_step(select.get()) == SQLITE_ROW) {
        Row row;
        for (int c = 0; c < sqlite3_column_count(select.get()); ++c) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(select.get(), c));
            row.push_back(text ? std::optional<std::string>(text) : std::nullopt);
        }
        all.push_back(std::move(row));
    }
    return all;
}

// One kept `insert` ("INSERT INTO table") of `columns` values, run for every row.
bool insertAll(sqlite3 *db, const std::string &insertInto, int columns, const std::vector<Row> &all)
{
    std::string sql = insertInto + " VALUES (?";
    for (int c = 1; c < columns; ++c)
        sql += ", ?";
    Statement insert = prepare(db, sql + ')');
    if (!insert)
        return false;
    for (const Row &row : all) {
        for (int c = 0; c < columns; ++c) {
            if (row[size_t(c)])
                sqlite3_bind_text(insert.get(), c + 1, row[size_t(c)]->data(),
                                  int(row[size_t(c)]->size()), SQLITE_TRANSIENT);
            else
                sqlite3_bind_null(insert.get(), c + 1);
        }
        if (sqlite3_step(insert.get()) != SQLITE_DONE)
            return false;
        sqlite3_reset(insert.get());
    }
    return true;
}

bool run(sqlite3 *db, const std::string &sql)
{
    return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}
} // namespace

WriteFloor memberWriteFloor(const QString &imported, const QString &empty)
{
    WriteFloor floor;
    const auto failed = [&floor](sqlite3 *db) {
        floor.error = QString::fromUtf8(sqlite3_errmsg(db));
        return floor;
    };
    // The units the import created are copied first; those of the tree are there already.
    Database from = open(imported, SQLITE_OPEN_READONLY);
    if (!from) {
        floor.error = QStringLiteral("cannot open %1").arg(imported);
        return floor;
    }
    // Benchmark code: the statements are fixed text, the values bound.
    const std::vector<Row> units = rows(from.get(), "SELECT * FROM units");
    const std::vector<Row> members = rows(from.get(), "SELECT * FROM members");
    const std::vector<Row> posts = rows(from.get(), "SELECT * FROM member_party_posts");
    const auto width = [](const std::vector<Row> &all) {
        return all.empty() ? 0 : int(all.front().size());
    };
    from.reset();

    Database to = open(empty, SQLITE_OPEN_READWRITE);
    if (!to) {
        floor.error = QStringLiteral("cannot open %1").arg(empty);
        return floor;
    }
    sqlite3 *db = to.get();
    if (!run(db, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                 "PRAGMA cache_size = -131072; PRAGMA ignore_check_constraints = ON") ||
        !run(db, "BEGIN") || !insertAll(db, "INSERT OR IGNORE INTO units", width(units), units) ||
        !run(db, "COMMIT"))
        return failed(db);
    const std::vector<Row> indexes =
        rows(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = "
                 "'members' AND sql IS NOT NULL");

    QElapsedTimer timer;
    timer.start();
    if (!run(db, "BEGIN IMMEDIATE"))
        return failed(db);
    for (const Row &index : indexes) {
        if (!run(db, "DROP INDEX " + *index[0]))
            return failed(db);
    }
    if (!insertAll(db, "INSERT INTO members", width(members), members) ||
        !insertAll(db, "INSERT INTO member_party_posts", width(posts), posts))
        return failed(db);
    floor.insert = timer.nsecsElapsed() / 1e6;
    timer.restart();
    for (const Row &index : indexes) {
        if (!run(db, *index[1]))
            return failed(db);
    }
    floor.indexes = timer.nsecsElapsed() / 1e6;
    timer.restart();
    if (!run(db, "COMMIT"))
        return failed(db);
    floor.commit = timer.nsecsElapsed() / 1e6;
    return floor;
}

} // namespace PartyLedger::Bench
