#include "pdftextlayer.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <map>
#include <optional>

namespace PartyLedger {

namespace {
struct PdfObject {
    qsizetype start = 0;
    qsizetype end = 0;
    QByteArray dictionary;
    qsizetype streamStart = -1;
    qsizetype streamLength = 0;
};

bool isPdfSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isPdfDelimiter(char c)
{
    return isPdfSpace(c) || c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' ||
           c == '{' || c == '}' || c == '/' || c == '%';
}

class PdfFile {
public:
    explicit PdfFile(const QByteArray &bytes)
        : m_bytes(bytes)
    {
        m_ok = readCrossReferences();
    }
    bool ok() const { return m_ok; }
    QList<int> objectNumbers() const { return m_offsets.keys(); }

    std::optional<PdfObject> object(int number) const
    {
        const auto found = m_offsets.constFind(number);
        if (found == m_offsets.cend())
            return std::nullopt;
        PdfObject object;
        object.start = found.value();
        qsizetype pos = m_bytes.indexOf("obj", object.start);
        if (pos < 0)
            return std::nullopt;
        pos = skipSpace(pos + 3);
        if (m_bytes.mid(pos, 2) == "<<") {
            const qsizetype end = dictionaryEnd(pos);
            if (end < 0)
                return std::nullopt;
            object.dictionary = m_bytes.mid(pos, end - pos);
            pos = skipSpace(end);
            if (m_bytes.mid(pos, 6) == "stream") {
                pos += 6;
                if (m_bytes.mid(pos, 2) == "\r\n")
                    pos += 2;
                else if (pos < m_bytes.size() && m_bytes.at(pos) == '\n')
                    ++pos;
                const auto length = streamLength(object.dictionary);
                if (!length)
                    return std::nullopt;
                object.streamStart = pos;
                object.streamLength = *length;
                pos += *length;
            }
        } else {
            object.dictionary = m_bytes.mid(pos, m_bytes.indexOf("endobj", pos) - pos);
        }
        const qsizetype end = m_bytes.indexOf("endobj", pos);
        if (end < 0)
            return std::nullopt;
        object.end = end + 6;
        return object;
    }

    QByteArray stream(const PdfObject &object) const
    {
        const QByteArray raw = m_bytes.mid(object.streamStart, object.streamLength);
        if (!object.dictionary.contains("/FlateDecode"))
            return raw;
        // qUncompress wants the size up front; it grows its buffer when the guess is short.
        const quint32 guess = quint32(std::min<qsizetype>(raw.size() * 8 + 64, 1 << 30));
        QByteArray prefixed;
        prefixed.reserve(raw.size() + 4);
        prefixed.append(char(guess >> 24)).append(char(guess >> 16));
        prefixed.append(char(guess >> 8)).append(char(guess));
        prefixed.append(raw);
        return qUncompress(prefixed);
    }

