#include "dateinput.h"

#include <catch2/catch.hpp>

using namespace PartyLedger;

TEST_CASE("Dates are read in the shapes office staff type them", "[dateinput]")
{
    const QDate july1(2021, 7, 1);
    for (const char *text :
         {"2021-07-01", "2021-7-1", "2021/7/1", "2021.07.01", "20210701", "2021年7月1日",
          " 2021 年 7 月 1 日 ", "2021.07", "2021年7月", "202107"})
        CHECK(DateInput::parse(QString::fromUtf8(text)) == july1);
    CHECK(DateInput::parse(QString()) == QDate());
    CHECK(DateInput::parse(QStringLiteral("   ")) == QDate());
}

TEST_CASE("Text that is no date is told apart from an empty field", "[dateinput]")
{
    for (const char *text :
         {"2021-02-30", "2021-13-01", "July 2021", "21-7-1", "2021-07-01x", "二〇二一年"})
        CHECK_FALSE(DateInput::parse(QString::fromUtf8(text)));
    CHECK(DateInput::format(QDate(2021, 7, 1)) == QStringLiteral("2021-07-01"));
    CHECK(DateInput::format(QDate()).isEmpty());
}
