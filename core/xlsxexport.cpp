#include "xlsxexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <cmath>

// The workbook is written here as SpreadsheetML parts zipped with QuaZip, not with
// libxlsxwriter: QuaZip (which the xlsx reader needs) exports minizip's function names with its
// own QIODevice-based signatures, so in one process libxlsxwriter's calls to minizip land in
// QuaZip and crash. Writing the few parts ourselves also keeps every text cell an inline string
// by construction: no formula element is ever written.

namespace PartyLedger {

namespace {

// The translation context of this file's messages.
struct XlsxExport {
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)
};

constexpr qsizetype MaxSheetName = 31;
constexpr qsizetype MaxCellText = 32767;
constexpr qsizetype MaxRows = 1048576; // including the header row
constexpr qsizetype MaxColumns = 16384;
constexpr qint64 ProgressEvery = 1000;
constexpr qsizetype FlushBytes = 1 << 20;
// zlib's fastest level: 100,000 members in about 1 s instead of 1.6 s, the file a fifth larger.
constexpr int SheetCompression = 1;
// Column widths in Excel's units (about one Latin character); a CJK character takes two.
constexpr int MinColumnWidth = 6;
constexpr int MaxColumnWidth = 50;
constexpr int ColumnPadding = 2;
// Excel keeps 15 significant digits: a longer integer is written as text so no digit is lost.
constexpr qint64 MaxExactInteger = 999'999'999'999'999;

enum Style { Plain = 0, Header = 1, DateStyle = 2 }; // indexes into cellXfs below

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isWide(char16_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) ||
           QChar::isHighSurrogate(c); // beyond the BMP: mostly rare Han characters and emoji
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            width += isWide(c.unicode()) ? 2 : 1;
    }
    return width;
}

int digits(qint64 n)
{
    int count = n < 0 ? 2 : 1;
    for (n /= 10; n != 0; n /= 10)
        ++count;
    return count;
}

// Excel's dates run from 1900 to 9999; other dates are kept as text.
bool fitsExcel(QDate date)
{
    return date.isValid() && date.year() >= 1900 && date.year() <= 9999;
}

// Days since 1899-12-30, Excel's day zero; before March 1900 one less, because Excel counts a
// 29 February 1900 that never was.
qint64 excelSerial(QDate date)
{
    const qint64 days = date.toJulianDay() - QDate(1899, 12, 30).toJulianDay();
    return date < QDate(1900, 3, 1) ? days - 1 : days;
}

QByteArray columnName(qsizetype column)
{
    QByteArray name;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(char('A' + (n - 1) % 26));
    return name;
}

QString truncatedName(const QString &name, qsizetype length)
{
    if (name.size() <= length)
        return name;
    // Never cut a character outside the BMP in half.
    if (length > 0 && name.at(length - 1).isHighSurrogate())
        --length;
    return name.left(length);
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Characters XML 1.0 cannot hold, which Excel writes as _xHHHH_.
bool needsExcelEscape(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0xFFFE || c == 0xFFFF;
}

// Text for an element or a double-quoted attribute, UTF-8. A carriage return is a character
// reference, which XML readers keep (a literal one would become a line feed). A literal "_x"
// followed by four hex digits and "_" gets its underscore escaped, or Excel would decode it.
void appendXml(QByteArray &out, const QString &text)
{
    bool plain = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'&' || u == u'<' || u == u'>' || u == u'"' || u == u'\r' || u == u'_' ||
            needsExcelEscape(u)) {
            plain = false;
            break;
        }
    }
    if (plain) {
        out += text.toUtf8();
        return;
    }
    QString escaped;
    escaped.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        switch (u) {
        case u'&':
            escaped += QLatin1String("&amp;");
            break;
        case u'<':
            escaped += QLatin1String("&lt;");
            break;
        case u'>':
            escaped += QLatin1String("&gt;");
            break;
        case u'"':
            escaped += QLatin1String("&quot;");
            break;
        case u'\r':
            escaped += QLatin1String("&#13;");
            break;
        case u'_':
            if (i + 6 < text.size() && text.at(i + 1) == u'x' && isHexDigit(text.at(i + 2)) &&
                isHexDigit(text.at(i + 3)) && isHexDigit(text.at(i + 4)) &&
                isHexDigit(text.at(i + 5)) && text.at(i + 6) == u'_')
                escaped += QLatin1String("_x005F_");
            else
                escaped += u'_';
            break;
        default:
            if (needsExcelEscape(u))
                escaped += QStringLiteral("_x%1_").arg(uint(u), 4, 16, QLatin1Char('0')).toUpper();
            else
                escaped += QChar(u);
        }
    }
    out += escaped.toUtf8();
}

