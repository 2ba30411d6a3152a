#include <catch2/catch.hpp>

#include "idnumber.h"

#include <QString>

using namespace PartyLedger;

// Check digits below were worked out beforehand with the GB 11643-1999 weights, not by the
// code under test. A fixed day keeps ages and "future" stable.
namespace {

const QDate Today(2025, 6, 1);

QString q(const char16_t *text)
{
    return QString::fromUtf16(text);
}

struct Valid {
    const char16_t *text;
    QDate birth;
    Gender gender;
    const char *region;
};

struct Invalid {
    const char16_t *text;
    const char *messagePart; // the part of the sentence that says what is wrong
};

} // namespace

TEST_CASE("IdNumber normalizes what clerks paste", "[idnumber]")
{
    REQUIRE(IdNumber::normalized(q(u"  350582199001011231\t")) == q(u"350582199001011231"));
    // U+3000, the full-width space, and full-width digits from a Chinese input method.
    REQUIRE(IdNumber::normalized(q(u"\u3000３５０５８２１９９００１０１１２３１\u3000")) ==
            q(u"350582199001011231"));
    REQUIRE(IdNumber::normalized(q(u"11010519491231002x")) == q(u"11010519491231002X"));
    REQUIRE(IdNumber::normalized(q(u"11010519491231002Ｘ")) == q(u"11010519491231002X"));
    REQUIRE(IdNumber::normalized(q(u"11010519491231002ｘ")) == q(u"11010519491231002X"));
    REQUIRE(IdNumber::normalized(q(u"\uFEFF350582199001011231\u200B")) == q(u"350582199001011231"));
    // Only the ends are trimmed: a space inside stays and is refused later.
    REQUIRE(IdNumber::normalized(q(u"350582 199001011231")) == q(u"350582 199001011231"));
    REQUIRE(IdNumber::normalized(QString()).isEmpty());
}

TEST_CASE("IdNumber computes the GB 11643 check digit", "[idnumber]")
{
    REQUIRE(IdNumber::checkDigit(u"35058219900101123") == QLatin1Char('1'));
    REQUIRE(IdNumber::checkDigit(u"11010519491231002") == QLatin1Char('X'));
    REQUIRE(IdNumber::checkDigit(u"42010619930817662") == QLatin1Char('0'));
    REQUIRE(IdNumber::checkDigit(u"44052418800101001") == QLatin1Char('4'));
    REQUIRE(IdNumber::checkDigit(u"35058219700101234") == QLatin1Char('X'));
    REQUIRE(IdNumber::checkDigit(u"3505821990010112").isNull());   // 16 digits
    REQUIRE(IdNumber::checkDigit(u"350582199001011231").isNull()); // 18 digits
    REQUIRE(IdNumber::checkDigit(u"3505821990A101123").isNull());
    REQUIRE(IdNumber::checkDigit(u"３５０５８２１９９００１０１１２３").isNull());
    REQUIRE(IdNumber::checkDigit(QStringView()).isNull());
}

TEST_CASE("IdNumber accepts valid numbers and decodes them", "[idnumber]")
{
    const Valid cases[] = {
        {u"350582199001011231", QDate(1990, 1, 1), Gender::Male, "350582"},
        {u"11010519491231002X", QDate(1949, 12, 31), Gender::Female, "110105"},
        {u"11010519491231002x", QDate(1949, 12, 31), Gender::Female, "110105"},
        {u"11010519491231002Ｘ", QDate(1949, 12, 31), Gender::Female, "110105"},
        {u"３５０５８２１９９００１０１１２３１", QDate(1990, 1, 1), Gender::Male, "350582"},
        {u"\u3000350582199001011231 ", QDate(1990, 1, 1), Gender::Male, "350582"},
        {u"440305198506150871", QDate(1985, 6, 15), Gender::Male, "440305"},
        {u"310104197802282018", QDate(1978, 2, 28), Gender::Male, "310104"},
        {u"500103200002293011", QDate(2000, 2, 29), Gender::Male, "500103"}, // leap day
        {u"650102196207044032", QDate(1962, 7, 4), Gender::Male, "650102"},
        {u"810000198811111116", QDate(1988, 11, 11), Gender::Male, "810000"},  // Hong Kong
        {u"710000197505055058", QDate(1975, 5, 5), Gender::Male, "710000"},    // Taiwan
        {u"820000199909090903", QDate(1999, 9, 9), Gender::Female, "820000"},  // Macao
        {u"420106199308176620", QDate(1993, 8, 17), Gender::Female, "420106"}, // check digit 0
        {u"35058219850715100X", QDate(1985, 7, 15), Gender::Female, "350582"},
        {u"11010119680315106X", QDate(1968, 3, 15), Gender::Female, "110101"},
        {u"44010620010215103X", QDate(2001, 2, 15), Gender::Male, "440106"},
        {u"35058219700101234X", QDate(1970, 1, 1), Gender::Female, "350582"},
        {u"610103196610010122", QDate(1966, 10, 1), Gender::Female, "610103"},
        {u"460106198812123459", QDate(1988, 12, 12), Gender::Male, "460106"},
        {u"150102198008088885", QDate(1980, 8, 8), Gender::Female, "150102"},
        {u"230102199201012342", QDate(1992, 1, 1), Gender::Female, "230102"},
        {u"530102195601013435", QDate(1956, 1, 1), Gender::Male, "530102"},
        {u"350582199411300079", QDate(1994, 11, 30), Gender::Male, "350582"},
        {u"350582201106011238", QDate(2011, 6, 1), Gender::Male, "350582"}, // 14 today
        {u"350582190406021234", QDate(1904, 6, 2), Gender::Male, "350582"}, // 120 today
    };
    for (const Valid &c : cases) {
        const QString text = q(c.text);
        INFO(text.toStdString());
        const Result<IdNumberInfo> info = IdNumber::parse(text, Today);
        INFO(info.error().toStdString());
        REQUIRE(info.ok());
        REQUIRE(info->birthDate == c.birth);
        REQUIRE(info->gender == c.gender);
        REQUIRE(info->regionCode == QLatin1String(c.region));
    }
}

