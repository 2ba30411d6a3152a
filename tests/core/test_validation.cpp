#include <catch2/catch.hpp>

#include "validation.h"

#include <QStringList>

using namespace PartyLedger;

namespace {

const QDate Today(2025, 6, 1);

// A full member with every field filled in and in order; each section breaks one rule.
Member cleanMember()
{
    Member m;
    m.name = QStringLiteral("蔡良友");
    m.gender = Gender::Male;
    m.birthDate = QDate(1990, 1, 1);
    m.idNumber = QStringLiteral("350582199001011231"); // check digit 1, worked out by hand
    m.orgId = 7;
    m.category = MemberCategory::Full;
    m.applicationDate = QDate(2010, 3, 1);
    m.activistDate = QDate(2010, 9, 1);
    m.candidateDate = QDate(2011, 6, 1);
    m.joinDate = QDate(2012, 7, 1);
    m.confirmDate = QDate(2013, 7, 1);
    m.phone = QStringLiteral("138 0595 1234");
    return m;
}

QStringList fieldsOf(const QList<FieldProblem> &problems)
{
    QStringList fields;
    for (const FieldProblem &p : problems)
        fields.append(p.field);
    return fields;
}

std::string describe(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines.append(p.field + QStringLiteral(": ") + p.message);
    return lines.join(u'\n').toStdString();
}

// The record has exactly one problem, on the given field; returns its message.
QString onlyProblem(const Member &m, const char *field)
{
    const QList<FieldProblem> problems = MemberValidator::validate(m, Today);
    INFO(describe(problems));
    REQUIRE(problems.size() == 1);
    REQUIRE(problems.front().field == QLatin1String(field));
    return problems.front().message;
}

void requireClean(const Member &m)
{
    const QList<FieldProblem> problems = MemberValidator::validate(m, Today);
    INFO(describe(problems));
    REQUIRE(problems.isEmpty());
}

} // namespace

TEST_CASE("MemberValidator accepts clean records", "[validation]")
{
    SECTION("every field filled in")
    {
        requireClean(cleanMember());
    }
    SECTION("only what is required: no ID number, phone or pipeline dates")
    {
        Member m;
        m.name = QStringLiteral("林秀英");
        m.orgId = 3;
        m.joinDate = QDate(1985, 7, 1);
        requireClean(m);
    }
    SECTION("a probationary member without a confirmation date")
    {
        Member m = cleanMember();
        m.category = MemberCategory::Probationary;
        m.joinDate = QDate(2024, 12, 1);
        m.confirmDate = QDate();
        requireClean(m);
    }
    SECTION("an ID number without birth date or gender: nothing to compare")
    {
        Member m = cleanMember();
        m.birthDate = QDate();
        m.gender = Gender::Unknown;
        requireClean(m);
    }
}

TEST_CASE("MemberValidator checks the name", "[validation]")
{
    Member m = cleanMember();
    SECTION("required")
    {
        m.name.clear();
        REQUIRE(onlyProblem(m, "name") == QLatin1String("Name is required."));
    }
    SECTION("white space alone, full-width too, is no name")
    {
        m.name = QStringLiteral(" \u3000 ");
        onlyProblem(m, "name");
    }
    SECTION("at most 50 characters")
    {
        m.name = QString(50, u'张');
        requireClean(m);
        m.name = QString(51, u'张');
        REQUIRE(onlyProblem(m, "name").contains(QLatin1String("at most 50 characters, not 51")));
    }
    SECTION("characters outside the BMP count once")
    {
        QString name;
        for (int i = 0; i < 50; ++i)
            name += QStringLiteral("\U00020BB7"); // 𠮷, two UTF-16 units
        m.name = name;
        requireClean(m);
    }
    SECTION("surrounding spaces do not count")
    {
        m.name = QStringLiteral("  ") + QString(50, u'李') + QStringLiteral("  ");
        requireClean(m);
    }
}

TEST_CASE("MemberValidator requires a branch", "[validation]")
{
    Member m = cleanMember();
    m.orgId = 0;
    REQUIRE(onlyProblem(m, "orgId").startsWith(QLatin1String("Branch")));
}

