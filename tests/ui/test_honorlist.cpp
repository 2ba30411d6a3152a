// The printed honor list: PDF and ODT read back with the tools a reader would use (pdftotext,
// unzip), compared with the list as it was published.
#include "honorlistdocument.h"
#include "ledger.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTranslator>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
// The window's Chinese, for one test: the translation and the locale, put back afterwards.
class ChineseUi {
public:
    ChineseUi()
        : m_previous(QLocale())
    {
        REQUIRE(m_translator.load(QStringLiteral(":/i18n/partyledger_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    ~ChineseUi()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_previous);
    }
    ChineseUi(const ChineseUi &) = delete;
    ChineseUi &operator=(const ChineseUi &) = delete;

private:
    QTranslator m_translator;
    QLocale m_previous;
};

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30'000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
}

// The text of an ODT's content.xml without its markup.
QString odtText(const QString &path)
{
    QString xml =
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    xml.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    return xml.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

QString withoutSpace(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

struct Published {
    QStringList headings; // 一、优秀共产党员(61名)
    QStringList entries;  // 蔡良友 晋江市卫生健康局办公室主任
    QStringList names;
};

Published published()
{
    // Beside this file's folder, so the test runs from any build directory.
    const QString path = QFileInfo(QStringLiteral(__FILE__)).absolutePath() +
                         QStringLiteral("/../fixtures/guangrongbang-2021.txt");
    const QString text = QString::fromUtf8(fileBytes(path));
    static const QRegularExpression heading(QStringLiteral("^[一二三四五六七八九十]+、"));
    Published list;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("- "))) {
            list.entries.append(line.mid(2));
            list.names.append(line.mid(2).section(QLatin1Char(' '), 0, 0));
        } else if (heading.match(line).hasMatch()) {
            list.headings.append(line.trimmed());
        }
    }
    REQUIRE(list.headings.size() == 3);
    REQUIRE(list.entries.size() == 79);
    return list;
}

// Each of pieces in text, in this order; returns the first one missing or out of order.
QString firstOutOfOrder(const QString &text, const QStringList &pieces)
{
    const QString haystack = withoutSpace(text);
    qsizetype at = 0;
    for (const QString &piece : pieces) {
        const qsizetype found = haystack.indexOf(withoutSpace(piece), at);
        if (found < 0)
            return piece;
        at = found + withoutSpace(piece).size();
    }
    return {};
}

Award demoAward(const QTemporaryDir &dir)
{
    auto ledger = Ledger::open(writeDemo(dir), Ledger::Access::ReadOnly);
    REQUIRE(ledger.ok());
    const auto awards = ledger.value()->awards();
    REQUIRE(awards.ok());
    REQUIRE(awards->size() == 1);
    return awards->first();
}

Award smallAward(int people, const QString &citation = QStringLiteral("晋江市医院医务科副科长"))
{
    Award award;
    award.id = 7;
    award.title = QStringLiteral("测试表彰");
    award.date = QDate(2021, 6, 28);
    award.grantor = QStringLiteral("中共测试委员会");
    AwardCategory category;
    category.name = QStringLiteral("优秀共产党员");
    for (int i = 0; i < people; ++i)
        category.recipients.append({0, 0, 0, QStringLiteral("党员%1").arg(i + 1), citation});
    award.categories.append(category);
    return award;
}

int pageCount(const QString &pdfTextLayout)
{
    // pdftotext ends every page with a form feed.
    return int(pdfTextLayout.count(QLatin1Char('\f')));
}
} // namespace

