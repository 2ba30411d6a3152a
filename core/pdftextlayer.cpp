#include "pdftextlayer.h"

#include <QHash>
#include <QList>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
#include <QTextLayout>
#include <QtEndian>

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

// Just past the ")" that closes the literal string "(...)" opening at pos: parentheses nest,
// and a backslash escapes the next byte.
qsizetype literalStringEnd(const QByteArray &data, qsizetype pos)
{
    int nesting = 0;
    for (; pos < data.size(); ++pos) {
        const char c = data.at(pos);
        if (c == '\\')
            ++pos;
        else if (c == '(')
            ++nesting;
        else if (c == ')' && --nesting == 0)
            break;
    }
    return pos + 1;
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
                pos = literalStringEnd(m_bytes, pos);
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
            pos = literalStringEnd(data, pos);
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

// Each font object's CIDs in the order the pages first draw them.
QHash<int, QList<int>> drawnCids(const PdfFile &file)
{
    static const QRegularExpression fontEntry(QStringLiteral("/(\\S+?)\\s+(\\d+)\\s+\\d+\\s+R"));
    static const QRegularExpression pageType(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    QHash<int, QList<int>> cids;
    QHash<int, QSet<int>> seen;
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
                    for (const QByteArray &hex : std::as_const(strings)) {
                        for (qsizetype i = 0; font >= 0 && i + 3 < hex.size(); i += 4) {
                            const int cid = hex.mid(i, 4).toInt(nullptr, 16);
                            if (!seen[font].contains(cid)) {
                                seen[font].insert(cid);
                                cids[font].append(cid);
                            }
                        }
                    }
                }
                if (token.text != "Tf")
                    strings.clear();
            }
        }
    }
    return cids;
}

// The font's PostScript name (name 6 of its name table) as Qt writes it into a PDF's
// /BaseFont, spaces as underscores; empty when the font has none.
QByteArray postscriptName(const QRawFont &font)
{
    const QByteArray table = font.fontTable("name");
    const auto number = [&](qsizetype at) {
        return at >= 0 && at + 2 <= table.size()
                   ? int(qFromBigEndian<quint16>(table.constData() + at))
                   : -1;
    };
    const int count = number(2), strings = number(4);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 6 + 12 * qsizetype(i);
        const int platform = number(record), id = number(record + 6);
        const int length = number(record + 8), offset = number(record + 10);
        if (id != 6 || length <= 0 || offset < 0 || strings + offset + length > table.size())
            continue;
        const QByteArray bytes = table.mid(strings + offset, length);
        QString name;
        if (platform == 0 || platform == 3) { // UTF-16, big-endian
            for (qsizetype j = 0; j + 1 < bytes.size(); j += 2)
                name += QChar(char16_t(uchar(bytes.at(j)) << 8 | uchar(bytes.at(j + 1))));
        } else {
            name = QString::fromLatin1(bytes);
        }
        if (!name.isEmpty())
            return name.toLatin1().replace(' ', '_');
    }
    return {};
}

quint32 glyphOf(const QRawFont &font, char32_t character)
{
    // One code point at a time: a surrogate pair gives one glyph.
    const QList<quint32> glyphs = font.glyphIndexesForString(QString::fromUcs4(&character, 1));
    return glyphs.size() == 1 ? glyphs.first() : 0;
}

} // namespace

void PdfTextLayer::addDrawn(const QTextLayout &layout, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()
                ? 2
                : 1;
        char32_t character = QStringView(text).mid(i, length).toUcs4().value(0);
        // Characters that stand for no text of their own (line breaks, tabs, joiners) never
        // name a glyph; their glyphs still count as drawn.
        const auto category = QChar::category(character);
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            character = 0;
        for (const QGlyphRun &run : layout.glyphRuns(int(i), int(length))) {
            auto name = m_names.constFind(run.rawFont());
            if (name == m_names.cend())
                name = m_names.insert(run.rawFont(), postscriptName(run.rawFont()));
            Face &face = m_faces[name.value()];
            if (!face.font.isValid())
                face.font = run.rawFont();
            for (const quint32 glyph : run.glyphIndexes()) {
                auto known = face.characters.find(glyph);
                if (known == face.characters.end()) {
                    face.glyphs.append(glyph);
                    face.characters.insert(glyph, character);
                } else if (character &&
                           (!known.value() || (!QChar::decomposition(known.value()).isEmpty() &&
                                               QChar::decomposition(character).isEmpty()))) {
                    // Two characters on one glyph (⽣ and 生): the one that is not a
                    // compatibility form of the other, else the first drawn.
                    known.value() = character;
                }
            }
        }
        i += length - 1;
    }
}

