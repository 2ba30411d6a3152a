#include "importcells.h"
#include "importcolumns.h"
#include "importeditor.h"
#include "ledger.h"
#include "memberimport.h"
#include "validation.h"

#include "../support/testimport.h"
#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>

#include <functional>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
// A ledger with the small tree and one member, 蔡良友 (validMember) in branch A.
struct Roster {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Ledger> ledger;
    SmallTree tree;
    qint64 cai = 0;

    Roster()
    {
        path = dir.filePath(QStringLiteral("import.pldb"));
        ledger = createLedger(path);
        tree = addSmallTree(*ledger);
        cai = ledger->addMember(validMember(tree.branchA)).value();
    }
    QByteArray closedHash() { return Testing::closedHash(ledger, path); }
    QByteArray untouchedHash() { return Testing::untouchedHash(ledger, path); }
    void reopen() { Testing::reopen(ledger, path); }
    int memberCount() const { return int(ledger->members().value().size()); }
};

const QStringList header = {QStringLiteral("姓名"),       QStringLiteral("性别"),
                            QStringLiteral("身份证号"),   QStringLiteral("出生日期"),
                            QStringLiteral("所在党支部"), QStringLiteral("入党日期"),
                            QStringLiteral("转正日期"),   QStringLiteral("人员类别"),
                            QStringLiteral("人员状态"),   QStringLiteral("工作单位")};

// A row under `header`.
QStringList person(const QString &name, const QString &gender, const QString &id,
                   const QString &birth, const QString &branch, const QString &joined,
                   const QString &confirmed, const QString &category = QStringLiteral("正式党员"),
                   const QString &status = {}, const QString &unit = {})
{
    return {name, gender, id, birth, branch, joined, confirmed, category, status, unit};
}

// 黄美虹, born 1968-10-25, and 林志强, born 1985-02-03: valid rows for branch B and its group.
const QString huangId = idNumberFor(QDate(1968, 10, 25), 154);
const QString linId = idNumberFor(QDate(1985, 2, 3), 311);
QStringList huang(const QString &branch = QStringLiteral("市医院第二党支部"))
{
    return person(QStringLiteral("黄美虹"), QStringLiteral("女"), huangId,
                  QStringLiteral("1968-10-25"), branch, QStringLiteral("1995-07-01"),
                  QStringLiteral("1996-07-01"));
}
QStringList lin(const QString &branch = QStringLiteral("第一党小组"))
{
    return person(QStringLiteral("林志强"), QStringLiteral("男"), linId,
                  QStringLiteral("1985-02-03"), branch, QStringLiteral("2010-06-30"),
                  QStringLiteral("2011-06-30"));
}

MemberImportPlan planned(const Ledger &ledger, const Sheet &sheet,
                         const MemberImportOptions &options = {})
{
    auto mapping = MemberImport::detect(sheet);
    INFO(mapping.error().toStdString());
    REQUIRE(mapping.ok());
    auto plan = MemberImport::plan(ledger, sheet, mapping.value(), options);
    INFO(plan.error().toStdString());
    REQUIRE(plan.ok());
    return plan.value();
}

std::vector<std::pair<int, QString>> placesOf(const ImportReport &report)
{
    std::vector<std::pair<int, QString>> places;
    for (const ImportProblem &problem : report.errors)
        places.emplace_back(problem.row, problem.column);
    return places;
}

const Member *named(const QList<Member> &members, const QString &name)
{
    for (const Member &m : members) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}
} // namespace

