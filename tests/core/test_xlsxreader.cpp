#include "xlsxreader.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QStringList>
#include <QTemporaryDir>

using namespace PartyLedger;
using namespace PartyLedger::Testing;
using Kind = SheetCell::Kind;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(PARTYLEDGER_FIXTURES "/spreadsheets/") + QString::fromUtf8(name);
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

Workbook workbook(const char *name)
{
    Result<Workbook> read = XlsxReader::read(fixture(name));
    INFO(read.error().toStdString());
    REQUIRE(read.ok());
    return std::move(read).value();
}

// Joined, so Catch can show what differs.
std::string texts(const QList<SheetCell> &row)
{
    QStringList result;
    for (const SheetCell &cell : row)
        result.append(cell.text);
    return result.join(u" | ").toStdString();
}

void checkCell(const SheetCell &cell, Kind kind, const char *text)
{
    INFO("cell " << cell.text.toStdString());
    CHECK(cell.kind == kind);
    CHECK(cell.text == u8(text));
}

void checkDate(const SheetCell &cell, QDate date, double serial)
{
    INFO("cell " << cell.text.toStdString());
    CHECK(cell.kind == Kind::Date);
    CHECK(cell.date == date);
    CHECK(cell.text == date.toString(Qt::ISODate));
    CHECK(cell.number == serial);
}

void refused(const Result<Workbook> &read, const QString &expected)
{
    REQUIRE_FALSE(read.ok());
    INFO(read.error().toStdString());
    CHECK(read.error().contains(expected));
}
} // namespace

TEST_CASE("A roster workbook reads with its sheets, merged headers, IDs and dates", "[xlsx]")
{
    const Workbook book = workbook("roster.xlsx");
    REQUIRE(book.sheets.size() == 3);
    CHECK(book.sheets[0].name == u8("花名册"));
    CHECK(book.sheets[1].name == u8("活动"));
    CHECK(book.sheets[2].name == u8("说明"));

    const Sheet &roster = book.sheets[0];
    REQUIRE(roster.rows.size() == 8);
    // The title merged across A1:H1 reads in every cell of it; the headers merged over two
    // rows read in both, the one merged across D2:E2 in both columns.
    CHECK(texts(roster.rows[0]) ==
          QStringList(8, u8("晋江市卫生健康局党员花名册")).join(u" | ").toStdString());
    CHECK(texts(roster.rows[1]) ==
          "姓名 | 性别 | 身份证号 | 入党 | 入党 | 联系电话 | 预备党员 | 备注");
    CHECK(texts(roster.rows[2]) ==
          "姓名 | 性别 | 身份证号 | 日期 | 转正日期 | 联系电话 | 预备党员 | 备注");
    REQUIRE(roster.merged.size() == 8);
    CHECK(roster.merged[0].firstRow == 0);
    CHECK(roster.merged[0].firstColumn == 0);
    CHECK(roster.merged[0].lastRow == 0);
    CHECK(roster.merged[0].lastColumn == 7);
    CHECK(roster.merged[7].firstRow == 1);
    CHECK(roster.merged[7].firstColumn == 3);
    CHECK(roster.merged[7].lastColumn == 4);

    checkCell(roster.cell(3, 0), Kind::Text, "蔡良友");
    checkCell(roster.cell(3, 2), Kind::Text, "350582197604121238");
    checkDate(roster.cell(3, 3), QDate(2001, 7, 1), 37073);
    checkDate(roster.cell(3, 4), QDate(2002, 7, 1), 37438);
    checkCell(roster.cell(3, 5), Kind::Number, "13905951234");
    checkCell(roster.cell(3, 6), Kind::Boolean, "FALSE");
    CHECK(roster.cell(3, 6).number == 0);
    checkCell(roster.cell(3, 7), Kind::Text, "办公室主任");

    // An ID typed into a number cell: its value in full, so the lost digits show as zeros.
    checkCell(roster.cell(4, 2), Kind::Number, "350582000000000000");
    CHECK(roster.cell(4, 2).number == 3.50582e17);
    CHECK(roster.cell(4, 4).kind == Kind::Empty);
    checkCell(roster.cell(4, 6), Kind::Boolean, "TRUE");
    CHECK(roster.rows[4].size() == 7);
    // openpyxl wrote 3.505821980010113e+17 for ...1234: the double of that, in full.
    checkCell(roster.cell(5, 2), Kind::Number, "350582198001011328");
    checkCell(roster.cell(5, 7), Kind::Text, "'=SUM(A1)"); // only CSV has our formula guard

    // Row 7 is not in the file: kept empty, so 林晓明 stays in row 8 as Excel shows.
    CHECK(roster.rows[6].isEmpty());
    checkCell(roster.cell(7, 0), Kind::Text, "林晓明");
    checkDate(roster.cell(7, 3), QDate(2010, 3, 15), 40252); // built-in format 14
    checkDate(roster.cell(7, 4), QDate(2011, 3, 15), 40617); // yyyy"年"m"月"d"日"
}

