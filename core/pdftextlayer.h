#pragma once

#include <QByteArray>
#include <QString>

namespace PartyLedger {

// Qt 6.4 writes each embedded font's ToUnicode map by asking the font which BMP character
// first maps to each glyph. CJK fonts share glyphs between radicals and ideographs (U+2F63 ⽣
// and U+751F 生), so copied text came out as radicals, and characters outside the BMP (𬌗) had
// no entry at all. The drawn text is known, so each glyph's character is recovered from its
// neighbours on the page and the maps are rewritten; the rest of the file is left as Qt wrote
// it. Any surprise in the file's structure leaves it untouched.
class PdfTextLayer {
public:
    // The PDF with its fonts' ToUnicode maps rewritten from drawnText; the PDF unchanged when
    // anything in it is not as Qt writes it.
    static QByteArray repaired(const QByteArray &pdf, const QString &drawnText);
};

} // namespace PartyLedger