TEST_CASE("The demo award prints as the published list in PDF and ODT", "[honorlist]")
{
    ChineseUi chinese;
    QTemporaryDir dir;
    const Award award = demoAward(dir);
    const Published list = published();
    const HonorListOptions options; // as entered, one column, A4

    SECTION("PDF: every entry in order under the three headings, as copyable text")
    {
        const QString pdf = dir.filePath(QStringLiteral("光荣榜.pdf"));
        const auto written = HonorListDocument::writePdf(award, options, pdf);
        INFO(written.error().toStdString());
        REQUIRE(written.ok());
        REQUIRE_FALSE(QFileInfo::exists(pdf + QStringLiteral(".partial")));
        const QString text = pdfText(pdf);
        // The headings exactly as published, each on a line of its own.
        QStringList lines;
        for (const QString &line : text.split(QLatin1Char('\n')))
            lines.append(line.trimmed());
        for (const QString &heading : list.headings) {
            INFO(heading.toStdString());
            CHECK(lines.contains(heading));
        }
        QStringList all = {QStringLiteral("光荣榜"), award.title};
        all.append(list.headings.at(0));
        all.append(list.entries.mid(0, 61));
        all.append(list.headings.at(1));
        all.append(list.entries.mid(61, 11));
        all.append(list.headings.at(2));
        all.append(list.entries.mid(72));
        all.append({award.grantor, QStringLiteral("2021年6月28日")});
        CHECK(firstOutOfOrder(text, all).toStdString() == "");
        // Text extraction gives ideographs, never the look-alike radicals (⽣ for 生).
        static const QRegularExpression radicals(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"));
        CHECK_FALSE(text.contains(radicals));
        // Three pages at 14 pt on A4, each numbered.
        const int pages = pageCount(text);
        CHECK(pages > 1);
        for (int page = 1; page <= pages; ++page)
            CHECK(
                withoutSpace(text).contains(QStringLiteral("第%1页/共%2页").arg(page).arg(pages)));
    }

    SECTION("ODT: content.xml holds the same text")
    {
        const QString odt = dir.filePath(QStringLiteral("光荣榜.odt"));
        const auto written = HonorListDocument::writeOdt(award, options, odt);
        INFO(written.error().toStdString());
        REQUIRE(written.ok());
        REQUIRE_FALSE(QFileInfo::exists(odt + QStringLiteral(".partial")));
        QStringList all = list.headings.mid(0, 1) + list.entries.mid(0, 61);
        all += list.headings.at(1);
        all += list.entries.mid(61, 11);
        all += list.headings.at(2);
        all += list.entries.mid(72);
        CHECK(firstOutOfOrder(odtText(odt), all).toStdString() == "");
    }

    SECTION("Two columns still hold every name, in order")
    {
        HonorListOptions twoColumns;
        twoColumns.columns = 2;
        const QString pdf = dir.filePath(QStringLiteral("two.pdf"));
        REQUIRE(HonorListDocument::writePdf(award, twoColumns, pdf).ok());
        const QString text = pdfText(pdf);
        CHECK(firstOutOfOrder(text, list.names).toStdString() == "");
        CHECK(firstOutOfOrder(text, list.headings).toStdString() == "");
    }

    SECTION("Stroke order states itself under the title")
    {
        HonorListOptions stroke;
        stroke.order = HonorOrder::Stroke;
        const auto document = HonorListDocument::build(award, stroke);
        CHECK(document->toPlainText().contains(HonorOrders::statement(HonorOrder::Stroke)));
        CHECK_FALSE(HonorListDocument::build(award, options)
                        ->toPlainText()
                        .contains(HonorOrders::statement(HonorOrder::Stroke)));
    }
}

TEST_CASE("Headings count people and organizations in the language of the window", "[honorlist]")
{
    Award award = smallAward(2);
    AwardCategory organizations;
    organizations.name = QStringLiteral("先进基层党组织");
    organizations.recipientKind = RecipientKind::Organization;
    organizations.recipients.append({0, 0, 1, QStringLiteral("中共测试支部委员会"), {}});
    award.categories.append(organizations);
    const HonorListOptions options;
    {
        ChineseUi chinese;
        const QString text = HonorListDocument::build(award, options)->toPlainText();
        CHECK(text.contains(QStringLiteral("一、优秀共产党员(2名)")));
        CHECK(text.contains(QStringLiteral("二、先进基层党组织(1个)")));
        CHECK(text.contains(QStringLiteral("2021年6月28日")));
    }
    const QString text = HonorListDocument::build(award, options)->toPlainText();
    CHECK(text.contains(QStringLiteral("1. 优秀共产党员 (2 people)")));
    CHECK(text.contains(QStringLiteral("2. 先进基层党组织 (1 organizations)")));
}

TEST_CASE("Problems are named before printing", "[honorlist]")
{
    const HonorListOptions options;
    SECTION("A list without problems has no warnings")
    {
        CHECK(HonorListDocument::warnings(smallAward(5), options).isEmpty());
    }
    SECTION("An empty category, a nameless recipient and an over-long citation")
    {
        Award award = smallAward(3);
        award.categories[0].recipients[1].name.clear();
        award.categories[0].recipients[2].citation =
            QStringLiteral("晋江市卫生监督行政执法大队支部组织委员、晋江市卫生监督行政执法大队"
                           "办公室副主任兼晋江市卫生健康局综合监督科副科长");
        AwardCategory empty;
        empty.name = QStringLiteral("优秀党务工作者");
        award.categories.append(empty);
        const QStringList warnings = HonorListDocument::warnings(award, options);
        INFO(warnings.join(QLatin1Char('\n')).toStdString());
        REQUIRE(warnings.size() == 3);
        CHECK(warnings.contains(QStringLiteral("The category 优秀党务工作者 has no recipients.")));
        CHECK(warnings.contains(QStringLiteral("Recipient 2 of 优秀共产党员 has no name.")));
        CHECK(warnings.contains(QStringLiteral(
            "The citation of 党员3 in 优秀共产党员 does not fit on one line and will wrap.")));
        // The document still prints: the empty category is left out, the nameless line kept.
        const QString text = HonorListDocument::build(award, options)->toPlainText();
        CHECK_FALSE(text.contains(QStringLiteral("优秀党务工作者")));
        CHECK(text.contains(QStringLiteral("(3 people)")));
    }
    SECTION("What fits depends on the paper and the font size")
    {
        // 40 characters at 14 pt wrap on A4 portrait but fit on A3 landscape.
        const Award award = smallAward(1, QString(40, QChar(u'卫')));
        CHECK(HonorListDocument::warnings(award, options).size() == 1);
        HonorListOptions wide;
        wide.paper = QPageSize::A3;
        wide.orientation = QPageLayout::Landscape;
        CHECK(HonorListDocument::warnings(award, wide).isEmpty());
        HonorListOptions twoColumns;
        twoColumns.columns = 2;
        CHECK(HonorListDocument::warnings(smallAward(1, QString(20, QChar(u'卫'))), twoColumns)
                  .size() == 1);
    }
}

TEST_CASE("Names print as written: markup and rare characters included", "[honorlist]")
{
    QTemporaryDir dir;
    Award award = smallAward(0);
    const QStringList names = {QStringLiteral("<b>&张三"), QStringLiteral("刘䶮"),
                               QStringLiteral("王𬌗"), QStringLiteral("阿依古丽·买买提"),
                               QStringLiteral("余榕")};
    for (const QString &name : names)
        award.categories[0].recipients.append(
            {0, 0, 0, name, QStringLiteral("<i>晋江市</i>医院&护士")});
    const HonorListOptions options;

    const QString plain = HonorListDocument::build(award, options)->toPlainText();
    for (const QString &name : names)
        CHECK(plain.contains(name));
    CHECK(plain.contains(QStringLiteral("<i>晋江市</i>医院&护士")));

    const QString pdf = dir.filePath(QStringLiteral("names.pdf"));
    REQUIRE(HonorListDocument::writePdf(award, options, pdf).ok());
    const QString text = pdfText(pdf);
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK(firstOutOfOrder(text, {name, QStringLiteral("<i>晋江市</i>医院&护士")}).isEmpty());
    }

    const QString odt = dir.filePath(QStringLiteral("names.odt"));
    REQUIRE(HonorListDocument::writeOdt(award, options, odt).ok());
    const QString xml =
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    CHECK(xml.contains(QStringLiteral("&lt;b&gt;&amp;张三")));
    CHECK_FALSE(xml.contains(QStringLiteral("<b>")));
    for (const QString &name : names.mid(1))
        CHECK(xml.contains(name));
}