TEST_CASE("The header row is found below a title row, and English titles are known", "[import]")
{
    using F = MemberField;
    SECTION("Chinese titles with spaces and notes, under a merged title and an empty row")
    {
        const QString title = QStringLiteral("2024年晋江市医院党员花名册");
        const Sheet sheet = textSheet({
            {title, title, title, title, title, title, title, title},
            {},
            {QStringLiteral("序号"), QStringLiteral("姓 名"), QStringLiteral("性别"),
             QStringLiteral("公民身份号码"), QStringLiteral("出生年月"),
             QStringLiteral("所在党支部"), QStringLiteral("入党时间(年月)"),
             QStringLiteral("转正时间（年月）")},
            {QStringLiteral("1"), QStringLiteral("黄美虹"), QStringLiteral("女"), huangId,
             QStringLiteral("1968/10/25"), QStringLiteral("市医院第二党支部"),
             QStringLiteral("1995.07"), QStringLiteral("1996.07")},
        });
        const auto mapping = MemberImport::detect(sheet);
        REQUIRE(mapping.ok());
        CHECK(mapping->headerRow == 2);
        CHECK(mapping->firstDataRow == 3);
        CHECK(mapping->fields == QList<F>{F::Ignored, F::Name, F::Gender, F::IdNumber, F::BirthDate,
                                          F::Branch, F::JoinDate, F::ConfirmDate});
        CHECK(mapping->titleOf(F::JoinDate) == QStringLiteral("入党时间(年月)"));

        Roster roster;
        const MemberImportPlan plan = planned(*roster.ledger, sheet);
        CHECK(plan.report.errors.isEmpty());
        CHECK(plan.report.rows == 1);
        CHECK(plan.report.inserted == 1);
        REQUIRE(plan.rows.size() == 1);
        CHECK(plan.rows.first().row == 4);
        CHECK(plan.rows.first().member.joinDate == QDate(1995, 7, 1));
        CHECK(plan.rows.first().member.orgId == roster.tree.branchB);
    }
    SECTION("English titles")
    {
        const Sheet sheet = textSheet(
            {{QStringLiteral("Name"), QStringLiteral("Sex"), QStringLiteral("ID number"),
              QStringLiteral("Date of birth"), QStringLiteral("Party branch"),
              QStringLiteral("Join date"), QStringLiteral("Confirmation date"),
              QStringLiteral("Category"), QStringLiteral("Status"), QStringLiteral("Work unit"),
              QStringLiteral("Phone"), QStringLiteral("Post"), QStringLiteral("Title"),
              QStringLiteral("Ethnicity"), QStringLiteral("Education")}});
        const auto mapping = MemberImport::detect(sheet);
        REQUIRE(mapping.ok());
        CHECK(mapping->headerRow == 0);
        CHECK(mapping->fields == QList<F>{F::Name, F::Gender, F::IdNumber, F::BirthDate, F::Branch,
                                          F::JoinDate, F::ConfirmDate, F::Category, F::Status,
                                          F::Unit, F::Phone, F::AdminPost, F::Title, F::Ethnicity,
                                          F::Education});
    }
    SECTION("A title merged over two sub-titles makes a two-row header")
    {
        const Sheet sheet = textSheet({
            {QStringLiteral("姓名"), QStringLiteral("联系方式"), QStringLiteral("联系方式"),
             QStringLiteral("所在党支部")},
            {QStringLiteral("姓名"), QStringLiteral("手机"), QStringLiteral("联系电话"),
             QStringLiteral("所在党支部")},
            {QStringLiteral("黄美虹"), QStringLiteral("13805951234"), QStringLiteral("22334455"),
             QStringLiteral("市医院第二党支部")},
        });
        const auto mapping = MemberImport::detect(sheet);
        REQUIRE(mapping.ok());
        CHECK(mapping->headerRow == 0);
        CHECK(mapping->firstDataRow == 2);
        CHECK(mapping->fields == QList<F>{F::Name, F::Phone, F::Ignored, F::Branch});
        CHECK(mapping->titles.at(1) == QStringLiteral("手机"));
    }
    SECTION("No header, or nothing at all")
    {
        const auto none =
            MemberImport::detect(textSheet({{QStringLiteral("甲"), QStringLiteral("乙")},
                                            {QStringLiteral("丙"), QStringLiteral("姓名")}}));
        REQUIRE_FALSE(none.ok());
        CHECK(none.error().contains(QStringLiteral("No header row")));
        const auto empty = MemberImport::detect(textSheet({{}, {}}));
        REQUIRE_FALSE(empty.ok());
        CHECK(empty.error().contains(QStringLiteral("has nothing")));
    }
}

TEST_CASE("A header row chosen by hand gives its titles, and every column of the data below",
          "[import]")
{
    using F = MemberField;
    // Titles no vocabulary knows, one of them missing: detection gives up, the user points at
    // row 2 and maps the columns themselves.
    const Sheet sheet = textSheet({
        {QStringLiteral("第二党支部名单")},
        {QStringLiteral("同志"), QStringLiteral("性别"), QStringLiteral("证件")},
        {QStringLiteral("黄美虹"), QStringLiteral("女"), huangId, QStringLiteral("1995-07-01")},
    });
    CHECK_FALSE(MemberImport::detect(sheet).ok());
    CHECK(ImportColumns::widestRow(sheet) == 2); // the data row: four cells
    CHECK(ImportColumns::widestRow(textSheet({{}, {}})) == -1);

    const MemberMapping mapping = MemberImport::mappingAt(sheet, 1);
    CHECK(mapping.headerRow == 1);
    CHECK(mapping.firstDataRow == 2);
    // 性别 is known; the fourth column has no title but data, so it can still be mapped.
    CHECK(mapping.fields == QList<F>{F::Ignored, F::Gender, F::Ignored, F::Ignored});
    CHECK(mapping.titles == QStringList{QStringLiteral("同志"), QStringLiteral("性别"),
                                        QStringLiteral("证件"), QString()});
    // A row past the end is the last row.
    CHECK(MemberImport::mappingAt(sheet, 99).headerRow == 2);
    CHECK(MemberImport::mappingAt(Sheet(), 0).headerRow == -1);
}

