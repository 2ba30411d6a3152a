#include "xlsxreader.h"

#include "dateinput.h"

#include "xmlscanner.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <functional>

using namespace Qt::StringLiterals;

namespace PartyLedger {

namespace {

constexpr int MaxRows = 1048576; // Excel's sheet size
constexpr int MaxColumns = 16384;
constexpr int ProgressEveryRows = 1024;
constexpr double LastSerial1900 = 2958465; // 9999-12-31
constexpr double LastSerial1904 = 2957003;

const QDate Epoch1904(1904, 1, 1);
// Serials from 61 on count from 1899-12-30 because Lotus took 1900 for a leap year; 1 to 59
// count from 1899-12-31.
const QDate Epoch1900Late(1899, 12, 30);
const QDate Epoch1900Early(1899, 12, 31);

bool isOle2(QByteArrayView head)
{
    return head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

bool isZip(QByteArrayView head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06");
}

// A password-protected .xlsx is an OLE2 file with an "EncryptedPackage" stream; the name
// sits in the directory, in UTF-16LE.
bool isEncryptedPackage(const QByteArray &ole)
{
    QByteArray name;
    for (char c : QByteArrayView("EncryptedPackage")) {
        name.append(c);
        name.append('\0');
    }
    return ole.contains(name);
}

// "AB12" -> row 11, column 27 (zero-based). Either part may be missing from a reference.
bool parseCellReference(QByteArrayView ref, int *row, int *column)
{
    qsizetype i = 0;
    int col = 0;
    if (i < ref.size() && ref[i] == '$')
        ++i;
    const qsizetype lettersStart = i;
    for (; i < ref.size(); ++i) {
        const char c = ref[i];
        const char upper = (c >= 'a' && c <= 'z') ? char(c - 32) : c;
        if (upper < 'A' || upper > 'Z')
            break;
        col = col * 26 + (upper - 'A' + 1);
        if (col > MaxColumns)
            return false;
    }
    const bool hasLetters = i > lettersStart;
    if (i < ref.size() && ref[i] == '$')
        ++i;
    int rowNumber = 0;
    const qsizetype digitsStart = i;
    for (; i < ref.size(); ++i) {
        const char c = ref[i];
        if (c < '0' || c > '9')
            return false;
        rowNumber = rowNumber * 10 + (c - '0');
        if (rowNumber > MaxRows)
            return false;
    }
    const bool hasDigits = i > digitsStart;
    if (!hasLetters && !hasDigits)
        return false;
    if (column)
        *column = hasLetters ? col - 1 : -1;
    if (row)
        *row = hasDigits && rowNumber > 0 ? rowNumber - 1 : -1;
    return true;
}

// Excel writes characters XML cannot hold, and a literal "_x" before hex digits, as _xHHHH_.
QString unescapeXlsx(QString text)
{
    if (!text.contains(u"_x"))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).sliced(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                result.append(QChar(code));
                i += 6;
                continue;
            }
        }
        result.append(text[i]);
    }
    return result;
}

qint64 serialFromDate(QDate date, bool date1904)
{
    if (date1904)
        return Epoch1904.daysTo(date);
    const qint64 late = Epoch1900Late.daysTo(date);
    return late >= 61 ? late : Epoch1900Early.daysTo(date);
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && XmlScanner::isSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && XmlScanner::isSpace(text.back()))
        text.chop(1);
    return text;
}

bool parseNumber(QByteArrayView text, double *number)
{
    text = trimmed(text);
    if (text.startsWith('+'))
        text = text.sliced(1);
    if (text.isEmpty())
        return false;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *number);
    return error == std::errc() && end == text.data() + text.size() && std::isfinite(*number);
}

bool parseInteger(QByteArrayView text, qint64 *number)
{
    text = trimmed(text);
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *number);
    return !text.isEmpty() && error == std::errc() && end == text.data() + text.size();
}

