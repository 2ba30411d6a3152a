#include "csvexport.h"
#include "csvreader.h"
#include "honorexport.h"
#include "memberexport.h"
#include "memberimport.h"
#include "xlsxexport.h"
#include "xlsxreader.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {

using Kind = ExportColumn::Kind;

// Every kind of cell the writers meet, including the ones a spreadsheet would misread.
ExportTable awkwardTable()
{
    ExportTable table;
    table.sheetName = QStringLiteral("名单");
    table.columns = {{QStringLiteral("姓名"), Kind::Text},
                     {QStringLiteral("日期"), Kind::Date},
                     {QStringLiteral("人数"), Kind::Integer},
                     {QStringLiteral("金额"), Kind::Decimal}};
    table.rows = {
        {QStringLiteral("蔡良友"), QDate(2021, 7, 1), qint64(12), 4.5},
        {QStringLiteral("a,b"), QVariant(), qint64(-3), -0.25},
        {QStringLiteral("say \"hi\""), QDate(), QVariant(), QVariant()},
        {QStringLiteral("two\r\nlines"), QDate(1999, 12, 31), qint64(0), 1e6},
        {QStringLiteral("x"), QVariant(), qint64(1234567890123), 0.1},
        {QStringLiteral("=1+1"), QStringLiteral("-2"), QStringLiteral("+3"), QStringLiteral("@x")},
        {QStringLiteral("-5"), QVariant(), QVariant(), QVariant()},
        {QStringLiteral("'=x"), QVariant(), QVariant(), QVariant()},
        {QStringLiteral("\tcmd"), QVariant(), QVariant(), QVariant()},
        {QStringLiteral("350582198001011234"), QVariant(), QVariant(), QVariant()},
        {QStringLiteral("'plain")}, // a short row: the missing cells are empty
    };
    return table;
}

// A table big enough that writing it takes more than one progress step and many kilobytes.
ExportTable bigTable(int rows)
{
    ExportTable table;
    table.sheetName = QStringLiteral("big");
    table.columns = {{QStringLiteral("text"), Kind::Text}, {QStringLiteral("n"), Kind::Integer}};
    for (int i = 0; i < rows; ++i)
        table.rows.append(
            {QStringLiteral("row %1 with some text to fill the file").arg(i), qint64(i)});
    return table;
}

QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

#ifdef Q_OS_LINUX
// Lets this process write no file beyond `bytes`, as a full disk would, until destroyed.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // a failed write instead of a killed test
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};
#endif

} // namespace

TEST_CASE("CSV holds the cells exactly: BOM, CRLF, quoting, the formula guard", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    REQUIRE(writeCsv(path, awkwardTable()).ok());
    const QByteArray expected = "\xEF\xBB\xBF"
                                "姓名,日期,人数,金额\r\n"
                                "蔡良友,2021-07-01,12,4.5\r\n"
                                "\"a,b\",,-3,-0.25\r\n"
                                "\"say \"\"hi\"\"\",,,\r\n"
                                "\"two\r\nlines\",1999-12-31,0,1000000\r\n"
                                "x,,1234567890123,0.1\r\n"
                                "'=1+1,'-2,'+3,'@x\r\n"
                                "'-5,,,\r\n"
                                "''=x,,,\r\n"
                                "'\tcmd,,,\r\n"
                                "350582198001011234,,,\r\n"
                                "'plain,,,\r\n";
    const QByteArray written = fileBytes(path);
    CHECK(written.toStdString() == expected.toStdString());
    CHECK(entries(dir) == QStringList{QStringLiteral("list.csv")});
}

TEST_CASE("CSV reports its progress and replaces an existing file when done", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    writeBytes(path, "old");
    qint64 last = -1, total = -1;
    const auto written = writeCsv(path, bigTable(2500), [&](qint64 done, qint64 all) {
        last = done;
        total = all;
        return true;
    });
    REQUIRE(written.ok());
    CHECK(last == 2500);
    CHECK(total == 2500);
    CHECK(fileBytes(path).startsWith("\xEF\xBB\xBFtext,n\r\nrow 0 with"));
    CHECK(entries(dir) == QStringList{QStringLiteral("big.csv")});
}