TEST_CASE("Every kind of problem is reported with its row and column", "[import]")
{
    Roster roster;
    const QString born1980 = QStringLiteral("1980-01-01");
    const QString joined = QStringLiteral("2005-07-01");
    const QString confirmed = QStringLiteral("2006-07-01");
    const QString branchA = QStringLiteral("市医院第一党支部");
    QString badCheck = idNumberFor(QDate(1980, 1, 1), 123);
    badCheck[17] = badCheck.at(17) == u'1' ? u'2' : u'1';
    const auto someone = [&](const QString &name) {
        return person(name, QStringLiteral("男"), {}, born1980, branchA, joined, confirmed);
    };
    QStringList badGender = someone(QStringLiteral("孙八"));
    badGender[1] = QStringLiteral("男的");
    QStringList badDate = someone(QStringLiteral("周九"));
    badDate[5] = QStringLiteral("2021-13-45");
    QStringList twice = huang();
    twice[0] = QStringLiteral("吴十");
    QStringList unknownBranch = someone(QStringLiteral("郑一"));
    unknownBranch[4] = QStringLiteral("不存在的支部");
    QStringList committee = someone(QStringLiteral("冯二"));
    committee[4] = QStringLiteral("市医院党委");
    QStringList unconfirmed = someone(QStringLiteral("陈三"));
    unconfirmed[6].clear();
    QStringList nameless = someone({});
    QStringList badStatus = someone(QStringLiteral("褚四"));
    badStatus[8] = QStringLiteral("退党");

    Sheet sheet = textSheet({
        header,
        huang(), // row 2
        person(QStringLiteral("王五"), QStringLiteral("男"), {}, born1980, branchA, joined,
               confirmed), // row 3
        person(QStringLiteral("赵六"), QStringLiteral("男"), QStringLiteral("3.50582E+17"),
               born1980, branchA, joined, confirmed), // row 4
        person(QStringLiteral("钱七"), QStringLiteral("男"), badCheck, born1980, branchA, joined,
               confirmed), // row 5
        badGender,         // row 6
        badDate,           // row 7
        twice,             // row 8
        unknownBranch,     // row 9
        committee,         // row 10
        unconfirmed,       // row 11
        {},                // row 12
        nameless,          // row 13
        badStatus,         // row 14
    });
    // Row 3's ID number is a number cell, as Excel keeps a long number typed without a '.
    sheet.rows[2][2] = numberCell(350582198001011234.0, QStringLiteral("3.50582E+17"));

    const MemberImportPlan plan = planned(*roster.ledger, sheet);
    const QString id = QStringLiteral("身份证号");
    const std::vector<std::pair<int, QString>> expected = {
        {3, id},
        {4, id},
        {5, id},
        {6, QStringLiteral("性别")},
        {7, QStringLiteral("入党日期")},
        {8, id},
        {9, QStringLiteral("所在党支部")},
        {10, QStringLiteral("所在党支部")},
        {11, QStringLiteral("转正日期")},
        {13, QStringLiteral("姓名")},
        {14, QStringLiteral("人员状态")},
    };
    for (const ImportProblem &p : plan.report.errors)
        UNSCOPED_INFO(p.row << " " << p.column.toStdString() << ": " << p.reason.toStdString());
    CHECK(placesOf(plan.report) == expected);
    CHECK(plan.report.rows == 12); // the empty row 12 is not counted
    CHECK(plan.report.inserted == 1);
    CHECK(plan.report.errors.at(0).reason.contains(QStringLiteral("15 digits")));
    CHECK(plan.report.errors.at(1).reason.contains(QStringLiteral("15 digits")));
    CHECK(plan.report.errors.at(2).reason.contains(QStringLiteral("check digit")));
    CHECK(plan.report.errors.at(5).reason.contains(QStringLiteral("row 2")));
    CHECK(plan.report.errors.at(6).reason.contains(QStringLiteral("不存在的支部")));
    CHECK(plan.unknownBranches.size() == 1);
    CHECK(plan.unknownBranches.first().rows == QList<int>{9});

    // With an error anywhere, nothing is written: not even the good row 2.
    MemberImportPlan copy = plan;
    const auto applied = MemberImport::apply(*roster.ledger, copy);
    REQUIRE(applied.ok());
    CHECK_FALSE(applied->written);
    CHECK(roster.memberCount() == 1);
}

