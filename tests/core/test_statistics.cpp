#include "annualsummary.h"
#include "idnumber.h"
#include "ledger.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <ctime>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {

std::string text(const QString &s)
{
    return s.toStdString();
}

// A county year worked out by hand. The tree, in tree order:
//   市医院党委 (committee C)
//     市医院第一党支部 (A)      members 蔡 m1, 王 m2, 陈 m8 on the roll; 郑 m6 transferred out
//     市医院第二党支部 (B)      黄 m3, 李 m9 (never takes part)
//       第一党小组 (G)          林 m4
//     市医院第三党支部 (N)      founded 2023-05-15; 张 m7
//     市医院后勤党支部 (D)      dissolved 2023-08-10; no members left
// Activities of 2023 (61), by organization:
//   A (20): 支部委员会 on the 15th of every month but July {m1, m2}; 支部党员大会 03-31
//           {m1, m2, m6}, 04-01 {m1, m2}, 09-10 {m1}; 党课 02-20, 05-20, 08-20, 11-20 (head
//           count only); 义诊 06-01 served 300, solved 5, 3.5 h; 结对帮扶 12-20 13 households,
//           5,012,345 fen, 2 h.
//   B (18): 支部委员会 every month {m3}; 支部党员大会 03-15, 06-15, 09-15, 12-15 {m3, m4}; 党课
//           01-10 {m3} only; 主题党日 07-01 {m4} served 40, 1.5 h.
//   G (10): 党小组会 every month but March and October {m4}.
//   N (3):  支部委员会 06-10, 08-10 {m7}; 党课 07-05 {m7}.
//   D (10): 支部委员会 01-15 .. 06-15 (head count); 支部党员大会 02-01; 党课 03-01, 06-01;
//           结对帮扶 05-05 2 households, 150,050 fen.
// And outside the year: A's 支部委员会 on 2022-12-31 {m8} and 2024-01-01 {m2}.
struct County {
    QTemporaryDir dir;
    std::unique_ptr<Ledger> ledger;
    SmallTree tree; // committee, branchA, branchB, group
    qint64 branchN = 0, branchD = 0;
    qint64 m1 = 0, m2 = 0, m3 = 0, m4 = 0, m6 = 0, m7 = 0, m8 = 0, m9 = 0;
    QHash<QString, qint64> types;

