#include "idnumber.h"
#include "ledger.h"
#include "syntheticledger.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {

// A valid member born on `birth` who joined on `joined` (confirmed a year later), with an ID
// number worked out from the birth date.
Member person(qint64 orgId, const QString &name, QDate birth, QDate joined, int sequence = 123)
{
    Member m = validMember(orgId, name);
    m.partyPosts.clear();
    m.birthDate = birth;
    const QString first17 = QStringLiteral("350582") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    m.idNumber = first17 + IdNumber::checkDigit(first17);
    m.gender = sequence % 2 ? Gender::Male : Gender::Female;
    m.applicationDate = joined.addYears(-3);
    m.activistDate = joined.addYears(-2);
    m.candidateDate = joined.addYears(-1);
    m.joinDate = joined;
    m.confirmDate = joined.addYears(1);
    return m;
}

struct Store {
    QTemporaryDir dir;
    std::unique_ptr<Ledger> ledger;
    SmallTree tree;
    qint64 cai = 0;   // branch A, joined 2000
    qint64 huang = 0; // branch B, joined 1995
    qint64 lin = 0;   // the group of branch B, joined 2010

    Store()
    {
        ledger = createLedger(dir.filePath(QStringLiteral("activities.pldb")));
        tree = addSmallTree(*ledger);
        cai = add(validMember(tree.branchA));
        huang = add(person(tree.branchB, QStringLiteral("黄美虹"), QDate(1968, 10, 25),
                           QDate(1995, 7, 1), 154));
        lin = add(person(tree.group, QStringLiteral("林志强"), QDate(1985, 2, 3),
                         QDate(2010, 6, 30), 311));
    }
    qint64 add(const Member &m)
    {
        auto id = ledger->addMember(m);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }
    qint64 type(const QString &name) const
    {
        const auto types = ledger->activityTypes();
        REQUIRE(types.ok());
        for (const ActivityType &t : types.value()) {
            if (t.name == name)
                return t.id;
        }
        FAIL("no activity type " << name.toStdString());
        return 0;
    }
    Activity activity(qint64 orgId, QDate date, const QList<qint64> &participants = {}) const
    {
        Activity a;
        a.orgId = orgId;
        a.typeId = type(QStringLiteral("支部委员会"));
        a.date = date;
        a.title = QStringLiteral("研究发展党员工作");
        a.participants = participants;
        return a;
    }
    qint64 added(const Activity &a)
    {
        auto id = ledger->addActivity(a);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }
    int count() const
    {
        auto all = ledger->activities(0, Period::range(QDate(1900, 1, 1), QDate(2100, 12, 31)));
        REQUIRE(all.ok());
        return int(all->size());
    }
    QList<qint64> ids(qint64 root, const Period &period) const
    {
        auto found = ledger->activities(root, period);
        INFO(found.error().toStdString());
        REQUIRE(found.ok());
        QList<qint64> ids;
        for (const Activity &a : found.value())
            ids.append(a.id);
        return ids;
    }
};

std::string text(const QString &s)
{
    return s.toStdString();
}

} // namespace

TEST_CASE("An activity is written, read, changed and removed with its participants and exact "
          "fen",
          "[activities]")
{
    Store s;
    Activity a = s.activity(s.tree.committee, QDate(2024, 5, 12), {s.huang, s.cai, s.huang});
    a.typeId = s.type(QStringLiteral("义诊"));
    a.title = QStringLiteral("  下乡义诊 ");
    a.headCount = 15;
    a.figures = {320, 14, 6, 1234567, 3.5};
    a.note = QStringLiteral("与县医院联合");
    const qint64 id = s.added(a);

    const auto stored = s.ledger->activity(id);
    REQUIRE(stored.ok());
    CHECK(stored->id == id);
    CHECK(stored->orgId == s.tree.committee);
    CHECK(stored->typeId == s.type(QStringLiteral("义诊")));
    CHECK(stored->date == QDate(2024, 5, 12));
    CHECK(stored->title == QStringLiteral("下乡义诊"));
    CHECK(stored->headCount == 15);
    CHECK(stored->figures == ServiceFigures{320, 14, 6, 1234567, 3.5});
    CHECK(stored->note == QStringLiteral("与县医院联合"));
    // Each participant once, in id order.
    CHECK(stored->participants == QList<qint64>{s.cai, s.huang});
    CHECK(stored->attendance() == 2);
    CHECK(s.ledger->activitiesOfMember(s.huang).value() == QList<qint64>{id});

    Activity changed = stored.value();
    changed.title = QStringLiteral("义诊（第二次）");
    changed.participants = {s.lin};
    changed.figures.fundsFen = 1; // one fen
    changed.figures.hours = 0;
    REQUIRE(s.ledger->updateActivity(changed).ok());
    const auto after = s.ledger->activity(id);
    REQUIRE(after.ok());
    CHECK(after->title == QStringLiteral("义诊（第二次）"));
    CHECK(after->participants == QList<qint64>{s.lin});
    CHECK(after->figures.fundsFen == 1);
    CHECK(after->figures.hours == 0.0);
    CHECK(s.ledger->activitiesOfMember(s.huang).value().isEmpty());

    REQUIRE(s.ledger->removeActivity(id).ok());
    CHECK_FALSE(s.ledger->activity(id).ok());
    CHECK(s.ledger->activitiesOfMember(s.lin).value().isEmpty());
    CHECK(s.count() == 0);
    CHECK_FALSE(s.ledger->removeActivity(id).ok());
    // An activity given with an id is written under it (undo).
    REQUIRE(s.ledger->addActivity(after.value()).value() == id);
    CHECK(s.ledger->activity(id)->participants == QList<qint64>{s.lin});
}