TEST_CASE("Dates come in every shape people type, and the ID number fills in the rest", "[import]")
{
    Roster roster;
    const QDate birth(1980, 1, 1);
    Sheet sheet = textSheet(
        {{QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("所在党支部"),
          QStringLiteral("入党日期"), QStringLiteral("转正日期")}});
    const QStringList shapes = {QStringLiteral("2021-07-01"),
                                QStringLiteral("2021/7/1"),
                                QStringLiteral("2021.07"),
                                QStringLiteral("2021年7月1日"),
                                QString(),
                                QString(),
                                QString()};
    for (int i = 0; i < shapes.size(); ++i)
        sheet.rows.append(textRow({QStringLiteral("党员%1").arg(i), idNumberFor(birth, 101 + 2 * i),
                                   QStringLiteral("市医院第一党支部"), shapes.at(i),
                                   QStringLiteral("2022-07-01")}));
    sheet.rows[5][3] = dateCell(QDate(2021, 7, 1), 44378);
    sheet.rows[6][3] = numberCell(44378, QStringLiteral("44378")); // a serial without a format
    sheet.rows[7][3] = numberCell(20210701, QStringLiteral("20210701"));

    MemberImportPlan plan = planned(*roster.ledger, sheet);
    for (const ImportProblem &p : plan.report.errors)
        UNSCOPED_INFO(p.row << " " << p.column.toStdString() << ": " << p.reason.toStdString());
    REQUIRE(plan.report.errors.isEmpty());
    REQUIRE(MemberImport::apply(*roster.ledger, plan).value().written);
    const QList<Member> members = roster.ledger->members().value();
    REQUIRE(members.size() == 8);
    for (const Member &m : members.mid(1)) {
        CHECK(m.joinDate == QDate(2021, 7, 1));
        CHECK(m.birthDate == birth); // from the ID number
        CHECK(m.gender == Gender::Male);
        CHECK(m.category == MemberCategory::Full); // confirmed
    }

    SECTION("Number cells that cannot be dates")
    {
        const auto ambiguous = ImportCells::date(numberCell(2021.1, QStringLiteral("2021.1")));
        REQUIRE_FALSE(ambiguous.ok());
        CHECK(ambiguous.error().contains(QStringLiteral("January or October")));
        CHECK(ImportCells::date(numberCell(2021.07, QStringLiteral("2021.07"))).value() ==
              QDate(2021, 7, 1));
        CHECK(ImportCells::date(numberCell(2021.3, QStringLiteral("2021.3"))).value() ==
              QDate(2021, 3, 1));
        CHECK(ImportCells::date(numberCell(1985, QStringLiteral("1985")))
                  .error()
                  .contains(QStringLiteral("only a year")));
        // Excel's 1900 system counts a 29 February 1900 (serial 60) that never was.
        CHECK(ImportCells::fromExcelSerial(59) == QDate(1900, 2, 28));
        CHECK_FALSE(ImportCells::fromExcelSerial(60).isValid());
        CHECK(ImportCells::fromExcelSerial(61) == QDate(1900, 3, 1));
        CHECK_FALSE(ImportCells::date(textCell(QStringLiteral("去年七月"))).ok());
    }
}

