#include "ledger.h"
#include "orgtreemodel.h"
#include "rosterfilterproxy.h"
#include "rostermodel.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
struct DemoData {
    QList<Unit> units;
    QList<Organization> organizations;
    QList<RosterEntry> members;
};

DemoData loadDemo(const QTemporaryDir &dir)
{
    auto ledger = Ledger::open(writeDemo(dir), Ledger::Access::ReadOnly);
    REQUIRE(ledger.ok());
    return {ledger.value()->units().value(), ledger.value()->organizations().value(),
            ledger.value()->roster().value()};
}

QHash<qint64, int> membersByOrg(const QList<RosterEntry> &members)
{
    QHash<qint64, int> counts;
    for (const RosterEntry &m : members)
        ++counts[m.orgId];
    return counts;
}
} // namespace

TEST_CASE("The organization tree model is a sound model with counts rolled up", "[models]")
{
    QTemporaryDir dir;
    const DemoData demo = loadDemo(dir);
    OrgTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setOrganizations(demo.organizations, membersByOrg(demo.members));

    REQUIRE(model.rowCount() == 1); // the system committee
    const QModelIndex root = model.index(0, OrgTreeModel::NameColumn);
    CHECK(model.data(root).toString() == QStringLiteral("晋江市卫计系统党委"));
    CHECK(model.data(model.index(0, OrgTreeModel::MembersColumn)).toInt() == 72);

    // Every node's total is its own members plus its children's totals.
    const QHash<qint64, int> own = membersByOrg(demo.members);
    QList<QModelIndex> pending{root};
    int visited = 0;
    while (!pending.isEmpty()) {
        const QModelIndex index = pending.takeLast();
        ++visited;
        const qint64 id = model.orgId(index);
        int sum = own.value(id);
        for (int r = 0; r < model.rowCount(index); ++r) {
            const QModelIndex child = model.index(r, 0, index);
            sum += model.memberTotal(model.orgId(child));
            pending.append(child);
        }
        CHECK(model.memberTotal(id) == sum);
        CHECK(model.data(index.siblingAtColumn(OrgTreeModel::MembersColumn)).toInt() == sum);
    }
    CHECK(visited == demo.organizations.size());
}

TEST_CASE("The roster model and its filter proxy are sound models", "[models]")
{
    QTemporaryDir dir;
    const DemoData demo = loadDemo(dir);
    RosterModel roster;
    QAbstractItemModelTester rosterTester(&roster,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    roster.setRoster(demo.members, demo.units, demo.organizations);
    REQUIRE(roster.rowCount() == 72);

    RosterFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setRoster(&roster);
    proxy.setQuery(QStringLiteral("cly"));
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, RosterModel::NameColumn).data().toString() == QStringLiteral("蔡良友"));
    proxy.setQuery(QString());
    CHECK(proxy.rowCount() == 72);

    // Sorting by name follows pinyin: 蔡 (cai) before 陈 (chen) before 黄 (huang).
    proxy.sort(RosterModel::NameColumn, Qt::AscendingOrder);
    QStringList names;
    for (int r = 0; r < proxy.rowCount(); ++r)
        names << proxy.index(r, RosterModel::NameColumn).data().toString();
    CHECK(names.indexOf(QStringLiteral("蔡良友")) < names.indexOf(QStringLiteral("陈英贤")));
    CHECK(names.indexOf(QStringLiteral("陈英贤")) < names.indexOf(QStringLiteral("黄保驾")));
    CHECK(names.first() == QStringLiteral("蔡加旭")); // cai jia xu: the first in pinyin order

    // Ages sort as numbers, not as text.
    proxy.sort(RosterModel::AgeColumn, Qt::AscendingOrder);
    int previous = -1;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const int age = proxy.index(r, RosterModel::AgeColumn).data().toInt();
        CHECK(age >= previous);
        previous = age;
    }
}

TEST_CASE("Edits reach the roster in place, sound through the sorted and filtered proxy",
          "[models]")
{
    QTemporaryDir dir;
    const DemoData demo = loadDemo(dir);
    RosterModel roster;
    QAbstractItemModelTester rosterTester(&roster,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    roster.setRoster(demo.members, demo.units, demo.organizations);
    RosterFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setRoster(&roster);
    proxy.sort(RosterModel::NameColumn, Qt::AscendingOrder);
    const auto shownNames = [&proxy] {
        QStringList names;
        for (int r = 0; r < proxy.rowCount(); ++r)
            names << proxy.index(r, RosterModel::NameColumn).data().toString();
        return names;
    };

    // Renamed: still one row, now sorted under its new name (a 阿 sorts first).
    RosterEntry renamed = demo.members.at(10);
    renamed.name = QStringLiteral("阿宝");
    const qint64 firstOrg = demo.members.at(10).orgId;
    CHECK(roster.updateMembers({renamed}, {}).isEmpty()); // same branch: counts unchanged
    CHECK(roster.rowCount() == 72);
    CHECK(shownNames().first() == QStringLiteral("阿宝"));

    // Deceased: history, hidden until asked for; their branch counts one fewer.
    RosterEntry deceased = renamed;
    deceased.status = MemberStatus::Deceased;
    const QHash<qint64, int> delta = roster.updateMembers({deceased}, {});
    CHECK(delta == QHash<qint64, int>{{firstOrg, -1}});
    CHECK(roster.rowCount() == 72);
    CHECK(proxy.rowCount() == 71);
    proxy.setShowingHistory(true);
    CHECK(proxy.rowCount() == 72);
    const int row = roster.rowOfMember(deceased.id);
    CHECK(roster.index(row, RosterModel::StandingColumn).data().toString() ==
          MemberVocabulary::label(MemberStatus::Deceased));
    proxy.setShowingHistory(false);

    // Added and removed.
    RosterEntry added = demo.members.at(0);
    added.id = 999999;
    added.name = QStringLiteral("王晓东");
    CHECK(roster.updateMembers({added}, {}) == QHash<qint64, int>{{added.orgId, 1}});
    CHECK(shownNames().contains(QStringLiteral("王晓东")));
    CHECK(roster.updateMembers({}, {added.id}) == QHash<qint64, int>{{added.orgId, -1}});
    CHECK_FALSE(shownNames().contains(QStringLiteral("王晓东")));
    CHECK(roster.rowOfMember(added.id) == -1);
    CHECK(roster.rowCount() == 72);

    // Search still finds by pinyin after the edits: the search texts followed the rows.
    proxy.setQuery(QStringLiteral("cly"));
    CHECK(shownNames() == QStringList{QStringLiteral("蔡良友")});
}