// Text of <si> or <is>: the runs concatenated, phonetic guides (<rPh>, furigana) left out.
bool readRichText(XmlScanner &xml, QByteArray &out)
{
    int depth = 1;
    while (depth > 0) {
        switch (xml.next()) {
        case XmlScanner::Token::Start:
            if (sameName(xml.name(), "t")) {
                if (!xml.appendElementText(out))
                    return false;
            } else if (sameName(xml.name(), "rPh")) {
                if (!xml.skipElement())
                    return false;
            } else {
                ++depth;
            }
            break;
        case XmlScanner::Token::End:
            --depth;
            break;
        case XmlScanner::Token::Text:
            break;
        case XmlScanner::Token::Done:
        case XmlScanner::Token::Invalid:
            return false;
        }
    }
    return true;
}

QString cellText(QByteArrayView utf8)
{
    QString text = QString::fromUtf8(utf8);
    return std::memchr(utf8.data(), '_', size_t(utf8.size())) ? unescapeXlsx(std::move(text))
                                                              : text;
}

struct Relationship {
    QString type;
    QString target; // the part's path inside the archive
};

QString parentFolder(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.first(slash);
}

// A relationship target is relative to the folder of the part that names it, or absolute.
QString resolvePart(const QString &folder, const QString &target)
{
    const QString joined = target.startsWith(u'/') ? target.mid(1)
                           : folder.isEmpty()      ? target
                                                   : folder + u'/' + target;
    QStringList parts;
    for (const QString &segment : joined.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (segment != u".") {
            parts.append(segment);
        }
    }
    return parts.join(u'/');
}

bool hasContent(const QList<SheetCell> &row)
{
    for (const SheetCell &cell : row) {
        if (cell.kind != SheetCell::Kind::Empty)
            return true;
    }
    return false;
}

class WorkbookReader {
public:
    WorkbookReader(QuaZip *zip, const QString &shownName, const SheetProgress &progress,
                   const XlsxLimits &limits, qint64 archiveSize)
        : m_zip(zip)
        , m_shown(shownName)
        , m_progress(progress)
        , m_limits(limits)
        , m_archiveSize(archiveSize)
    {
    }

    Result<Workbook> run();

private:
    Result<QByteArray> readPart(const QString &part);
    Result<void> parseSmallPart(const QString &part,
                                const std::function<void(QXmlStreamReader &)> &parse);
    Result<QHash<QString, Relationship>> readRelationships(const QString &part);
    Result<void> readSharedStrings(const QString &part);
    Result<void> readStyles(const QString &part);
    Result<Sheet> readSheet(const QString &part, const QString &name);
    // An error without a message: the XML is broken, xml.error() says how.
    Result<void> readCell(XmlScanner &xml, Sheet &sheet, int *column, QByteArray &scratch);
    SheetCell numberCell(double number, qint64 style) const;
    bool exists(const QString &part) const { return m_parts.contains(part.toLower()); }

    Error damaged() const
    {
        return Error{XlsxReader::tr("%1 is damaged: it is not a complete Excel workbook, perhaps "
                                    "it was cut off while copying. Open it in Excel or WPS and "
                                    "save it again, or use a backup.")
                         .arg(m_shown)};
    }
    Error malformed(const QString &part, const QString &sheetName, qint64 line,
                    const QString &problem) const;

    QuaZip *m_zip;
    QString m_shown;
    const SheetProgress &m_progress;
    XlsxLimits m_limits;
    qint64 m_archiveSize;
    qint64 m_inflated = 0;                    // all parts so far
    QHash<QString, QuaZipFileInfo64> m_parts; // by lower-case path: names are case-insensitive
    bool m_date1904 = false;
    QList<QString> m_sharedStrings;
    QList<bool> m_dateStyles; // per cellXfs index
};

