#include "csvreader.h"
#include "spreadsheetfile.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QStringList>
#include <QTemporaryDir>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(PARTYLEDGER_FIXTURES "/spreadsheets/") + QString::fromUtf8(name);
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// Joined, so Catch can show what differs.
std::string texts(const QList<SheetCell> &row)
{
    QStringList result;
    for (const SheetCell &cell : row)
        result.append(cell.text);
    return result.join(u" | ").toStdString();
}

Sheet parsed(const QByteArray &bytes)
{
    Result<Sheet> sheet = CsvReader::parse(bytes, QStringLiteral("t"));
    INFO(sheet.error().toStdString());
    REQUIRE(sheet.ok());
    return std::move(sheet).value();
}

// The table every encoding fixture holds.
void checkRoster(const Sheet &sheet)
{
    REQUIRE(sheet.rows.size() == 3);
    CHECK(texts(sheet.rows[0]) == "姓名 | 性别 | 身份证号 | 入党日期 | 备注");
    CHECK(texts(sheet.rows[1]) ==
          "蔡良友 | 男 | 350582197604121238 | 2001-07-01 | 办公室主任，兼组织委员");
    // Our export's formula guard is taken off again.
    CHECK(texts(sheet.rows[2]) == "王丽华 | 女 | 35058219850203002X | 2021/7/1 | =SUM(A1)");
    for (const QList<SheetCell> &row : sheet.rows) {
        for (const SheetCell &cell : row)
            CHECK(cell.kind == SheetCell::Kind::Text);
    }
}
} // namespace

TEST_CASE("CSV files in the encodings Excel and WPS write read alike", "[csv]")
{
    for (const char *name : {"roster-gbk.csv", "roster-utf8-bom.csv"}) {
        INFO(name);
        const Result<Sheet> sheet = CsvReader::read(fixture(name));
        INFO(sheet.error().toStdString());
        REQUIRE(sheet.ok());
        CHECK(sheet->name == QString::fromUtf8(name).chopped(4));
        checkRoster(sheet.value());
    }

    // Excel's "Unicode text": UTF-16LE with BOM, tab-separated; a quote inside a field.
    const Result<Sheet> unicode = CsvReader::read(fixture("unicode-text.txt"));
    REQUIRE(unicode.ok());
    CHECK(unicode->name == QStringLiteral("unicode-text"));
    REQUIRE(unicode->rows.size() == 3);
    CHECK(texts(unicode->rows[0]) == "姓名 | 职务 | 备注");
    CHECK(texts(unicode->rows[1]) == "蔡良友 | 书记 | 引号\"在中间");
    CHECK(texts(unicode->rows[2]) == "王丽华 |  | 𠀀 (outside the BMP)");
    CHECK(unicode->rows[2][1].kind == SheetCell::Kind::Empty);

    // UTF-16BE with BOM and UTF-8 without one.
    const QString table = u8("姓名,职务\r\n蔡良友,书记\r\n");
    QByteArray bigEndian("\xFE\xFF", 2);
    for (QChar c : table) {
        bigEndian.append(char(c.unicode() >> 8));
        bigEndian.append(char(c.unicode() & 0xFF));
    }
    for (const QByteArray &bytes : {bigEndian, table.toUtf8()}) {
        const Sheet sheet = parsed(bytes);
        REQUIRE(sheet.rows.size() == 2);
        CHECK(texts(sheet.rows[1]) == "蔡良友 | 书记");
    }
}