TEST_CASE("A cancelled export leaves an existing file as it was and nothing else", "[export]")
{
    QTemporaryDir dir;
    const ExportTable table = bigTable(5000);
    const auto cancelAfterFirst = [](qint64 done, qint64) {
        return done < 1000;
    };
    for (const QString &name : {QStringLiteral("out.csv"), QStringLiteral("out.xlsx")}) {
        const QString path = dir.filePath(name);
        writeBytes(path, "the previous export");
        const Result<void> written = name.endsWith(u".csv")
                                         ? writeCsv(path, table, cancelAfterFirst)
                                         : writeXlsx(path, {table}, cancelAfterFirst);
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().contains(QStringLiteral("cancelled")));
        CHECK(written.error().contains(QDir::toNativeSeparators(path)));
        CHECK(fileBytes(path) == "the previous export");
        CHECK(entries(dir).contains(name));
        QFile::remove(path);
        CHECK(entries(dir).isEmpty());
    }
}

TEST_CASE("A failed export leaves an existing file as it was", "[export]")
{
    QTemporaryDir dir;
    const ExportTable table = bigTable(5000);

    SECTION("the folder does not exist")
    {
        const QString path = dir.filePath(QStringLiteral("missing/out.xlsx"));
        const auto xlsx = writeXlsx(path, {table});
        REQUIRE_FALSE(xlsx.ok());
        CHECK(xlsx.error().contains(QStringLiteral("does not exist")));
        const auto csv = writeCsv(dir.filePath(QStringLiteral("missing/out.csv")), table);
        REQUIRE_FALSE(csv.ok());
        CHECK(csv.error().contains(QStringLiteral("does not exist")));
    }

    SECTION("the folder does not allow writing")
    {
        const QString locked = dir.filePath(QStringLiteral("locked"));
        REQUIRE(QDir().mkdir(locked));
        for (const QString &name : {QStringLiteral("out.csv"), QStringLiteral("out.xlsx")})
            writeBytes(locked + u'/' + name, "the previous export");
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
        // The superuser writes anywhere; the full-disk section covers that case.
        QFile probe(locked + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            WARN("skipped: running as a user who may write into a read-only folder");
        } else {
            const auto csv = writeCsv(locked + QStringLiteral("/out.csv"), table);
            REQUIRE_FALSE(csv.ok());
            CHECK(csv.error().contains(
                QDir::toNativeSeparators(locked + QStringLiteral("/out.csv"))));
            const auto xlsx = writeXlsx(locked + QStringLiteral("/out.xlsx"), {table});
            REQUIRE_FALSE(xlsx.ok());
            CHECK(xlsx.error().contains(
                QDir::toNativeSeparators(locked + QStringLiteral("/out.xlsx"))));
            for (const QString &name : {QStringLiteral("out.csv"), QStringLiteral("out.xlsx")})
                CHECK(fileBytes(locked + u'/' + name) == "the previous export");
        }
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        CHECK(QDir(locked).entryList(QDir::Files | QDir::Hidden).size() == 2);
    }

#ifdef Q_OS_LINUX
    SECTION("the disk fills up")
    {
        for (const QString &name : {QStringLiteral("out.csv"), QStringLiteral("out.xlsx")}) {
            const QString path = dir.filePath(name);
            writeBytes(path, "the previous export");
            Result<void> written;
            {
                const FileSizeLimit full(16 * 1024);
                written = name.endsWith(u".csv") ? writeCsv(path, table) : writeXlsx(path, {table});
            }
            REQUIRE_FALSE(written.ok());
            CHECK(written.error().contains(QDir::toNativeSeparators(path)));
            CHECK(fileBytes(path) == "the previous export");
        }
        CHECK(entries(dir).size() == 2);
    }
#endif

    SECTION("a cell holds more than Excel allows")
    {
        const QString path = dir.filePath(QStringLiteral("out.xlsx"));
        writeBytes(path, "the previous export");
        ExportTable tooLong = table;
        tooLong.rows[3][0] = QString(40000, u'x');
        const auto written = writeXlsx(path, {tooLong});
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().contains(QStringLiteral("row 5")));
        CHECK(fileBytes(path) == "the previous export");
        CHECK(entries(dir) == QStringList{QStringLiteral("out.xlsx")});
    }
}