Error WorkbookReader::malformed(const QString &part, const QString &sheetName, qint64 line,
                                const QString &problem) const
{
    if (!sheetName.isEmpty())
        return Error{XlsxReader::tr("%1 is damaged: the sheet “%2” cannot be read (line %3: %4). "
                                    "Open it in Excel or WPS and save it again.")
                         .arg(m_shown, sheetName)
                         .arg(line)
                         .arg(problem)};
    return Error{XlsxReader::tr("%1 is damaged: its part %2 cannot be read (line %3: %4). Open "
                                "it in Excel or WPS and save it again.")
                     .arg(m_shown, part)
                     .arg(line)
                     .arg(problem)};
}

// The whole part, inflated: refused before inflating when its headers admit too much, and
// while inflating when they lie.
Result<QByteArray> WorkbookReader::readPart(const QString &part)
{
    const QuaZipFileInfo64 info = m_parts.value(part.toLower());
    const auto capped = [](quint64 size) {
        return qint64(qMin<quint64>(size, quint64(1) << 62));
    };
    const qint64 declared = capped(info.uncompressedSize);
    const qint64 declaredPacked = qMax<qint64>(1, capped(info.compressedSize));
    // What minizip can read of a part is bounded by the archive, whatever the header says.
    const qint64 packed = qMin(declaredPacked, qMax<qint64>(1, m_archiveSize));
    const auto tooLarge = [&] {
        return Error{XlsxReader::tr("%1 was not read: it unpacks to more than %2 MB, far more "
                                    "than any real workbook. It may be a file made to exhaust "
                                    "the computer's memory (a \"zip bomb\").")
                         .arg(m_shown)
                         .arg(m_limits.maxTotalBytes / (1024 * 1024))};
    };
    const auto tooDense = [&] {
        return Error{XlsxReader::tr("%1 was not read: its part %2 unpacks to more than %3 times "
                                    "its packed size, which no spreadsheet program writes. It "
                                    "may be a file made to exhaust the computer's memory (a "
                                    "\"zip bomb\").")
                         .arg(m_shown, part)
                         .arg(m_limits.maxRatio)};
    };
    const auto exceedsRatio = [&](qint64 size, qint64 packedSize) {
        return size > m_limits.ratioGraceBytes &&
               double(size) > m_limits.maxRatio * double(packedSize);
    };
    if (m_inflated + declared > m_limits.maxTotalBytes)
        return tooLarge();
    if (exceedsRatio(declared, declaredPacked))
        return tooDense();

    if (!m_zip->setCurrentFile(info.name, QuaZip::csSensitive))
        return damaged();
    QuaZipFile file(m_zip);
    if (!file.open(QIODevice::ReadOnly))
        return damaged();
    constexpr qint64 Chunk = 256 * 1024;
    QByteArray bytes;
    bytes.reserve(declared + Chunk);
    for (;;) {
        const qsizetype old = bytes.size();
        bytes.resize(old + Chunk);
        const qint64 count = file.read(bytes.data() + old, Chunk);
        bytes.resize(old + qMax<qint64>(0, count));
        if (count < 0)
            return damaged();
        if (count == 0)
            break;
        m_inflated += count;
        if (m_inflated > m_limits.maxTotalBytes)
            return tooLarge();
        if (exceedsRatio(bytes.size(), packed))
            return tooDense();
    }
    // Read to its end, the part's checksum is compared on closing.
    file.close();
    if (file.getZipError() != UNZ_OK)
        return damaged();
    return bytes;
}

Result<void> WorkbookReader::parseSmallPart(const QString &part,
                                            const std::function<void(QXmlStreamReader &)> &parse)
{
    const Result<QByteArray> bytes = readPart(part);
    if (!bytes.ok())
        return Error{bytes.error()};
    QXmlStreamReader xml(bytes.value());
    parse(xml);
    if (xml.hasError())
        return malformed(part, {}, xml.lineNumber(), xml.errorString());
    return {};
}