TEST_CASE("A member already in the ledger is updated, not added again", "[import]")
{
    Roster roster;
    const Member before = roster.ledger->member(roster.cai).value();
    const Sheet sheet = textSheet({
        {QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("手机"),
         QStringLiteral("所在党支部"), QStringLiteral("职称")},
        {QStringLiteral("蔡良友"), before.idNumber.toLower(), QStringLiteral("13900001111"),
         QStringLiteral("市医院第二党支部"), QString()},
        {QStringLiteral("林志强"), linId, QString(), QStringLiteral("第一党小组"), QString()},
    });
    MemberImportOptions options;
    options.today = QDate(2026, 3, 1);
    // 林志强 has no join date: that is the only problem, and it is his row's.
    MemberImportPlan plan = planned(*roster.ledger, sheet, options);
    REQUIRE(placesOf(plan.report) ==
            std::vector<std::pair<int, QString>>{
                {3, MemberValidator::fieldLabel(QStringLiteral("joinDate"))}});

    const Sheet fixed = textSheet({
        {QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("手机"),
         QStringLiteral("所在党支部"), QStringLiteral("入党日期"), QStringLiteral("转正日期")},
        {QStringLiteral("蔡良友"), before.idNumber.toLower(), QStringLiteral("13900001111"),
         QStringLiteral("市医院第二党支部"), QString(), QString()},
        {QStringLiteral("林志强"), linId, QString(), QStringLiteral("第一党小组"),
         QStringLiteral("2010-06-30"), QStringLiteral("2011-06-30")},
    });
    plan = planned(*roster.ledger, fixed, options);
    REQUIRE(plan.report.errors.isEmpty());
    CHECK(plan.report.inserted == 1);
    CHECK(plan.report.updated == 1);
    REQUIRE(plan.report.updatedRows.size() == 1);
    CHECK(plan.report.updatedRows.first().row == 2);
    CHECK(plan.report.updatedRows.first().name == QStringLiteral("蔡良友"));

    const auto report = MemberImport::apply(*roster.ledger, plan);
    REQUIRE(report.ok());
    CHECK(report->written);
    CHECK(roster.memberCount() == 2);
    const Member after = roster.ledger->member(roster.cai).value();
    CHECK(after.phone == QStringLiteral("13900001111"));
    CHECK(after.orgId == roster.tree.branchB);
    // What the sheet leaves empty or lacks stays as stored.
    CHECK(after.adminPost == before.adminPost);
    CHECK(after.title == before.title);
    CHECK(after.joinDate == before.joinDate);
    CHECK(after.partyPosts == before.partyPosts);
    // The change of branch is kept as a transfer on the import's day.
    const QList<Transfer> moves = roster.ledger->transfers(roster.cai).value();
    REQUIRE(moves.size() == 1);
    CHECK(moves.first().fromOrgId == roster.tree.branchA);
    CHECK(moves.first().toOrgId == roster.tree.branchB);
    CHECK(moves.first().date == QDate(2026, 3, 1));

    // The same sheet again changes nothing and writes nothing.
    const MemberImportPlan again = planned(*roster.ledger, fixed, options);
    CHECK(again.report.errors.isEmpty());
    CHECK(again.report.inserted == 0);
    CHECK(again.report.updated == 0);
    CHECK(again.report.unchangedRows.size() == 2);
    CHECK(again.rows.isEmpty());
}

TEST_CASE("A bulk update writes whichever columns changed, indexed or not", "[import]")
{
    // The store writes plain columns and indexed ones with separate statements, each only when
    // something in it changed. Each column is changed alone here, to and from empty (NULL), and
    // every step must land; the indexes stay whole.
    Roster roster;
    Member m = roster.ledger->member(roster.cai).value();
    const std::vector<std::pair<const char *, std::function<void(Member &)>>> steps = {
        {"phone",
         [](Member &x) {
             x.phone = QStringLiteral("13900002222");
         }},
        {"ethnicity",
         [](Member &x) {
             x.ethnicity = QStringLiteral("回族");
         }},
        {"admin post",
         [](Member &x) {
             x.adminPost = QStringLiteral("院长");
         }},
        {"title",
         [](Member &x) {
             x.title.clear();
         }},
        {"application date",
         [](Member &x) {
             x.applicationDate = QDate();
         }},
        {"activist date",
         [](Member &x) {
             x.activistDate = QDate();
         }},
        {"candidate date",
         [](Member &x) {
             x.candidateDate = QDate();
         }},
        {"confirmation date",
         [](Member &x) {
             x.confirmDate = QDate(2001, 8, 1);
         }},
        {"ID number",
         [](Member &x) {
             x.idNumber.clear();
         }},
        {"gender",
         [](Member &x) {
             x.gender = Gender::Female;
         }},
        {"birth date",
         [](Member &x) {
             x.birthDate = QDate(1977, 1, 1);
         }},
        {"education",
         [](Member &x) {
             x.education = QStringLiteral("硕士研究生");
         }},
        {"unit",
         [&](Member &x) {
             x.unitId = roster.tree.unit;
         }},
        {"unit, none",
         [](Member &x) {
             x.unitId = 0;
         }},
        {"branch",
         [&](Member &x) {
             x.orgId = roster.tree.branchB;
         }},
        {"name",
         [](Member &x) {
             x.name = QStringLiteral("蔡良有");
         }},
        {"join date",
         [](Member &x) {
             x.joinDate = QDate(2000, 7, 2);
         }},
        {"status",
         [](Member &x) {
             x.status = MemberStatus::Retired;
         }},
        // One of each kind at once: the two statements together.
        {"category and confirmation date",
         [](Member &x) {
             x.category = MemberCategory::Probationary;
             x.confirmDate = QDate();
         }},
        {"ID number again",
         [](Member &x) {
             x.idNumber = idNumberFor(QDate(1977, 1, 1), 124); // a woman born that day
         }},
    };
    for (const auto &[what, change] : steps) {
        INFO("changed: " << what);
        change(m);
        const auto written = roster.ledger->updateMembers({m}, {}, {});
        INFO(written.error().toStdString());
        REQUIRE(written.ok());
        CHECK(roster.ledger->member(roster.cai).value() == m);
    }
    CHECK(roster.ledger->structuralProblems().value().isEmpty());
}

