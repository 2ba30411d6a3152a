#include "ledger.h"
#include "reminders.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
// A probationary member who joined on `joined`; no ID number, so any number of them fit.
Member probationary(qint64 orgId, const QString &name, QDate joined)
{
    Member m = validMember(orgId, name);
    m.idNumber.clear();
    m.category = MemberCategory::Probationary;
    m.confirmDate = QDate();
    m.joinDate = joined;
    m.applicationDate = joined.addYears(-3);
    m.activistDate = joined.addYears(-2);
    m.candidateDate = joined.addYears(-1);
    return m;
}

Member full(qint64 orgId, const QString &name)
{
    Member m = validMember(orgId, name);
    m.idNumber.clear();
    return m;
}
} // namespace

TEST_CASE("Probationary members due for confirmation within N days, soonest first", "[reminders]")
{
    QTemporaryDir dir;
    auto ledger = createLedger(dir.filePath(QStringLiteral("due.pldb")));
    const SmallTree tree = addSmallTree(*ledger);
    const QDate today(2026, 11, 22);
    // Due 2026-12-01 (in 9 days), 2026-11-20 (2 days overdue), 2027-03-01 (99 days).
    REQUIRE(ledger->addMember(probationary(tree.branchA, QStringLiteral("甲"), QDate(2025, 12, 1)))
                .ok());
    REQUIRE(ledger->addMember(probationary(tree.branchA, QStringLiteral("乙"), QDate(2025, 11, 20)))
                .ok());
    REQUIRE(ledger->addMember(probationary(tree.branchB, QStringLiteral("丙"), QDate(2026, 3, 1)))
                .ok());
    REQUIRE(ledger->addMember(full(tree.branchB, QStringLiteral("丁"))).ok());

    const auto due = Reminders::confirmationsDue(*ledger, today, 30);
    REQUIRE(due.ok());
    REQUIRE(due->size() == 2);
    CHECK(due->at(0).name == QStringLiteral("乙"));
    CHECK(due->at(0).daysLeft == -2);
    CHECK(due->at(1).name == QStringLiteral("甲"));
    CHECK(due->at(1).dueDate == QDate(2026, 12, 1));
    CHECK(due->at(1).daysLeft == 9);
    CHECK(Reminders::confirmationsDue(*ledger, today, 100)->size() == 3);
}

TEST_CASE("Branches with fewer than three full members, counting their groups", "[reminders]")
{
    QTemporaryDir dir;
    auto ledger = createLedger(dir.filePath(QStringLiteral("small.pldb")));
    const SmallTree tree = addSmallTree(*ledger);
    // Branch A: three full members; enough.
    for (const char16_t *name : {u"甲", u"乙", u"丙"})
        REQUIRE(ledger->addMember(full(tree.branchA, QString::fromUtf16(name))).ok());
    // Branch B: two full members (one in its group), a probationary and a deceased one.
    REQUIRE(ledger->addMember(full(tree.branchB, QStringLiteral("丁"))).ok());
    REQUIRE(ledger->addMember(full(tree.group, QStringLiteral("戊"))).ok());
    REQUIRE(ledger->addMember(probationary(tree.branchB, QStringLiteral("己"), QDate(2026, 6, 1)))
                .ok());
    Member gone = full(tree.branchB, QStringLiteral("庚"));
    gone.status = MemberStatus::Deceased;
    REQUIRE(ledger->addMember(gone).ok());

    const auto small = Reminders::smallBranches(*ledger);
    REQUIRE(small.ok());
    REQUIRE(small->size() == 1);
    CHECK(small->first().orgId == tree.branchB);
    CHECK(small->first().fullMembers == 2);
}

TEST_CASE("Members on the roll with missing or invalid fields", "[reminders]")
{
    QTemporaryDir dir;
    auto ledger = createLedger(dir.filePath(QStringLiteral("incomplete.pldb")));
    const SmallTree tree = addSmallTree(*ledger);
    REQUIRE(ledger->addMember(validMember(tree.branchA)).ok());
    REQUIRE(ledger->addMember(full(tree.branchA, QStringLiteral("无证号"))).ok());
    const auto incomplete = Reminders::incompleteMembers(*ledger, QDate(2026, 11, 22));
    REQUIRE(incomplete.ok());
    REQUIRE(incomplete->size() == 1);
    CHECK(incomplete->first().name == QStringLiteral("无证号"));
    CHECK(
        incomplete->first().problems.join(QLatin1Char(' ')).contains(QStringLiteral("ID number")));
}