Result<QHash<QString, Relationship>> WorkbookReader::readRelationships(const QString &part)
{
    QHash<QString, Relationship> relationships;
    if (!exists(part))
        return relationships;
    // _rels/.rels speaks of the root; xl/_rels/workbook.xml.rels of xl/.
    const QString folder = parentFolder(parentFolder(part));
    const Result<void> parsed = parseSmallPart(part, [&](QXmlStreamReader &xml) {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (attributes.value("TargetMode"_L1) != u"External")
                relationships.insert(
                    attributes.value("Id"_L1).toString(),
                    {attributes.value("Type"_L1).toString(),
                     resolvePart(folder, attributes.value("Target"_L1).toString())});
        }
    });
    if (!parsed.ok())
        return Error{parsed.error()};
    return relationships;
}

Result<void> WorkbookReader::readSharedStrings(const QString &part)
{
    const Result<QByteArray> bytes = readPart(part);
    if (!bytes.ok())
        return Error{bytes.error()};
    XmlScanner xml(bytes.value());
    QByteArray text;
    for (;;) {
        const XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Token::Done)
            return {};
        if (token == XmlScanner::Token::Invalid)
            return malformed(part, {}, xml.errorLine(), xml.error());
        if (token != XmlScanner::Token::Start)
            continue;
        if (sameName(xml.name(), "si")) {
            text.resize(0);
            if (!readRichText(xml, text))
                return malformed(part, {}, xml.errorLine(), xml.error());
            m_sharedStrings.append(cellText(text));
        } else if (sameName(xml.name(), "sst")) {
            qint64 count = 0;
            // A forged count must not reserve gigabytes.
            if (parseInteger(xml.attribute("uniqueCount"), &count))
                m_sharedStrings.reserve(qBound(qint64(0), count, qint64(1) << 20));
        }
    }
}

Result<void> WorkbookReader::readStyles(const QString &part)
{
    QHash<int, QString> customFormats;
    QList<int> cellFormats;
    const Result<void> parsed = parseSmallPart(part, [&](QXmlStreamReader &xml) {
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
                inCellXfs = false;
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = xml.name();
            if (name == u"cellXfs") {
                inCellXfs = true;
            } else if (name == u"numFmt") {
                const QXmlStreamAttributes attributes = xml.attributes();
                customFormats.insert(attributes.value("numFmtId"_L1).toInt(),
                                     attributes.value("formatCode"_L1).toString());
            } else if (name == u"xf" && inCellXfs) {
                cellFormats.append(xml.attributes().value("numFmtId"_L1).toInt());
                xml.skipCurrentElement(); // its <alignment> and <protection>
            }
        }
    });
    if (!parsed.ok())
        return parsed;
    m_dateStyles.reserve(cellFormats.size());
    for (int id : std::as_const(cellFormats))
        m_dateStyles.append(XlsxReader::isDateFormat(id, customFormats.value(id)));
    return {};
}

SheetCell WorkbookReader::numberCell(double number, qint64 style) const
{
    SheetCell cell;
    cell.number = number;
    if (style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style)) {
        if (const std::optional<QDate> date = XlsxReader::dateFromSerial(number, m_date1904)) {
            cell.kind = SheetCell::Kind::Date;
            cell.date = *date;
            cell.text = DateInput::format(*date);
            return cell;
        }
        if (!m_date1904 && std::floor(number) == 60) {
            cell.kind = SheetCell::Kind::Text; // as Excel shows it; there is no such day
            cell.text = QStringLiteral("1900-02-29");
            return cell;
        }
    }
    cell.kind = SheetCell::Kind::Number;
    cell.text = XlsxReader::numberText(number);
    return cell;
}