TEST_CASE("Unknown branches are listed, then created under the parent chosen", "[import]")
{
    Roster roster;
    const QString third = QStringLiteral("市医院第三党支部");
    const QString temporary = QStringLiteral("新院区临时支部");
    QStringList first = huang(third);
    first[9] = QStringLiteral("晋江市新医院"); // a unit the ledger does not know
    QStringList second = lin(third);
    second[9] = QStringLiteral("市医院"); // the short name of the ledger's unit
    const Sheet sheet = textSheet({
        header,
        first,
        second,
        person(QStringLiteral("许明"), QStringLiteral("男"), idNumberFor(QDate(1990, 5, 6), 215),
               QStringLiteral("1990-05-06"), temporary, QStringLiteral("2015-07-01"),
               QStringLiteral("2016-07-01")),
    });

    const MemberImportPlan unresolved = planned(*roster.ledger, sheet);
    const QString branch = QStringLiteral("所在党支部");
    CHECK(placesOf(unresolved.report) ==
          std::vector<std::pair<int, QString>>{{2, branch}, {3, branch}, {4, branch}});
    REQUIRE(unresolved.unknownBranches.size() == 2);
    CHECK(unresolved.unknownBranches.at(0).name == third);
    CHECK(unresolved.unknownBranches.at(0).rows == QList<int>{2, 3});
    CHECK(unresolved.unknownBranches.at(1).name == temporary);
    CHECK(unresolved.unknownBranches.at(1).rows == QList<int>{4});

    SECTION("Under the first committee, as the command line's --create-missing does")
    {
        MemberImportOptions options;
        options.createMissingUnder = MemberImport::defaultParentForMissing(*roster.ledger).value();
        CHECK(options.createMissingUnder == roster.tree.committee);
        MemberImportPlan plan = planned(*roster.ledger, sheet, options);
        REQUIRE(plan.report.errors.isEmpty());
        CHECK(plan.newBranches.size() == 2);
        CHECK(plan.newUnits.size() == 1);
        CHECK(plan.report.created.size() == 3);
        REQUIRE(MemberImport::apply(*roster.ledger, plan).value().written);

        const QList<Organization> orgs = roster.ledger->organizations().value();
        REQUIRE(orgs.size() == 6);
        const QList<Member> members = roster.ledger->members().value();
        const Member *h = named(members, QStringLiteral("黄美虹"));
        const Member *l = named(members, QStringLiteral("林志强"));
        REQUIRE(h);
        REQUIRE(l);
        CHECK(h->orgId == l->orgId);
        const Organization created = roster.ledger->organization(h->orgId).value();
        CHECK(created.fullName == third);
        CHECK(created.kind == OrgKind::Branch);
        CHECK(created.parentId == roster.tree.committee);
        CHECK(l->unitId == roster.tree.unit);
        const QList<Unit> units = roster.ledger->units().value();
        REQUIRE(units.size() == 2);
        CHECK(h->unitId == units.at(1).id);
        CHECK(units.at(1).name == QStringLiteral("晋江市新医院"));
    }
    SECTION("Under a branch they become Party groups; under a group they cannot be made")
    {
        MemberImportOptions options;
        options.createMissingUnder = roster.tree.branchA;
        const MemberImportPlan plan = planned(*roster.ledger, sheet, options);
        REQUIRE(plan.newBranches.size() == 2);
        CHECK(plan.newBranches.first().kind == OrgKind::Group);
        options.createMissingUnder = roster.tree.group;
        const auto refused =
            MemberImport::plan(*roster.ledger, sheet, MemberImport::detect(sheet).value(), options);
        CHECK_FALSE(refused.ok());
    }
}

