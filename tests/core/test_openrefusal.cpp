#include "ledger.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
// Opens the file, expects a refusal that mentions `reason`, and the file byte-for-byte as before.
void requireRefusedUntouched(const QString &path, const QString &reason)
{
    const QByteArray before = fileBytes(path);
    for (Ledger::Access access : {Ledger::Access::ReadWrite, Ledger::Access::ReadOnly}) {
        const auto opened = Ledger::open(path, access);
        REQUIRE_FALSE(opened.ok());
        INFO(opened.error().toStdString());
        CHECK(opened.error().contains(reason));
    }
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

void runSql(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

TEST_CASE("Files that are not ledgers are refused and left untouched", "[refusal]")
{
    QTemporaryDir dir;

    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.pldb"));
        writeBytes(path, QStringLiteral("姓名,身份证号\n蔡良友,350582197604121238\n").toUtf8());
        requireRefusedUntouched(path, QStringLiteral("not a database file"));
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.pldb"));
        writeBytes(path, {});
        requireRefusedUntouched(path, QStringLiteral("not a database file"));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        runSql(path, QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY)"));
        requireRefusedUntouched(path, QStringLiteral("another program"));
    }
    SECTION("a missing file")
    {
        const auto opened = Ledger::open(dir.filePath(QStringLiteral("missing.pldb")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.pldb"))));
    }
}

TEST_CASE("Damaged ledgers are refused and left untouched", "[refusal]")
{
    QTemporaryDir dir;
    const QString path = writeDemo(dir);
    QByteArray bytes = fileBytes(path);
    REQUIRE(bytes.size() > 8 * 4096);

    SECTION("truncated, as by an interrupted copy")
    {
        writeBytes(path, bytes.left(bytes.size() / 2));
        requireRefusedUntouched(path, QStringLiteral("shorter than its header says"));
    }
    SECTION("a page overwritten with junk")
    {
        const int pageSize = 4096;
        for (int i = 2 * pageSize; i < 3 * pageSize; ++i)
            bytes[i] = char(0xA5);
        writeBytes(path, bytes);
        requireRefusedUntouched(path, QStringLiteral("damaged"));
    }
}

TEST_CASE("A ledger from a newer version is refused and left untouched", "[refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.pldb"));
    createLedger(path).reset();
    runSql(path, QStringLiteral("PRAGMA user_version = 99"));
    requireRefusedUntouched(path, QStringLiteral("newer version"));
}
