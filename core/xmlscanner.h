#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace PartyLedger {

// Whether two names (elements, attributes, cell types) are the same bytes. They are a few
// bytes long: a loop beats a call to memcmp, and a literal's length is known when compiling.
inline bool sameName(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}
template <qsizetype N> bool sameName(QByteArrayView a, const char (&literal)[N])
{
    return sameName(a, QByteArrayView(literal, N - 1));
}

// The worksheets and shared strings of a 100,000-row workbook are 50 MB of XML and more;
// QXmlStreamReader alone needs about two seconds for that, this scanner a tenth. It reads what
// those parts are made of (elements, attributes, text, CDATA, comments), checks that elements
// nest and entities are known, and refuses a DTD, which xlsx parts never have: so no entity
// can expand. The small parts (workbook, relationships, styles) go to QXmlStreamReader.
//
// Names, attributes and text are views into the data, which must outlive the scanner.
class XmlScanner {
    Q_DECLARE_TR_FUNCTIONS(XmlScanner)
public:
    enum class Token { Start, End, Text, Done, Invalid };

    explicit XmlScanner(QByteArrayView data);

    Token next();
    // The local name (without prefix) of the element of a Start or End token.
    QByteArrayView name() const { return m_name; }
    // An attribute of the element just started, as written: the attributes read from these
    // parts (references, types, numbers) hold no entities.
    QByteArrayView attribute(QByteArrayView name) const;
    // After a Start token: the element's text up to its end, entities decoded, appended as
    // UTF-8; elements inside it are skipped.
    bool appendElementText(QByteArray &out);
    // After a Start token: everything up to and including the element's end.
    bool skipElement();
    // After an Invalid token, or a false from the two above: what is wrong, and where.
    const QString &error() const { return m_error; }
    qint64 errorLine() const;

    // XML's white space, which values read from attributes and text may be padded with.
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

private:
    Token fail(const QString &message, const char *at);
    Token startTag();
    // Inlined into next() and appendElementText(), the hot loops, as when the scanner lived
    // in xlsxreader.cpp: called out of line, reading a large sheet takes 2% more instructions.
    Q_ALWAYS_INLINE Token endTag();
    Q_ALWAYS_INLINE bool appendText(QByteArray &out) const;

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    QByteArrayView m_name;
    QByteArrayView m_attributes;
    QByteArrayView m_text;
    bool m_cdata = false;
    bool m_closePending = false;
    bool m_rootSeen = false;
    std::vector<QByteArrayView> m_open; // qualified names of the elements not closed yet
    QString m_error;
    const char *m_errorAt = nullptr;
};

} // namespace PartyLedger
