#include "ledger.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
struct Dashboard {
    QTemporaryDir dir;
    std::unique_ptr<Ledger> ledger;
    SmallTree tree;
    Dashboard()
    {
        ledger = createLedger(dir.filePath(QStringLiteral("d.pldb")));
        tree = addSmallTree(*ledger);
    }
    qint64 add(qint64 orgId, const QString &name, Gender gender, QDate birth, QDate joined,
               const QString &education, MemberStatus status = MemberStatus::Active)
    {
        Member m = validMember(orgId, name);
        m.idNumber.clear(); // the validator then takes birth date and gender as given
        m.gender = gender;
        m.birthDate = birth;
        m.joinDate = joined;
        m.confirmDate = joined.addYears(1);
        m.applicationDate = m.activistDate = m.candidateDate = QDate();
        m.education = education;
        m.status = status;
        m.partyPosts.clear();
        return ledger->addMember(m).value();
    }
};
} // namespace

TEST_CASE("The member structure counts the roll of a subtree on a day", "[dashboard]")
{
    Dashboard d;
    const QDate day(2026, 6, 30);
    // Ages on 2026-06-30: 30 (birthday not yet reached: born 1995-07-01), 31, 45, 61.
    d.add(d.tree.branchA, QStringLiteral("甲"), Gender::Male, QDate(1995, 7, 1), QDate(2018, 7, 1),
          QStringLiteral("大学本科"));
    d.add(d.tree.branchA, QStringLiteral("乙"), Gender::Female, QDate(1995, 6, 30),
          QDate(2019, 7, 1), QStringLiteral("大学本科"));
    d.add(d.tree.group, QStringLiteral("丙"), Gender::Female, QDate(1981, 1, 1), QDate(2010, 7, 1),
          QStringLiteral("研究生"));
    d.add(d.tree.branchB, QStringLiteral("丁"), Gender::Male, QDate(1965, 1, 1), QDate(1990, 7, 1),
          QStringLiteral("大学本科"), MemberStatus::Retired);
    // Off the roll: counted nowhere in the structure, but in the years people joined.
    d.add(d.tree.branchB, QStringLiteral("戊"), Gender::Male, QDate(1970, 1, 1), QDate(2010, 3, 1),
          QString(), MemberStatus::Deceased);

    const MemberStructure all = d.ledger->memberStructure(0, day).value();
    CHECK(all.total() == 4);
    CHECK(all.male == 2);
    CHECK(all.female == 2);
    CHECK(all.ageBands.at(0) == std::pair(QStringLiteral("30 and under"), 1));
    CHECK(all.ageBands.at(1) == std::pair(QStringLiteral("31-40"), 1));
    CHECK(all.ageBands.at(2) == std::pair(QStringLiteral("41-50"), 1));
    CHECK(all.ageBands.at(3) == std::pair(QStringLiteral("51-60"), 0));
    CHECK(all.ageBands.at(4) == std::pair(QStringLiteral("61 and over"), 1));
    CHECK(all.ageBands.size() == 5); // no "missing" band when every birth date is there
    CHECK(all.education.first() == std::pair(QStringLiteral("大学本科"), 3));
    CHECK(all.full == 4);
    CHECK(all.retirees == 1);

    // Branch B's subtree holds its group: 丙 and the retired 丁.
    const MemberStructure b = d.ledger->memberStructure(d.tree.branchB, day).value();
    CHECK(b.total() == 2);
    CHECK(b.female == 1);
    CHECK(b.retirees == 1);

    const QList<YearCount> years =
        d.ledger->memberStructure(d.tree.committee, QDate::currentDate()).value().joinedPerYear;
    REQUIRE(years.size() == 4);
    CHECK(years.at(0).year == 1990);
    CHECK(years.at(1).year == 2010);
    CHECK(years.at(1).count == 2); // 丙 and 戊
}

TEST_CASE("Honors per level and year count the subtree's people and organizations", "[dashboard]")
{
    Dashboard d;
    const qint64 a = d.add(d.tree.branchA, QStringLiteral("甲"), Gender::Male, QDate(1980, 1, 1),
                           QDate(2005, 7, 1), QString());
    const qint64 b = d.add(d.tree.branchB, QStringLiteral("乙"), Gender::Male, QDate(1980, 1, 1),
                           QDate(2005, 7, 1), QString());
    Award award;
    award.title = QStringLiteral("表彰决定");
    award.date = QDate(2021, 6, 28);
    award.level = AwardLevel::County;
    const qint64 awardId = d.ledger->addAward(award).value();
    const qint64 people =
        d.ledger
            ->addCategory(awardId, 0,
                          {0, QStringLiteral("优秀共产党员"), RecipientKind::Person, {}})
            .value();
    const qint64 orgs =
        d.ledger
            ->addCategory(awardId, 1,
                          {0, QStringLiteral("先进基层党组织"), RecipientKind::Organization, {}})
            .value();
    d.ledger->addRecipient(people, 0, {0, a, 0, QStringLiteral("甲"), {}}).value();
    d.ledger->addRecipient(people, 1, {0, b, 0, QStringLiteral("乙"), {}}).value();
    d.ledger->addRecipient(people, 2, {0, 0, 0, QStringLiteral("局外人"), {}}).value();
    d.ledger->addRecipient(orgs, 0, {0, 0, d.tree.branchA, QStringLiteral("第一党支部"), {}})
        .value();

    const QList<HonorCount> branchA = d.ledger->honorsPerLevelAndYear(d.tree.branchA).value();
    REQUIRE(branchA.size() == 1);
    CHECK(branchA.first().year == 2021);
    CHECK(branchA.first().level == AwardLevel::County);
    CHECK(branchA.first().count == 2); // 甲 and the branch itself
    CHECK(d.ledger->honorsPerLevelAndYear(d.tree.committee).value().first().count == 3);
    CHECK(d.ledger->honorsPerLevelAndYear(0).value().first().count == 4); // 局外人 too
}

TEST_CASE("Activities per month carry the sums the year's statistics give", "[dashboard]")
{
    QTemporaryDir dir;
    auto ledger = Ledger::open(writeDemo(dir));
    REQUIRE(ledger.ok());
    // The dashboard's totals come from the months; they must equal the year's statistics.
    const ActivityStatistics year =
        ledger.value()->activityStatistics(0, Period::year(2025)).value();
    int activities = 0;
    ServiceFigures sums;
    for (const MonthlyTypeCount &c : ledger.value()->activitiesPerMonth(0, 2025).value()) {
        activities += c.count;
        sums.peopleServed += c.figures.peopleServed;
        sums.problemsSolved += c.figures.problemsSolved;
        sums.households += c.figures.households;
        sums.fundsFen += c.figures.fundsFen;
        sums.hours += c.figures.hours;
    }
    REQUIRE(year.activities > 0);
    CHECK(activities == year.activities);
    CHECK(sums.peopleServed == year.figures.peopleServed);
    CHECK(sums.households == year.figures.households);
    CHECK(sums.fundsFen == year.figures.fundsFen);
    CHECK(sums.hours == Approx(year.figures.hours));
}