TEST_CASE("Copied text is the drawn text: rare names, dates and markup", "[honorlist]")
{
    ChineseUi chinese;
    QTemporaryDir dir;
    Award award = smallAward(0);
    award.date = QDate(2024, 1, 2);
    const QString citation = QStringLiteral("晋江市<b>&医院 护理部 副主任");
    const QStringList names = {QStringLiteral("刘䶮"), QStringLiteral("王𬌗"),
                               QStringLiteral("阿依古丽·买买提"), QStringLiteral("欧阳修文")};
    for (const QString &name : names)
        award.categories[0].recipients.append({0, 0, 0, name, citation});

    const QString pdf = dir.filePath(QStringLiteral("rare.pdf"));
    QStringList notes;
    const auto written = HonorListDocument::writePdf(award, HonorListOptions(), pdf, {}, &notes);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    INFO(notes.join(QLatin1Char('\n')).toStdString());
    CHECK(notes.isEmpty());
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    // Runs of spaces as one: the layout pads between columns, but a space is never lost.
    const QString simplified = text.simplified();
    for (const QString &name : names)
        CHECK(firstOutOfOrder(text, {name, citation}).isEmpty());
    CHECK(simplified.contains(citation));
    CHECK(simplified.contains(QStringLiteral(" 2024年1月2日")));
    static const QRegularExpression radicals(QStringLiteral("[\\x{2F00}-\\x{2FDF}]"));
    CHECK_FALSE(text.contains(radicals));
    CHECK_FALSE(text.contains(QLatin1Char('\t')));
}