TEST_CASE("A dry run writes nothing: the file's bytes stay the same", "[import]")
{
    Roster roster;
    QStringList moved = person(QStringLiteral("蔡良友"), QString(), validMember(0).idNumber,
                               QString(), QStringLiteral("市医院第三党支部"), QString(), QString(),
                               QString(), QString(), QStringLiteral("晋江市新医院"));
    const Sheet sheet = textSheet({header, moved, huang()});
    MemberImportOptions options;
    options.createMissingUnder = roster.tree.committee;
    const QByteArray before = roster.untouchedHash();

    const auto dry = MemberImport::importSheet(*roster.ledger, sheet, options, ImportMode::DryRun);
    REQUIRE(dry.ok());
    CHECK(dry->errors.isEmpty());
    CHECK(dry->inserted == 1);
    CHECK(dry->updated == 1);
    CHECK_FALSE(dry->written);
    CHECK(roster.closedHash() == before);

    // The same import for real does change the file: the hash sees a write.
    const QByteArray beforeReal = roster.untouchedHash();
    const auto real = MemberImport::importSheet(*roster.ledger, sheet, options);
    REQUIRE(real.ok());
    CHECK(real->written);
    CHECK(roster.memberCount() == 2);
    CHECK(roster.closedHash() != beforeReal);
}

TEST_CASE("An error anywhere writes nothing", "[import]")
{
    Roster roster;
    QStringList bad = lin();
    bad[6] = QStringLiteral("2009-01-01"); // confirmed before joining
    const Sheet sheet = textSheet({header, huang(), bad});
    const QByteArray before = roster.untouchedHash();
    const auto report = MemberImport::importSheet(*roster.ledger, sheet);
    REQUIRE(report.ok());
    CHECK(placesOf(report.value()) ==
          std::vector<std::pair<int, QString>>{{3, QStringLiteral("转正日期")}});
    CHECK_FALSE(report->written);
    CHECK(roster.closedHash() == before);

    SECTION("Also when the store refuses a row the plan accepted")
    {
        // Between checking and writing, someone enters 林志强 by hand: his ID number is taken.
        roster.reopen();
        const Sheet good = textSheet({header, huang(), lin()});
        MemberImportPlan plan = planned(*roster.ledger, good);
        REQUIRE(plan.report.errors.isEmpty());
        Member typed = validMember(roster.tree.group, QStringLiteral("林志强"));
        typed.idNumber = linId;
        typed.birthDate = QDate(1985, 2, 3);
        typed.joinDate = QDate(2010, 6, 30);
        typed.confirmDate = QDate(2011, 6, 30);
        REQUIRE(roster.ledger->addMember(typed).ok());
        const auto refused = MemberImport::apply(*roster.ledger, plan);
        CHECK_FALSE(refused.ok());
        CHECK(roster.memberCount() == 2); // 蔡良友 and the one typed in; 黄美虹 went back out
    }
}

TEST_CASE("Cancelling from the progress callback writes nothing", "[import]")
{
    Roster roster;
    const Sheet sheet = textSheet({header, huang(), lin()});
    const QByteArray before = roster.untouchedHash();
    MemberImportPlan plan = planned(*roster.ledger, sheet);
    qint64 lastDone = -1;
    const auto cancelled =
        MemberImport::apply(*roster.ledger, plan, ImportMode::Write, [&](qint64 done, qint64) {
            lastDone = done;
            return done < 2; // stop once both rows are written, just before the commit
        });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().contains(QStringLiteral("Cancelled")));
    CHECK(lastDone == 2);
    CHECK(roster.memberCount() == 1);
    CHECK(roster.closedHash() == before);

    roster.reopen();
    const auto stopped =
        MemberImport::plan(*roster.ledger, sheet, MemberImport::detect(sheet).value(), {},
                           [](qint64, qint64) { return false; });
    CHECK_FALSE(stopped.ok());
}

