#include "memberfilter.h"

#include <catch2/catch.hpp>

using namespace PartyLedger;

namespace {
MemberSearchText textOf(const QString &name, const QString &unit, const QString &post)
{
    return MemberSearchText::of(name, unit, post + QStringLiteral(" 书记"));
}
} // namespace

TEST_CASE("The search matches name, pinyin, unit and post, every word", "[filter]")
{
    const MemberSearchText cai =
        textOf(QStringLiteral("蔡良友"), QStringLiteral("市卫健局"), QStringLiteral("办公室主任"));
    const MemberSearchText chen =
        textOf(QStringLiteral("陈英贤"), QStringLiteral("市医院"), QStringLiteral("医务科副科长"));
    MemberFilter filter;
    const auto shows = [&](const QString &query, const MemberSearchText &text) {
        filter.setQuery(query);
        return filter.matches(text);
    };
    CHECK(shows(QString(), cai));
    CHECK(shows(QStringLiteral("cly"), cai));
    CHECK_FALSE(shows(QStringLiteral("cly"), chen));
    CHECK(shows(QStringLiteral("cailiangyou"), cai));
    CHECK(shows(QStringLiteral("CaiLiang"), cai));
    CHECK(shows(QStringLiteral("良友"), cai));
    CHECK(shows(QStringLiteral("卫健局"), cai));
    CHECK(shows(QStringLiteral("科长"), chen));
    CHECK(shows(QStringLiteral("书记"), chen));
    CHECK(shows(QStringLiteral("市医院 cyx"), chen));
    CHECK_FALSE(shows(QStringLiteral("市医院 cly"), cai));
    CHECK(shows(QStringLiteral("  cly\u3000"), cai)); // full-width space from a Chinese IME
}

TEST_CASE("The scope keeps only the chosen organizations", "[filter]")
{
    const MemberSearchText text =
        textOf(QStringLiteral("蔡良友"), QStringLiteral("市卫健局"), QString());
    MemberFilter filter;
    CHECK(filter.accepts(7, text));
    filter.setScope({1, 2});
    CHECK_FALSE(filter.accepts(7, text));
    CHECK(filter.accepts(2, text));
    filter.setScope({});
    CHECK_FALSE(filter.accepts(2, text));
    filter.clearScope();
    CHECK(filter.accepts(7, text));
}