TEST_CASE("Glyphs no character maps to copy as what was drawn, page after page", "[honorlist]")
{
    // Characters outside the BMP on later pages, and "Page 1 of 3", whose digits the CJK font
    // shapes to proportional glyphs that no character maps to: Qt's own map has no entry for
    // either, and they are told apart only by the order they were first drawn in.
    QTemporaryDir dir;
    Award award = smallAward(100);
    QList<AwardRecipient> &recipients = award.categories[0].recipients;
    recipients[50].name = QStringLiteral("王𬌗");
    recipients[70].name = QStringLiteral("李𫟹");
    recipients[90].name = QStringLiteral("吉𠮷");
    const QString pdf = dir.filePath(QStringLiteral("pages.pdf"));
    QStringList notes;
    REQUIRE(HonorListDocument::writePdf(award, HonorListOptions(), pdf, {}, &notes).ok());
    INFO(notes.join(QLatin1Char('\n')).toStdString());
    CHECK(notes.isEmpty());
    const QString layout = pdfText(pdf);
    const QString text = layout.simplified();
    const int pages = pageCount(layout);
    CHECK(pages > 1);
    for (int page = 1; page <= pages; ++page)
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    for (const AwardRecipient &recipient : std::as_const(recipients))
        CHECK(text.contains(recipient.name + QLatin1Char(' ') + recipient.citation));
    CHECK(text.contains(QStringLiteral("6/28/2021")));
}

TEST_CASE("The ODT carries the paper, its margins and the fonts", "[honorlist]")
{
    QTemporaryDir dir;
    const Award award = smallAward(3);
    const auto styles = [&](const HonorListOptions &options) {
        const QString odt = dir.filePath(QStringLiteral("list.odt"));
        REQUIRE(HonorListDocument::writeOdt(award, options, odt).ok());
        // unzip checks every entry's CRC as it reads.
        run(QStringLiteral("unzip"), {QStringLiteral("-tq"), odt});
        return run(QStringLiteral("unzip"),
                   {QStringLiteral("-p"), odt, QStringLiteral("styles.xml")});
    };
    HonorListOptions options;
    QString xml = styles(options);
    CHECK(xml.contains(QStringLiteral("fo:page-width=\"210.0mm\"")));
    CHECK(xml.contains(QStringLiteral("fo:page-height=\"297.0mm\"")));
    CHECK(xml.contains(QStringLiteral("style:print-orientation=\"portrait\"")));
    for (const char *side : {"top", "bottom", "left", "right"})
        CHECK(xml.contains(QStringLiteral("fo:margin-%1=\"20.0mm\"").arg(QLatin1String(side))));
    CHECK(xml.contains(QStringLiteral("style:master-page style:name=\"Standard\"")));
    CHECK(xml.contains(QStringLiteral("style:font-name-asian=\"Noto Serif CJK SC\"")));

    options.orientation = QPageLayout::Landscape;
    xml = styles(options);
    CHECK(xml.contains(QStringLiteral("fo:page-width=\"297.0mm\"")));
    CHECK(xml.contains(QStringLiteral("fo:page-height=\"210.0mm\"")));
    CHECK(xml.contains(QStringLiteral("style:print-orientation=\"landscape\"")));
    options.paper = QPageSize::A3;
    options.orientation = QPageLayout::Portrait;
    xml = styles(options);
    CHECK(xml.contains(QStringLiteral("fo:page-width=\"297.0mm\"")));
    CHECK(xml.contains(QStringLiteral("fo:page-height=\"420.0mm\"")));

    // Every piece of text names the family it is set in: 宋体 for the entries, 黑体 for the
    // headings; none is raised as superscript.
    const QString content = odtText(dir.filePath(QStringLiteral("list.odt")));
    CHECK(content.contains(QStringLiteral("党员1")));
    const QString contentXml = run(QStringLiteral("unzip"),
                                   {QStringLiteral("-p"), dir.filePath(QStringLiteral("list.odt")),
                                    QStringLiteral("content.xml")});
    static const QRegularExpression used(QStringLiteral("text:style-name=\"(c\\d+)\""));
    QSet<QString> names;
    for (const auto &match : used.globalMatch(contentXml))
        names.insert(match.captured(1));
    REQUIRE_FALSE(names.isEmpty());
    for (const QString &name : std::as_const(names)) {
        const QRegularExpression style(QStringLiteral("style:name=\"%1\" style:family=\"text\">\\s*"
                                                      "<style:text-properties ([^>]*)/>")
                                           .arg(name));
        const QString properties = style.match(contentXml).captured(1);
        INFO(name.toStdString() << ": " << properties.toStdString());
        CHECK(properties.contains(QStringLiteral("fo:font-family=\"Noto S")));
        CHECK_FALSE(properties.contains(QStringLiteral("text-position")));
    }
    CHECK(contentXml.contains(QStringLiteral("fo:font-family=\"Noto Serif CJK SC\"")));
    CHECK(contentXml.contains(QStringLiteral("fo:font-family=\"Noto Sans CJK SC\"")));
}