TEST_CASE("The same roster saved by LibreOffice reads the same", "[xlsx]")
{
    // roster-libreoffice.xlsx is roster.xlsx opened and saved again by LibreOffice Calc 7.4
    // (soffice --headless --convert-to xlsx). LibreOffice writes its own XML: other styles,
    // booleans as the formulas TRUE() and FALSE() with their values, no empty rows.
    const Workbook ours = workbook("roster.xlsx");
    const Workbook theirs = workbook("roster-libreoffice.xlsx");
    REQUIRE(theirs.sheets.size() == ours.sheets.size());
    for (qsizetype s = 0; s < ours.sheets.size(); ++s) {
        const Sheet &a = ours.sheets.at(s);
        const Sheet &b = theirs.sheets.at(s);
        INFO("sheet " << a.name.toStdString());
        CHECK(b.name == a.name);
        for (int row = 0; row < std::max(a.rows.size(), b.rows.size()); ++row) {
            for (int column = 0; column < 8; ++column) {
                INFO("row " << row + 1 << ", column " << column + 1);
                CHECK(b.cell(row, column).kind == a.cell(row, column).kind);
                CHECK(b.cell(row, column).date == a.cell(row, column).date);
                // The ID typed as a number: LibreOffice saves 15 significant digits of it.
                const bool numericId = s == 0 && row == 5 && column == 2;
                CHECK(b.cell(row, column).text.toStdString() ==
                      (numericId ? "350582198001011008" : a.cell(row, column).text.toStdString()));
            }
        }
        CHECK(b.merged.size() == a.merged.size());
    }
}

TEST_CASE("Numbers read exactly and serial dates in the 1900 system", "[xlsx]")
{
    const Workbook book = workbook("roster.xlsx");
    const Sheet &numbers = book.sheets[1];
    REQUIRE(numbers.rows.size() == 17);
    CHECK(texts(numbers.rows[0]) == "说明 | 值");
    const auto value = [&](int row) {
        return numbers.cell(row, 1);
    };
    checkCell(value(1), Kind::Number, "12");
    checkCell(value(2), Kind::Number, "0.1");
    checkCell(value(3), Kind::Number, "-2.75");
    checkCell(value(4), Kind::Number, "1234567.5");
    checkCell(value(5), Kind::Number, "1e-07");
    CHECK(value(5).number == 1e-7);
    checkCell(value(6), Kind::Number, "44378"); // a serial without a date format is a number
    checkDate(value(7), QDate(2021, 7, 1), 44378);
    checkDate(value(8), QDate(1900, 1, 1), 1);
    checkDate(value(9), QDate(1900, 2, 28), 59);
    // Lotus's 1900-02-29 has no date: shown as Excel shows it, as text.
    checkCell(value(10), Kind::Text, "1900-02-29");
    CHECK(value(10).number == 60);
    checkDate(value(11), QDate(1900, 3, 1), 61);
    checkDate(value(12), QDate(2021, 7, 1), 44378.75); // the time of day is dropped
    checkCell(value(13), Kind::Number, "1.5");         // [h]:mm is a duration
    checkCell(value(14), Kind::Number, "0.25");
    checkCell(value(15), Kind::Text, "00123");
    checkCell(value(16), Kind::Boolean, "TRUE");

    const Sheet &notes = book.sheets[2];
    REQUIRE(notes.rows.size() == 3);
    checkCell(notes.cell(0, 0), Kind::Text, "第一行");
    CHECK(notes.rows[1].isEmpty());
    checkCell(notes.cell(2, 0), Kind::Text, "第三行");
    CHECK(notes.cell(2, 1).kind == Kind::Empty);
    checkCell(notes.cell(2, 2), Kind::Text, "男");
}

TEST_CASE("A workbook in the 1904 date system reads its dates", "[xlsx]")
{
    const Workbook book = workbook("dates-1904.xlsx");
    REQUIRE(book.sheets.size() == 1);
    const Sheet &sheet = book.sheets[0];
    CHECK(sheet.name == u8("日期"));
    REQUIRE(sheet.rows.size() == 4);
    checkDate(sheet.cell(0, 0), QDate(2021, 7, 1), 42916);
    checkDate(sheet.cell(1, 0), QDate(1904, 1, 1), 0);
    checkDate(sheet.cell(2, 0), QDate(2021, 7, 1), 42916);
    checkCell(sheet.cell(3, 0), Kind::Number, "42916");
}