Result<void> WorkbookReader::readCell(XmlScanner &xml, Sheet &sheet, int *column,
                                      QByteArray &scratch)
{
    const QByteArrayView reference = xml.attribute("r");
    int referencedColumn = -1;
    if (!reference.isEmpty() && !parseCellReference(reference, nullptr, &referencedColumn))
        return Error{XlsxReader::tr("%1 is damaged: the sheet “%2” names a cell %3 that cannot "
                                    "exist.")
                         .arg(m_shown, sheet.name, QString::fromUtf8(reference))};
    *column = referencedColumn >= 0 ? referencedColumn : *column + 1;
    if (*column >= MaxColumns)
        return Error{XlsxReader::tr("%1 is damaged: the sheet “%2” has more than %3 columns.")
                         .arg(m_shown, sheet.name)
                         .arg(MaxColumns)};
    const QByteArrayView type = xml.attribute("t"); // views stay valid: they point into the part
    qint64 style = 0;
    parseInteger(xml.attribute("s"), &style);

    scratch.resize(0); // keeps the buffer, unlike clear()
    bool hasValue = false;
    bool inlineText = false;
    for (bool inside = true; inside;) {
        switch (xml.next()) {
        case XmlScanner::Token::Start:
            if (sameName(xml.name(), "v")) {
                scratch.resize(0);
                if (!xml.appendElementText(scratch))
                    return Error{};
                hasValue = true;
            } else if (sameName(xml.name(), "is")) {
                scratch.resize(0);
                if (!readRichText(xml, scratch))
                    return Error{};
                hasValue = inlineText = true;
            } else if (!xml.skipElement()) { // <f>, <extLst>
                return Error{};
            }
            break;
        case XmlScanner::Token::End:
            inside = false;
            break;
        case XmlScanner::Token::Text:
            break;
        case XmlScanner::Token::Done:
        case XmlScanner::Token::Invalid:
            return Error{};
        }
    }
    if (!hasValue)
        return {};

    SheetCell cell;
    if (sameName(type, "s")) {
        qint64 index = -1;
        if (!parseInteger(scratch, &index) || index < 0 || index >= m_sharedStrings.size())
            return Error{XlsxReader::tr("%1 is damaged: the sheet “%2” refers to text that the "
                                        "workbook does not hold.")
                             .arg(m_shown, sheet.name)};
        cell.text = m_sharedStrings.at(index);
        cell.kind = SheetCell::Kind::Text;
    } else if (inlineText || sameName(type, "inlineStr") || sameName(type, "str") ||
               sameName(type, "e")) {
        cell.text = cellText(scratch);
        cell.kind = SheetCell::Kind::Text;
    } else if (sameName(type, "b")) {
        const QByteArrayView value = trimmed(scratch);
        const bool truth = sameName(value, "1") || sameName(value, "true");
        cell.kind = SheetCell::Kind::Boolean;
        cell.number = truth ? 1 : 0;
        cell.text = truth ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (sameName(type, "d")) {
        const QByteArrayView value = trimmed(scratch);
        const QDate date = QDate::fromString(
            QString::fromLatin1(value.first(qMin<qsizetype>(10, value.size()))), Qt::ISODate);
        if (date.isValid()) {
            cell.kind = SheetCell::Kind::Date;
            cell.date = date;
            cell.number = double(serialFromDate(date, m_date1904));
            cell.text = DateInput::format(date);
        } else {
            cell.kind = SheetCell::Kind::Text;
            cell.text = cellText(scratch);
        }
    } else if (double number = 0; parseNumber(scratch, &number)) {
        cell = numberCell(number, style);
    } else {
        cell.kind = SheetCell::Kind::Text;
        cell.text = cellText(scratch);
    }
    if (cell.kind == SheetCell::Kind::Text && cell.text.isEmpty())
        cell.kind = SheetCell::Kind::Empty;

    QList<SheetCell> &row = sheet.rows.last();
    if (row.size() <= *column)
        row.resize(*column + 1);
    row[*column] = std::move(cell);
    return {};
}

Result<Sheet> WorkbookReader::readSheet(const QString &part, const QString &name)
{
    const Result<QByteArray> bytes = readPart(part);
    if (!bytes.ok())
        return Error{bytes.error()};
    Sheet sheet;
    sheet.name = name;
    XmlScanner xml(bytes.value());
    QByteArray scratch;
    qint64 totalRows = 0;
    qsizetype width = 0;
    int column = -1;
    bool inRow = false;
    for (;;) {
        const XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Token::Done)
            break;
        if (token == XmlScanner::Token::Invalid)
            return malformed(part, name, xml.errorLine(), xml.error());
        if (token == XmlScanner::Token::End && sameName(xml.name(), "row"))
            inRow = false;
        if (token != XmlScanner::Token::Start)
            continue;
        const QByteArrayView element = xml.name();
        if (sameName(element, "c")) {
            if (!inRow) { // a cell outside any row starts one
                sheet.rows.append(QList<SheetCell>());
                inRow = true;
            }
            if (Result<void> read = readCell(xml, sheet, &column, scratch); !read.ok()) {
                if (!read.error().isEmpty())
                    return Error{read.error()};
                return malformed(part, name, xml.errorLine(), xml.error());
            }
        } else if (sameName(element, "row")) {
            inRow = true;
            column = -1;
            if (!sheet.rows.isEmpty())
                width = qMax(width, sheet.rows.last().size());
            const QByteArrayView given = xml.attribute("r");
            qint64 number = 0;
            if (!given.isEmpty() && (!parseInteger(given, &number) || number < 1 ||
                                     number > MaxRows || number <= sheet.rows.size()))
                return Error{XlsxReader::tr("%1 is damaged: the sheet “%2” has a row numbered %3 "
                                            "out of order.")
                                 .arg(m_shown, name, QString::fromUtf8(given))};
            // Rows left out of the file are empty rows, so row numbers match Excel's.
            const qsizetype index = given.isEmpty() ? sheet.rows.size() : number - 1;
            while (sheet.rows.size() < index)
                sheet.rows.append(QList<SheetCell>());
            sheet.rows.append(QList<SheetCell>());
            sheet.rows.last().reserve(width);
            if (m_progress && sheet.rows.size() % ProgressEveryRows == 0 &&
                !m_progress(sheet.rows.size(), totalRows))
                return Error{XlsxReader::tr("Reading %1 was cancelled.").arg(m_shown)};
        } else if (sameName(element, "mergeCell")) {
            const QByteArrayView ref = xml.attribute("ref");
            const qsizetype colon = ref.indexOf(':');
            MergedRange range;
            if (parseCellReference(colon < 0 ? ref : ref.first(colon), &range.firstRow,
                                   &range.firstColumn) &&
                parseCellReference(colon < 0 ? ref : ref.sliced(colon + 1), &range.lastRow,
                                   &range.lastColumn) &&
                range.firstRow >= 0 && range.firstColumn >= 0 && range.lastRow >= range.firstRow &&
                range.lastColumn >= range.firstColumn)
                sheet.merged.append(range);
        } else if (sameName(element, "dimension")) {
            const QByteArrayView ref = xml.attribute("ref");
            int lastRow = -1;
            if (parseCellReference(ref.sliced(ref.indexOf(':') + 1), &lastRow, nullptr))
                totalRows = lastRow + 1;
        }
    }

    // Each cell of a merged range reads as its top-left cell; ranges reaching past the data
    // (a title merged across a whole printed width) are filled only as far as the data goes.
    for (const QList<SheetCell> &row : std::as_const(sheet.rows))
        width = qMax(width, row.size());
    for (const MergedRange &range : std::as_const(sheet.merged)) {
        const SheetCell origin = sheet.cell(range.firstRow, range.firstColumn);
        const int lastRow = int(qMin<qsizetype>(range.lastRow, sheet.rows.size() - 1));
        const int lastColumn = int(qMin<qsizetype>(range.lastColumn, width - 1));
        for (int r = range.firstRow; r <= lastRow; ++r) {
            QList<SheetCell> &row = sheet.rows[r];
            if (row.size() <= lastColumn)
                row.resize(lastColumn + 1);
            for (int c = range.firstColumn; c <= lastColumn; ++c)
                row[c] = origin;
        }
    }
    while (!sheet.rows.isEmpty() && !hasContent(sheet.rows.last()))
        sheet.rows.removeLast();
    if (m_progress)
        m_progress(sheet.rows.size(), sheet.rows.size());
    return sheet;
}