TEST_CASE("An activity outside its organization's life is refused, naming the dates",
          "[activities]")
{
    Store s;
    // The committee was founded on 1985-07-01.
    const auto early = s.ledger->addActivity(s.activity(s.tree.committee, QDate(1985, 6, 30)));
    REQUIRE_FALSE(early.ok());
    CHECK_THAT(text(early.error()), Catch::Contains("founded on 1985-07-01"));
    CHECK_THAT(text(early.error()), Catch::Contains("1985-06-30"));
    CHECK(s.ledger->addActivity(s.activity(s.tree.committee, QDate(1985, 7, 1))).ok());

    REQUIRE(s.ledger->dissolveOrganization(s.tree.branchA, QDate(2020, 12, 31), s.tree.branchB, {})
                .ok());
    const auto late = s.ledger->addActivity(s.activity(s.tree.branchA, QDate(2021, 1, 1)));
    REQUIRE_FALSE(late.ok());
    CHECK_THAT(text(late.error()), Catch::Contains("dissolved on 2020-12-31"));
    CHECK_THAT(text(late.error()), Catch::Contains("市医院第一党支部"));
    // The day it was dissolved still counts, and its past stays in history.
    CHECK(s.ledger->addActivity(s.activity(s.tree.branchA, QDate(2020, 12, 31))).ok());
    CHECK(s.ledger->addActivity(s.activity(s.tree.branchA, QDate(2019, 3, 1), {s.cai})).ok());
    CHECK(s.count() == 3);

    CHECK_FALSE(s.ledger->addActivity(s.activity(s.tree.branchB, QDate())).ok());
    CHECK_FALSE(s.ledger->addActivity(s.activity(987654, QDate(2024, 1, 1))).ok());
    Activity noType = s.activity(s.tree.branchB, QDate(2024, 1, 1));
    noType.typeId = 987654;
    CHECK_THAT(text(s.ledger->addActivity(noType).error()), Catch::Contains("type"));
    CHECK(s.count() == 3);
}

TEST_CASE("A negative figure is refused, naming the field, and nothing is written", "[activities]")
{
    Store s;
    const auto refusal = [&](const std::function<void(Activity &)> &spoil) {
        Activity a = s.activity(s.tree.branchB, QDate(2024, 2, 1), {s.huang});
        spoil(a);
        const auto added = s.ledger->addActivity(a);
        CHECK_FALSE(added.ok());
        return text(added.error());
    };
    CHECK_THAT(refusal([](Activity &a) { a.figures.peopleServed = -1; }),
               Catch::Contains("people served"));
    CHECK_THAT(refusal([](Activity &a) { a.figures.problemsSolved = -3; }),
               Catch::Contains("problems solved"));
    CHECK_THAT(refusal([](Activity &a) { a.figures.households = -1; }),
               Catch::Contains("households"));
    CHECK_THAT(refusal([](Activity &a) { a.figures.fundsFen = -1; }), Catch::Contains("funds"));
    CHECK_THAT(refusal([](Activity &a) { a.figures.hours = -0.5; }), Catch::Contains("hours"));
    CHECK_THAT(refusal([](Activity &a) { a.headCount = -2; }), Catch::Contains("head count"));
    CHECK(s.count() == 0);
    CHECK(s.ledger->activitiesOfMember(s.huang).value().isEmpty());

    // An update that fails leaves the record as it was.
    const qint64 id = s.added(s.activity(s.tree.branchB, QDate(2024, 2, 1), {s.huang}));
    Activity spoiled = s.ledger->activity(id).value();
    spoiled.figures.fundsFen = -100;
    spoiled.title = QStringLiteral("改过");
    CHECK_FALSE(s.ledger->updateActivity(spoiled).ok());
    CHECK(s.ledger->activity(id)->title == QStringLiteral("研究发展党员工作"));
    CHECK(s.ledger->activity(id)->participants == QList<qint64>{s.huang});
}

