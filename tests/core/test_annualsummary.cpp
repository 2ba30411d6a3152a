#include "annualsummary.h"

#include <catch2/catch.hpp>

using namespace PartyLedger;

namespace {

std::string text(const QString &s)
{
    return s.toStdString();
}

ActivityStatistics statistics(const QList<std::pair<const char *, int>> &types)
{
    ActivityStatistics s;
    qint64 id = 0;
    for (const auto &[name, count] : types) {
        s.types.append({++id, QString::fromUtf8(name), count});
        s.activities += count;
    }
    return s;
}

} // namespace

TEST_CASE("The annual paragraph of a committee, whole", "[annualsummary]")
{
    ActivityStatistics s = statistics({{"支部党员大会", 4},
                                       {"支部委员会", 12},
                                       {"党课", 4},
                                       {"主题党日", 12},
                                       {"志愿服务", 3},
                                       {"义诊", 2},
                                       {"结对帮扶", 5}});
    s.participants = 45;
    s.membersOnRoll = 50;
    s.figures.peopleServed = 1530;
    s.figures.problemsSolved = 26;
    s.figures.households = 13;
    s.figures.fundsFen = 5'000'000; // 50,000 yuan
    s.figures.hours = 96.5;         // not reported
    // Meetings (…会) are 召开, the rest 开展, each in the type order; 45 of 50 = 90%.
    CHECK(
        text(AnnualSummary::write(QStringLiteral("市医院党委"), OrgKind::Committee, 2023, s)) ==
        text(QStringLiteral("2023年，市医院党委所属各党支部共召开支部党员大会4次、支部委员会12次，"
                            "开展党课4次、主题党日12次、志愿服务3次、义诊2次、结对帮扶5次，45名党员"
                            "参加活动（占在册党员的90%）；服务群众1530人次，解决实际问题26件，结对"
                            "帮扶13户，落实帮扶资金5万元。")));
}

TEST_CASE("The annual paragraph leaves out what did not happen", "[annualsummary]")
{
    // A branch speaks for itself; a type listed with no activity and zero figures are left out;
    // head counts only (no one listed) give no participants clause.
    ActivityStatistics s = statistics({{"支部委员会", 0}, {"党课", 4}, {"主题党日", 12}});
    CHECK(
        text(AnnualSummary::write(QStringLiteral("市医院第一党支部"), OrgKind::Branch, 2022, s)) ==
        text(QStringLiteral("2022年，市医院第一党支部共开展党课4次、主题党日12次。")));

    // Meetings only; participants with nobody on the roll give no rate; 2 of 3 = 66.7%.
    ActivityStatistics meetings = statistics({{"组织生活会", 1}, {"民主生活会", 1}});
    meetings.participants = 3;
    CHECK(text(AnnualSummary::write(QStringLiteral("卫健局党总支"), OrgKind::GeneralBranch, 2023,
                                    meetings)) ==
          text(QStringLiteral("2023年，卫健局党总支所属各党支部共召开组织生活会1次、民主生活会1次，"
                              "3名党员参加活动。")));
    meetings.membersOnRoll = 3;
    meetings.participants = 2;
    CHECK(
        text(AnnualSummary::write(QStringLiteral("第一党小组"), OrgKind::Group, 2023, meetings)) ==
        text(QStringLiteral("2023年，第一党小组共召开组织生活会1次、民主生活会1次，2名党员参加活动"
                            "（占在册党员的66.7%）。")));

    // Nothing at all.
    CHECK(text(AnnualSummary::write(QStringLiteral("市医院党委"), OrgKind::Committee, 2024,
                                    ActivityStatistics{})) ==
          text(QStringLiteral("2024年，市医院党委所属各党支部未记录党组织活动。")));

    // Service figures without households: only what is there.
    ActivityStatistics clinic = statistics({{"义诊", 3}});
    clinic.figures.peopleServed = 10250;
    clinic.figures.fundsFen = 123'456;
    CHECK(text(AnnualSummary::write(QStringLiteral("市医院第二党支部"), OrgKind::Branch, 2023,
                                    clinic)) ==
          text(QStringLiteral("2023年，市医院第二党支部共开展义诊3次；服务群众10250人次，落实帮扶资"
                              "金1234.56元。")));
}

TEST_CASE("Funds: 万元 from 10,000 yuan with at most two decimals, else 元 to the fen",
          "[annualsummary]")
{
    CHECK(text(AnnualSummary::money(100)) == text(QStringLiteral("1元")));
    CHECK(text(AnnualSummary::money(150'050)) == text(QStringLiteral("1500.5元")));
    CHECK(text(AnnualSummary::money(999'999)) == text(QStringLiteral("9999.99元")));
    CHECK(text(AnnualSummary::money(1'000'000)) == text(QStringLiteral("1万元")));
    CHECK(text(AnnualSummary::money(1'050'000)) == text(QStringLiteral("1.05万元")));
    CHECK(text(AnnualSummary::money(1'100'000)) == text(QStringLiteral("1.1万元")));
    // 50,123.45 yuan rounds to 5.01万; 51,650 yuan to 5.17万 (half up); 1,234,567.89 yuan.
    CHECK(text(AnnualSummary::money(5'012'345)) == text(QStringLiteral("5.01万元")));
    CHECK(text(AnnualSummary::money(5'165'000)) == text(QStringLiteral("5.17万元")));
    CHECK(text(AnnualSummary::money(123'456'789)) == text(QStringLiteral("123.46万元")));
    CHECK(text(AnnualSummary::money(99'999'999)) == text(QStringLiteral("100万元")));
}

TEST_CASE("Without a kind, the name tells whether the paragraph speaks for 所属各党支部",
          "[annualsummary]")
{
    for (const char *name : {"市医院党委", "中共晋江市医院委员会", "机关委员会", "卫健局党总支",
                             "中共晋江市医院内科总支部委员会"})
        CHECK(AnnualSummary::kindFromName(QString::fromUtf8(name)) != OrgKind::Branch);
    for (const char *name : {"市医院第二党支部", "中共晋江市医院第二支部委员会", "方舱临时党支部",
                             "第一党小组", "晋江市医院"})
        CHECK((AnnualSummary::kindFromName(QString::fromUtf8(name)) == OrgKind::Branch ||
               AnnualSummary::kindFromName(QString::fromUtf8(name)) == OrgKind::Group));
    const ActivityStatistics nothing;
    CHECK(
        text(AnnualSummary::write(QStringLiteral("中共晋江市医院第二支部委员会"), 2023, nothing)) ==
        text(QStringLiteral("2023年，中共晋江市医院第二支部委员会未记录党组织活动。")));
    CHECK(text(AnnualSummary::write(QStringLiteral("中共晋江市医院委员会"), 2023, nothing)) ==
          text(QStringLiteral("2023年，中共晋江市医院委员会所属各党支部未记录党组织活动。")));
}