// What a cell becomes in the sheet, decided once for the widths and again for the writing.
struct CellValue {
    enum class Type { Empty, Text, Number, Date } type = Type::Empty;
    QString text;      // Text
    QByteArray number; // Number and Date: the <v> content
    int width = 0;
};

CellValue cellValue(const QVariant &value, ExportColumn::Kind kind)
{
    using Type = CellValue::Type;
    if (value.isNull())
        return {};
    const auto asText = [](const QString &text) {
        return CellValue{Type::Text, text, {}, displayWidth(text)};
    };
    if (kind == ExportColumn::Kind::Text)
        return asText(value.toString());
    if (value.typeId() == QMetaType::QDate) {
        const QDate date = value.toDate();
        if (!date.isValid())
            return {};
        if (!fitsExcel(date))
            return asText(date.toString(Qt::ISODate));
        return {Type::Date, {}, QByteArray::number(excelSerial(date)), 10};
    }
    if (isIntegerCell(value)) {
        const qint64 n = value.toLongLong();
        if (n > MaxExactInteger || n < -MaxExactInteger)
            return asText(value.toString());
        return {Type::Number, {}, QByteArray::number(n), digits(n)};
    }
    if (isDecimalCell(value)) {
        const double x = value.toDouble();
        if (!std::isfinite(x))
            return {}; // Excel has no NaN or infinity; an empty cell says "none"
        const QString number = QString::number(x, 'g', QLocale::FloatingPointShortest);
        return {Type::Number, {}, number.toLatin1(), int(number.size())};
    }
    // Whatever else a caller put in a date or number column is kept as it reads.
    return asText(value.toString());
}

QList<int> columnWidths(const ExportTable &table)
{
    QList<int> widths;
    for (const ExportColumn &column : table.columns)
        widths.append(displayWidth(column.title));
    for (const QList<QVariant> &row : table.rows) {
        const qsizetype count = std::min(row.size(), table.columns.size());
        for (qsizetype c = 0; c < count; ++c) {
            if (row[c].isNull())
                continue;
            widths[c] = std::max(widths[c], cellValue(row[c], table.columns[c].kind).width);
        }
    }
    for (int &width : widths)
        width = std::clamp(width + ColumnPadding, MinColumnWidth, MaxColumnWidth);
    return widths;
}

const char *const XmlDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char *const MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char *const RelationshipNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QByteArray contentTypes(qsizetype sheets)
{
    QByteArray xml = XmlDeclaration;
    xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" "
           "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
           "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
           "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
           "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    for (qsizetype i = 1; i <= sheets; ++i)
        xml += "<Override PartName=\"/xl/worksheets/sheet" + QByteArray::number(i) +
               ".xml\" ContentType=\"application/"
               "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    return xml + "</Types>";
}

QByteArray packageRelationships()
{
    return QByteArray(XmlDeclaration) +
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"" +
           RelationshipNamespace + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
}

QByteArray workbook(const QStringList &names)
{
    QByteArray xml = XmlDeclaration;
    xml += QByteArray("<workbook xmlns=\"") + MainNamespace + "\" xmlns:r=\"" +
           RelationshipNamespace + "\"><bookViews><workbookView/></bookViews><sheets>";
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        xml += "<sheet name=\"";
        appendXml(xml, names[i]);
        xml += "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    }
    return xml + "</sheets></workbook>";
}

QByteArray workbookRelationships(qsizetype sheets)
{
    QByteArray xml = XmlDeclaration;
    xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (qsizetype i = 1; i <= sheets; ++i)
        xml += "<Relationship Id=\"rId" + QByteArray::number(i) + "\" Type=\"" +
               RelationshipNamespace + "/worksheet\" Target=\"worksheets/sheet" +
               QByteArray::number(i) + ".xml\"/>";
    xml += "<Relationship Id=\"rId" + QByteArray::number(sheets + 1) + "\" Type=\"" +
           RelationshipNamespace + "/styles\" Target=\"styles.xml\"/>";
    return xml + "</Relationships>";
}

// Three cell styles: plain, the bold header, and dates shown yyyy-mm-dd.
QByteArray styles()
{
    return QByteArray(XmlDeclaration) + "<styleSheet xmlns=\"" + MainNamespace +
           "\">"
           "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
           "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>"
           "</font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
           "</fonts>"
           "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
           "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
           "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
           "</borders>"
           "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
           "borderId=\"0\"/></cellStyleXfs>"
           "<cellXfs count=\"3\">"
           "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
           "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
           "applyFont=\"1\"/>"
           "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
           "applyNumberFormat=\"1\"/>"
           "</cellXfs>"
           "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
           "</cellStyles></styleSheet>";
}

// Why writing stopped: a full disk or a refused write, a cancel, or a cell Excel cannot hold.
struct Stop {
    enum class Reason { None, Write, Cancel, TooLong } reason = Reason::None;
    qsizetype row = 0;
    qsizetype column = 0;
};

