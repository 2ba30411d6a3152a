#include "xmlscanner.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>

using namespace PartyLedger;
using Token = XmlScanner::Token;

namespace {

// Every token of a document as one line each, to compare a whole scan at once; text tokens
// are read with appendElementText by the caller instead, so here they only show as "text".
QString tokens(XmlScanner &xml)
{
    QString out;
    for (;;) {
        switch (xml.next()) {
        case Token::Start:
            out += u"<" + QString::fromUtf8(xml.name()) + u">";
            break;
        case Token::End:
            out += u"</" + QString::fromUtf8(xml.name()) + u">";
            break;
        case Token::Text:
            out += u"text";
            break;
        case Token::Done:
            return out;
        case Token::Invalid:
            return out + u"!";
        }
    }
}

// Scans to the first Invalid or Done; the error, empty when the document is well formed.
QString scanError(QByteArrayView data)
{
    XmlScanner xml(data);
    Token token = xml.next();
    while (token != Token::Done && token != Token::Invalid)
        token = xml.next();
    return xml.error();
}

// The decoded text of the root element's first child, whose start the scan stops at.
QByteArray firstChildText(XmlScanner &xml)
{
    REQUIRE(xml.next() == Token::Start); // the root
    Token token = xml.next();
    while (token == Token::Text)
        token = xml.next();
    REQUIRE(token == Token::Start);
    QByteArray text;
    if (!xml.appendElementText(text))
        return "(failed)";
    return text;
}

} // namespace

TEST_CASE("Elements, prefixes, attributes and empty elements scan in order", "[xml]")
{
    const QByteArray data = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<!-- written by hand -->\n"
                            "<x:sheet xmlns:x=\"urn:x\">"
                            "<row r=\"1\" spans='1:2'><c r=\"A1\" t=\"s\"/><c r = \"B1\"></c></row>"
                            "</x:sheet>\n";
    XmlScanner xml(data);
    REQUIRE(xml.next() == Token::Start);
    CHECK(xml.name() == "sheet"); // the prefix is left out
    REQUIRE(xml.next() == Token::Start);
    CHECK(xml.name() == "row");
    CHECK(xml.attribute("r") == "1");
    CHECK(xml.attribute("spans") == "1:2");
    CHECK(xml.attribute("missing").isEmpty());
    REQUIRE(xml.next() == Token::Start);
    CHECK(xml.attribute("r") == "A1");
    CHECK(xml.attribute("t") == "s");
    REQUIRE(xml.next() == Token::End); // <c/> ends at once
    CHECK(xml.name() == "c");
    REQUIRE(xml.next() == Token::Start);
    CHECK(xml.attribute("r") == "B1");
    CHECK(tokens(xml) == u"</c></row></sheet>");
    CHECK(xml.error().isEmpty());
}

TEST_CASE("Elements must nest, with one root", "[xml]")
{
    CHECK(scanError("<a><b></b></a>").isEmpty());
    CHECK(scanError("<a><b></a></b>") == u"</a> where <b> should end");
    CHECK(scanError("<a></a></a>") == u"</a> where <> should end");
    CHECK(scanError("<x:a></y:a>") == u"</y:a> where <x:a> should end"); // prefixes count
    CHECK(scanError("<a><b>") == u"the part ends inside <b>");
    CHECK(scanError("<a/><b/>") == u"a second root element");
    CHECK(scanError("<a/>text") == u"text outside the root element");
    CHECK(scanError(" \n ") == u"the part holds no element");
    CHECK(scanError("<a><b") == u"a tag is not closed");
    CHECK(scanError("<a b=\"1></a>") == u"a tag is not closed");
    CHECK(scanError("<a b></a>") == u"an attribute without a value");
    CHECK(scanError("<a>< b/></a>") == u"a tag without a name");

    // After an error every further token is Invalid, and the first error stays.
    XmlScanner xml("<a><b></a>");
    CHECK(tokens(xml) == u"<a><b>!");
    CHECK(xml.next() == Token::Invalid);
    CHECK(xml.error() == u"</a> where <b> should end");
}

