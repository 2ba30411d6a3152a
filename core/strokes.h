#pragma once

#include <QString>

namespace PartyLedger {

// Stroke counts of simplified Chinese characters (Unihan kTotalStrokes, read from Debian's
// unicode-data at build time), and the 按姓氏笔画 order official honor lists are printed in.
class Strokes {
public:
    // Total strokes of one character as written in simplified Chinese; 0 when unknown.
    static int count(char32_t codePoint);
    // The surname of a Chinese name: two characters for a compound surname (欧阳, 司马 ...),
    // otherwise the first character.
    static QString surname(const QString &name);
    // Surname stroke order: fewer surname strokes first; the same surname together; then the
    // given name character by character by strokes; last the code points, so the order is total
    // and stable. Names that are not Chinese sort after Chinese ones.
    static bool lessBySurnameStrokes(const QString &a, const QString &b);
};

} // namespace PartyLedger