// Streams one sheet's XML into its entry of the package, a megabyte at a time.
class SheetStream {
public:
    SheetStream(QuaZipFile &entry, const ExportTable &table, bool selected)
        : m_entry(entry)
        , m_table(table)
        , m_selected(selected)
    {
    }

    Stop write(qint64 &done, qint64 total, const SheetProgress &progress)
    {
        for (qsizetype c = 0; c < m_table.columns.size(); ++c)
            m_letters.append(columnName(c));
        m_out.reserve(FlushBytes + 64 * 1024);
        begin();
        m_out += "<row r=\"1\">";
        for (qsizetype c = 0; c < m_table.columns.size(); ++c)
            text(c, 1, m_table.columns[c].title, Header);
        m_out += "</row>";
        for (qsizetype r = 0; r < m_table.rows.size(); ++r, ++done) {
            if (progress && done % ProgressEvery == 0 && !progress(done, total))
                return {Stop::Reason::Cancel};
            const QByteArray rowNumber = QByteArray::number(r + 2);
            m_out += "<row r=\"" + rowNumber + "\">";
            const QList<QVariant> &row = m_table.rows[r];
            const qsizetype count = std::min(row.size(), m_table.columns.size());
            for (qsizetype c = 0; c < count; ++c) {
                if (row[c].isNull())
                    continue;
                const CellValue cell = cellValue(row[c], m_table.columns[c].kind);
                switch (cell.type) {
                case CellValue::Type::Empty:
                    break;
                case CellValue::Type::Text:
                    if (cell.text.size() > MaxCellText)
                        return {Stop::Reason::TooLong, r, c};
                    text(c, r + 2, cell.text, Plain);
                    break;
                case CellValue::Type::Number:
                case CellValue::Type::Date:
                    m_out += "<c r=\"" + m_letters[c] + rowNumber + '"';
                    if (cell.type == CellValue::Type::Date)
                        m_out += " s=\"" + QByteArray::number(int(DateStyle)) + '"';
                    m_out += "><v>" + cell.number + "</v></c>";
                    break;
                }
            }
            m_out += "</row>";
            if (m_out.size() >= FlushBytes && !flush())
                return {Stop::Reason::Write};
        }
        m_out += "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" "
                 "bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";
        return flush() ? Stop{} : Stop{Stop::Reason::Write};
    }

private:
    // The header row stays in view (frozen above A2) and the columns are as wide as their text.
    void begin()
    {
        m_out += XmlDeclaration;
        m_out += QByteArray("<worksheet xmlns=\"") + MainNamespace + "\" xmlns:r=\"" +
                 RelationshipNamespace + "\"><sheetViews><sheetView workbookViewId=\"0\"";
        if (m_selected)
            m_out += " tabSelected=\"1\"";
        m_out += "><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                 "state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" "
                 "sqref=\"A2\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";
        const QList<int> widths = columnWidths(m_table);
        if (!widths.isEmpty()) {
            m_out += "<cols>";
            for (qsizetype c = 0; c < widths.size(); ++c) {
                const QByteArray n = QByteArray::number(c + 1);
                m_out += "<col min=\"" + n + "\" max=\"" + n + "\" width=\"" +
                         QByteArray::number(widths[c]) + "\" customWidth=\"1\"/>";
            }
            m_out += "</cols>";
        }
        m_out += "<sheetData>";
    }

    // Always an inline string: a text such as "=1+1" or an ID number stays text.
    void text(qsizetype column, qsizetype row, const QString &value, Style style)
    {
        m_out += "<c r=\"" + m_letters[column] + QByteArray::number(row) + '"';
        if (style != Plain)
            m_out += " s=\"" + QByteArray::number(int(style)) + '"';
        m_out += " t=\"inlineStr\"><is><t";
        if (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()))
            m_out += " xml:space=\"preserve\"";
        m_out += '>';
        appendXml(m_out, value);
        m_out += "</t></is></c>";
    }

    bool flush()
    {
        const bool written = m_entry.write(m_out) == m_out.size();
        m_out.clear();
        return written;
    }

    QuaZipFile &m_entry;
    const ExportTable &m_table;
    const bool m_selected;
    QList<QByteArray> m_letters;
    QByteArray m_out;
};

QString cancelled(const QString &path)
{
    return XlsxExport::tr("The export was cancelled; %1 was not written.").arg(shown(path));
}

QString writeFailed(const QString &path, const QString &reason)
{
    return XlsxExport::tr("Could not save %1. The disk may be full or the folder may not allow "
                          "writing (%2).")
        .arg(shown(path), reason);
}

} // namespace