    // The file with whole objects replaced and the cross-reference table written anew.
    QByteArray replaced(const std::map<int, QByteArray> &objects) const
    {
        struct Splice {
            qsizetype start, end;
            QByteArray bytes;
        };
        QList<Splice> splices;
        for (const auto &[number, bytes] : objects) {
            const auto old = object(number);
            if (!old || old->end > m_crossReferences)
                return {};
            splices.append({old->start, old->end, bytes});
        }
        std::sort(splices.begin(), splices.end(),
                  [](const Splice &a, const Splice &b) { return a.start < b.start; });
        QByteArray out;
        out.reserve(m_bytes.size() + 4096);
        qsizetype at = 0;
        for (const Splice &splice : splices) {
            out.append(m_bytes.mid(at, splice.start - at)).append(splice.bytes);
            at = splice.end;
        }
        out.append(m_bytes.mid(at, m_crossReferences - at));
        const auto moved = [&](qsizetype offset) {
            qsizetype shift = 0;
            for (const Splice &splice : splices) {
                if (splice.end <= offset)
                    shift += splice.bytes.size() - (splice.end - splice.start);
            }
            return offset + shift;
        };
        const qsizetype table = out.size();
        const int size = std::max(m_size, m_offsets.lastKey() + 1);
        out.append("xref\n0 ").append(QByteArray::number(size)).append("\n");
        for (int number = 0; number < size; ++number) {
            const auto found = m_offsets.constFind(number);
            if (found == m_offsets.cend())
                out.append("0000000000 65535 f \n");
            else
                out.append(QByteArray::number(moved(found.value())).rightJustified(10, '0'))
                    .append(" 00000 n \n");
        }
        out.append(m_trailer).append("startxref\n").append(QByteArray::number(table));
        out.append("\n%%EOF\n");
        return out;
    }

private:
    bool readCrossReferences()
    {
        const qsizetype start = m_bytes.lastIndexOf("startxref");
        if (start < 0)
            return false;
        bool ok = false;
        m_crossReferences =
            m_bytes.mid(start + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
        if (!ok || m_bytes.mid(m_crossReferences, 4) != "xref")
            return false;
        const qsizetype trailer = m_bytes.indexOf("trailer", m_crossReferences);
        if (trailer < 0)
            return false;
        m_trailer = m_bytes.mid(trailer, start - trailer);
        static const QRegularExpression size(QStringLiteral("/Size\\s+(\\d+)"));
        m_size = size.match(QString::fromLatin1(m_trailer)).captured(1).toInt();
        const QList<QByteArray> lines =
            m_bytes.mid(m_crossReferences + 4, trailer - m_crossReferences - 4).split('\n');
        int next = -1;
        for (const QByteArray &raw : lines) {
            const QList<QByteArray> fields = raw.simplified().split(' ');
            if (fields.size() == 2) {
                next = fields.at(0).toInt(&ok);
                if (!ok)
                    return false;
            } else if (fields.size() == 3 && next >= 0) {
                if (fields.at(2) == "n")
                    m_offsets.insert(next, fields.at(0).toLongLong());
                ++next;
            }
        }
        return !m_offsets.isEmpty();
    }

    qsizetype skipSpace(qsizetype pos) const
    {
        while (pos < m_bytes.size() && isPdfSpace(m_bytes.at(pos)))
            ++pos;
        return pos;
    }

    // Just past the ">>" that closes the dictionary opening at pos.
    qsizetype dictionaryEnd(qsizetype pos) const
    {
        int depth = 0;
        while (pos < m_bytes.size()) {
            const char c = m_bytes.at(pos);
            if (c == '(') {
                int nesting = 0;
                for (; pos < m_bytes.size(); ++pos) {
                    const char s = m_bytes.at(pos);
                    if (s == '\\')
                        ++pos;
                    else if (s == '(')
                        ++nesting;
                    else if (s == ')' && --nesting == 0)
                        break;
                }
                ++pos;
            } else if (m_bytes.mid(pos, 2) == "<<") {
                ++depth;
                pos += 2;
            } else if (m_bytes.mid(pos, 2) == ">>") {
                pos += 2;
                if (--depth == 0)
                    return pos;
            } else {
                ++pos;
            }
        }
        return -1;
    }

    std::optional<qsizetype> streamLength(const QByteArray &dictionary) const
    {
        static const QRegularExpression length(
            QStringLiteral("/Length\\s+(\\d+)(?:\\s+(\\d+)\\s+R)?"));
        const auto match = length.match(QString::fromLatin1(dictionary));
        if (!match.hasMatch())
            return std::nullopt;
        const qsizetype value = match.captured(1).toLongLong();
        if (match.captured(2).isEmpty())
            return value;
        const auto found = m_offsets.constFind(int(value));
        if (found == m_offsets.cend())
            return std::nullopt;
        const qsizetype pos = m_bytes.indexOf("obj", found.value());
        bool ok = false;
        const qsizetype indirect =
            m_bytes.mid(pos + 3, 32).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
        return ok ? std::optional<qsizetype>(indirect) : std::nullopt;
    }

    QByteArray m_bytes;
    bool m_ok = false;
    qsizetype m_crossReferences = 0;
    int m_size = 0;
    QByteArray m_trailer;
    QMap<int, qsizetype> m_offsets;
};

int referencedObject(const QByteArray &dictionary, const char *key)
{
    static QHash<QByteArray, QRegularExpression> patterns;
    const QByteArray name(key);
    if (!patterns.contains(name))
        patterns.insert(name, QRegularExpression(QLatin1Char('/') + QString::fromLatin1(name) +
                                                 QStringLiteral("\\s+(\\d+)\\s+\\d+\\s+R")));
    const auto match = patterns.value(name).match(QString::fromLatin1(dictionary));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString fromUtf16Hex(const QByteArray &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    QString text;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        text += QChar(char16_t((uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1))));
    return text;
}

QByteArray toUtf16Hex(const QString &text)
{
    QByteArray hex;
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex;
}

// The hex strings and operators of a content stream or CMap, in order; nothing else matters
// here.
struct PdfToken {
    enum Kind { Hex, Name, Word, ArrayStart, ArrayEnd } kind;
    QByteArray text;
};

QList<PdfToken> tokens(const QByteArray &data)
{
    QList<PdfToken> list;
    qsizetype pos = 0;
    const qsizetype size = data.size();
    while (pos < size) {
        const char c = data.at(pos);
        if (isPdfSpace(c)) {
            ++pos;
        } else if (c == '%') {
            while (pos < size && data.at(pos) != '\n' && data.at(pos) != '\r')
                ++pos;
        } else if (c == '(') {
            int nesting = 0;
            for (; pos < size; ++pos) {
                const char s = data.at(pos);
                if (s == '\\')
                    ++pos;
                else if (s == '(')
                    ++nesting;
                else if (s == ')' && --nesting == 0)
                    break;
            }
            ++pos;
        } else if (c == '<' && pos + 1 < size && data.at(pos + 1) == '<') {
            pos += 2;
        } else if (c == '>' && pos + 1 < size && data.at(pos + 1) == '>') {
            pos += 2;
        } else if (c == '<') {
            const qsizetype end = data.indexOf('>', pos);
            if (end < 0)
                break;
            QByteArray hex;
            for (qsizetype i = pos + 1; i < end; ++i) {
                if (!isPdfSpace(data.at(i)))
                    hex += data.at(i);
            }
            list.append(PdfToken{PdfToken::Hex, hex});
            pos = end + 1;
        } else if (c == '[' || c == ']') {
            list.append(PdfToken{c == '[' ? PdfToken::ArrayStart : PdfToken::ArrayEnd, {}});
            ++pos;
        } else {
            const bool name = c == '/';
            qsizetype end = pos + 1;
            while (end < size && !isPdfDelimiter(data.at(end)))
                ++end;
            list.append(PdfToken{name ? PdfToken::Name : PdfToken::Word, data.mid(pos, end - pos)});
            pos = end;
        }
    }
    return list;
}

QHash<int, QString> readToUnicode(const QByteArray &cmap)
{
    QHash<int, QString> map;
    const QList<PdfToken> list = tokens(cmap);
    enum { None, Chars, Ranges } section = None;
    QList<PdfToken> operands;
    for (const PdfToken &token : list) {
        if (token.kind == PdfToken::Word) {
            if (token.text == "beginbfchar")
                section = Chars;
            else if (token.text == "beginbfrange")
                section = Ranges;
            else if (token.text == "endbfchar" || token.text == "endbfrange")
                section = None;
            operands.clear();
            continue;
        }
        if (section == None)
            continue;
        operands.append(token);
        if (section == Chars && operands.size() == 2) {
            map.insert(operands.at(0).text.toInt(nullptr, 16), fromUtf16Hex(operands.at(1).text));
            operands.clear();
        } else if (section == Ranges && operands.size() >= 3) {
            const int low = operands.at(0).text.toInt(nullptr, 16);
            const int high = operands.at(1).text.toInt(nullptr, 16);
            if (operands.at(2).kind == PdfToken::Hex) {
                QString target = fromUtf16Hex(operands.at(2).text);
                for (int cid = low; cid <= high && !target.isEmpty(); ++cid) {
                    map.insert(cid, target);
                    target.back() = QChar(char16_t(target.back().unicode() + 1));
                }
                operands.clear();
            } else if (operands.last().kind == PdfToken::ArrayEnd) {
                for (int cid = low; cid <= high && 3 + cid - low < operands.size(); ++cid)
                    map.insert(cid, fromUtf16Hex(operands.at(3 + cid - low).text));
                operands.clear();
            }
        }
    }
    return map;
}

QByteArray writeToUnicode(const QHash<int, QString> &map)
{
    QList<int> cids = map.keys();
    std::sort(cids.begin(), cids.end());
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    // A CMap section holds at most 100 entries.
    for (qsizetype i = 0; i < cids.size(); i += 100) {
        const qsizetype count = std::min<qsizetype>(100, cids.size() - i);
        cmap += QByteArray::number(count) + " beginbfchar\n";
        for (qsizetype j = i; j < i + count; ++j) {
            const int cid = cids.at(j);
            cmap += '<' + QByteArray::number(cid, 16).rightJustified(4, '0').toUpper() + "> <" +
                    toUtf16Hex(map.value(cid)) + ">\n";
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

// A glyph drawn on a page: its font object, its CID and the character the map gives, or 0
// when the map gives none or one that is not in the drawn text.
struct DrawnGlyph {
    int font;
    int cid;
    char32_t character;
};

QList<QList<DrawnGlyph>> drawnGlyphs(const PdfFile &file,
                                     const QHash<int, QHash<int, QString>> &maps,
                                     const QSet<char32_t> &drawnCharacters)
{
    static const QRegularExpression fontEntry(QStringLiteral("/(\\S+?)\\s+(\\d+)\\s+\\d+\\s+R"));
    static const QRegularExpression pageType(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    QList<QList<DrawnGlyph>> pages;
    for (const int number : file.objectNumbers()) {
        const auto page = file.object(number);
        if (!page || !pageType.match(QString::fromLatin1(page->dictionary)).hasMatch())
            continue;
        const auto contents = file.object(referencedObject(page->dictionary, "Contents"));
        const auto resources = file.object(referencedObject(page->dictionary, "Resources"));
        if (!contents || contents->streamStart < 0 || !resources)
            continue;
        QHash<QByteArray, int> fonts;
        const qsizetype fontDictionary = resources->dictionary.indexOf("/Font");
        if (fontDictionary >= 0) {
            const qsizetype end = resources->dictionary.indexOf(">>", fontDictionary);
            const QString entries = QString::fromLatin1(
                resources->dictionary.mid(fontDictionary + 5, end - fontDictionary - 5));
            for (const auto &match : fontEntry.globalMatch(entries))
                fonts.insert('/' + match.captured(1).toLatin1(), match.captured(2).toInt());
        }
        QList<DrawnGlyph> glyphs;
        int font = -1;
        QList<QByteArray> strings;
        QByteArray lastName;
        for (const PdfToken &token : tokens(file.stream(*contents))) {
            if (token.kind == PdfToken::Hex) {
                strings.append(token.text);
            } else if (token.kind == PdfToken::Name) {
                lastName = token.text;
            } else if (token.kind == PdfToken::Word) {
                if (token.text == "Tf") {
                    font = fonts.value(lastName, -1);
                } else if (token.text == "Tj" || token.text == "TJ" || token.text == "'" ||
                           token.text == "\"") {
                    const auto map = maps.constFind(font);
                    for (const QByteArray &hex : std::as_const(strings)) {
                        for (qsizetype i = 0; map != maps.cend() && i + 3 < hex.size(); i += 4) {
                            const int cid = hex.mid(i, 4).toInt(nullptr, 16);
                            const QList<uint> text = map->value(cid).toUcs4();
                            char32_t character = text.size() == 1 ? text.first() : 0;
                            if (character && QChar::isSpace(character))
                                continue;
                            if (!drawnCharacters.contains(character))
                                character = 0;
                            glyphs.append({font, cid, character});
                        }
                    }
                }
                if (token.text != "Tf")
                    strings.clear();
            }
        }
        pages.append(glyphs);
    }
    return pages;
}

} // namespace

QByteArray PdfTextLayer::repaired(const QByteArray &pdf, const QString &drawnText)
{
    const PdfFile file(pdf);
    if (!file.ok())
        return pdf;
    // Every Type0 font and its map.
    QHash<int, int> toUnicodeOf;
    QHash<int, QHash<int, QString>> maps;
    for (const int number : file.objectNumbers()) {
        const auto font = file.object(number);
        if (!font || font->streamStart >= 0 || !font->dictionary.contains("/Type0"))
            continue;
        const auto cmap = file.object(referencedObject(font->dictionary, "ToUnicode"));
        if (!cmap || cmap->streamStart < 0)
            continue;
        toUnicodeOf.insert(number, referencedObject(font->dictionary, "ToUnicode"));
        maps.insert(number, readToUnicode(file.stream(*cmap)));
    }
    if (maps.isEmpty())
        return pdf;

    QList<char32_t> corpus;
    for (const uint c : drawnText.toUcs4()) {
        if (!QChar::isSpace(c))
            corpus.append(c);
    }
    QHash<char32_t, QList<qsizetype>> positions;
    for (qsizetype i = 0; i < corpus.size(); ++i)
        positions[corpus.at(i)].append(i);
    const QSet<char32_t> drawnCharacters(corpus.cbegin(), corpus.cend());

    // Each doubtful glyph's character, read off the drawn text around it. Only unambiguous
    // readings count, and characters another glyph of the same font already stands for are
    // ruled out; rounds repeat because every glyph settled lengthens its neighbours' context.
    using Glyph = QPair<int, int>;
    const QList<QList<DrawnGlyph>> pages = drawnGlyphs(file, maps, drawnCharacters);
    QHash<Glyph, char32_t> settled;
    QHash<int, QSet<char32_t>> claimed; // per font
    for (auto font = maps.cbegin(); font != maps.cend(); ++font) {
        for (const QString &text : font.value()) {
            const QList<uint> code = text.toUcs4();
            if (code.size() == 1 && drawnCharacters.contains(code.first()))
                claimed[font.key()].insert(code.first());
        }
    }
    const auto characterAt = [&](const DrawnGlyph &glyph) {
        return glyph.character ? glyph.character
                               : settled.value(Glyph(glyph.font, glyph.cid), char32_t(0));
    };
    // The characters x for which left + x + right occurs in the drawn text.
    const auto readings = [&](const QList<char32_t> &left, const QList<char32_t> &right,
                              const QSet<char32_t> &excluded) {
        QSet<char32_t> found;
        const bool fromLeft = !left.isEmpty();
        const QList<qsizetype> anchors =
            positions.value(fromLeft ? left.last() : right.value(0, 0));
        for (const qsizetype anchor : anchors) {
            const qsizetype x = fromLeft ? anchor + 1 : anchor - 1;
            if (x - left.size() < 0 || x + right.size() >= corpus.size())
                continue;
            bool same = !excluded.contains(corpus.at(x));
            for (qsizetype k = 0; same && k < left.size(); ++k)
                same = corpus.at(x - left.size() + k) == left.at(k);
            for (qsizetype k = 0; same && k < right.size(); ++k)
                same = corpus.at(x + 1 + k) == right.at(k);
            if (same)
                found.insert(corpus.at(x));
        }
        return found;
    };
    constexpr int Context = 6, Enough = 8, Rounds = 8;
    for (int round = 0; round < Rounds; ++round) {
        QHash<Glyph, QHash<char32_t, int>> votes;
        for (const QList<DrawnGlyph> &page : pages) {
            for (qsizetype i = 0; i < page.size(); ++i) {
                const DrawnGlyph &glyph = page.at(i);
                const Glyph key(glyph.font, glyph.cid);
                if (characterAt(glyph) || votes.value(key).size() > 1 ||
                    std::accumulate(votes.value(key).cbegin(), votes.value(key).cend(), 0) >=
                        Enough)
                    continue;
                QList<char32_t> left, right;
                for (qsizetype j = i - 1;
                     j >= 0 && left.size() < Context && characterAt(page.at(j)); --j)
                    left.prepend(characterAt(page.at(j)));
                for (qsizetype j = i + 1;
                     j < page.size() && right.size() < Context && characterAt(page.at(j)); ++j)
                    right.append(characterAt(page.at(j)));
                if (left.isEmpty() && right.isEmpty())
                    continue;
                const QSet<char32_t> excluded = claimed.value(glyph.font);
                QSet<char32_t> found = readings(left, right, excluded);
                if (found.isEmpty() && !left.isEmpty() && !right.isEmpty()) {
                    found = readings(left, {}, excluded);
                    if (found.size() != 1)
                        found = readings({}, right, excluded);
                }
                if (found.size() == 1)
                    ++votes[key][*found.cbegin()];
            }
        }
        bool progress = false;
        for (auto glyph = votes.cbegin(); glyph != votes.cend(); ++glyph) {
            // Two different unambiguous readings mean the context lied somewhere: leave it.
            if (glyph.value().size() != 1)
                continue;
            const char32_t character = glyph.value().cbegin().key();
            if (claimed.value(glyph.key().first).contains(character))
                continue;
            settled.insert(glyph.key(), character);
            claimed[glyph.key().first].insert(character);
            progress = true;
        }
        if (!progress)
            break;
    }

    std::map<int, QByteArray> replacements;
    for (auto font = maps.begin(); font != maps.end(); ++font) {
        bool changed = false;
        for (auto glyph = settled.cbegin(); glyph != settled.cend(); ++glyph) {
            if (glyph.key().first != font.key())
                continue;
            const char32_t character = glyph.value();
            font->insert(glyph.key().second, QString::fromUcs4(&character, 1));
            changed = true;
        }
        if (!changed)
            continue;
        const QByteArray cmap = writeToUnicode(font.value());
        const int number = toUnicodeOf.value(font.key());
        replacements[number] = QByteArray::number(number) + " 0 obj\n<< /Length " +
                               QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap +
                               "\nendstream\nendobj";
    }
    if (replacements.empty())
        return pdf;
    const QByteArray repaired = file.replaced(replacements);
    return repaired.isEmpty() ? pdf : repaired;
}

} // namespace PartyLedger