TEST_CASE("Inline strings, rich text, every cell type and cells without references", "[xlsx]")
{
    const Workbook book = workbook("inline-strings.xlsx");
    REQUIRE(book.sheets.size() == 1);
    const Sheet &sheet = book.sheets[0];
    CHECK(sheet.name == u8("手写"));
    REQUIRE(sheet.rows.size() == 4);
    // Cells after A1 have no r attribute: they follow by position. Runs are joined, the
    // phonetic guide left out.
    CHECK(texts(sheet.rows[0]) == "姓名 | 身份证号 | 蔡良友 ");
    CHECK(sheet.rows[1].isEmpty());
    const QList<SheetCell> &row = sheet.rows[2];
    REQUIRE(row.size() == 8); // I3, a formula without a cached value, is empty
    checkCell(row[0], Kind::Text, "姓名组");
    CHECK(row[1].kind == Kind::Empty);
    checkCell(row[2], Kind::Boolean, "TRUE");
    CHECK(row[2].number == 1);
    checkCell(row[3], Kind::Text, "#N/A");
    checkDate(row[4], QDate(2021, 7, 1), 44378);
    checkDate(row[5], QDate(2021, 7, 1), 44378); // [$-804]yyyy"年"m"月"d"日"
    checkCell(row[6], Kind::Number, "1.5");      // [h]:mm
    checkCell(row[7], Kind::Number, "150");
    CHECK(row[7].number == 150);
    // A row without r follows the one before it; _x000A_ is a line break.
    checkCell(sheet.cell(3, 0), Kind::Text, "第一行\n第二行");
    checkDate(sheet.cell(3, 1), QDate(2021, 7, 1), 44378);
    // Entities, character references, CDATA (taken as written) and CRLF read as XML says.
    checkCell(sheet.cell(3, 2), Kind::Text, "<a> & \"b\" 中文<c>&amp;\n尾");
}

TEST_CASE("Serial dates, date formats and number texts", "[xlsx]")
{
    CHECK(XlsxReader::dateFromSerial(1, false) == QDate(1900, 1, 1));
    CHECK(XlsxReader::dateFromSerial(59, false) == QDate(1900, 2, 28));
    CHECK_FALSE(XlsxReader::dateFromSerial(60, false));
    CHECK(XlsxReader::dateFromSerial(61, false) == QDate(1900, 3, 1));
    CHECK(XlsxReader::dateFromSerial(44378, false) == QDate(2021, 7, 1));
    CHECK(XlsxReader::dateFromSerial(44378.999, false) == QDate(2021, 7, 1));
    CHECK(XlsxReader::dateFromSerial(2958465, false) == QDate(9999, 12, 31));
    CHECK_FALSE(XlsxReader::dateFromSerial(2958466, false));
    CHECK_FALSE(XlsxReader::dateFromSerial(0, false));
    CHECK_FALSE(XlsxReader::dateFromSerial(-1, false));
    CHECK(XlsxReader::dateFromSerial(0, true) == QDate(1904, 1, 1));
    CHECK(XlsxReader::dateFromSerial(42916, true) == QDate(2021, 7, 1));
    CHECK_FALSE(XlsxReader::dateFromSerial(-1, true));

    for (int id : {14, 15, 17, 22, 27, 31, 36, 45, 47, 50, 58})
        CHECK(XlsxReader::isDateFormat(id));
    for (int id : {0, 1, 2, 4, 9, 10, 11, 12, 23, 37, 44, 48, 49, 59})
        CHECK_FALSE(XlsxReader::isDateFormat(id));
    for (const char *code : {"yyyy/m/d", "yyyy-mm-dd;@", "[$-804]yyyy\"年\"m\"月\"d\"日\"", "mm:ss",
                             "[Red]d-mmm", "h:mm AM/PM", "YYYY\"年\"M\"月\""})
        CHECK(XlsxReader::isDateFormat(164, u8(code)));
    for (const char *code : {"0.00", "General", "@", "0.00E+00", "#,##0.00_);[Red](#,##0.00)",
                             "\"day\"0", "\\d0", "[h]:mm:ss", "[mm]:ss", "0.0%", "#,##0\"元\""})
        CHECK_FALSE(XlsxReader::isDateFormat(164, u8(code)));

    CHECK(XlsxReader::numberText(3.50582e17) == u8("350582000000000000"));
    CHECK(XlsxReader::numberText(13905951234) == u8("13905951234"));
    CHECK(XlsxReader::numberText(-0.0) == u8("0"));
    CHECK(XlsxReader::numberText(0.1) == u8("0.1"));
    CHECK(XlsxReader::numberText(0.1 + 0.2) == u8("0.30000000000000004"));
    CHECK(XlsxReader::numberText(-42) == u8("-42"));
    CHECK(XlsxReader::numberText(1e21) == u8("1e+21"));
}

