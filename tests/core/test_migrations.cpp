#include "ledger.h"
#include "ledgerfile.h"
#include "schema.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
QString copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    REQUIRE(QFile::copy(QStringLiteral(PARTYLEDGER_FIXTURES "/") + name, target));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

// The schema as SQLite records it, to compare an upgraded file with a new one.
QStringList schemaOf(const QString &path)
{
    QStringList sql;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-reader"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral(
            "SELECT type || ' ' || name || ': ' || sql FROM sqlite_master ORDER BY type, name")));
        while (query.next())
            sql << query.value(0).toString().simplified();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema-reader"));
    return sql;
}
} // namespace

TEST_CASE("Migration 1 to 2: the committed format-1 fixture opens upgraded with every record",
          "[migration]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("ledger-v1.pldb"));
    const QByteArray original = fileBytes(path);
    REQUIRE(LedgerFile::inspect(path, Schema::currentVersion())->userVersion == 1);

    QString backup;
    {
        auto opened = Ledger::open(path);
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        Ledger &ledger = *opened.value();
        backup = ledger.upgradeBackupPath();

        const auto members = ledger.members();
        REQUIRE(members->size() == 2);
        CHECK(members->at(0).name == QStringLiteral("吴玉如"));
        CHECK(members->at(0).idNumber == QStringLiteral("350582197809231529"));
        CHECK(members->at(0).partyPosts.size() == 1);
        CHECK(members->at(0).partyPosts.first().post == QStringLiteral("副书记"));
        CHECK(members->at(1).category == MemberCategory::Probationary);
        CHECK(members->at(1).idNumber.isEmpty());
        CHECK(ledger.organizations()->size() == 2);

        // What format 2 added works on the upgraded file.
        CHECK(
            ledger.addTransfer({0, 1, 2, 0, QStringLiteral("外单位"), QDate(2024, 1, 2), {}}).ok());
        CHECK(ledger.awards()->isEmpty());
    }
    CHECK(LedgerFile::inspect(path, Schema::currentVersion())->userVersion ==
          Schema::currentVersion());

    // The backup beside it is the format-1 ledger, written before anything changed.
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFileInfo(backup).absolutePath() == QFileInfo(path).absolutePath());
    const auto backupHeader = LedgerFile::inspect(backup, Schema::currentVersion());
    REQUIRE(backupHeader.ok());
    CHECK(backupHeader->userVersion == 1);
    CHECK(backupHeader->fileSize == original.size());
}

TEST_CASE("An upgraded ledger has exactly the schema of a new one", "[migration]")
{
    QTemporaryDir dir;
    const QString upgraded = copyFixture(dir, QStringLiteral("ledger-v1.pldb"));
    REQUIRE(Ledger::open(upgraded).ok());
    const QString fresh = dir.filePath(QStringLiteral("fresh.pldb"));
    createLedger(fresh).reset();
    const QStringList upgradedSchema = schemaOf(upgraded);
    CHECK(upgradedSchema.size() > 10);
    CHECK(upgradedSchema == schemaOf(fresh));
}

TEST_CASE("A format-1 ledger that is read-only is refused rather than half-read", "[migration]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("ledger-v1.pldb"));
    const QByteArray before = fileBytes(path);
    const auto opened = Ledger::open(path, Ledger::Access::ReadOnly);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("older PartyLedger")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("Migrations are ordered and end by recording their version", "[migration]")
{
    int previous = 0;
    for (const Migration &migration : Schema::migrations()) {
        CHECK(migration.version == previous + 1);
        CHECK(migration.statements.last() ==
              QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        previous = migration.version;
    }
    CHECK(previous == Schema::currentVersion());
}