TEST_CASE("An import is one undoable step", "[import]")
{
    Roster roster;
    QUndoStack stack;
    ImportEditor editor(roster.ledger.get(), &stack);
    const Member caiBefore = roster.ledger->member(roster.cai).value();
    QStringList moved = person(QStringLiteral("蔡良友"), QString(), caiBefore.idNumber, QString(),
                               QStringLiteral("市医院第三党支部"), QString(), QString(), QString(),
                               QString(), QStringLiteral("晋江市新医院"));
    const Sheet sheet = textSheet({header, moved, huang()});
    MemberImportOptions options;
    options.createMissingUnder = roster.tree.committee;
    const MemberImportPlan plan = planned(*roster.ledger, sheet, options);
    REQUIRE(plan.report.errors.isEmpty());

    const auto imported = editor.importMembers(plan);
    REQUIRE(imported.ok());
    CHECK(imported->written);
    CHECK(stack.count() == 1);
    CHECK(stack.undoText() == QStringLiteral("Import 2 member(s)"));
    const QList<Member> afterImport = roster.ledger->members().value();
    REQUIRE(afterImport.size() == 2);
    const qint64 huangId = named(afterImport, QStringLiteral("黄美虹"))->id;
    const qint64 newBranch = named(afterImport, QStringLiteral("蔡良友"))->orgId;
    CHECK(newBranch != roster.tree.branchA);

    stack.undo();
    const QList<Member> undone = roster.ledger->members().value();
    REQUIRE(undone.size() == 1);
    CHECK(undone.first().orgId == caiBefore.orgId);
    CHECK(undone.first().unitId == caiBefore.unitId);
    CHECK(undone.first().partyPosts == caiBefore.partyPosts);
    CHECK(roster.ledger->transfers(roster.cai).value().isEmpty());
    CHECK(roster.ledger->organizations().value().size() == 4);
    CHECK(roster.ledger->units().value().size() == 1);

    stack.redo();
    const QList<Member> redone = roster.ledger->members().value();
    REQUIRE(redone.size() == 2);
    CHECK(named(redone, QStringLiteral("黄美虹"))->id == huangId);
    CHECK(named(redone, QStringLiteral("蔡良友"))->orgId == newBranch);
    CHECK(roster.ledger->transfers(roster.cai).value().size() == 1);
}

namespace {
// The CREATE INDEX statements on the members table, read from the file itself.
QStringList memberIndexes(const QString &path)
{
    QStringList indexes;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("memberIndexes"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'index' AND "
                                       "tbl_name = 'members' AND sql IS NOT NULL ORDER BY name"),
                        db);
        while (query.next())
            indexes << query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("memberIndexes"));
    return indexes;
}
} // namespace

TEST_CASE("A large import into a small ledger builds the member indexes again", "[import]")
{
    // 10,000 new members into a ledger of one: the store drops the indexes by name and by branch
    // while it writes and builds them at the end.
    Roster roster;
    const QStringList before = memberIndexes(roster.path);
    REQUIRE(before.size() == 2);
    Sheet sheet = textSheet({header});
    for (int i = 0; i < 10000; ++i) {
        const QDate birth = QDate(1950, 1, 1).addDays(i % 5000);
        sheet.rows.append(textRow(
            person(QStringLiteral("党员%1").arg(i), QString(), idNumberFor(birth, 100 + i / 5000),
                   QString(), QStringLiteral("市医院第二党支部"), QStringLiteral("2000-07-01"),
                   QStringLiteral("2001-07-01"))));
    }
    MemberImportPlan plan = planned(*roster.ledger, sheet);
    INFO((plan.report.errors.isEmpty() ? QString() : plan.report.errors.first().reason)
             .toStdString());
    REQUIRE(plan.report.errors.isEmpty());
    REQUIRE(plan.rows.size() == 10000);

    SECTION("Cancelled after the last row, the indexes are back and nothing is written")
    {
        const auto cancelled =
            MemberImport::apply(*roster.ledger, plan, ImportMode::Write,
                                [](qint64 done, qint64 total) { return done < total; });
        REQUIRE_FALSE(cancelled.ok());
        CHECK(roster.memberCount() == 1);
        roster.ledger.reset();
        CHECK(memberIndexes(roster.path) == before);
    }
    SECTION("Written, the indexes are whole and find the new members")
    {
        const auto written = MemberImport::apply(*roster.ledger, plan);
        REQUIRE(written.ok());
        CHECK(written->inserted == 10000);
        CHECK(roster.memberCount() == 10001);
        CHECK(roster.ledger->structuralProblems().value().isEmpty());
        roster.ledger.reset();
        CHECK(memberIndexes(roster.path) == before);
    }
}
