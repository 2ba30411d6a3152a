#include "xmlscanner.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string_view>

namespace PartyLedger {

namespace {

// Spans searched here (attribute values, entities) are short: a loop beats a call to memchr.
const char *findChar(const char *from, const char *end, char wanted)
{
    for (; from < end; ++from) {
        if (*from == wanted)
            return from;
    }
    return nullptr;
}

void appendUtf8(QByteArray &out, char32_t code)
{
    if (code < 0x80) {
        out.append(char(code));
    } else if (code < 0x800) {
        out.append(char(0xC0 | (code >> 6)));
        out.append(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.append(char(0xE0 | (code >> 12)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    } else {
        out.append(char(0xF0 | (code >> 18)));
        out.append(char(0x80 | ((code >> 12) & 0x3F)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    }
}

QByteArrayView localName(QByteArrayView qualified)
{
    for (qsizetype i = qualified.size() - 1; i >= 0; --i) {
        if (qualified[i] == ':')
            return qualified.sliced(i + 1);
    }
    return qualified;
}

} // namespace

XmlScanner::XmlScanner(QByteArrayView data)
    : m_begin(data.data())
    , m_p(data.data())
    , m_end(data.data() + data.size())
{
    if (data.startsWith("\xEF\xBB\xBF"))
        m_p += 3;
    m_open.reserve(16);
}

qint64 XmlScanner::errorLine() const
{
    return 1 + std::count(m_begin, m_errorAt, '\n');
}

XmlScanner::Token XmlScanner::fail(const QString &message, const char *at)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorAt = at;
    }
    m_p = m_end;
    return Token::Invalid;
}

XmlScanner::Token XmlScanner::next()
{
    if (!m_error.isEmpty())
        return Token::Invalid;
    if (m_closePending) {
        m_closePending = false;
        m_open.pop_back();
        return Token::End;
    }
    for (;;) {
        if (m_p >= m_end) {
            if (!m_open.empty())
                return fail(tr("the part ends inside <%1>").arg(QString::fromUtf8(m_open.back())),
                            m_end);
            if (!m_rootSeen)
                return fail(tr("the part holds no element"), m_end);
            return Token::Done;
        }
        if (*m_p != '<') {
            const char *start = m_p;
            const void *lt = std::memchr(m_p, '<', size_t(m_end - m_p));
            m_p = lt ? static_cast<const char *>(lt) : m_end;
            if (m_open.empty()) {
                if (!std::all_of(start, m_p, isSpace))
                    return fail(tr("text outside the root element"), start);
                continue;
            }
            m_text = QByteArrayView(start, m_p);
            m_cdata = false;
            return Token::Text;
        }
        if (m_p + 1 < m_end && m_p[1] != '/' && m_p[1] != '?' && m_p[1] != '!')
            return startTag();
        const std::string_view rest(m_p, size_t(m_end - m_p));
        if (rest.starts_with("</"))
            return endTag();
        if (rest.starts_with("<?") || rest.starts_with("<!--")) {
            const bool comment = rest[1] == '!';
            const size_t close = rest.find(comment ? "-->" : "?>");
            if (close == std::string_view::npos)
                return fail(tr("a tag is not closed"), m_p);
            m_p += close + (comment ? 3 : 2);
            continue;
        }
        if (rest.starts_with("<![CDATA[")) {
            const size_t close = rest.find("]]>");
            if (close == std::string_view::npos || m_open.empty())
                return fail(tr("a tag is not closed"), m_p);
            m_text = QByteArrayView(m_p + 9, m_p + close);
            m_cdata = true;
            m_p += close + 3;
            return Token::Text;
        }
        if (rest.starts_with("<!"))
            return fail(tr("a document type declaration, which workbooks never hold"), m_p);
        return startTag();
    }
}

XmlScanner::Token XmlScanner::startTag()
{
    const char *q = m_p + 1;
    const char *nameStart = q;
    while (q < m_end && !isSpace(*q) && *q != '/' && *q != '>')
        ++q;
    if (q == nameStart)
        return fail(tr("a tag without a name"), m_p);
    if (m_open.empty() && m_rootSeen)
        return fail(tr("a second root element"), m_p);
    const QByteArrayView qualified(nameStart, q);
    const char *attributesStart = q;
    for (;;) {
        while (q < m_end && isSpace(*q))
            ++q;
        if (q >= m_end)
            return fail(tr("a tag is not closed"), m_p);
        if (*q == '>' || *q == '/') {
            m_attributes = QByteArrayView(attributesStart, q);
            if (*q == '/') {
                if (q + 1 >= m_end || q[1] != '>')
                    return fail(tr("a tag is not closed"), m_p);
                m_closePending = true;
                ++q;
            }
            ++q;
            break;
        }
        const char *attributeName = q;
        while (q < m_end && !isSpace(*q) && *q != '=' && *q != '>' && *q != '/')
            ++q;
        if (q == attributeName)
            return fail(tr("a tag is not closed"), m_p);
        while (q < m_end && isSpace(*q))
            ++q;
        if (q >= m_end || *q != '=')
            return fail(tr("an attribute without a value"), attributeName);
        ++q;
        while (q < m_end && isSpace(*q))
            ++q;
        if (q >= m_end || (*q != '"' && *q != '\''))
            return fail(tr("an attribute without a value"), attributeName);
        const char *close = findChar(q + 1, m_end, *q);
        if (!close || findChar(q + 1, close, '<'))
            return fail(tr("a tag is not closed"), m_p);
        q = close + 1;
        if (q < m_end && !isSpace(*q) && *q != '>' && *q != '/')
            return fail(tr("a tag is not closed"), m_p);
    }
    m_name = localName(qualified);
    m_open.push_back(qualified);
    m_rootSeen = true;
    m_p = q;
    return Token::Start;
}

XmlScanner::Token XmlScanner::endTag()
{
    const char *q = m_p + 2;
    const char *nameStart = q;
    while (q < m_end && !isSpace(*q) && *q != '>')
        ++q;
    const QByteArrayView qualified(nameStart, q);
    while (q < m_end && isSpace(*q))
        ++q;
    if (q >= m_end || *q != '>')
        return fail(tr("a tag is not closed"), m_p);
    if (m_open.empty() || !sameName(m_open.back(), qualified))
        return fail(tr("</%1> where <%2> should end")
                        .arg(QString::fromUtf8(qualified),
                             m_open.empty() ? QString() : QString::fromUtf8(m_open.back())),
                    m_p);
    m_open.pop_back();
    m_name = localName(qualified);
    m_p = q + 1;
    return Token::End;
}

QByteArrayView XmlScanner::attribute(QByteArrayView name) const
{
    const char *q = m_attributes.data();
    const char *end = q + m_attributes.size();
    while (q < end) {
        while (q < end && isSpace(*q))
            ++q;
        const char *nameStart = q;
        while (q < end && !isSpace(*q) && *q != '=')
            ++q;
        const QByteArrayView found(nameStart, q);
        while (q < end && *q != '"' && *q != '\'')
            ++q;
        if (q >= end)
            break;
        const char *valueStart = q + 1;
        const char *close = findChar(valueStart, end, *q);
        if (!close)
            break;
        if (sameName(found, name))
            return QByteArrayView(valueStart, close);
        q = close + 1;
    }
    return {};
}

// XML's five entities and character references; line ends become \n as XML wants.
bool XmlScanner::appendText(QByteArray &out) const
{
    const char *q = m_text.data();
    const char *end = q + m_text.size();
    while (q < end) {
        const char *run = q;
        while (q < end && *q != '\r' && (m_cdata || *q != '&'))
            ++q;
        out.append(run, q - run);
        if (q >= end)
            break;
        if (*q == '\r') {
            out.append('\n');
            ++q;
            if (q < end && *q == '\n')
                ++q;
            continue;
        }
        const char *semicolon = findChar(q, q + qMin<qsizetype>(end - q, 12), ';');
        if (!semicolon)
            return false;
        const QByteArrayView entity(q + 1, semicolon);
        q = semicolon + 1;
        if (sameName(entity, "lt")) {
            out.append('<');
        } else if (sameName(entity, "gt")) {
            out.append('>');
        } else if (sameName(entity, "amp")) {
            out.append('&');
        } else if (sameName(entity, "quot")) {
            out.append('"');
        } else if (sameName(entity, "apos")) {
            out.append('\'');
        } else if (entity.size() >= 2 && entity[0] == '#') {
            const bool hex = entity[1] == 'x';
            const QByteArrayView digits = entity.sliced(hex ? 2 : 1);
            quint32 code = 0;
            const auto [last, error] =
                std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
            if (error != std::errc() || last != digits.data() + digits.size() || code == 0 ||
                code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                return false;
            appendUtf8(out, char32_t(code));
        } else {
            return false;
        }
    }
    return true;
}

bool XmlScanner::appendElementText(QByteArray &out)
{
    for (;;) {
        switch (next()) {
        case Token::Text:
            if (!appendText(out)) {
                fail(tr("an unknown entity"), m_text.data());
                return false;
            }
            break;
        case Token::Start:
            if (!skipElement())
                return false;
            break;
        case Token::End:
            return true;
        case Token::Done:
        case Token::Invalid:
            return false;
        }
    }
}

bool XmlScanner::skipElement()
{
    int depth = 1;
    for (;;) {
        switch (next()) {
        case Token::Start:
            ++depth;
            break;
        case Token::End:
            if (--depth == 0)
                return true;
            break;
        case Token::Text:
            break;
        case Token::Done:
        case Token::Invalid:
            return false;
        }
    }
}

} // namespace PartyLedger