TEST_CASE("An xlsx export replaces an existing file with a workbook", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.xlsx"));
    writeBytes(path, "old");
    qint64 last = -1;
    const auto written =
        writeXlsx(path, {awkwardTable(), bigTable(1500)}, [&](qint64 done, qint64) {
            last = done;
            return true;
        });
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(last == awkwardTable().rows.size() + 1500);
    CHECK(fileBytes(path).startsWith("PK\x03\x04")); // a zip package
    CHECK(entries(dir) == QStringList{QStringLiteral("list.xlsx")});
}

TEST_CASE("What the writers export, the project's readers read back unchanged", "[export]")
{
    ExportTable table = awkwardTable();
    table.rows.append({QStringLiteral(" spaces around "), QDate(1900, 1, 1), qint64(-7), 0.1});
    table.rows.append({QStringLiteral("a_x0041_b<&>\"c\""), QDate(1900, 3, 1)});
    table.rows.append({QStringLiteral("bell\x07and tab\tend")});
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("t.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("t.csv"));
    REQUIRE(writeXlsx(xlsx, {table}).ok());
    REQUIRE(writeCsv(csv, table).ok());
    const auto book = XlsxReader::read(xlsx);
    INFO(book.error().toStdString());
    REQUIRE(book.ok());
    REQUIRE(book->sheets.size() == 1);
    const auto text = CsvReader::read(csv);
    INFO(text.error().toStdString());
    REQUIRE(text.ok());

    for (const Sheet &sheet : {book->sheets[0], text.value()}) {
        INFO(sheet.name.toStdString());
        CHECK(sheet.cell(0, 0).text == QStringLiteral("姓名"));
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QList<QVariant> &row = table.rows[r];
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                const QVariant value = c < row.size() ? row[c] : QVariant();
                const SheetCell &cell = sheet.cell(int(r + 1), int(c));
                INFO("row " << r << " column " << c << ": " << cell.text.toStdString());
                if (value.isNull() ||
                    (value.typeId() == QMetaType::QDate && !value.toDate().isValid())) {
                    CHECK(cell.isEmpty());
                } else if (value.typeId() == QMetaType::QDate) {
                    CHECK(cell.text == value.toDate().toString(u"yyyy-MM-dd"));
                } else if (isDecimalCell(value)) {
                    CHECK(cell.text.toDouble() == value.toDouble());
                } else {
                    CHECK(cell.text == value.toString());
                }
            }
        }
    }
    // The spreadsheet keeps the kinds: text stays text, dates are dates, numbers numbers.
    const Sheet &sheet = book->sheets[0];
    CHECK(sheet.cell(10, 0).kind == SheetCell::Kind::Text); // the ID number
    CHECK(sheet.cell(10, 0).text == QStringLiteral("350582198001011234"));
    CHECK(sheet.cell(1, 1).kind == SheetCell::Kind::Date);
    CHECK(sheet.cell(1, 1).date == QDate(2021, 7, 1));
    CHECK(sheet.cell(1, 2).kind == SheetCell::Kind::Number);
    CHECK(sheet.cell(6, 2).kind == SheetCell::Kind::Text); // "+3" in a number column
}

