#include "csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace PartyLedger {

namespace {

constexpr qsizetype SampleUnits = 64 * 1024;
constexpr int SampleRecords = 50;
constexpr int ProgressEveryRows = 4096;

// Excel and WPS on Chinese Windows save "CSV" in the ANSI code page, GBK; GB18030 is its
// superset. Qt 6.4's QStringDecoder knows only the UTF encodings, so ICU decodes it.
std::optional<QString> fromGb18030(QByteArrayView bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("GB18030", &status),
                                                                 &ucnv_close);
    if (U_FAILURE(status))
        return std::nullopt;
    // Stop at the first byte sequence GB18030 does not define: then it is no text at all.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    // No GB18030 sequence gives more UTF-16 units than it has bytes.
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(text.data());
    char16_t *target = begin;
    const char *source = bytes.data();
    ucnv_toUnicode(converter.get(), &target, begin + text.size(), &source,
                   bytes.data() + bytes.size(), nullptr, true, &status);
    if (U_FAILURE(status))
        return std::nullopt;
    text.truncate(target - begin);
    return text;
}

std::optional<QString> fromUtf16(QStringDecoder::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

bool isControl(char32_t unit)
{
    return (unit < 0x20 && unit != '\t' && unit != '\n' && unit != '\r') || unit == 0x7F;
}

// Text files hold no NUL and hardly any other control character; a binary file that happened
// to be valid in some encoding is full of them.
bool fewControls(qsizetype controls, qsizetype size)
{
    return controls * 20 <= size;
}

bool looksLikeText(QStringView text)
{
    qsizetype controls = 0;
    for (QChar c : text) {
        if (c.unicode() == 0)
            return false;
        controls += isControl(c.unicode());
    }
    return fewControls(controls, text.size());
}

// Valid UTF-8 (RFC 3629: no overlong forms, surrogates or code points past U+10FFFF) that
// looks like text, in one pass. Qt's own check takes three times as long on Chinese text.
bool isUtf8Text(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const last = p + bytes.size();
    const auto continuation = [](unsigned char c) {
        return (c & 0xC0) == 0x80;
    };
    qsizetype controls = 0;
    while (p < last) {
        const unsigned char c = *p;
        if (c < 0x80) {
            if (c == 0)
                return false;
            controls += isControl(c);
            ++p;
        } else if (c >= 0xC2 && c <= 0xDF) {
            if (last - p < 2 || !continuation(p[1]))
                return false;
            p += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            if (last - p < 3 || !continuation(p[1]) || !continuation(p[2]) ||
                (c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F))
                return false;
            p += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (last - p < 4 || !continuation(p[1]) || !continuation(p[2]) || !continuation(p[3]) ||
                (c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
                return false;
            p += 4;
        } else {
            return false;
        }
    }
    return fewControls(controls, bytes.size());
}

template <typename Char> bool isLineBreak(Char c)
{
    return c == Char('\n') || c == Char('\r');
}

// The separator that splits the first records (outside quotes) into the same number of fields
// most often; among equally consistent ones, the one giving more fields (a semicolon file whose
// every row has one comma inside a value still splits on semicolons).
template <typename Char> Char detectSeparator(const Char *begin, const Char *end)
{
    constexpr std::array<Char, 3> candidates = {Char(','), Char('\t'), Char(';')};
    std::array<std::map<int, int>, 3> fieldCounts; // per candidate: fields -> records
    std::array<int, 3> fields = {1, 1, 1};
    bool quoted = false;
    bool inRecord = false;
    int records = 0;
    const Char *const limit = begin + qMin<qsizetype>(end - begin, SampleUnits);
    for (const Char *p = begin; p < limit && records < SampleRecords; ++p) {
        const Char c = *p;
        if (c == Char('"')) {
            quoted = !quoted;
            inRecord = true;
        } else if (quoted) {
            continue;
        } else if (isLineBreak(c)) {
            if (inRecord) {
                for (size_t k = 0; k < candidates.size(); ++k)
                    ++fieldCounts[k][fields[k]];
                ++records;
            }
            fields = {1, 1, 1};
            inRecord = false;
        } else {
            inRecord = true;
            for (size_t k = 0; k < candidates.size(); ++k) {
                if (c == candidates[k])
                    ++fields[k];
            }
        }
    }
    // A last record the sample did not cut off counts too.
    if (inRecord && limit == end) {
        for (size_t k = 0; k < candidates.size(); ++k)
            ++fieldCounts[k][fields[k]];
    }

    Char best = Char(',');
    int bestSupport = 0;
    int bestFields = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        for (const auto &[count, support] : fieldCounts[k]) {
            if (count < 2)
                continue;
            if (support > bestSupport || (support == bestSupport && count > bestFields)) {
                best = candidates[k];
                bestSupport = support;
                bestFields = count;
            }
        }
    }
    return best;
}

// What core/csvexport.cpp guards with one apostrophe: a text a spreadsheet would run as a
// formula (= + - @, and tab or CR as OWASP lists them), or one that already begins with an
// apostrophe before such a character.
bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool isGuarded(const QString &text)
{
    if (text.size() < 2 || text.front() != u'\'')
        return false;
    return isFormulaStart(text.at(1)) ||
           (text.size() >= 3 && text.at(1) == u'\'' && isFormulaStart(text.at(2)));
}

SheetCell textCell(QString text)
{
    SheetCell cell;
    if (text.isEmpty())
        return cell;
    // Our export writes '=SUM(...) so that Excel shows text instead of running a formula.
    if (isGuarded(text))
        text.remove(0, 1);
    cell.kind = SheetCell::Kind::Text;
    cell.text = std::move(text);
    return cell;
}

bool hasValue(const QList<SheetCell> &row)
{
    for (const SheetCell &cell : row) {
        if (cell.kind != SheetCell::Kind::Empty)
            return true;
    }
    return false;
}

// The cells' texts, from UTF-8 bytes or UTF-16. Rosters repeat short values (性别, 民族, 学历,
// units, branches) on every row: one shared QString for each saves a large file most of its
// allocations and conversions. A direct-mapped table keeps the last text per slot, so its size
// stays fixed.
template <typename Char> class CellTexts {
public:
    QString text(const Char *begin, const Char *end)
    {
        const qsizetype size = end - begin;
        if (size > MaxUnits)
            return convert(begin, end);
        Slot &slot = m_slots[hash(begin, end) & (Slots - 1)];
        if (qsizetype(slot.key.size()) != size || !std::equal(begin, end, slot.key.data())) {
            slot.key.assign(begin, end);
            slot.text = convert(begin, end);
        }
        return slot.text;
    }

private:
    // FNV-1a over eight bytes at a time.
    static quint64 hash(const Char *begin, const Char *end)
    {
        const char *p = reinterpret_cast<const char *>(begin);
        const char *const last = reinterpret_cast<const char *>(end);
        quint64 hash = 14695981039346656037ull ^ quint64(last - p);
        for (; p < last; p += 8) {
            quint64 chunk = 0;
            std::memcpy(&chunk, p, size_t(qMin<qsizetype>(last - p, 8)));
            hash = (hash ^ chunk) * 1099511628211ull;
        }
        return hash ^ (hash >> 29);
    }

    static QString convert(const Char *begin, const Char *end)
    {
        if constexpr (sizeof(Char) == 1)
            return QString::fromUtf8(begin, end - begin);
        else
            return QString(reinterpret_cast<const QChar *>(begin), end - begin);
    }

    static constexpr qsizetype MaxUnits = sizeof(Char) == 1 ? 48 : 16; // 16 Han characters
    static constexpr size_t Slots = 4096;
    struct Slot {
        std::basic_string<Char> key;
        QString text;
    };
    std::vector<Slot> m_slots = std::vector<Slot>(Slots);
};

// RFC 4180 with the leniency of Excel: text after a closing quote is kept, an unclosed quote
// runs to the end of the file. Line breaks are CRLF, LF or CR; an empty line is an empty row.
// Separators, quotes and line breaks are ASCII, so UTF-8 is split as bytes and only the
// fields are converted. Returns false when the progress callback cancelled.
template <typename Char>
bool parseRecords(const Char *const begin, const Char *const end, const Char separator,
                  const SheetProgress &progress, QList<QList<SheetCell>> &rows)
{
    constexpr Char Quote('"');
    const Char *s = begin;
    QList<SheetCell> row;
    qsizetype width = 0;
    CellTexts<Char> texts;
    std::basic_string<Char> quoted;
    const auto endRecord = [&] {
        width = qMax(width, row.size());
        rows.append(std::move(row));
        row = QList<SheetCell>();
        row.reserve(width);
    };
    const auto skipLineBreak = [&] {
        if (*s == Char('\r') && s + 1 < end && s[1] == Char('\n'))
            ++s;
        ++s;
    };
    // Where an unquoted field ends: one table look-up per character instead of three tests.
    std::array<bool, 128> stops{};
    stops[size_t(separator)] = stops['\n'] = stops['\r'] = true;
    const auto plainEnd = [&](const Char *from) {
        while (from < end && !(size_t(std::make_unsigned_t<Char>(*from)) < stops.size() &&
                               stops[size_t(std::make_unsigned_t<Char>(*from))]))
            ++from;
        return from;
    };

    while (s < end) {
        if (row.isEmpty() && isLineBreak(*s)) {
            skipLineBreak();
            endRecord();
        } else {
            if (*s == Quote) {
                ++s;
                quoted.clear();
                const Char *start = s;
                for (;;) {
                    const Char *quote = std::find(s, end, Quote);
                    if (quote == end) {
                        quoted.append(start, end);
                        s = end;
                        break;
                    }
                    if (quote + 1 < end && quote[1] == Quote) {
                        quoted.append(start, quote + 1);
                        s = start = quote + 2;
                        continue;
                    }
                    quoted.append(start, quote);
                    s = quote + 1;
                    break;
                }
                const Char *tail = plainEnd(s);
                quoted.append(s, tail);
                s = tail;
                row.append(textCell(texts.text(quoted.data(), quoted.data() + quoted.size())));
            } else {
                const Char *fieldEnd = plainEnd(s);
                row.append(textCell(texts.text(s, fieldEnd)));
                s = fieldEnd;
            }
            if (s == end) {
                endRecord();
            } else if (*s == separator) {
                ++s;
                if (s == end) { // a trailing separator leaves one more, empty field
                    row.append(SheetCell());
                    endRecord();
                }
            } else {
                skipLineBreak();
                endRecord();
            }
        }
        if (progress && row.isEmpty() && rows.size() % ProgressEveryRows == 0 &&
            !progress(s - begin, end - begin))
            return false;
    }
    return true;
}

template <typename Char>
std::optional<Sheet> parseText(const Char *begin, const Char *end, const QString &sheetName,
                               const SheetProgress &progress)
{
    Sheet sheet;
    sheet.name = sheetName;
    if (!parseRecords(begin, end, detectSeparator(begin, end), progress, sheet.rows))
        return std::nullopt;
    while (!sheet.rows.isEmpty() && !hasValue(sheet.rows.last()))
        sheet.rows.removeLast();
    return sheet;
}

Result<Sheet> parseNamed(const QByteArray &bytes, const QString &sheetName, const QString &shown,
                         const SheetProgress &progress)
{
    const auto empty = [&] {
        return Error{CsvReader::tr("%1 is empty: it holds no table.").arg(shown)};
    };
    const auto notText = [&] {
        return Error{CsvReader::tr("%1 is not a text table (CSV) file: it holds binary data or "
                                   "text in an unknown encoding. If it is a spreadsheet, open it "
                                   "in Excel or WPS and save it as an Excel workbook (.xlsx).")
                         .arg(shown)};
    };
    if (bytes.isEmpty())
        return empty();

    // A byte order mark decides; otherwise bytes that are valid UTF-8 are UTF-8 (plain ASCII is
    // both), and anything else is taken as GB18030. UTF-8 is parsed as it is, the others once
    // decoded.
    QByteArrayView view(bytes);
    std::optional<Sheet> sheet;
    const bool utf8Bom = view.startsWith("\xEF\xBB\xBF");
    if (utf8Bom)
        view = view.sliced(3);
    if (isUtf8Text(view)) {
        sheet = parseText(view.data(), view.data() + view.size(), sheetName, progress);
    } else if (utf8Bom) {
        return notText();
    } else {
        const bool utf16 = view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF");
        const std::optional<QString> decoded =
            utf16 ? fromUtf16(view[0] == '\xFF' ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                              view.sliced(2))
                  : fromGb18030(view);
        if (!decoded || !looksLikeText(*decoded))
            return notText();
        const auto *begin = reinterpret_cast<const char16_t *>(decoded->constData());
        sheet = parseText(begin, begin + decoded->size(), sheetName, progress);
    }
    if (!sheet)
        return Error{CsvReader::tr("Reading %1 was cancelled.").arg(shown)};
    if (sheet->rows.isEmpty())
        return empty();
    return std::move(*sheet);
}

} // namespace

Result<Sheet> CsvReader::read(const QString &path, const SheetProgress &progress)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!file.exists())
        return Error{tr("The file %1 does not exist.").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file %1 cannot be read: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{tr("The file %1 cannot be read: %2").arg(path, file.errorString())};
    return parseNamed(bytes, info.completeBaseName(), info.fileName(), progress);
}

Result<Sheet> CsvReader::parse(const QByteArray &bytes, const QString &sheetName)
{
    return parseNamed(bytes, sheetName, sheetName, {});
}

} // namespace PartyLedger