Result<Workbook> WorkbookReader::run()
{
    const QList<QuaZipFileInfo64> entries = m_zip->getFileInfoList64();
    if (m_zip->getZipError() != UNZ_OK)
        return damaged();
    for (const QuaZipFileInfo64 &entry : entries) {
        if (entry.flags & 1) // zip's own encryption; Office uses OLE2 instead, others may not
            return Error{XlsxReader::tr("%1 is protected with a password. Open it in Excel or "
                                        "WPS, remove the password, save it and import it again.")
                             .arg(m_shown)};
        m_parts.insert(entry.name.toLower(), entry);
    }

    const auto rootRelationships = readRelationships(QStringLiteral("_rels/.rels"));
    if (!rootRelationships.ok())
        return Error{rootRelationships.error()};
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const Relationship &relationship : rootRelationships.value()) {
        if (relationship.type.endsWith(u"/officeDocument"))
            workbookPart = relationship.target;
    }
    if (!exists(workbookPart))
        return Error{XlsxReader::tr("%1 is not an Excel workbook: it is a zip archive without a "
                                    "workbook inside.")
                         .arg(m_shown)};

    struct SheetEntry {
        QString name;
        QString relationshipId;
    };
    QList<SheetEntry> sheetEntries;
    const Result<void> workbook = parseSmallPart(workbookPart, [&](QXmlStreamReader &xml) {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == u"workbookPr") {
                const QStringView date1904 = attributes.value("date1904"_L1);
                m_date1904 = date1904 == u"1" || date1904 == u"true";
            } else if (xml.name() == u"sheet") {
                // r:id, in the transitional or the strict relationships namespace.
                QString id;
                for (const QXmlStreamAttribute &attribute : attributes) {
                    if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                        id = attribute.value().toString();
                }
                sheetEntries.append({attributes.value("name"_L1).toString(), id});
            }
        }
    });
    if (!workbook.ok())
        return Error{workbook.error()};

    const QString workbookRelationshipsPart = parentFolder(workbookPart) + u"/_rels/" +
                                              workbookPart.mid(workbookPart.lastIndexOf(u'/') + 1) +
                                              u".rels";
    const auto relationships = readRelationships(workbookRelationshipsPart);
    if (!relationships.ok())
        return Error{relationships.error()};
    QString sharedStringsPart = parentFolder(workbookPart) + u"/sharedStrings.xml";
    QString stylesPart = parentFolder(workbookPart) + u"/styles.xml";
    for (const Relationship &relationship : relationships.value()) {
        if (relationship.type.endsWith(u"/sharedStrings"))
            sharedStringsPart = relationship.target;
        else if (relationship.type.endsWith(u"/styles"))
            stylesPart = relationship.target;
    }
    if (exists(sharedStringsPart)) {
        if (Result<void> read = readSharedStrings(sharedStringsPart); !read.ok())
            return Error{read.error()};
    }
    if (exists(stylesPart)) {
        if (Result<void> read = readStyles(stylesPart); !read.ok())
            return Error{read.error()};
    }

    Workbook result;
    for (const SheetEntry &entry : std::as_const(sheetEntries)) {
        const Relationship relationship = relationships->value(entry.relationshipId);
        // Chart sheets and dialog sheets hold no cells.
        if (!relationship.type.isEmpty() && !relationship.type.endsWith(u"/worksheet"))
            continue;
        if (relationship.target.isEmpty() || !exists(relationship.target))
            return Error{XlsxReader::tr("%1 is damaged: the sheet “%2” is missing from it. Open "
                                        "it in Excel or WPS and save it again.")
                             .arg(m_shown, entry.name)};
        Result<Sheet> sheet = readSheet(relationship.target, entry.name);
        if (!sheet.ok())
            return Error{sheet.error()};
        result.sheets.append(std::move(sheet).value());
    }
    if (result.sheets.isEmpty())
        return Error{XlsxReader::tr("%1 holds no worksheet.").arg(m_shown)};
    return result;
}

} // namespace