TEST_CASE("Participants must have belonged to the activity's organization on its day",
          "[activities]")
{
    Store s;
    const QDate day(2024, 3, 15);
    // A member of another branch.
    const auto other = s.ledger->addActivity(s.activity(s.tree.branchA, day, {s.cai, s.huang}));
    REQUIRE_FALSE(other.ok());
    CHECK_THAT(text(other.error()), Catch::Contains("黄美虹"));
    CHECK_THAT(text(other.error()), Catch::Contains("2024-03-15"));
    CHECK_THAT(text(other.error()), Catch::Contains("市医院第二党支部"));
    // A group's member is not a member of the other branch either.
    CHECK_FALSE(s.ledger->addActivity(s.activity(s.tree.branchA, day, {s.lin})).ok());
    CHECK(s.count() == 0);

    // An activity of the committee may list the members of its branches and groups; a branch's,
    // those of its groups.
    CHECK(s.ledger->addActivity(s.activity(s.tree.committee, day, {s.cai, s.huang, s.lin})).ok());
    CHECK(s.ledger->addActivity(s.activity(s.tree.branchB, day, {s.huang, s.lin})).ok());
    Activity groupMeeting = s.activity(s.tree.group, day, {s.lin});
    groupMeeting.typeId = s.type(QStringLiteral("党小组会"));
    CHECK(s.ledger->addActivity(groupMeeting).ok());
    CHECK_FALSE(s.ledger->addActivity(s.activity(s.tree.group, day, {s.huang})).ok());

    // Someone who joined after the day.
    const qint64 late = s.add(person(s.tree.branchA, QStringLiteral("郑晓燕"), QDate(1995, 8, 9),
                                     QDate(2023, 7, 1), 246));
    const auto early =
        s.ledger->addActivity(s.activity(s.tree.branchA, QDate(2023, 6, 30), {late}));
    REQUIRE_FALSE(early.ok());
    CHECK_THAT(text(early.error()), Catch::Contains("郑晓燕"));
    CHECK_THAT(text(early.error()), Catch::Contains("2023-06-30"));
    CHECK(s.ledger->addActivity(s.activity(s.tree.branchA, QDate(2023, 7, 1), {late})).ok());

    // Someone who transferred in after the day: they were in branch B then.
    REQUIRE(s.ledger
                ->transferMembers(
                    {{0, s.huang, s.tree.branchB, s.tree.branchA, {}, QDate(2024, 6, 1), {}}})
                .ok());
    const auto before =
        s.ledger->addActivity(s.activity(s.tree.branchA, QDate(2024, 5, 31), {s.huang}));
    REQUIRE_FALSE(before.ok());
    CHECK_THAT(text(before.error()), Catch::Contains("黄美虹"));
    CHECK_THAT(text(before.error()), Catch::Contains("2024-05-31"));
    CHECK(s.ledger->addActivity(s.activity(s.tree.branchB, QDate(2024, 5, 31), {s.huang})).ok());
    CHECK(s.ledger->addActivity(s.activity(s.tree.branchA, QDate(2024, 6, 1), {s.huang})).ok());
    CHECK_FALSE(
        s.ledger->addActivity(s.activity(s.tree.branchB, QDate(2024, 6, 1), {s.huang})).ok());

    // A participant who is not in the ledger at all.
    CHECK_FALSE(s.ledger->addActivity(s.activity(s.tree.committee, day, {424242})).ok());
}