TEST_CASE("Sheet names are made valid for Excel", "[export]")
{
    const QString longName = QString(40, u'党');
    const QStringList names = xlsxSheetNames({
        QStringLiteral("花名册"),
        QStringLiteral("a[b]:c*d?e/f\\g"),
        longName,
        longName,
        QStringLiteral("花名册"),
        QStringLiteral("Sheet"),
        QStringLiteral("sheet"),
        QString(),
        QStringLiteral("'quoted'"),
        QStringLiteral("History"),
    });
    REQUIRE(names.size() == 10);
    CHECK(names[0] == QStringLiteral("花名册"));
    CHECK(names[1] == QStringLiteral("a_b__c_d_e_f_g"));
    CHECK(names[2] == QString(31, u'党'));
    CHECK(names[3] == QString(27, u'党') + QStringLiteral(" (2)"));
    CHECK(names[4] == QStringLiteral("花名册 (2)"));
    CHECK(names[5] == QStringLiteral("Sheet"));
    CHECK(names[6] == QStringLiteral("sheet (2)")); // Excel ignores case
    CHECK(names[7] == QStringLiteral("Sheet8"));
    CHECK(names[8] == QStringLiteral("quoted"));
    CHECK(names[9] == QStringLiteral("History (2)"));
    for (const QString &name : names)
        CHECK(name.size() <= 31);
}

TEST_CASE("The roster table has the importer's columns and Chinese values", "[export]")
{
    Organization branch;
    branch.id = 7;
    branch.fullName = QStringLiteral("中共晋江市医院第二支部委员会");
    branch.shortName = QStringLiteral("市医院第二党支部");
    Organization committee;
    committee.id = 3;
    committee.fullName = QStringLiteral("中共晋江市医院委员会");
    Unit unit{11, QStringLiteral("晋江市医院"), QStringLiteral("市医院")};

    Member m = validMember(branch.id);
    m.unitId = unit.id;
    m.gender = Gender::Female;
    m.phone = QStringLiteral("13800000000");
    m.category = MemberCategory::Probationary;
    m.status = MemberStatus::Mobile;
    m.joinDate = QDate(2024, 7, 1);
    m.confirmDate = QDate();
    m.partyPosts = {{branch.id, QStringLiteral("组织委员")},
                    {committee.id, QStringLiteral("委员")},
                    {branch.id, QStringLiteral("纪检委员")}};
    Member other = validMember(99, QStringLiteral("王雅茹"));
    other.unitId = 0;
    other.status = MemberStatus::Deceased;
    other.partyPosts.clear();

    const ExportTable table = membersTable({m, other}, {committee, branch}, {unit});
    QStringList titles;
    for (const ExportColumn &column : table.columns)
        titles.append(column.title);
    CHECK(
        titles.join(u' ') ==
        QStringLiteral("姓名 性别 民族 出生日期 公民身份号码 学历 联系电话 工作单位 行政职务 职称 "
                       "所在党支部 人员类别 入党日期 转正日期 人员状态 党内职务"));
    CHECK(table.columns[3].kind == Kind::Date);
    CHECK(table.columns[4].kind == Kind::Text);
    CHECK(table.columns[6].kind == Kind::Text);
    REQUIRE(table.rows.size() == 2);
    const QList<QVariant> &row = table.rows[0];
    CHECK(row[0].toString() == m.name);
    CHECK(row[1].toString() == QStringLiteral("女"));
    CHECK(row[3].toDate() == m.birthDate);
    CHECK(row[4].toString() == m.idNumber);
    CHECK(row[6].toString() == QStringLiteral("13800000000"));
    CHECK(row[7].toString() == QStringLiteral("晋江市医院"));
    CHECK(row[10].toString() == QStringLiteral("中共晋江市医院第二支部委员会"));
    CHECK(row[11].toString() == QStringLiteral("预备党员"));
    CHECK(row[12].toDate() == QDate(2024, 7, 1));
    CHECK(row[13].isNull());
    CHECK(row[14].toString() == QStringLiteral("流动"));
    CHECK(row[15].toString() == QStringLiteral("组织委员、纪检委员")); // not the committee's
    CHECK(table.rows[1][7].isNull());                                  // no unit
    CHECK(table.rows[1][10].isNull());                                 // an organization not given
    CHECK(table.rows[1][14].toString() == QStringLiteral("去世"));
    CHECK(table.rows[1][15].isNull());
}