TEST_CASE("IdNumber refuses malformed and implausible numbers", "[idnumber]")
{
    const Invalid cases[] = {
        {u"", "is empty"},
        {u" \u3000 ", "is empty"},
        // What Excel shows, and what it writes out, for an 18-digit number in a number cell.
        {u"3.50582E+17", "stored by a spreadsheet as a number"},
        {u"3.50582199001011e+17", "stored by a spreadsheet as a number"},
        {u"3.50582E17", "stored by a spreadsheet as a number"},
        {u"350582199001011231.0", "stored by a spreadsheet as a number"},
        {u"350582199001011000", "ends in 000"},
        {u"350582900101123", "old 15-digit form"},
        {u"3505821990010112310", "must have 18 characters, not 19."},
        {u"35058219900101123", "must have 18 characters, not 17."},
        {u"35058219900A011231", "only digits, with X as the last character"},
        {u"3505821990X1011231", "only digits, with X as the last character"},
        {u"350582 99001011231", "only digits, with X as the last character"},
        {u"35058219900101123Y", "only digits, with X as the last character"},
        {u"350582190002291238", "birth date 1900-02-29, which is not a real date"},
        {u"350582199902311231", "birth date 1999-02-31, which is not a real date"},
        {u"350582199013011239", "birth date 1990-13-01, which is not a real date"},
        {u"440524188001010014", "birth date 1880-01-01, which is before 1900"},
        {u"35058220260101123X", "birth date 2026-01-01, which is in the future"},
        {u"990101199001011230", "region code 990101 is not a Chinese region"},
        {u"000101199001011231", "region code 000101 is not a Chinese region"},
        {u"720101199001011230", "region code 720101 is not a Chinese region"},
        {u"830101199001011236", "region code 830101 is not a Chinese region"},
        {u"350582201703151239", "age of 8, which is not plausible"},
        {u"350582201106021233", "age of 13, which is not plausible"},
        {u"350582190406011239", "age of 121, which is not plausible"},
        {u"350582199001011232", "should be 1, not 2"},
        {u"110105194912310020", "should be X, not 0"},
        {u"420106199308176628", "should be 0, not 8"},
        {u"35058219900101123X", "should be 1, not X"},
    };
    for (const Invalid &c : cases) {
        const QString text = q(c.text);
        INFO(text.toStdString());
        const Result<IdNumberInfo> info = IdNumber::parse(text, Today);
        REQUIRE_FALSE(info.ok());
        INFO(info.error().toStdString());
        REQUIRE(info.error().startsWith(QLatin1String("ID number")));
        REQUIRE(info.error().contains(QLatin1String(c.messagePart)));
    }
}

TEST_CASE("IdNumber messages explain what to do", "[idnumber]")
{
    SECTION("spreadsheet numbers: the last digits are lost")
    {
        const auto info = IdNumber::parse(q(u"3.50582E+17"), Today);
        REQUIRE_FALSE(info.ok());
        REQUIRE(info.error().contains(QLatin1String("last digits are lost")));
    }
    SECTION("old numbers: convert to 18 digits")
    {
        const auto info = IdNumber::parse(q(u"350582900101123"), Today);
        REQUIRE_FALSE(info.ok());
        REQUIRE(info.error().contains(QLatin1String("18-digit")));
    }
    SECTION("check digit: the sentence names the expected and the found character")
    {
        const auto info = IdNumber::parse(q(u"350582199001011239"), Today);
        REQUIRE_FALSE(info.ok());
        REQUIRE(info.error() == QLatin1String("ID number's check digit (its last character) should "
                                              "be 1, not 9; look for a mistyped digit."));
    }
    SECTION("the whole number is never echoed: it is personal information")
    {
        const auto info = IdNumber::parse(q(u"350582199001011239"), Today);
        REQUIRE_FALSE(info.error().contains(QLatin1String("350582199001011239")));
    }
}

TEST_CASE("IdNumber judges age and the future against the given day", "[idnumber]")
{
    const QString text = q(u"350582201106011238"); // born 2011-06-01
    REQUIRE(IdNumber::parse(text, QDate(2025, 6, 1)).ok());
    REQUIRE_FALSE(IdNumber::parse(text, QDate(2025, 5, 31)).ok()); // 13 the day before
    REQUIRE_FALSE(IdNumber::parse(text, QDate(2011, 5, 31)).ok()); // not born yet
    // Without a day, today: someone born in 1990 is a plausible adult for many years to come.
    REQUIRE(IdNumber::parse(q(u"350582199001011231")).ok());
}