TEST_CASE("Page numbers appear only when the list runs past one page", "[honorlist]")
{
    ChineseUi chinese;
    QTemporaryDir dir;
    const HonorListOptions options;

    const QString single = dir.filePath(QStringLiteral("single.pdf"));
    REQUIRE(HonorListDocument::writePdf(smallAward(5), options, single).ok());
    const QString one = pdfText(single);
    CHECK(pageCount(one) == 1);
    CHECK_FALSE(one.contains(QStringLiteral("页")));

    const QString many = dir.filePath(QStringLiteral("many.pdf"));
    QList<std::pair<int, int>> reported;
    const auto written =
        HonorListDocument::writePdf(smallAward(300), options, many, [&](int done, int total) {
            reported.append({done, total});
            return true;
        });
    REQUIRE(written.ok());
    const QString text = pdfText(many);
    const int pages = pageCount(text);
    CHECK(pages > 5);
    REQUIRE(reported.size() == pages);
    CHECK(reported.first() == std::pair(1, pages));
    CHECK(reported.last() == std::pair(pages, pages));
    for (int page = 1; page <= pages; ++page)
        CHECK(withoutSpace(text).contains(QStringLiteral("第%1页/共%2页").arg(page).arg(pages)));
    for (int i = 1; i <= 300; ++i)
        CHECK(withoutSpace(text).contains(QStringLiteral("党员%1晋江市").arg(i)));
}

TEST_CASE("A cancelled or failed export leaves no file behind", "[honorlist]")
{
    QTemporaryDir dir;
    const HonorListOptions options;
    const Award award = smallAward(300);

    SECTION("Cancelled after the first page; an older file of that name is kept as it was")
    {
        const QString pdf = dir.filePath(QStringLiteral("list.pdf"));
        writeBytes(pdf, QByteArrayLiteral("the list printed last year"));
        int calls = 0;
        const auto written = HonorListDocument::writePdf(award, options, pdf, [&](int, int) {
            ++calls;
            return false;
        });
        REQUIRE_FALSE(written.ok());
        CHECK(written.error() == QStringLiteral("Cancelled."));
        CHECK(calls == 1);
        CHECK(fileBytes(pdf) == QByteArrayLiteral("the list printed last year"));
        CHECK_FALSE(QFileInfo::exists(pdf + QStringLiteral(".partial")));
    }
    SECTION("Cancelled with no file of that name")
    {
        const QString pdf = dir.filePath(QStringLiteral("new.pdf"));
        CHECK_FALSE(
            HonorListDocument::writePdf(award, options, pdf, [](int, int) { return false; }).ok());
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
    SECTION("A folder that does not exist")
    {
        const QString pdf = dir.filePath(QStringLiteral("missing/list.pdf"));
        const auto written = HonorListDocument::writePdf(award, options, pdf);
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().contains(pdf));
        const QString odt = dir.filePath(QStringLiteral("missing/list.odt"));
        const auto odtWritten = HonorListDocument::writeOdt(award, options, odt);
        REQUIRE_FALSE(odtWritten.ok());
        CHECK(odtWritten.error().contains(odt));
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
}