    County()
    {
        ledger = createLedger(dir.filePath(QStringLiteral("statistics.pldb")));
        tree = addSmallTree(*ledger);
        Organization org;
        org.kind = OrgKind::Branch;
        org.parentId = tree.committee;
        org.unitId = tree.unit;
        org.sortOrder = -1; // after its siblings
        org.fullName = QStringLiteral("中共晋江市医院第三支部委员会");
        org.shortName = QStringLiteral("市医院第三党支部");
        org.founded = QDate(2023, 5, 15);
        branchN = organization(org);
        org.fullName = QStringLiteral("中共晋江市医院后勤支部委员会");
        org.shortName = QStringLiteral("市医院后勤党支部");
        org.founded = QDate(1985, 7, 1);
        org.dissolved = QDate(2023, 8, 10);
        branchD = organization(org);

        m1 = member(tree.branchA, QStringLiteral("蔡良友"), 11);
        m2 = member(tree.branchA, QStringLiteral("王丽华"), 12);
        m8 = member(tree.branchA, QStringLiteral("陈建国"), 13);
        m6 = member(tree.branchA, QStringLiteral("郑少华"), 14, MemberStatus::TransferredOut);
        m3 = member(tree.branchB, QStringLiteral("黄美虹"), 15);
        m9 = member(tree.branchB, QStringLiteral("李明"), 16);
        m4 = member(tree.group, QStringLiteral("林志强"), 17);
        m7 = member(branchN, QStringLiteral("张伟"), 18);

        const auto all = ledger->activityTypes();
        REQUIRE(all.ok());
        for (const ActivityType &type : all.value())
            types.insert(type.name, type.id);

        const QString committeeMeeting = QStringLiteral("支部委员会");
        const QString plenary = QStringLiteral("支部党员大会");
        const QString lecture = QStringLiteral("党课");
        const QString groupMeeting = QStringLiteral("党小组会");
        for (int month = 1; month <= 12; ++month) {
            if (month != 7)
                add(tree.branchA, committeeMeeting, QDate(2023, month, 15), {m1, m2});
            add(tree.branchB, committeeMeeting, QDate(2023, month, 15), {m3});
            if (month != 3 && month != 10)
                add(tree.group, groupMeeting, QDate(2023, month, 20), {m4});
            if (month <= 6)
                add(branchD, committeeMeeting, QDate(2023, month, 15), {});
        }
        add(tree.branchA, plenary, QDate(2023, 3, 31), {m1, m2, m6});
        add(tree.branchA, plenary, QDate(2023, 4, 1), {m1, m2});
        add(tree.branchA, plenary, QDate(2023, 9, 10), {m1});
        for (int month : {2, 5, 8, 11})
            add(tree.branchA, lecture, QDate(2023, month, 20), {});
        ServiceFigures clinic;
        clinic.peopleServed = 300;
        clinic.problemsSolved = 5;
        clinic.hours = 3.5;
        add(tree.branchA, QStringLiteral("义诊"), QDate(2023, 6, 1), {}, clinic);
        ServiceFigures helpA;
        helpA.households = 13;
        helpA.fundsFen = 5'012'345;
        helpA.hours = 2;
        add(tree.branchA, QStringLiteral("结对帮扶"), QDate(2023, 12, 20), {}, helpA);

        for (int month : {3, 6, 9, 12})
            add(tree.branchB, plenary, QDate(2023, month, 15), {m3, m4});
        add(tree.branchB, lecture, QDate(2023, 1, 10), {m3});
        ServiceFigures themeDay;
        themeDay.peopleServed = 40;
        themeDay.hours = 1.5;
        add(tree.branchB, QStringLiteral("主题党日"), QDate(2023, 7, 1), {m4}, themeDay);

        add(branchN, committeeMeeting, QDate(2023, 6, 10), {m7});
        add(branchN, committeeMeeting, QDate(2023, 8, 10), {m7});
        add(branchN, lecture, QDate(2023, 7, 5), {m7});

        add(branchD, plenary, QDate(2023, 2, 1), {});
        add(branchD, lecture, QDate(2023, 3, 1), {});
        add(branchD, lecture, QDate(2023, 6, 1), {});
        ServiceFigures helpD;
        helpD.households = 2;
        helpD.fundsFen = 150'050;
        add(branchD, QStringLiteral("结对帮扶"), QDate(2023, 5, 5), {}, helpD);

        add(tree.branchA, committeeMeeting, QDate(2022, 12, 31), {m8});
        add(tree.branchA, committeeMeeting, QDate(2024, 1, 1), {m2});
    }

    qint64 organization(const Organization &org)
    {
        auto id = ledger->addOrganization(org);
        INFO(text(id.error()));
        REQUIRE(id.ok());
        return id.value();
    }

    qint64 member(qint64 orgId, const QString &name, int sequence,
                  MemberStatus status = MemberStatus::Active)
    {
        Member m = validMember(orgId, name);
        m.partyPosts.clear();
        const QString first17 = QStringLiteral("350582197604121") + QString::number(sequence);
        m.idNumber = first17 + IdNumber::checkDigit(first17);
        m.gender = sequence % 2 ? Gender::Male : Gender::Female;
        m.status = status;
        auto id = ledger->addMember(m);
        INFO(text(id.error()));
        REQUIRE(id.ok());
        return id.value();
    }

    void add(qint64 orgId, const QString &type, QDate date, const QList<qint64> &participants,
             const ServiceFigures &figures = {})
    {
        Activity a;
        a.orgId = orgId;
        REQUIRE(types.contains(type));
        a.typeId = types.value(type);
        a.date = date;
        a.title = type;
        a.participants = participants;
        a.headCount = participants.isEmpty() ? 10 : 0;
        a.figures = figures;
        auto id = ledger->addActivity(a);
        INFO(text(id.error()));
        REQUIRE(id.ok());
    }