std::optional<QDate> XlsxReader::dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial))
        return std::nullopt;
    const double day = std::floor(serial);
    if (date1904) {
        if (day < 0 || day > LastSerial1904)
            return std::nullopt;
        return Epoch1904.addDays(qint64(day));
    }
    if (day < 1 || day == 60 || day > LastSerial1900)
        return std::nullopt;
    return (day < 60 ? Epoch1900Early : Epoch1900Late).addDays(qint64(day));
}

bool XlsxReader::isDateFormat(int numFmtId, const QString &customCode)
{
    if (customCode.isEmpty()) {
        return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36) ||
               (numFmtId >= 45 && numFmtId <= 47) || (numFmtId >= 50 && numFmtId <= 58);
    }
    bool dateLetter = false;
    for (qsizetype i = 0; i < customCode.size(); ++i) {
        const char16_t c = customCode[i].toLower().unicode();
        if (c == u'"') {
            const qsizetype close = customCode.indexOf(u'"', i + 1);
            i = close < 0 ? customCode.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped, padding or repeated character
        } else if (c == u'[') {
            const qsizetype close = customCode.indexOf(u']', i + 1);
            const QString inside = customCode.mid(i + 1, close < 0 ? -1 : close - i - 1).toLower();
            // [h], [mm], [ss]: a duration, not a point in time.
            if (!inside.isEmpty() &&
                (inside.count(u'h') == inside.size() || inside.count(u'm') == inside.size() ||
                 inside.count(u's') == inside.size()))
                return false;
            i = close < 0 ? customCode.size() : close;
        } else if (c == u'y' || c == u'm' || c == u'd' || c == u'h' || c == u's') {
            dateLetter = true;
        }
    }
    return dateLetter;
}

