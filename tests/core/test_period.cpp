#include "activity.h"
#include "period.h"

#include <catch2/catch.hpp>

using namespace PartyLedger;

TEST_CASE("Periods know their days and their names", "[period]")
{
    const Period q1 = Period::quarter(2024, 1);
    CHECK(q1.first == QDate(2024, 1, 1));
    CHECK(q1.last == QDate(2024, 3, 31));
    CHECK(q1.contains(QDate(2024, 3, 31)));
    CHECK_FALSE(q1.contains(QDate(2024, 4, 1)));
    CHECK(Period::month(2024, 2).last == QDate(2024, 2, 29)); // a leap year
    CHECK(Period::year(2023).code() == QStringLiteral("2023"));
    CHECK(Period::quarter(2023, 4).code() == QStringLiteral("2023-Q4"));
    CHECK(Period::month(2023, 7).code() == QStringLiteral("2023-07"));

    // A range from mid-February to mid-May covers four months and two quarters.
    const Period range = Period::range(QDate(2024, 2, 15), QDate(2024, 5, 10));
    const QList<Period> months = range.split(Period::Kind::Month);
    REQUIRE(months.size() == 4);
    CHECK(months.first() == Period::month(2024, 2));
    CHECK(months.last() == Period::month(2024, 5));
    CHECK(range.split(Period::Kind::Quarter) ==
          QList<Period>{Period::quarter(2024, 1), Period::quarter(2024, 2)});
    CHECK(Period::year(2024).split(Period::Kind::Quarter).size() == 4);
}

TEST_CASE("Yuan are read and written exact to the fen", "[period]")
{
    CHECK(ActivityVocabulary::yuan(120050) == QStringLiteral("1,200.50"));
    CHECK(ActivityVocabulary::yuan(5) == QStringLiteral("0.05"));
    CHECK(ActivityVocabulary::yuan(123456789) == QStringLiteral("1,234,567.89"));
    CHECK(ActivityVocabulary::fenFromYuan(QStringLiteral("1,200.5")) == 120050);
    CHECK(ActivityVocabulary::fenFromYuan(QStringLiteral("0.1")) == 10);
    CHECK(ActivityVocabulary::fenFromYuan(QStringLiteral("50000元")) == 5000000);
    CHECK(ActivityVocabulary::fenFromYuan(QStringLiteral("１２")) == std::nullopt);
    for (const char *bad : {"12.345", "-5", "abc", "", "1e5"})
        CHECK_FALSE(ActivityVocabulary::fenFromYuan(QString::fromUtf8(bad)));
}
