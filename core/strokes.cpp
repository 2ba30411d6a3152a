#include "strokes.h"

#include <QChar>
#include <QVarLengthArray>

#include <algorithm>
#include <iterator>
#include <string_view>

namespace PartyLedger {

namespace {
#include "strokestable.inc"

// Two-character surnames. A name is only read as having one when a given name follows, so a
// two-character name such as 司马 stays 司 + 马.
constexpr std::u32string_view compoundSurnames[] = {
    U"欧阳", U"司马", U"上官", U"诸葛", U"东方", U"皇甫", U"尉迟", U"公孙", U"慕容", U"长孙",
    U"宇文", U"司徒", U"令狐", U"夏侯", U"轩辕", U"端木", U"独孤", U"南宫", U"西门", U"百里",
    U"呼延", U"申屠", U"太史", U"闻人", U"万俟", U"澹台", U"公冶", U"宗政", U"濮阳", U"淳于",
    U"单于", U"赫连", U"钟离", U"第五", U"司空", U"司寇", U"鲜于", U"拓跋", U"公羊", U"东郭",
    U"左丘", U"谷梁", U"段干", U"漆雕", U"巫马", U"颛孙", U"亓官", U"子车", U"乐正", U"仲孙",
    U"叔孙", U"羊舌", U"微生", U"梁丘", U"公良", U"宰父", U"夹谷", U"壤驷", U"归海", U"东门",
};

using CodePoints = QVarLengthArray<char32_t, 8>;

// The characters of a name that count: spaces (lists pad two-character names as "王　芳") and
// the middle dot of transcribed names (阿依古丽·买买提) are skipped.
CodePoints countedCharacters(const QString &name)
{
    CodePoints characters;
    for (qsizetype i = 0; i < name.size(); ++i) {
        char32_t c = name.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(name.at(i), name.at(i + 1));
            ++i;
        }
        const bool separator = QChar::isSpace(c) || QChar::isPunct(c) || c == 0x2219 // ∙
                               || c == 0x22C5;                                       // ⋅
        if (!separator)
            characters.append(c);
    }
    return characters;
}

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

int surnameLength(const CodePoints &characters)
{
    if (characters.isEmpty() || !isHan(characters[0]))
        return 0;
    if (characters.size() >= 3) {
        const std::u32string_view firstTwo(characters.constData(), 2);
        if (std::find(std::begin(compoundSurnames), std::end(compoundSurnames), firstTwo) !=
            std::end(compoundSurnames))
            return 2;
    }
    return 1;
}

struct StrokeKey {
    CodePoints characters;
    int surnameLength = 0; // 0: not a Chinese name
    int surnameStrokes = 0;
};

StrokeKey strokeKey(const QString &name)
{
    StrokeKey key;
    key.characters = countedCharacters(name);
    key.surnameLength = surnameLength(key.characters);
    // A compound surname counts as written, both characters: 欧阳 is 8 + 6 = 14 strokes and
    // goes with 蔡 (14), not with 欧 (8). This is how official lists count it.
    for (int i = 0; i < key.surnameLength; ++i)
        key.surnameStrokes += Strokes::count(key.characters[i]);
    return key;
}

// <0, 0 or >0 like a three-way compare.
int compareChinese(const StrokeKey &a, const StrokeKey &b)
{
    if (a.surnameStrokes != b.surnameStrokes)
        return a.surnameStrokes < b.surnameStrokes ? -1 : 1;
    // Surnames with the same count: by code point, so each surname stays one block. The first
    // stroke's shape (横竖撇点折) would be the printed convention, but Unihan has no stroke
    // order data.
    const std::u32string_view surnameA(a.characters.constData(), a.surnameLength);
    const std::u32string_view surnameB(b.characters.constData(), b.surnameLength);
    if (const int c = surnameA.compare(surnameB); c != 0)
        return c;
    // The given name character by character by strokes; a name that is a prefix comes first.
    for (qsizetype i = a.surnameLength, j = b.surnameLength;
         i < a.characters.size() || j < b.characters.size(); ++i, ++j) {
        if (i >= a.characters.size())
            return -1;
        if (j >= b.characters.size())
            return 1;
        const int strokesA = Strokes::count(a.characters[i]);
        const int strokesB = Strokes::count(b.characters[j]);
        if (strokesA != strokesB)
            return strokesA < strokesB ? -1 : 1;
    }
    const std::u32string_view allA(a.characters.constData(), a.characters.size());
    const std::u32string_view allB(b.characters.constData(), b.characters.size());
    return allA.compare(allB);
}
} // namespace

int Strokes::count(char32_t codePoint)
{
    const auto run = std::upper_bound(
        std::begin(strokeRuns), std::end(strokeRuns), codePoint,
        [](char32_t c, const StrokeRun &candidate) { return c < candidate.first; });
    if (run == std::begin(strokeRuns))
        return 0;
    const StrokeRun &found = *std::prev(run);
    if (codePoint > found.last)
        return 0;
    return strokeCounts[found.offset + (codePoint - found.first)];
}

QString Strokes::surname(const QString &name)
{
    const CodePoints characters = countedCharacters(name);
    return QString::fromUcs4(characters.constData(), surnameLength(characters));
}

bool Strokes::lessBySurnameStrokes(const QString &a, const QString &b)
{
    const StrokeKey keyA = strokeKey(a);
    const StrokeKey keyB = strokeKey(b);
    const bool chineseA = keyA.surnameLength > 0, chineseB = keyB.surnameLength > 0;
    if (chineseA != chineseB)
        return chineseA;
    if (chineseA) {
        if (const int c = compareChinese(keyA, keyB); c != 0)
            return c < 0;
    } else if (const int c = a.compare(b, Qt::CaseInsensitive); c != 0) {
        return c < 0;
    }
    // Names that differ only in spaces, dots or letter case still get one fixed order.
    return a < b;
}

} // namespace PartyLedger