    ActivityStatistics statistics(qint64 root, const Period &period) const
    {
        auto found = ledger->activityStatistics(root, period);
        INFO(text(found.error()));
        REQUIRE(found.ok());
        return found.value();
    }

    // Each shortfall as "short name|type|period code|held/required".
    QStringList shortfalls(qint64 root, const Period &period, QDate today) const
    {
        auto found = ledger->dutyShortfalls(root, period, today);
        INFO(text(found.error()));
        REQUIRE(found.ok());
        QStringList lines;
        for (const Shortfall &s : found.value())
            lines << QStringLiteral("%1|%2|%3|%4/%5")
                         .arg(s.orgName, s.typeName, s.period.code())
                         .arg(s.held)
                         .arg(s.required);
        return lines;
    }
};

// "name count" per type, in the order given.
QStringList counts(const ActivityStatistics &statistics)
{
    QStringList lines;
    for (const TypeCount &type : statistics.types)
        lines << QStringLiteral("%1 %2").arg(type.typeName).arg(type.count);
    return lines;
}

} // namespace

TEST_CASE("A committee's year: counts per type in type order, exact sums, distinct participants",
          "[statistics]")
{
    County county;
    const ActivityStatistics year = county.statistics(county.tree.committee, Period::year(2023));
    // 大会 A3 + B4 + D1; 委员会 A11 + B12 + N2 + D6; 党小组会 G10; 党课 A4 + B1 + N1 + D2;
    // 主题党日 B1; 义诊 A1; 结对帮扶 A1 + D1. Types never held (组织生活会 ...) are left out.
    CHECK(counts(year) == QStringList{QStringLiteral("支部党员大会 8"),
                                      QStringLiteral("支部委员会 31"),
                                      QStringLiteral("党小组会 10"), QStringLiteral("党课 8"),
                                      QStringLiteral("主题党日 1"), QStringLiteral("义诊 1"),
                                      QStringLiteral("结对帮扶 2")});
    CHECK(year.activities == 61); // 20 + 18 + 10 + 3 + 10; 2022-12-31 and 2024-01-01 are out
    CHECK(year.figures.peopleServed == 340);   // 300 + 40
    CHECK(year.figures.problemsSolved == 5);   // 5
    CHECK(year.figures.households == 15);      // 13 + 2
    CHECK(year.figures.fundsFen == 5'162'395); // 5,012,345 + 150,050: exact to the fen
    CHECK(year.figures.hours == Approx(7.0));  // 3.5 + 2 + 1.5
    // m1, m2, m6 (A), m3, m4 (B, G), m7 (N): m4 counted once; m8 only took part in 2022.
    CHECK(year.participants == 6);
    // m1, m2, m8, m3, m9, m4, m7; m6 was transferred out.
    CHECK(year.membersOnRoll == 7);
    CHECK(year.participationRate() == Approx(6.0 / 7.0));

    // The whole ledger (root 0) is the committee's tree here.
    const ActivityStatistics all = county.statistics(0, Period::year(2023));
    CHECK(counts(all) == counts(year));
    CHECK(all.figures == year.figures);
    CHECK(all.participants == 6);
    CHECK(all.membersOnRoll == 7);
}