TEST_CASE("MemberValidator checks the ID number against the record", "[validation]")
{
    Member m = cleanMember();
    SECTION("not required")
    {
        m.idNumber.clear();
        requireClean(m);
        m.idNumber = QStringLiteral("  ");
        requireClean(m);
    }
    SECTION("when present it must parse; the message is the parser's")
    {
        m.idNumber = QStringLiteral("350582199001011232");
        REQUIRE(onlyProblem(m, "idNumber").contains(QLatin1String("should be 1, not 2")));
    }
    SECTION("a spreadsheet number is refused")
    {
        m.idNumber = QStringLiteral("3.50582E+17");
        onlyProblem(m, "idNumber");
    }
    SECTION("lower-case x and full-width digits are accepted")
    {
        m.idNumber = QStringLiteral("３５０５８２１９９００１０１１２３１");
        requireClean(m);
        m.idNumber = QStringLiteral("11010519491231002x"); // a woman born 1949-12-31
        m.gender = Gender::Female;
        m.birthDate = QDate(1949, 12, 31);
        m.applicationDate = m.activistDate = m.candidateDate = QDate();
        m.joinDate = QDate(1975, 7, 1);
        m.confirmDate = QDate(1976, 7, 1);
        requireClean(m);
    }
    SECTION("its birth date must equal the birth date")
    {
        m.birthDate = QDate(1990, 1, 2);
        const QString message = onlyProblem(m, "birthDate");
        REQUIRE(message.contains(QLatin1String("1990-01-02")));
        REQUIRE(message.contains(QLatin1String("1990-01-01")));
        REQUIRE(message.contains(QLatin1String("ID number")));
    }
    SECTION("its gender must match a known gender")
    {
        m.gender = Gender::Female;
        REQUIRE(onlyProblem(m, "gender").contains(QLatin1String("ID number")));
        m.gender = Gender::Unknown;
        requireClean(m);
        m.idNumber = QStringLiteral("420106199308176620"); // a woman's
        m.birthDate = QDate(1993, 8, 17);
        m.gender = Gender::Male;
        m.applicationDate = m.activistDate = m.candidateDate = QDate();
        m.joinDate = QDate(2015, 7, 1);
        m.confirmDate = QDate(2016, 7, 1);
        onlyProblem(m, "gender");
    }
}

TEST_CASE("MemberValidator keeps the birth date out of the future", "[validation]")
{
    Member m = cleanMember();
    m.idNumber.clear(); // the ID number would refuse it too
    m.birthDate = QDate(2025, 6, 2);
    const QList<FieldProblem> problems = MemberValidator::validate(m, Today);
    REQUIRE(fieldsOf(problems).contains(QStringLiteral("birthDate")));
    bool saysFuture = false;
    for (const FieldProblem &p : problems)
        saysFuture = saysFuture || (p.field == QLatin1String("birthDate") &&
                                    p.message == QLatin1String("Birth date 2025-06-02 is in the "
                                                               "future."));
    REQUIRE(saysFuture);
    m.birthDate = Today;
    m.applicationDate = m.activistDate = m.candidateDate = QDate();
    m.joinDate = m.confirmDate = QDate();
    m.category = MemberCategory::Probationary;
    // Born today is no birth date in the future, whatever else is wrong with the record.
    REQUIRE_FALSE(
        fieldsOf(MemberValidator::validate(m, Today)).contains(QStringLiteral("birthDate")));
}