TEST_CASE("Workbooks that cannot be read each get one clear message", "[xlsx]")
{
    refused(XlsxReader::read(fixture("truncated.xlsx")),
            u8("truncated.xlsx is damaged: it is not a complete Excel workbook"));
    refused(XlsxReader::read(fixture("legacy.xls")),
            u8("legacy.xls is an old Excel 97-2003 workbook (.xls)"));
    refused(XlsxReader::read(fixture("legacy.xls")), u8("save it as an Excel workbook (.xlsx)"));
    refused(XlsxReader::read(fixture("encrypted.xlsx")),
            u8("encrypted.xlsx is protected with a password"));
    refused(XlsxReader::read(fixture("no-workbook.xlsx")),
            u8("no-workbook.xlsx is not an Excel workbook: it is a zip archive without a "
               "workbook inside."));
    refused(XlsxReader::read(fixture("malformed-xml.xlsx")),
            u8("malformed-xml.xlsx is damaged: the sheet “坏” cannot be read (line 1"));
    refused(XlsxReader::read(fixture("roster-gbk.csv")),
            u8("roster-gbk.csv is not an Excel workbook (.xlsx)."));
    refused(XlsxReader::read(fixture("empty.csv")), u8("empty.csv is not an Excel workbook"));
    refused(XlsxReader::read(fixture("missing.xlsx")), u8("missing.xlsx does not exist."));
}

TEST_CASE("A zip bomb is refused before it fills the memory", "[xlsx]")
{
    // 4 MB of sheet packed into 5 KB: far tighter than any spreadsheet program packs.
    refused(XlsxReader::read(fixture("bomb.xlsx")),
            u8("bomb.xlsx was not read: its part xl/worksheets/data.xml unpacks to more than 200 "
               "times its packed size"));

    // Within the ratio but over the total a workbook may unpack to.
    XlsxLimits small;
    small.maxTotalBytes = 1024 * 1024;
    small.maxRatio = 1e6;
    refused(XlsxReader::read(fixture("bomb.xlsx"), {}, small),
            u8("bomb.xlsx was not read: it unpacks to more than 1 MB"));
    // The rosters themselves stay well within those limits.
    CHECK(XlsxReader::read(fixture("roster.xlsx"), {}, small).ok());

    // Headers that understate the sheet as 4,000 bytes are not believed beyond that: minizip
    // stops there, and the checksum then fails.
    refused(XlsxReader::read(fixture("bomb-small-size.xlsx")),
            u8("bomb-small-size.xlsx is damaged: it is not a complete Excel workbook"));
    // Headers that overstate the packed size as 1 GB pass the check of the headers; what is
    // counted while inflating, against the 22 KB the file has, does not (4 MB: 189 times).
    XlsxLimits tight;
    tight.maxRatio = 100;
    refused(XlsxReader::read(fixture("bomb-large-packed-size.xlsx"), {}, tight),
            u8("bomb-large-packed-size.xlsx was not read: its part xl/worksheets/data.xml unpacks "
               "to more than 100 times its packed size"));
}

TEST_CASE("Reading a workbook reports rows read and can be cancelled", "[xlsx]")
{
    QList<std::pair<qint64, qint64>> reports;
    const Result<Workbook> read =
        XlsxReader::read(fixture("many-rows.xlsx"), [&](qint64 done, qint64 total) {
            reports.append({done, total});
            return true;
        });
    REQUIRE(read.ok());
    REQUIRE(read->sheets.size() == 1);
    const Sheet &sheet = read->sheets[0];
    REQUIRE(sheet.rows.size() == 2500);
    checkCell(sheet.cell(2499, 0), Kind::Number, "7");
    CHECK(reports == QList<std::pair<qint64, qint64>>{{1024, 2500}, {2048, 2500}, {2500, 2500}});

    int calls = 0;
    const Result<Workbook> cancelled =
        XlsxReader::read(fixture("many-rows.xlsx"), [&](qint64, qint64) { return ++calls < 2; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error() == u8("Reading many-rows.xlsx was cancelled."));
    CHECK(calls == 2);
}
