#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QString>
#include <QStringList>

class QTextLayout;

namespace PartyLedger {

// Qt 6.4 writes each embedded font's ToUnicode map by asking the font which BMP character
// first maps to each glyph. CJK fonts share glyphs between radicals and ideographs (U+2F63 ⽣
// and U+751F 生), the space glyph comes back as a tab, and glyphs for characters outside the BMP
// (𬌗) or chosen by shaping (the proportional digits Latin text gets) have no entry at all.
// What was drawn is known, so the maps are written anew from it; the rest of the file is left
// as Qt wrote it.
//
// Qt numbers each font's glyphs in the PDF 1, 2, 3 in the order they are first drawn (the CIDs
// of its subset, /CIDToGIDMap /Identity), so the file does not give the font's own glyph ids.
// Qt's own ToUnicode entry does: the font's cmap maps that character to the glyph
// (QRawFont::glyphIndexesForString). A glyph without an entry is the one drawn at its place in
// that order, which the layouts recorded here give once every entry Qt did write agrees with
// it. Each glyph then gets the character the layout drew it for: the ideograph, not the radical
// that shares its glyph.
class PdfTextLayer {
    Q_DECLARE_TR_FUNCTIONS(PdfTextLayer)
public:
    // Records what a laid-out text drew: each character of text (the layout's own text, which a
    // QTextDocument block's layout does not keep) with its glyphs. Call it for every layout
    // painted, in painting order, while the layout is still laid out for the PDF.
    void addDrawn(const QTextLayout &layout, const QString &text);
    // The PDF with its fonts' ToUnicode maps rewritten from what was drawn. What cannot be
    // matched keeps Qt's entry, and a sentence saying so goes to notes.
    QByteArray repaired(const QByteArray &pdf, QStringList *notes = nullptr) const;

private:
    // One font face as the document drew it, whatever its sizes.
    struct Face {
        QRawFont font;
        QList<quint32> glyphs;               // each once, in the order first drawn
        QHash<quint32, char32_t> characters; // each glyph's character; 0 when none
    };
    QHash<QByteArray, Face> m_faces; // by PostScript name, as the PDF names its fonts
    QHash<QRawFont, QByteArray> m_names;
};

} // namespace PartyLedger