TEST_CASE("MemberValidator keeps the joining pipeline in order", "[validation]")
{
    Member m = cleanMember();
    m.idNumber.clear(); // keep the birth date free to move
    SECTION("application after birth")
    {
        m.applicationDate = QDate(1989, 12, 31);
        REQUIRE(onlyProblem(m, "applicationDate") ==
                QLatin1String("Application date 1989-12-31 must be after the birth date "
                              "1990-01-01."));
    }
    SECTION("activist after application")
    {
        m.activistDate = QDate(2010, 2, 1);
        REQUIRE(onlyProblem(m, "activistDate") ==
                QLatin1String("Activist date 2010-02-01 must be after the application date "
                              "2010-03-01."));
    }
    SECTION("candidate after activist, not on the same day")
    {
        m.candidateDate = m.activistDate;
        REQUIRE(onlyProblem(m, "candidateDate") ==
                QLatin1String("Candidate date 2010-09-01 must be after the activist date "
                              "2010-09-01."));
    }
    SECTION("join after candidate")
    {
        m.joinDate = QDate(2011, 1, 1);
        m.confirmDate = QDate(2012, 1, 1);
        REQUIRE(onlyProblem(m, "joinDate") ==
                QLatin1String("Join date 2011-01-01 must be after the candidate date "
                              "2011-06-01."));
    }
    SECTION("missing steps are skipped: join is compared with the birth date")
    {
        m.applicationDate = m.activistDate = m.candidateDate = QDate();
        m.joinDate = QDate(1989, 1, 1);
        m.confirmDate = QDate(1990, 1, 1);
        const QString message = onlyProblem(m, "joinDate");
        REQUIRE(message == QLatin1String("Join date 1989-01-01 must be after the birth date "
                                         "1990-01-01."));
    }
    SECTION("missing steps are skipped: activist is compared with the birth date")
    {
        m.applicationDate = QDate();
        m.activistDate = QDate(1985, 1, 1);
        REQUIRE(onlyProblem(m, "activistDate").contains(QLatin1String("the birth date")));
    }
    SECTION("confirmation not before join; the same day is accepted")
    {
        m.confirmDate = QDate(2012, 6, 30);
        REQUIRE(onlyProblem(m, "confirmDate") ==
                QLatin1String("Confirmation date 2012-06-30 must not be before the join date "
                              "2012-07-01."));
        m.confirmDate = m.joinDate;
        requireClean(m);
    }
}

TEST_CASE("MemberValidator requires a join date", "[validation]")
{
    Member m = cleanMember();
    m.joinDate = QDate();
    m.confirmDate = QDate(); // a full member without join date: only the join date is missing
    REQUIRE(onlyProblem(m, "joinDate") == QLatin1String("Join date is required."));
}

TEST_CASE("MemberValidator requires an age of 18 at joining", "[validation]")
{
    Member m = cleanMember();
    m.idNumber.clear();
    m.applicationDate = m.activistDate = m.candidateDate = QDate();
    m.birthDate = QDate(1994, 7, 2);
    m.joinDate = QDate(2012, 7, 1); // the day before the 18th birthday
    m.confirmDate = QDate(2013, 7, 1);
    REQUIRE(onlyProblem(m, "joinDate").contains(QLatin1String("turned 18")));
    m.birthDate = QDate(1994, 7, 1); // 18 that very day
    requireClean(m);
}

TEST_CASE("MemberValidator checks the category against the confirmation", "[validation]")
{
    Member m = cleanMember();
    SECTION("a probationary member has no confirmation date")
    {
        m.category = MemberCategory::Probationary;
        REQUIRE(onlyProblem(m, "category").contains(QLatin1String("2013-07-01")));
    }
    SECTION("a full member who joined after 1990 needs one")
    {
        m.confirmDate = QDate();
        REQUIRE(onlyProblem(m, "confirmDate").startsWith(QLatin1String("Confirmation date")));
        m.applicationDate = m.activistDate = m.candidateDate = QDate();
        m.birthDate = QDate(1960, 1, 1);
        m.idNumber.clear();
        m.joinDate = QDate(1991, 1, 1);
        onlyProblem(m, "confirmDate");
    }
    SECTION("older records may lack it")
    {
        m.applicationDate = m.activistDate = m.candidateDate = QDate();
        m.birthDate = QDate(1960, 1, 1);
        m.idNumber.clear();
        m.confirmDate = QDate();
        m.joinDate = QDate(1990, 12, 31);
        requireClean(m);
        m.joinDate = QDate(1982, 7, 1);
        requireClean(m);
    }
}