QByteArray PdfTextLayer::repaired(const QByteArray &pdf, QStringList *notes) const
{
    const auto note = [&](const QString &sentence) {
        if (notes)
            notes->append(sentence);
    };
    const PdfFile file(pdf);
    if (!file.ok()) {
        if (!m_faces.isEmpty())
            note(tr("The PDF's copyable text was left as Qt wrote it: the file is not laid out "
                    "as expected."));
        return pdf;
    }
    static const QRegularExpression baseFont(QStringLiteral("/BaseFont\\s*/([^\\s/<>\\[\\]()]+)"));
    const QHash<int, QList<int>> used = drawnCids(file);
    std::map<int, QByteArray> replacements;
    for (auto font = used.cbegin(); font != used.cend(); ++font) {
        const auto object = file.object(font.key());
        const int toUnicode = object ? referencedObject(object->dictionary, "ToUnicode") : -1;
        const auto cmap = file.object(toUnicode);
        const QByteArray name =
            object ? baseFont.match(QString::fromLatin1(object->dictionary)).captured(1).toLatin1()
                   : QByteArray();
        const auto face = m_faces.constFind(name);
        if (!cmap || cmap->streamStart < 0 || face == m_faces.cend()) {
            note(tr("The copyable text of the font %1 was left as Qt wrote it: the font is not "
                    "one the document was laid out with.")
                     .arg(QString::fromLatin1(name)));
            continue;
        }
        const QHash<int, QString> written = readToUnicode(file.stream(*cmap));
        QHash<int, QString> map = written;
        const auto set = [&](int cid, quint32 glyph) {
            const char32_t character = face->characters.value(glyph);
            if (character)
                map.insert(cid, QString::fromUcs4(&character, 1));
            return character != 0;
        };
        // Qt numbers glyphs 1, 2, 3 as they are first drawn (0 is .notdef), so the glyphs as
        // the layouts drew them give each CID its glyph, once every entry Qt did write agrees:
        // that entry names a character the font maps to the glyph.
        QList<quint32> drawnOrder;
        for (const quint32 glyph : face->glyphs) {
            if (glyph != 0)
                drawnOrder.append(glyph);
        }
        bool inOrder = true;
        QList<int> orphans; // glyphs Qt gave no entry
        int unmatched = 0;
        for (const int cid : font.value()) {
            if (cid == 0)
                continue;
            const QList<uint> entry = written.value(cid).toUcs4();
            if (entry.size() != 1) {
                orphans.append(cid);
                continue;
            }
            const quint32 glyph = glyphOf(face->font, entry.first());
            inOrder = inOrder && drawnOrder.value(cid - 1) == glyph;
            unmatched += set(cid, glyph) ? 0 : 1;
        }
        for (const int cid : std::as_const(orphans))
            unmatched += inOrder && set(cid, drawnOrder.value(cid - 1)) ? 0 : 1;
        if (unmatched > 0)
            note(tr("%1 of the glyphs of the font %2 could not be matched with the characters "
                    "drawn; copying them from the PDF may give other characters.")
                     .arg(unmatched)
                     .arg(QString::fromLatin1(name)));
        if (map == written)
            continue;
        const QByteArray stream = writeToUnicode(map);
        replacements[toUnicode] = QByteArray::number(toUnicode) + " 0 obj\n<< /Length " +
                                  QByteArray::number(stream.size()) + " >>\nstream\n" + stream +
                                  "\nendstream\nendobj";
    }
    if (replacements.empty())
        return pdf;
    const QByteArray repaired = file.replaced(replacements);
    if (repaired.isEmpty())
        note(tr("The PDF's copyable text was left as Qt wrote it: the file is not laid out as "
                "expected."));
    return repaired.isEmpty() ? pdf : repaired;
}

} // namespace PartyLedger
