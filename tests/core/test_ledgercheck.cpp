#include "ledger.h"
#include "ledgercheck.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

TEST_CASE("The demo ledger checks clean", "[check]")
{
    QTemporaryDir dir;
    auto ledger = Ledger::open(writeDemo(dir), Ledger::Access::ReadOnly);
    REQUIRE(ledger.ok());
    const auto problems = LedgerCheck::run(*ledger.value());
    REQUIRE(problems.ok());
    INFO(problems->join(QLatin1Char('\n')).toStdString());
    CHECK(problems->isEmpty());
}

TEST_CASE("Check reports records written around the program, one line each", "[check]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.pldb"));
    SmallTree tree;
    {
        auto ledger = createLedger(path);
        tree = addSmallTree(*ledger);
        REQUIRE(ledger->addMember(validMember(tree.branchA)).ok());
    }
    // Another tool edits the file directly: a wrong check digit and a group at the top.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral(
            "UPDATE members SET id_number = '350582197604121239' WHERE name = '蔡良友'")));
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO organizations (kind, full_name) VALUES ('group', '孤立党小组')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    auto ledger = Ledger::open(path, Ledger::Access::ReadOnly);
    REQUIRE(ledger.ok());
    const auto problems = LedgerCheck::run(*ledger.value());
    REQUIRE(problems.ok());
    REQUIRE(problems->size() == 2);
    CHECK(problems->at(0).contains(QStringLiteral("孤立党小组")));
    CHECK(problems->at(1).contains(QStringLiteral("蔡良友")));
    CHECK(problems->at(1).contains(QStringLiteral("check digit")));
}