TEST_CASE("MemberValidator keeps dates out of the future", "[validation]")
{
    Member m = cleanMember();
    SECTION("confirmation")
    {
        m.confirmDate = QDate(2025, 6, 2);
        m.joinDate = QDate(2024, 6, 2);
        REQUIRE(onlyProblem(m, "confirmDate") ==
                QLatin1String("Confirmation date 2025-06-02 is in the future."));
    }
    SECTION("join")
    {
        m.category = MemberCategory::Probationary;
        m.confirmDate = QDate();
        m.joinDate = QDate(2025, 7, 1);
        REQUIRE(onlyProblem(m, "joinDate").contains(QLatin1String("in the future")));
    }
    SECTION("application, activist and candidate")
    {
        Member p;
        p.name = QStringLiteral("王芳");
        p.orgId = 2;
        p.category = MemberCategory::Probationary;
        p.applicationDate = QDate(2025, 7, 1);
        p.activistDate = QDate(2025, 8, 1);
        p.candidateDate = QDate(2025, 9, 1);
        p.joinDate = QDate(2025, 10, 1);
        const QStringList fields = fieldsOf(MemberValidator::validate(p, Today));
        REQUIRE(fields == QStringList{QStringLiteral("applicationDate"),
                                      QStringLiteral("activistDate"),
                                      QStringLiteral("candidateDate"), QStringLiteral("joinDate")});
    }
    SECTION("today is not the future")
    {
        m.category = MemberCategory::Probationary;
        m.confirmDate = QDate();
        m.joinDate = Today;
        requireClean(m);
    }
}

TEST_CASE("MemberValidator checks the phone", "[validation]")
{
    Member m = cleanMember();
    SECTION("not required")
    {
        m.phone = QStringLiteral("   ");
        requireClean(m);
    }
    SECTION("accepted forms")
    {
        for (const char *phone : {"13805951234", "+86 138-0595-1234", "0595-85612345", "1234567",
                                  "12345678901234567890"}) {
            m.phone = QString::fromLatin1(phone);
            INFO(phone);
            requireClean(m);
        }
    }
    SECTION("letters and other marks")
    {
        m.phone = QStringLiteral("138O5951234"); // a letter O
        REQUIRE(onlyProblem(m, "phone").contains(QLatin1String("only digits")));
        m.phone = QStringLiteral("(0595) 85612345");
        onlyProblem(m, "phone");
        m.phone = QStringLiteral("138 0595 1234 转 8");
        onlyProblem(m, "phone");
    }
    SECTION("+ only at the start")
    {
        m.phone = QStringLiteral("86+13805951234");
        onlyProblem(m, "phone");
    }
    SECTION("7 to 20 characters")
    {
        m.phone = QStringLiteral("123456");
        REQUIRE(onlyProblem(m, "phone").contains(QLatin1String("7 to 20 characters, not 6")));
        m.phone = QStringLiteral("123456789012345678901");
        REQUIRE(onlyProblem(m, "phone").contains(QLatin1String("not 21")));
    }
}

TEST_CASE("MemberValidator returns every problem", "[validation]")
{
    Member m;
    m.name = QStringLiteral("  ");
    m.gender = Gender::Female;
    m.idNumber = QStringLiteral("350582199001011231"); // a man's
    m.birthDate = QDate(1990, 1, 1);
    m.category = MemberCategory::Probationary;
    m.confirmDate = QDate(2030, 1, 1);
    m.phone = QStringLiteral("abc");
    const QList<FieldProblem> problems = MemberValidator::validate(m, Today);
    INFO(describe(problems));
    const QStringList fields = fieldsOf(problems);
    for (const char *field :
         {"name", "gender", "orgId", "confirmDate", "joinDate", "category", "phone"})
        REQUIRE(fields.contains(QLatin1String(field)));
    // Every message begins with the label of its field, so a list of them reads on its own.
    for (const FieldProblem &p : problems) {
        INFO(p.message.toStdString());
        REQUIRE(p.message.startsWith(MemberValidator::fieldLabel(p.field)));
    }
}

TEST_CASE("MemberValidator labels fields", "[validation]")
{
    REQUIRE(MemberValidator::fieldLabel(QStringLiteral("joinDate")) == QLatin1String("Join date"));
    REQUIRE(MemberValidator::fieldLabel(QStringLiteral("idNumber")) == QLatin1String("ID number"));
    REQUIRE(MemberValidator::fieldLabel(QStringLiteral("orgId")) == QLatin1String("Branch"));
    REQUIRE(MemberValidator::fieldLabel(QStringLiteral("noSuchField")) ==
            QLatin1String("noSuchField"));
    for (const char *field :
         {"name", "gender", "birthDate", "idNumber", "orgId", "category", "joinDate", "confirmDate",
          "applicationDate", "activistDate", "candidateDate", "phone"}) {
        const QString key = QString::fromLatin1(field);
        REQUIRE(MemberValidator::fieldLabel(key) != key);
    }
}