TEST_CASE("Text decodes XML's entities and character references", "[xml]")
{
    SECTION("the five entities, decimal and hex references, line ends")
    {
        XmlScanner xml(
            "<si><t>&lt;&gt;&amp;&quot;&apos; &#20826;&#x5458; &#x1F600;\r\nA\rB</t></si>");
        CHECK(firstChildText(xml) == "<>&\"' 党员 \xF0\x9F\x98\x80\nA\nB");
    }
    SECTION("elements inside the text are skipped")
    {
        XmlScanner xml("<si><t>a<b>hidden</b>c</t></si>");
        CHECK(firstChildText(xml) == "ac");
        CHECK(tokens(xml) == u"</si>");
    }
    SECTION("unknown entities and impossible characters are refused")
    {
        for (const char *data :
             {"<a><t>&nbsp;</t></a>", "<a><t>&#0;</t></a>", "<a><t>&#xD800;</t></a>",
              "<a><t>&#x110000;</t></a>", "<a><t>&#12a;</t></a>", "<a><t>a & b</t></a>"}) {
            CAPTURE(data);
            XmlScanner xml(data);
            CHECK(firstChildText(xml) == "(failed)");
            CHECK(xml.error() == u"an unknown entity");
            CHECK(xml.next() == Token::Invalid);
        }
    }
}

TEST_CASE("CDATA is text taken as written", "[xml]")
{
    XmlScanner xml("<a><t>x<![CDATA[<b>&amp;</b> ]] >]]>y</t></a>");
    CHECK(firstChildText(xml) == "x<b>&amp;</b> ]] >y");
    CHECK(tokens(xml) == u"</a>");

    CHECK(scanError("<a><![CDATA[never closed</a>") == u"a tag is not closed");
    CHECK(scanError("<![CDATA[x]]><a/>") == u"a tag is not closed"); // outside the root
}

TEST_CASE("A DTD is refused, so no entity can expand", "[xml]")
{
    // The "billion laughs": a few hundred bytes that would expand to gigabytes.
    const QByteArray laughs = "<?xml version=\"1.0\"?>\n"
                              "<!DOCTYPE lolz [\n"
                              "  <!ENTITY lol \"lol\">\n"
                              "  <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                              "]>\n"
                              "<lolz>&lol2;</lolz>\n";
    XmlScanner xml(laughs);
    CHECK(xml.next() == Token::Invalid);
    CHECK(xml.error() == u"a document type declaration, which workbooks never hold");
    CHECK(xml.errorLine() == 2);

    CHECK(scanError("<a><!ENTITY x \"y\"></a>") ==
          u"a document type declaration, which workbooks never hold");
}

TEST_CASE("Errors give the line they are found on", "[xml]")
{
    const auto lineOf = [](QByteArrayView data) {
        XmlScanner xml(data);
        Token token = xml.next();
        while (token != Token::Done && token != Token::Invalid)
            token = xml.next();
        REQUIRE(token == Token::Invalid);
        return xml.errorLine();
    };
    CHECK(lineOf("<a></b>") == 1);
    CHECK(lineOf("<a>\n<b>\n</c>\n</a>") == 3);              // at the wrong end tag
    CHECK(lineOf("<a>\r\n<b\r\n  c=\"1>\r\n</b></a>") == 2); // at the tag with the open quote
    CHECK(lineOf("<a>\n<b c\n=\"1\" d>\n</b></a>") == 3);    // at the attribute without a value
    CHECK(lineOf("<a>\n<b>\n") == 3);                        // at the end of the part
    CHECK(lineOf("<a>\n</a>\n\nstray") == 2);       // where the run holding the stray text starts
    CHECK(lineOf("\xEF\xBB\xBF<a>\n<b></a>") == 2); // a BOM is no line

    // Entities are decoded, so checked, only as text is read: after a skipped element here.
    XmlScanner xml("<a>\n<skip>\n<x/>\n</skip>\n<t>&#xD800;</t>\n</a>");
    REQUIRE(xml.next() == Token::Start);
    Token token = xml.next();
    while (token == Token::Text)
        token = xml.next();
    REQUIRE(token == Token::Start);
    REQUIRE(xml.skipElement());
    while ((token = xml.next()) == Token::Text) {
    }
    REQUIRE(token == Token::Start);
    QByteArray text;
    CHECK_FALSE(xml.appendElementText(text));
    CHECK(xml.errorLine() == 5);
}