TEST_CASE("Where a member belonged on a day follows their transfers", "[activities]")
{
    Store s;
    const auto on = [&](qint64 member, QDate day) {
        const auto org = s.ledger->organizationOfMemberOn(member, day);
        INFO(org.error().toStdString());
        REQUIRE(org.ok());
        return org.value();
    };
    // No transfers: where they are now, from the day they joined.
    CHECK(on(s.cai, QDate(2000, 6, 30)) == 0);
    CHECK(on(s.cai, QDate(2000, 7, 1)) == s.tree.branchA);
    CHECK(on(s.cai, QDate(2026, 1, 1)) == s.tree.branchA);

    // Branch B, then branch A from 2023-06-01, then out of the ledger from 2024-03-01.
    REQUIRE(s.ledger->transferMembers({{0, s.huang, 0, s.tree.branchA, {}, QDate(2023, 6, 1), {}}})
                .ok());
    REQUIRE(
        s.ledger
            ->transferMembers({{0, s.huang, 0, 0, QStringLiteral("外市"), QDate(2024, 3, 1), {}}})
            .ok());
    CHECK(on(s.huang, QDate(1995, 6, 30)) == 0);
    CHECK(on(s.huang, QDate(2023, 5, 31)) == s.tree.branchB);
    CHECK(on(s.huang, QDate(2023, 6, 1)) == s.tree.branchA);
    CHECK(on(s.huang, QDate(2024, 2, 29)) == s.tree.branchA);
    CHECK(on(s.huang, QDate(2024, 3, 1)) == 0);
    CHECK(on(s.huang, QDate(2025, 1, 1)) == 0);

    // Came from outside the ledger on 2022-01-10.
    const qint64 zheng = s.add(person(s.tree.branchA, QStringLiteral("郑晓燕"), QDate(1990, 8, 9),
                                      QDate(2015, 7, 1), 246));
    REQUIRE(s.ledger
                ->addTransfer(
                    {0, zheng, 0, s.tree.branchA, QStringLiteral("外县"), QDate(2022, 1, 10), {}})
                .ok());
    CHECK(on(zheng, QDate(2022, 1, 9)) == 0);
    CHECK(on(zheng, QDate(2022, 1, 10)) == s.tree.branchA);

    CHECK_FALSE(s.ledger->organizationOfMemberOn(424242, QDate(2024, 1, 1)).ok());
}

TEST_CASE("Activities of a subtree in a period, by date, with their participants", "[activities]")
{
    Store s;
    const qint64 lastOfQ1 = s.added(s.activity(s.tree.branchA, QDate(2024, 3, 31), {s.cai}));
    const qint64 firstOfQ2 = s.added(s.activity(s.tree.branchB, QDate(2024, 4, 1), {s.lin}));
    const qint64 group = s.added(s.activity(s.tree.group, QDate(2024, 2, 15), {s.lin}));
    const qint64 committee =
        s.added(s.activity(s.tree.committee, QDate(2024, 1, 1), {s.huang, s.cai}));
    const qint64 lastYear = s.added(s.activity(s.tree.branchA, QDate(2023, 12, 31)));
    const qint64 sameDay = s.added(s.activity(s.tree.branchB, QDate(2024, 3, 31)));

    const Period q1 = Period::quarter(2024, 1);
    CHECK(s.ids(0, q1) == QList<qint64>{committee, group, lastOfQ1, sameDay});
    CHECK(s.ids(0, Period::quarter(2024, 2)) == QList<qint64>{firstOfQ2});
    CHECK(s.ids(s.tree.committee, q1) == QList<qint64>{committee, group, lastOfQ1, sameDay});
    CHECK(s.ids(s.tree.branchA, q1) == QList<qint64>{lastOfQ1});
    CHECK(s.ids(s.tree.branchB, q1) == QList<qint64>{group, sameDay});
    CHECK(s.ids(s.tree.group, Period::year(2024)) == QList<qint64>{group});
    CHECK(s.ids(s.tree.branchA, Period::year(2023)) == QList<qint64>{lastYear});
    CHECK(s.ids(0, Period::month(2024, 3)) == QList<qint64>{lastOfQ1, sameDay});
    CHECK(s.ids(0, Period::range(QDate(2023, 12, 31), QDate(2024, 1, 1))) ==
          QList<qint64>{lastYear, committee});
    CHECK(s.ids(s.tree.committee, Period::year(2022)).isEmpty());

    const auto q1Activities = s.ledger->activities(s.tree.committee, q1);
    REQUIRE(q1Activities.ok());
    QHash<qint64, QList<qint64>> participants;
    for (const Activity &a : q1Activities.value())
        participants.insert(a.id, a.participants);
    CHECK(participants.value(committee) == QList<qint64>{s.cai, s.huang});
    CHECK(participants.value(group) == QList<qint64>{s.lin});
    CHECK(participants.value(lastOfQ1) == QList<qint64>{s.cai});
    CHECK(participants.value(sameDay).isEmpty());
    CHECK(q1Activities->first().title == QStringLiteral("研究发展党员工作"));

    CHECK_FALSE(s.ledger->activities(0, Period{}).ok());
}