TEST_CASE("CSV quoting, separators and line breaks follow RFC 4180 and Excel", "[csv]")
{
    SECTION("semicolons, quoted line breaks, doubled quotes and CRLF")
    {
        const Result<Sheet> sheet = CsvReader::read(fixture("semicolon.csv"));
        REQUIRE(sheet.ok());
        REQUIRE(sheet->rows.size() == 3);
        CHECK(texts(sheet->rows[0]) == "姓名 | 地址 | 说明");
        CHECK(texts(sheet->rows[1]) == "蔡良友 | 晋江市\n青阳街道 | 他说\"好\"");
        CHECK(texts(sheet->rows[2]) == "王丽华 | 泉州市; 丰泽区 | 1,5");
    }
    SECTION("LF, CR and CRLF line ends; a quoted CRLF stays in the field")
    {
        const Sheet sheet = parsed("a,b\nc,d\re,f\r\ng,\"h\r\ni\"\n");
        REQUIRE(sheet.rows.size() == 4);
        CHECK(texts(sheet.rows[1]) == "c | d");
        CHECK(texts(sheet.rows[2]) == "e | f");
        CHECK(texts(sheet.rows[3]) == "g | h\r\ni");
    }
    SECTION("empty lines stay as empty rows, so row numbers match; the last line break adds none")
    {
        const Sheet sheet = parsed("a,b\n\nc,d\n");
        REQUIRE(sheet.rows.size() == 3);
        CHECK(sheet.rows[1].isEmpty());
        CHECK(sheet.cell(2, 1).text == u8("d"));
    }
    SECTION("empty fields, a trailing separator and trailing blank rows")
    {
        const Sheet sheet = parsed("a,,c,\n\"\",x,,\n,,,\n\n");
        REQUIRE(sheet.rows.size() == 2);
        CHECK(sheet.rows[0].size() == 4);
        CHECK(sheet.rows[0][1].kind == SheetCell::Kind::Empty);
        CHECK(sheet.rows[0][3].kind == SheetCell::Kind::Empty);
        CHECK(sheet.rows[1][0].kind == SheetCell::Kind::Empty);
        CHECK(sheet.rows[1][1].text == u8("x"));
    }
    SECTION("text after a closing quote is kept; an unclosed quote runs to the end")
    {
        const Sheet sheet = parsed("\"ab\"cd,e\nf,\"g,h\ni");
        REQUIRE(sheet.rows.size() == 2);
        CHECK(sheet.cell(0, 0).text == u8("abcd"));
        CHECK(sheet.cell(1, 1).text == u8("g,h\ni"));
    }
    SECTION("the separator is the one that splits the first lines consistently")
    {
        // Tabs, with commas inside values.
        CHECK(parsed("姓名\t地址\n蔡良友\t晋江市,青阳\n").rows[1].size() == 2);
        // Semicolons with a decimal comma in every row.
        const Sheet semicolons = parsed("a;b;c\n1,5;2;3\n4;5,5;6\n");
        CHECK(semicolons.rows[1].size() == 3);
        CHECK(semicolons.cell(1, 0).text == u8("1,5"));
        // Separators inside quotes do not count.
        CHECK(parsed("\"a;b;c\",d\n\"e;f;g\",h\n").rows[0].size() == 2);
        // A title line above the table does not decide.
        const Sheet titled = parsed("花名册\n姓名;性别\n蔡良友;男\n");
        CHECK(titled.rows[0].size() == 1);
        CHECK(titled.rows[2].size() == 2);
        // One column.
        CHECK(parsed("姓名\n蔡良友\n").rows[1].size() == 1);
    }
}

TEST_CASE("CSV cells stay text; only our formula guard is taken off", "[csv]")
{
    // One apostrophe goes before = + - @ tab CR, and before an apostrophe followed by one of
    // those: what core/csvexport.cpp adds.
    const Sheet sheet = parsed("'=SUM(A1),'+86 139,'-5,'@cmd,'abc,''=x,' =y,00123,"
                               "350582197604121238,3.50582E+17, \n");
    REQUIRE(sheet.rows.size() == 1);
    CHECK(texts(sheet.rows[0]) == "=SUM(A1) | +86 139 | -5 | @cmd | 'abc | '=x | ' =y | 00123 | "
                                  "350582197604121238 | 3.50582E+17 |  ");
    for (const SheetCell &cell : sheet.rows[0])
        CHECK(cell.kind == SheetCell::Kind::Text);
    CHECK(sheet.rows[0].last().isEmpty()); // a blank counts as empty for the importer
    CHECK(texts(parsed("a,b\n'\tx,'''=y\n").rows[1]) == "\tx | '''=y");
}