QString XlsxReader::numberText(double number)
{
    if (number == 0)
        return QStringLiteral("0"); // also -0
    // Every double this large is an integer; printed whole, the digits a spreadsheet lost are
    // plainly zeros instead of hidden behind E+17.
    if (std::trunc(number) == number && std::abs(number) < 1e21)
        return QString::number(number, 'f', 0);
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

Result<Workbook> XlsxReader::read(const QString &path, const SheetProgress &progress,
                                  const XlsxLimits &limits)
{
    const QFileInfo info(path);
    const QString shown = info.fileName();
    QFile file(path);
    if (!file.exists())
        return Error{tr("The file %1 does not exist.").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file %1 cannot be read: %2").arg(path, file.errorString())};
    const QByteArray head = file.read(8);
    if (isOle2(head)) {
        if (isEncryptedPackage(head + file.readAll()))
            return Error{tr("%1 is protected with a password. Open it in Excel or WPS, remove "
                            "the password, save it and import it again.")
                             .arg(shown)};
        return Error{tr("%1 is an old Excel 97-2003 workbook (.xls), which PartyLedger cannot "
                        "read. Open it in Excel or WPS, save it as an Excel workbook (.xlsx) and "
                        "import that file.")
                         .arg(shown)};
    }
    if (!isZip(head))
        return Error{tr("%1 is not an Excel workbook (.xlsx).").arg(shown)};
    const qint64 size = file.size();
    file.close();

    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return Error{tr("%1 is damaged: it is not a complete Excel workbook, perhaps it was cut "
                        "off while copying. Open it in Excel or WPS and save it again, or use a "
                        "backup.")
                         .arg(shown)};
    return WorkbookReader(&zip, shown, progress, limits, size).run();
}

} // namespace PartyLedger