TEST_CASE("The seeded types carry the four 三会一课 duties; types can be added and edited",
          "[activities]")
{
    Store s;
    const auto types = s.ledger->activityTypes();
    REQUIRE(types.ok());
    REQUIRE(types->size() == 18);
    QList<ActivityType> duties;
    for (const ActivityType &t : types.value()) {
        if (t.isDuty)
            duties.append(t);
    }
    REQUIRE(duties.size() == 4);
    const auto rule = [&](int i, const char *name, DutyPeriod period, DutyHolder holder) {
        INFO(name);
        CHECK(duties.at(i).name == QString::fromUtf8(name));
        CHECK(duties.at(i).dutyPeriod == period);
        CHECK(duties.at(i).dutyHolder == holder);
        CHECK(duties.at(i).dutyMinimum == 1);
    };
    rule(0, "支部党员大会", DutyPeriod::Quarter, DutyHolder::Branch);
    rule(1, "支部委员会", DutyPeriod::Month, DutyHolder::Branch);
    rule(2, "党小组会", DutyPeriod::Month, DutyHolder::Group);
    rule(3, "党课", DutyPeriod::Quarter, DutyHolder::Branch);
    CHECK(types->at(4).name == QStringLiteral("主题党日"));
    CHECK(types->last().name == QStringLiteral("家庭医生签约"));
    for (int i = 1; i < types->size(); ++i)
        CHECK(types->at(i - 1).position <= types->at(i).position);

    ActivityType talk;
    talk.name = QStringLiteral(" 上门慰问 ");
    const qint64 id = s.ledger->addActivityType(talk).value();
    CHECK(s.ledger->activityTypes()->last().id == id);
    CHECK(s.ledger->activityTypes()->last().name == QStringLiteral("上门慰问"));
    CHECK_FALSE(s.ledger->activityTypes()->last().isDuty);
    CHECK_FALSE(s.ledger->addActivityType(talk).ok()); // the same name again
    CHECK_FALSE(s.ledger->addActivityType(ActivityType{}).ok());

    // 主题党日 becomes a monthly duty of branches, held at least twice; then not a duty again.
    ActivityType themeDay = types->at(4);
    themeDay.isDuty = true;
    themeDay.dutyPeriod = DutyPeriod::Month;
    themeDay.dutyMinimum = 2;
    REQUIRE(s.ledger->updateActivityType(themeDay).ok());
    const ActivityType stored = s.ledger->activityTypes()->at(4);
    CHECK(stored.isDuty);
    CHECK(stored.dutyPeriod == DutyPeriod::Month);
    CHECK(stored.dutyMinimum == 2);
    CHECK(stored.dutyHolder == DutyHolder::Branch);
    themeDay.isDuty = false;
    themeDay.name = QStringLiteral("主题党日活动");
    REQUIRE(s.ledger->updateActivityType(themeDay).ok());
    CHECK_FALSE(s.ledger->activityTypes()->at(4).isDuty);
    CHECK(s.ledger->activityTypes()->at(4).name == QStringLiteral("主题党日活动"));
    themeDay.name = QStringLiteral("党课"); // taken
    CHECK_FALSE(s.ledger->updateActivityType(themeDay).ok());
    themeDay.isDuty = true;
    themeDay.name = QStringLiteral("主题党日");
    themeDay.dutyMinimum = 0;
    CHECK_FALSE(s.ledger->updateActivityType(themeDay).ok());

    // A type in use stays; an unused one can be removed.
    Activity a = s.activity(s.tree.branchA, QDate(2024, 1, 5));
    a.typeId = id;
    const qint64 activity = s.added(a);
    CHECK_FALSE(s.ledger->removeActivityType(id).ok());
    REQUIRE(s.ledger->removeActivity(activity).ok());
    CHECK(s.ledger->removeActivityType(id).ok());
    CHECK(s.ledger->activityTypes()->size() == 18);
}