QStringList xlsxSheetNames(const QStringList &wanted)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    QStringList names;
    // Excel compares sheet names without regard to case and keeps "History" for itself.
    QSet<QString> taken{QStringLiteral("history")};
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        QString name = wanted[i];
        for (QChar &c : name) {
            if (forbidden.contains(c) || c.unicode() < 0x20)
                c = u'_';
        }
        name = name.simplified();
        while (name.startsWith(u'\''))
            name.remove(0, 1);
        name = truncatedName(name, MaxSheetName);
        while (name.endsWith(u'\''))
            name.chop(1);
        if (name.isEmpty())
            name = XlsxExport::tr("Sheet%1").arg(i + 1);
        QString unique = name;
        for (int n = 2; taken.contains(unique.toCaseFolded()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            unique = truncatedName(name, MaxSheetName - suffix.size()) + suffix;
        }
        taken.insert(unique.toCaseFolded());
        names.append(unique);
    }
    return names;
}

Result<void> writeXlsx(const QString &path, const QList<ExportTable> &tables,
                       const SheetProgress &progress)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error{XlsxExport::tr("Could not save %1: the folder %2 does not exist.")
                         .arg(shown(path), shown(target.absolutePath()))};

    const QList<ExportTable> sheets = tables.isEmpty() ? QList<ExportTable>{{}} : tables;
    QStringList wanted;
    qint64 total = 0;
    for (const ExportTable &table : sheets) {
        wanted.append(table.sheetName);
        total += table.rows.size();
        if (table.rows.size() >= MaxRows || table.columns.size() > MaxColumns)
            return Error{XlsxExport::tr("Could not save %1: the sheet %2 has %3 rows and %4 "
                                        "columns; an Excel sheet holds at most %5 rows below "
                                        "the header and %6 columns.")
                             .arg(shown(path), table.sheetName)
                             .arg(table.rows.size())
                             .arg(table.columns.size())
                             .arg(MaxRows - 1)
                             .arg(MaxColumns)};
    }
    const QStringList names = xlsxSheetNames(wanted);

    // QSaveFile writes beside the destination and renames over it only on commit().
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{XlsxExport::tr("Could not save %1: %2.").arg(shown(path), file.errorString())};
    QuaZip zip(&file);
    zip.setAutoClose(false); // the QSaveFile is committed below, never closed by QuaZip
    if (!zip.open(QuaZip::mdCreate))
        return Error{writeFailed(path, file.errorString())};

    const auto add = [&](const QString &name, const QByteArray &bytes) {
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        const bool written = entry.write(bytes) == bytes.size();
        entry.close();
        return written && entry.getZipError() == ZIP_OK;
    };
    bool ok =
        add(QStringLiteral("[Content_Types].xml"), contentTypes(sheets.size())) &&
        add(QStringLiteral("_rels/.rels"), packageRelationships()) &&
        add(QStringLiteral("xl/workbook.xml"), workbook(names)) &&
        add(QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelationships(sheets.size())) &&
        add(QStringLiteral("xl/styles.xml"), styles());

    qint64 done = 0;
    for (qsizetype t = 0; ok && t < sheets.size(); ++t) {
        QuaZipFile entry(&zip);
        const QString name = QStringLiteral("xl/worksheets/sheet%1.xml").arg(t + 1);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED,
                        SheetCompression)) {
            ok = false;
            break;
        }
        const Stop stop = SheetStream(entry, sheets[t], t == 0).write(done, total, progress);
        entry.close();
        switch (stop.reason) {
        case Stop::Reason::None:
            ok = entry.getZipError() == ZIP_OK;
            break;
        case Stop::Reason::Write:
            ok = false;
            break;
        case Stop::Reason::Cancel:
            file.cancelWriting();
            return Error{cancelled(path)};
        case Stop::Reason::TooLong:
            file.cancelWriting();
            return Error{XlsxExport::tr("Could not save %1: the cell in row %2 under \"%3\" on "
                                        "sheet %4 holds more than the %5 characters an Excel "
                                        "cell can.")
                             .arg(shown(path))
                             .arg(stop.row + 2)
                             .arg(sheets[t].columns[stop.column].title, names[t])
                             .arg(MaxCellText)};
        }
    }
    if (ok && progress && !progress(total, total)) {
        file.cancelWriting();
        return Error{cancelled(path)};
    }
    zip.close();
    ok = ok && zip.getZipError() == ZIP_OK;
    if (!ok) {
        // QuaZip's own codes say little; the file's error says what the system refused.
        const QString reason = file.error() != QFileDevice::NoError
                                   ? file.errorString()
                                   : XlsxExport::tr("zip error %1").arg(zip.getZipError());
        file.cancelWriting();
        return Error{writeFailed(path, reason)};
    }
    if (!file.commit())
        return Error{writeFailed(path, file.errorString())};
    return {};
}

} // namespace PartyLedger
