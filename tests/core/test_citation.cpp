#include "citation.h"
#include "ledger.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

TEST_CASE("Citations are written the way the published list writes them", "[citation]")
{
    QTemporaryDir dir;
    auto ledger = Ledger::open(writeDemo(dir), Ledger::Access::ReadOnly);
    REQUIRE(ledger.ok());
    QHash<qint64, Unit> units;
    for (const Unit &unit : ledger.value()->units().value())
        units.insert(unit.id, unit);
    QHash<qint64, Organization> orgs;
    for (const Organization &org : ledger.value()->organizations().value())
        orgs.insert(org.id, org);
    QHash<QString, QString> citations;
    for (const RosterEntry &entry : ledger.value()->roster().value())
        citations.insert(entry.name, Citation::of(entry, units, orgs));

    // Exactly as in the 2021 list: a Party post in the own branch, then the post at work;
    // a post in the general branch above; no Party post, so the unit and the post.
    CHECK(citations.value(QStringLiteral("陈英贤")) ==
          QStringLiteral("晋江市医院第二党支部书记、医务科副科长"));
    CHECK(citations.value(QStringLiteral("李天送")) ==
          QStringLiteral("晋江市医院晋南分院党总支纪检委员、副院长"));
    CHECK(citations.value(QStringLiteral("张金山")) == QStringLiteral("晋江市医院副院长"));
    // Two posts in one branch are joined with 兼, as the list writes 宣传委员兼纪律委员.
    CHECK(citations.value(QStringLiteral("吴长鑫")) ==
          QStringLiteral("晋江市医院第三党支部宣传委员兼纪检委员"));
}

TEST_CASE("Organization labels shorten the committee words", "[citation]")
{
    Organization org;
    org.fullName = QStringLiteral("中共晋江市卫计系统委员会");
    CHECK(Citation::organizationLabel(org) == QStringLiteral("晋江市卫计系统党委"));
    org.fullName = QStringLiteral("中共晋江市医院晋南分院总支部委员会");
    CHECK(Citation::organizationLabel(org) == QStringLiteral("晋江市医院晋南分院党总支"));
    org.fullName = QStringLiteral("晋江市医院第二党支部第一党小组");
    org.shortName = QStringLiteral("第二支部第一党小组");
    CHECK(Citation::organizationLabel(org) == QStringLiteral("第二支部第一党小组"));
}