TEST_CASE("Files that are no text table get one clear message", "[csv]")
{
    const auto refused = [](const Result<Sheet> &sheet, const char *expected) {
        REQUIRE_FALSE(sheet.ok());
        INFO(sheet.error().toStdString());
        CHECK(sheet.error().contains(u8(expected)));
    };
    refused(CsvReader::read(fixture("junk.csv")),
            "junk.csv is not a text table (CSV) file: it holds binary data");
    refused(CsvReader::read(fixture("empty.csv")), "empty.csv is empty: it holds no table.");
    refused(CsvReader::read(fixture("missing.csv")), "missing.csv does not exist.");
    refused(CsvReader::parse(QByteArray("a,b\n\0\0c,d\n", 10), QStringLiteral("nul.csv")),
            "nul.csv is not a text table (CSV) file");
    refused(CsvReader::parse(QByteArray("\x01\x02\x03\x04\x05\x06,\x07\x08\n\x0b\x0c,x\n"),
                             QStringLiteral("controls.csv")),
            "controls.csv is not a text table (CSV) file");
    // Bytes that are neither UTF-8 nor GB18030 (0xFF never starts a GB18030 character).
    refused(CsvReader::parse(QByteArray("a,b\n\xFF\xFF,c\n"), QStringLiteral("bad.csv")),
            "bad.csv is not a text table (CSV) file");
    refused(CsvReader::parse(QByteArray("\r\n,,\r\n"), QStringLiteral("blank.csv")),
            "blank.csv is empty");
}

TEST_CASE("CSV reading reports progress and can be cancelled", "[csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QByteArray bytes;
    for (int row = 0; row < 10000; ++row)
        bytes += "蔡良友,男,350582197604121238,2001-07-01\n";
    writeBytes(path, bytes);

    QList<qint64> done;
    const Result<Sheet> read = CsvReader::read(path, [&](qint64 at, qint64 total) {
        done.append(at);
        CHECK(at <= total);
        return true;
    });
    REQUIRE(read.ok());
    CHECK(read->rows.size() == 10000);
    CHECK(done.size() >= 2);
    CHECK(std::is_sorted(done.begin(), done.end()));

    const Result<Sheet> cancelled = CsvReader::read(path, [](qint64, qint64) { return false; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error() == u8("Reading big.csv was cancelled."));
}

TEST_CASE("A spreadsheet file is read by what it holds, not by its name", "[csv][xlsx]")
{
    QTemporaryDir dir;
    // A workbook renamed to .csv and a CSV renamed to .xls.
    const QString workbook = dir.filePath(QStringLiteral("roster.csv"));
    REQUIRE(QFile::copy(fixture("roster.xlsx"), workbook));
    const Result<Workbook> fromZip = readSpreadsheet(workbook);
    REQUIRE(fromZip.ok());
    CHECK(fromZip->sheets.size() == 3);

    const QString text = dir.filePath(QStringLiteral("roster.xls"));
    REQUIRE(QFile::copy(fixture("roster-gbk.csv"), text));
    const Result<Workbook> fromText = readSpreadsheet(text);
    REQUIRE(fromText.ok());
    REQUIRE(fromText->sheets.size() == 1);
    checkRoster(fromText->sheets[0]);

    const Result<Workbook> legacy = readSpreadsheet(fixture("legacy.xls"));
    REQUIRE_FALSE(legacy.ok());
    CHECK(legacy.error().contains(u8("save it as an Excel workbook (.xlsx)")));

    const Result<Workbook> missing = readSpreadsheet(dir.filePath(QStringLiteral("none.xlsx")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().endsWith(u8("none.xlsx does not exist.")));
}