TEST_CASE("A synthetic ledger with activities is sound and every activity passes the checks",
          "[activities][synthetic]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("county.pldb"));
    SyntheticOptions options;
    options.members = 1500;
    options.seed = 11;
    options.today = QDate(2025, 6, 30);
    options.activities = 6000;
    const auto written = SyntheticLedger::generate(path, options);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    auto opened = Ledger::open(path);
    REQUIRE(opened.ok());
    Ledger &ledger = *opened.value();

    const auto problems = ledger.structuralProblems();
    REQUIRE(problems.ok());
    INFO(problems->join(u'\n').toStdString());
    CHECK(problems->isEmpty());

    // The last five whole years before the ledger's day.
    const auto all = ledger.activities(0, Period::range(QDate(2020, 1, 1), QDate(2024, 12, 31)));
    REQUIRE(all.ok());
    CHECK(all->size() == 6000);
    CHECK(ledger.activities(0, Period::range(QDate(1900, 1, 1), QDate(2100, 1, 1)))->size() ==
          6000);

    QHash<qint64, Organization> orgs;
    for (const Organization &org : ledger.organizations().value())
        orgs.insert(org.id, org);
    QHash<qint64, QString> typeNames;
    for (const ActivityType &t : ledger.activityTypes().value())
        typeNames.insert(t.id, t.name);
    QHash<QString, int> perType;
    ServiceFigures totals;
    int withParticipants = 0;
    QSet<qint64> branchesMeeting;
    for (const Activity &a : all.value()) {
        const Organization &org = orgs[a.orgId];
        INFO(org.displayName().toStdString() << " " << a.date.toString(Qt::ISODate).toStdString());
        // Branches, groups and the committees (their 中心组学习, 民主生活会).
        CHECK(org.kind != OrgKind::GeneralBranch);
        CHECK(a.date >= org.founded);
        CHECK((!org.isDissolved() || a.date <= org.dissolved));
        CHECK(a.participants.size() <= 5);
        const QString type = typeNames.value(a.typeId);
        ++perType[type];
        if (type == QStringLiteral("党小组会"))
            CHECK(org.kind == OrgKind::Group);
        if (type == QStringLiteral("支部委员会"))
            branchesMeeting.insert(a.orgId);
        withParticipants += a.participants.isEmpty() ? 0 : 1;
        totals.peopleServed += a.figures.peopleServed;
        totals.households += a.figures.households;
        totals.fundsFen += a.figures.fundsFen;
    }
    CHECK(perType.value(QStringLiteral("支部委员会")) > perType.value(QStringLiteral("党课")));
    CHECK(perType.value(QStringLiteral("党课")) > 0);
    CHECK(perType.value(QStringLiteral("支部党员大会")) > 0);
    CHECK(perType.value(QStringLiteral("党小组会")) > 0);
    CHECK(perType.value(QStringLiteral("义诊")) > 0);
    CHECK(totals.peopleServed > 0);
    CHECK(totals.households > 0);
    CHECK(totals.fundsFen > 0);
    CHECK(withParticipants > 1000);
    CHECK(branchesMeeting.size() > 30);

    // A sample goes through every check of the store again: dates, figures, participants.
    for (int i = 0; i < all->size(); i += 23) {
        const Activity &a = all->at(i);
        const auto again = ledger.updateActivity(a);
        INFO(again.error().toStdString());
        CHECK(again.ok());
        CHECK(ledger.activity(a.id)->participants == a.participants);
    }
}

TEST_CASE("A synthetic ledger's activities depend on its seed alone", "[activities][synthetic]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto titles = [&](const QString &name, quint32 seed) {
        SyntheticOptions options;
        options.members = 400;
        options.seed = seed;
        options.today = QDate(2024, 3, 1);
        options.activities = 500;
        REQUIRE(SyntheticLedger::generate(dir.filePath(name), options).ok());
        auto ledger = Ledger::open(dir.filePath(name));
        REQUIRE(ledger.ok());
        const auto all =
            ledger.value()->activities(0, Period::range(QDate(2019, 1, 1), QDate(2023, 12, 31)));
        REQUIRE(all.ok());
        QStringList lines;
        for (const Activity &a : all.value())
            lines << a.date.toString(Qt::ISODate) + a.title + QString::number(a.orgId);
        return lines;
    };
    const QStringList first = titles(QStringLiteral("a.pldb"), 5);
    CHECK(first.size() == 500);
    CHECK(first == titles(QStringLiteral("b.pldb"), 5));
    CHECK(first != titles(QStringLiteral("c.pldb"), 6));
}
