#pragma once

#include <QString>

namespace PartyLedger {

struct PinyinKeys {
    QString full;     // "cailiangyou"
    QString initials; // "cly"
};

// Toneless pinyin of Chinese names for search, through ICU's Han-Latin transliterator.
// Characters are transliterated one at a time and cached, so a roster of 100,000 names costs
// a few thousand ICU calls; surnames that read differently as surnames (曾 zeng, 单 shan) are
// read as surnames.
class Pinyin {
public:
    static PinyinKeys ofName(const QString &name);
    // "cai liang you": syllables apart, for sorting names by pinyin.
    static QString spacedOfName(const QString &name);
};

} // namespace PartyLedger