TEST_CASE("An exported roster imports back into its ledger unchanged", "[export]")
{
    QTemporaryDir dir;
    auto ledger = Ledger::open(writeDemo(dir));
    REQUIRE(ledger.ok());
    const QList<Member> members = ledger.value()->members().value();
    const ExportTable table = membersTable(members, ledger.value()->organizations().value(),
                                           ledger.value()->units().value());
    const QString xlsx = dir.filePath(QStringLiteral("roster.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("roster.csv"));
    REQUIRE(writeXlsx(xlsx, {table}).ok());
    REQUIRE(writeCsv(csv, table).ok());
    const auto book = XlsxReader::read(xlsx);
    REQUIRE(book.ok());
    const auto text = CsvReader::read(csv);
    REQUIRE(text.ok());

    for (const Sheet &sheet : {book->sheets[0], text.value()}) {
        INFO(sheet.name.toStdString());
        const auto mapping = MemberImport::detect(sheet);
        INFO(mapping.error().toStdString());
        REQUIRE(mapping.ok());
        const auto plan = MemberImport::plan(*ledger.value(), sheet, mapping.value());
        INFO(plan.error().toStdString());
        REQUIRE(plan.ok());
        const ImportReport &report = plan->report;
        for (const ImportProblem &problem : report.errors)
            UNSCOPED_INFO("row " << problem.row << " " << problem.column.toStdString() << ": "
                                 << problem.reason.toStdString());
        CHECK(report.errors.isEmpty());
        CHECK(report.rows == members.size());
        CHECK(report.inserted == 0);
        CHECK(report.created.isEmpty());
        // Every row matches its record and would change nothing in it: nothing to write.
        CHECK(report.updated == 0);
        CHECK(report.unchangedRows.size() == members.size());
        CHECK(plan->rows.isEmpty());
    }
}

TEST_CASE("The honors table lists each category's recipients with their citations", "[export]")
{
    Award award;
    award.title = QStringLiteral("2021年“两优一先”表彰");
    AwardCategory people{1, QStringLiteral("优秀共产党员"), RecipientKind::Person, {}};
    people.recipients = {{1, 0, 0, QStringLiteral("蔡良友"), QString()},
                         {2, 0, 0, QStringLiteral("黄保驾"), QStringLiteral("医政科科长")}};
    AwardCategory orgs{2, QStringLiteral("先进基层党组织"), RecipientKind::Organization, {}};
    orgs.recipients = {{3, 0, 9, QStringLiteral("市医院第二党支部"), QString()}};
    award.categories = {people, orgs};

    const ExportTable table = honorsTable(award);
    CHECK(table.sheetName == award.title);
    REQUIRE(table.columns.size() == 3);
    CHECK(table.columns[0].title == QStringLiteral("类别"));
    CHECK(table.columns[1].title == QStringLiteral("姓名/名称"));
    CHECK(table.columns[2].title == QStringLiteral("单位及职务"));
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0][1].toString() == QStringLiteral("蔡良友"));
    CHECK(table.rows[0][2].isNull());
    CHECK(table.rows[1] == QList<QVariant>{QStringLiteral("优秀共产党员"), QStringLiteral("黄保驾"),
                                           QStringLiteral("医政科科长")});
    CHECK(table.rows[2][0].toString() == QStringLiteral("先进基层党组织"));

    // 按姓氏笔画: 黄 (11 strokes) before 蔡 (14).
    const ExportTable byStroke = honorsTable(award, HonorOrder::Stroke);
    CHECK(byStroke.rows[0][1].toString() == QStringLiteral("黄保驾"));

    award.categories = {people};
    award.categories[0].recipients[1].citation.clear();
    const ExportTable plain = honorsTable(award);
    REQUIRE(plain.columns.size() == 2);
    CHECK(plain.columns[1].title == QStringLiteral("姓名"));
}
