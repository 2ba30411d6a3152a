#pragma once

#include <QByteArray>
#include <QString>

namespace PartyLedger {

// Sort keys for Chinese text in pinyin order (ICU's zh collation), so a roster of 100,000 names
// sorts by comparing bytes instead of calling the collator for every comparison.
class ChineseCollation {
public:
    static QByteArray sortKey(const QString &text);
    // For people's names: their pinyin read as names (曾 zeng, 单 shan, which ICU reads ceng
    // and dan), syllable by syllable, then the ICU key to order different characters alike.
    static QByteArray nameSortKey(const QString &name);
};

} // namespace PartyLedger