TEST_CASE("Statistics roll up a subtree: a branch with its group, a branch alone", "[statistics]")
{
    County county;
    // B with G: 大会 4, 委员会 12, 党小组会 10, 党课 1, 主题党日 1 = 28.
    const ActivityStatistics b = county.statistics(county.tree.branchB, Period::year(2023));
    CHECK(counts(b) == QStringList{QStringLiteral("支部党员大会 4"),
                                   QStringLiteral("支部委员会 12"), QStringLiteral("党小组会 10"),
                                   QStringLiteral("党课 1"), QStringLiteral("主题党日 1")});
    CHECK(b.activities == 28);
    CHECK(b.figures.peopleServed == 40);
    CHECK(b.figures.fundsFen == 0);
    CHECK(b.participants == 2);  // m3, m4
    CHECK(b.membersOnRoll == 3); // m3, m9, m4
    CHECK(b.participationRate() == Approx(2.0 / 3.0));

    // The group alone: its 10 meetings, m4.
    const ActivityStatistics g = county.statistics(county.tree.group, Period::year(2023));
    CHECK(counts(g) == QStringList{QStringLiteral("党小组会 10")});
    CHECK(g.participants == 1);
    CHECK(g.membersOnRoll == 1);

    // A: 20 activities; m6 took part on 03-31 though no longer on the roll: 3 of 3.
    const ActivityStatistics a = county.statistics(county.tree.branchA, Period::year(2023));
    CHECK(a.activities == 20);
    CHECK(a.figures.fundsFen == 5'012'345);
    CHECK(a.figures.households == 13);
    CHECK(a.participants == 3);
    CHECK(a.membersOnRoll == 3);

    // The dissolved branch keeps its history: 10 activities, nobody on the roll now.
    const ActivityStatistics d = county.statistics(county.branchD, Period::year(2023));
    CHECK(d.activities == 10);
    CHECK(d.figures.fundsFen == 150'050);
    CHECK(d.participants == 0);
    CHECK(d.membersOnRoll == 0);
    CHECK(d.participationRate() == 0.0);
}

TEST_CASE("Quarter and month boundaries: 03-31 is Q1, 04-01 is Q2, 12-31 belongs to its year",
          "[statistics]")
{
    County county;
    const qint64 a = county.tree.branchA;
    // Q1: 委员会 Jan, Feb, Mar; 大会 03-31; 党课 02-20.
    const ActivityStatistics q1 = county.statistics(a, Period::quarter(2023, 1));
    CHECK(counts(q1) == QStringList{QStringLiteral("支部党员大会 1"),
                                    QStringLiteral("支部委员会 3"), QStringLiteral("党课 1")});
    CHECK(q1.participants == 3); // m6 on 03-31
    // Q2: 委员会 Apr, May, Jun; 大会 04-01; 党课 05-20; 义诊 06-01.
    const ActivityStatistics q2 = county.statistics(a, Period::quarter(2023, 2));
    CHECK(counts(q2) == QStringList{QStringLiteral("支部党员大会 1"),
                                    QStringLiteral("支部委员会 3"), QStringLiteral("党课 1"),
                                    QStringLiteral("义诊 1")});
    CHECK(q2.participants == 2); // m1, m2
    CHECK(q2.figures.peopleServed == 300);
    // March: 委员会 03-15 and 大会 03-31; April: 大会 04-01 and 委员会 04-15.
    CHECK(county.statistics(a, Period::month(2023, 3)).activities == 2);
    CHECK(county.statistics(a, Period::month(2023, 4)).activities == 2);
    CHECK(county.statistics(a, Period::month(2023, 7)).activities == 0);
    // December 2022 holds the meeting of its last day, with m8; January 2024 its first.
    const ActivityStatistics december = county.statistics(a, Period::month(2022, 12));
    CHECK(december.activities == 1);
    CHECK(december.participants == 1);
    CHECK(county.statistics(a, Period::year(2024)).activities == 1);
    // A range of days counts what lies inside it, both ends included.
    CHECK(county.statistics(a, Period::range(QDate(2023, 3, 31), QDate(2023, 4, 1))).activities ==
          2);
}

TEST_CASE("Activities per month and type, in month then type order", "[statistics]")
{
    County county;
    const auto months = county.ledger->activitiesPerMonth(county.tree.committee, 2023);
    INFO(text(months.error()));
    REQUIRE(months.ok());
    QStringList march, july;
    int total = 0;
    for (const MonthlyTypeCount &m : months.value()) {
        total += m.count;
        const QString line = QStringLiteral("%1 %2").arg(m.typeName).arg(m.count);
        if (m.month == 3)
            march << line;
        if (m.month == 7)
            july << line;
    }
    CHECK(total == 61);
    // March: 大会 A 03-31, B 03-15; 委员会 A, B, D; no 党小组会 (G skipped it); 党课 D 03-01.
    CHECK(march == QStringList{QStringLiteral("支部党员大会 2"), QStringLiteral("支部委员会 3"),
                               QStringLiteral("党课 1")});
    // July: 委员会 only B (A skipped it, N met in June and August, D held none); 党小组会 G;
    // 党课 N 07-05; 主题党日 B 07-01.
    CHECK(july == QStringList{QStringLiteral("支部委员会 1"), QStringLiteral("党小组会 1"),
                              QStringLiteral("党课 1"), QStringLiteral("主题党日 1")});
    // The ledger as a whole, the same.
    const auto all = county.ledger->activitiesPerMonth(0, 2023);
    REQUIRE(all.ok());
    CHECK(all->size() == months->size());
}

TEST_CASE("Duty shortfalls of a year: founded mid-year, dissolved, a group, in tree order",
          "[statistics]")
{
    County county;
    const QStringList year =
        county.shortfalls(county.tree.committee, Period::year(2023), QDate(2023, 12, 31));
    // Within an organization: by the period's first day, then its last, then the type's order.
    const QStringList expected = {
        // A: 委员会 skipped July; 大会 none in Q4 (03-31 is Q1, 04-01 Q2, 09-10 Q3).
        QStringLiteral("市医院第一党支部|支部委员会|2023-07|0/1"),
        QStringLiteral("市医院第一党支部|支部党员大会|2023-Q4|0/1"),
        // B: 党课 only in Q1. (党小组会 is the groups' duty, not the branch's.)
        QStringLiteral("市医院第二党支部|党课|2023-Q2|0/1"),
        QStringLiteral("市医院第二党支部|党课|2023-Q3|0/1"),
        QStringLiteral("市医院第二党支部|党课|2023-Q4|0/1"),
        // G: no meeting in March or October.
        QStringLiteral("第一党小组|党小组会|2023-03|0/1"),
        QStringLiteral("第一党小组|党小组会|2023-10|0/1"),
        // N, founded 05-15: May and Q2 are not its own; from June on, 委员会 in June and
        // August only, no 大会, 党课 in Q3 only.
        QStringLiteral("市医院第三党支部|支部委员会|2023-07|0/1"),
        QStringLiteral("市医院第三党支部|支部党员大会|2023-Q3|0/1"),
        QStringLiteral("市医院第三党支部|支部委员会|2023-09|0/1"),
        QStringLiteral("市医院第三党支部|支部委员会|2023-10|0/1"),
        QStringLiteral("市医院第三党支部|支部党员大会|2023-Q4|0/1"),
        QStringLiteral("市医院第三党支部|党课|2023-Q4|0/1"),
        QStringLiteral("市医院第三党支部|支部委员会|2023-11|0/1"),
        QStringLiteral("市医院第三党支部|支部委员会|2023-12|0/1"),
        // D, dissolved 08-10: August, September and Q3 are not whole; no 大会 in Q2, no 委员会
        // in July.
        QStringLiteral("市医院后勤党支部|支部党员大会|2023-Q2|0/1"),
        QStringLiteral("市医院后勤党支部|支部委员会|2023-07|0/1"),
    };
    CHECK(year == expected);
    CHECK(county.shortfalls(0, Period::year(2023), QDate(2023, 12, 31)) == expected);

    // On 2023-10-15 only what has ended counts: no October, November, December or Q4.
    const QStringList october =
        county.shortfalls(county.tree.committee, Period::year(2023), QDate(2023, 10, 15));
    CHECK(october == QStringList{QStringLiteral("市医院第一党支部|支部委员会|2023-07|0/1"),
                                 QStringLiteral("市医院第二党支部|党课|2023-Q2|0/1"),
                                 QStringLiteral("市医院第二党支部|党课|2023-Q3|0/1"),
                                 QStringLiteral("第一党小组|党小组会|2023-03|0/1"),
                                 QStringLiteral("市医院第三党支部|支部委员会|2023-07|0/1"),
                                 QStringLiteral("市医院第三党支部|支部党员大会|2023-Q3|0/1"),
                                 QStringLiteral("市医院第三党支部|支部委员会|2023-09|0/1"),
                                 QStringLiteral("市医院后勤党支部|支部党员大会|2023-Q2|0/1"),
                                 QStringLiteral("市医院后勤党支部|支部委员会|2023-07|0/1")});
    // A month ends on its last day: September is due on 09-30, not on 09-29.
    CHECK(county.shortfalls(county.branchN, Period::month(2023, 9), QDate(2023, 9, 30)) ==
          QStringList{QStringLiteral("市医院第三党支部|支部委员会|2023-09|0/1")});
    CHECK(county.shortfalls(county.branchN, Period::month(2023, 9), QDate(2023, 9, 29)).isEmpty());
}

TEST_CASE("Duty shortfalls of a subtree, a quarter and a month", "[statistics]")
{
    County county;
    const QDate end(2023, 12, 31);
    // B with its group.
    CHECK(county.shortfalls(county.tree.branchB, Period::year(2023), end) ==
          QStringList{QStringLiteral("市医院第二党支部|党课|2023-Q2|0/1"),
                      QStringLiteral("市医院第二党支部|党课|2023-Q3|0/1"),
                      QStringLiteral("市医院第二党支部|党课|2023-Q4|0/1"),
                      QStringLiteral("第一党小组|党小组会|2023-03|0/1"),
                      QStringLiteral("第一党小组|党小组会|2023-10|0/1")});
    // Q3: July, August, September and the quarter itself; D is dissolved before it ends, so
    // only its July counts.
    CHECK(county.shortfalls(county.tree.committee, Period::quarter(2023, 3), end) ==
          QStringList{QStringLiteral("市医院第一党支部|支部委员会|2023-07|0/1"),
                      QStringLiteral("市医院第二党支部|党课|2023-Q3|0/1"),
                      QStringLiteral("市医院第三党支部|支部委员会|2023-07|0/1"),
                      QStringLiteral("市医院第三党支部|支部党员大会|2023-Q3|0/1"),
                      QStringLiteral("市医院第三党支部|支部委员会|2023-09|0/1"),
                      QStringLiteral("市医院后勤党支部|支部委员会|2023-07|0/1")});
    // A month holds no whole quarter: only the monthly duties.
    CHECK(county.shortfalls(county.tree.committee, Period::month(2023, 7), end) ==
          QStringList{QStringLiteral("市医院第一党支部|支部委员会|2023-07|0/1"),
                      QStringLiteral("市医院第三党支部|支部委员会|2023-07|0/1"),
                      QStringLiteral("市医院后勤党支部|支部委员会|2023-07|0/1")});
    // The group alone.
    CHECK(county.shortfalls(county.tree.group, Period::year(2023), end) ==
          QStringList{QStringLiteral("第一党小组|党小组会|2023-03|0/1"),
                      QStringLiteral("第一党小组|党小组会|2023-10|0/1")});
}

TEST_CASE("A duty's minimum and period are the bureau's data", "[statistics]")
{
    County county;
    // The bureau asks for two 支部委员会 a quarter instead of one a month: A held 3, 3, 2 and 3
    // (none in July), B 3 each quarter; N's Q3 has one (its 06-10 falls in Q2, which it did
    // not exist throughout), Q4 none; D's Q1 and Q2 had 3 each, its Q3 is not whole.
    auto types = county.ledger->activityTypes();
    REQUIRE(types.ok());
    for (ActivityType type : types.value()) {
        if (type.name != QStringLiteral("支部委员会"))
            continue;
        type.dutyPeriod = DutyPeriod::Quarter;
        type.dutyMinimum = 3;
        REQUIRE(county.ledger->updateActivityType(type).ok());
    }
    QStringList committee;
    for (const QString &line :
         county.shortfalls(county.tree.committee, Period::year(2023), QDate(2023, 12, 31))) {
        if (line.contains(QStringLiteral("支部委员会")))
            committee << line;
    }
    CHECK(committee == QStringList{QStringLiteral("市医院第一党支部|支部委员会|2023-Q3|2/3"),
                                   QStringLiteral("市医院第三党支部|支部委员会|2023-Q3|1/3"),
                                   QStringLiteral("市医院第三党支部|支部委员会|2023-Q4|0/3")});
}

TEST_CASE("The summary paragraph of the committee's year, whole", "[statistics][annualsummary]")
{
    County county;
    const auto paragraph = AnnualSummary::write(*county.ledger, county.tree.committee, 2023);
    INFO(text(paragraph.error()));
    REQUIRE(paragraph.ok());
    // 6 of 7 = 85.7%; 5,162,395 fen = 51,623.95 yuan = 5.16万.
    CHECK(
        text(paragraph.value()) ==
        text(QStringLiteral("2023年，市医院党委所属各党支部共召开支部党员大会8次、支部委员会31次、"
                            "党小组会10次，开展党课8次、主题党日1次、义诊1次、结对帮扶2次，6名党员"
                            "参加活动（占在册党员的85.7%）；服务群众340人次，解决实际问题5件，结对"
                            "帮扶15户，落实帮扶资金5.16万元。")));
    // A branch speaks for itself; a year without records says so.
    const auto g = AnnualSummary::write(*county.ledger, county.tree.group, 2023);
    REQUIRE(g.ok());
    CHECK(text(g.value()) ==
          text(QStringLiteral("2023年，第一党小组共召开党小组会10次，1名党员参加活动（占在册党员的"
                              "100%）。")));
    const auto empty = AnnualSummary::write(*county.ledger, county.tree.branchB, 2021);
    REQUIRE(empty.ok());
    CHECK(text(empty.value()) ==
          text(QStringLiteral("2021年，市医院第二党支部未记录党组织活动。")));
}

// Not run by default: times the statistics of a large ledger named by
// PARTYLEDGER_STATS_BENCH (`partyledger generate big.pldb --members 100000 --activities 1000000`).
TEST_CASE("Statistics of a large ledger, timed", "[.][statsbench]")
{
    const QString path = qEnvironmentVariable("PARTYLEDGER_STATS_BENCH");
    if (path.isEmpty()) {
        WARN("set PARTYLEDGER_STATS_BENCH to a large ledger");
        return;
    }
    auto opened = Ledger::open(path, Ledger::Access::ReadOnly);
    INFO(text(opened.error()));
    REQUIRE(opened.ok());
    Ledger &ledger = *opened.value();
    const int year = qEnvironmentVariableIntValue("PARTYLEDGER_STATS_YEAR");
    const Period period = Period::year(year > 0 ? year : QDate::currentDate().year() - 1);
    // Wall time, and processor time, which another busy process on the machine disturbs less.
    const auto cpuMs = [] {
        return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
    };
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        qint64 cpu = cpuMs();
        const auto statistics = ledger.activityStatistics(0, period);
        const qint64 statisticsMs = timer.restart(), statisticsCpu = cpuMs() - cpu;
        cpu = cpuMs();
        const auto shortfalls = ledger.dutyShortfalls(0, period, period.last);
        const qint64 shortfallsMs = timer.restart(), shortfallsCpu = cpuMs() - cpu;
        cpu = cpuMs();
        const auto months = ledger.activitiesPerMonth(0, period.first.year());
        const qint64 monthsMs = timer.elapsed(), monthsCpu = cpuMs() - cpu;
        REQUIRE(statistics.ok());
        REQUIRE(shortfalls.ok());
        REQUIRE(months.ok());
        WARN(text(QStringLiteral("%1: %2 activities, %3 participants of %4 on the roll; "
                                 "statistics %5 ms (cpu %6), shortfalls (%7) %8 ms (cpu %9), "
                                 "per month %10 ms (cpu %11)")
                      .arg(period.code())
                      .arg(statistics->activities)
                      .arg(statistics->participants)
                      .arg(statistics->membersOnRoll)
                      .arg(statisticsMs)
                      .arg(statisticsCpu)
                      .arg(shortfalls->size())
                      .arg(shortfallsMs)
                      .arg(shortfallsCpu)
                      .arg(monthsMs)
                      .arg(monthsCpu)));
    }
}
