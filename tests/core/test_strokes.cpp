#include "strokes.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <algorithm>
#include <string>

using namespace PartyLedger;

namespace {

// Catch cannot print a QStringList; a joined std::string shows the whole order on failure.
std::string joined(const QStringList &names)
{
    return names.join(QLatin1Char(' ')).toStdString();
}

QStringList strokeSorted(QStringList names)
{
    std::stable_sort(names.begin(), names.end(), Strokes::lessBySurnameStrokes);
    return names;
}

} // namespace

TEST_CASE("Surnames have their simplified stroke counts", "[strokes]")
{
    // Counts as a 新华字典 gives them for the simplified forms.
    const struct {
        const char *surname;
        int strokes;
    } surnames[] = {
        {"丁", 2},  {"王", 4}, {"方", 4},  {"邓", 4},  {"叶", 5},  {"石", 5},  {"刘", 6},
        {"许", 6},  {"朱", 6}, {"庄", 6},  {"吴", 7},  {"张", 7},  {"李", 7},  {"苏", 7},
        {"陈", 7},  {"邹", 7}, {"林", 8},  {"罗", 8},  {"周", 8},  {"郑", 8},  {"姜", 9},
        {"洪", 9},  {"胡", 9}, {"倪", 10}, {"黄", 11}, {"曹", 11}, {"曾", 12}, {"蔡", 14},
        {"颜", 15}, {"马", 3}, {"司", 5},  {"欧", 8},  {"阳", 6},
    };
    for (const auto &entry : surnames) {
        const QString surname = QString::fromUtf8(entry.surname);
        INFO(entry.surname);
        REQUIRE(surname.size() == 1);
        CHECK(Strokes::count(surname.at(0).unicode()) == entry.strokes);
    }
}

TEST_CASE("Radicals count the simplified way, unlike ICU's stroke collation", "[strokes]")
{
    // ICU's zh stroke collation sorts 苏, 邹 and 陈 with the 8-stroke surnames and 黄 with the
    // 12-stroke ones (艹 as 4, 阝 as 3, the traditional 黃); mainland lists use these counts.
    CHECK(Strokes::count(U'陈') == 7);
    CHECK(Strokes::count(U'苏') == 7);
    CHECK(Strokes::count(U'邹') == 7);
    CHECK(Strokes::count(U'黄') == 11);
}

TEST_CASE("Characters beyond the basic block and unknown ones", "[strokes]")
{
    CHECK(Strokes::count(U'䶮') == 9);          // Extension A
    CHECK(Strokes::count(U'\U0002C317') == 10); // 𬌗, Extension E
    CHECK(Strokes::count(U'A') == 0);
    CHECK(Strokes::count(U'·') == 0);
    CHECK(Strokes::count(U'\u4DC0') == 0); // a Yijing hexagram between the two CJK blocks
    CHECK(Strokes::count(U'\U0010FFFF') == 0);
    CHECK(Strokes::count(char32_t(0x110000)) == 0);
}

TEST_CASE("Surnames, compound ones too", "[strokes]")
{
    CHECK(Strokes::surname(QStringLiteral("蔡良友")) == QStringLiteral("蔡"));
    CHECK(Strokes::surname(QStringLiteral("欧阳娜娜")) == QStringLiteral("欧阳"));
    CHECK(Strokes::surname(QStringLiteral("司马光")) == QStringLiteral("司马"));
    CHECK(Strokes::surname(QStringLiteral("诸葛亮")) == QStringLiteral("诸葛"));
    // A two-character name has a one-character surname: 欧阳 alone is 欧 + 阳.
    CHECK(Strokes::surname(QStringLiteral("欧阳")) == QStringLiteral("欧"));
    CHECK(Strokes::surname(QStringLiteral("欧明")) == QStringLiteral("欧"));
    CHECK(Strokes::surname(QStringLiteral("　王　芳")) == QStringLiteral("王"));
    CHECK(Strokes::surname(QStringLiteral("阿依古丽·买买提")) == QStringLiteral("阿"));
    CHECK(Strokes::surname(QStringLiteral("𬌗明")) == QStringLiteral("𬌗"));
    CHECK(Strokes::surname(QStringLiteral("Tom")).isEmpty());
    CHECK(Strokes::surname(QString()).isEmpty());
}

TEST_CASE("Names from the 2021 honor list in surname stroke order", "[strokes]")
{
    const QStringList entered = {
        QStringLiteral("蔡良友"), QStringLiteral("黄保驾"), QStringLiteral("苏远连"),
        QStringLiteral("陈舒曼"), QStringLiteral("李辉茂"), QStringLiteral("胡俊伟"),
        QStringLiteral("朱金铨"), QStringLiteral("刘玉德"), QStringLiteral("曹荣山"),
        QStringLiteral("颜海潮"), QStringLiteral("吴长鑫"), QStringLiteral("叶婷婷"),
        QStringLiteral("曾建兴"), QStringLiteral("王雅茹"), QStringLiteral("王元烁"),
        QStringLiteral("许琼玉"), QStringLiteral("邹杰"),   QStringLiteral("陈雷"),
        QStringLiteral("倪雅红"), QStringLiteral("林巧莉"),
    };
    // Worked out by hand: surname strokes; equal counts by the surname's code point (刘 5218 <
    // 朱 6731 < 许 8BB8; 吴 5434 < 李 674E < 苏 82CF < 邹 90B9 < 陈 9648; 曹 66F9 < 黄 9EC4);
    // the same surname by the given name's strokes (元 4 < 雅 12; 舒 12 < 雷 13).
    const QStringList expected = {
        QStringLiteral("王元烁"), QStringLiteral("王雅茹"),                           // 4
        QStringLiteral("叶婷婷"),                                                     // 5
        QStringLiteral("刘玉德"), QStringLiteral("朱金铨"), QStringLiteral("许琼玉"), // 6
        QStringLiteral("吴长鑫"), QStringLiteral("李辉茂"), QStringLiteral("苏远连"),
        QStringLiteral("邹杰"),   QStringLiteral("陈舒曼"), QStringLiteral("陈雷"), // 7
        QStringLiteral("林巧莉"),                                                   // 8
        QStringLiteral("胡俊伟"),                                                   // 9
        QStringLiteral("倪雅红"),                                                   // 10
        QStringLiteral("曹荣山"), QStringLiteral("黄保驾"),                         // 11
        QStringLiteral("曾建兴"),                                                   // 12
        QStringLiteral("蔡良友"),                                                   // 14
        QStringLiteral("颜海潮"),                                                   // 15
    };
    CHECK(joined(strokeSorted(entered)) == joined(expected));
    QStringList reversed = entered;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(joined(strokeSorted(reversed)) == joined(expected));
}

TEST_CASE("A compound surname counts both characters", "[strokes]")
{
    // 欧 8 < 黄 11 < 欧阳 8 + 6 = 14 = 蔡, and 欧 (6B27) comes before 蔡 (8521) at 14.
    const QStringList names = {QStringLiteral("蔡婷婷"), QStringLiteral("欧阳娜娜"),
                               QStringLiteral("黄文生"), QStringLiteral("欧明")};
    CHECK(joined(strokeSorted(names)) ==
          joined({QStringLiteral("欧明"), QStringLiteral("黄文生"), QStringLiteral("欧阳娜娜"),
                  QStringLiteral("蔡婷婷")}));
    // 司马 5 + 3 = 8: after 司 (5), before 林 (8, 6797 > 司 53F8).
    const QStringList more = {QStringLiteral("林一峰"), QStringLiteral("司马光"),
                              QStringLiteral("司徒")};
    CHECK(joined(strokeSorted(more)) ==
          joined({QStringLiteral("司徒"), QStringLiteral("司马光"), QStringLiteral("林一峰")}));
}

TEST_CASE("The same surname stays together", "[strokes]")
{
    // 李 and 陈 both have 7 strokes. Were ties broken by the given name alone, 陈乙 (乙 1)
    // would come before 李鑫 (鑫 24) and split the 陈 block.
    const QStringList names = {QStringLiteral("陈鑫"), QStringLiteral("李鑫"),
                               QStringLiteral("陈乙"), QStringLiteral("李一丁"),
                               QStringLiteral("陈")};
    CHECK(joined(strokeSorted(names)) ==
          joined({QStringLiteral("李一丁"), QStringLiteral("李鑫"), QStringLiteral("陈"),
                  QStringLiteral("陈乙"), QStringLiteral("陈鑫")}));
    // The given name's characters one by one, a shorter one first when it is a prefix.
    const QStringList wang = {QStringLiteral("王芳芳"), QStringLiteral("王磊"),
                              QStringLiteral("王芳"), QStringLiteral("王丁山")};
    // 丁 2 < 芳 7 < 磊 15
    CHECK(joined(strokeSorted(wang)) == joined({QStringLiteral("王丁山"), QStringLiteral("王芳"),
                                                QStringLiteral("王芳芳"), QStringLiteral("王磊")}));
}

TEST_CASE("Rare characters, a middle dot and foreign names sort deterministically", "[strokes]")
{
    // 䶮 9 between 丹 4 and 瑜 13; 𬌗 10 before 磊 15. 阿 (7, 963F) comes before 陈 (7,
    // 9648); the middle dot is skipped. Names that are not Chinese come last.
    const QStringList names = {
        QStringLiteral("Tom"),     QStringLiteral("刘瑜"),    QStringLiteral("陈雷"),
        QStringLiteral("王磊"),    QStringLiteral("刘䶮"),    QStringLiteral("阿依古丽·买买提"),
        QStringLiteral("anna"),    QStringLiteral("王𬌗"), QStringLiteral("刘丹"),
        QStringLiteral("𬌗明"),
    };
    const QStringList expected = {
        QStringLiteral("王𬌗"), QStringLiteral("王磊"),    QStringLiteral("刘丹"),
        QStringLiteral("刘䶮"),    QStringLiteral("刘瑜"),    QStringLiteral("阿依古丽·买买提"),
        QStringLiteral("陈雷"),    QStringLiteral("𬌗明"), // 𬌗 10
        QStringLiteral("anna"),    QStringLiteral("Tom"),
    };
    CHECK(joined(strokeSorted(names)) == joined(expected));
    QStringList reversed = names;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(joined(strokeSorted(reversed)) == joined(expected));

    // Strict: no name is before itself, and spacing variants still get one fixed order.
    for (const QString &name : names)
        CHECK_FALSE(Strokes::lessBySurnameStrokes(name, name));
    const QString dotted = QStringLiteral("阿依古丽·买买提");
    const QString plain = QStringLiteral("阿依古丽买买提");
    CHECK(Strokes::lessBySurnameStrokes(dotted, plain) !=
          Strokes::lessBySurnameStrokes(plain, dotted));
    CHECK_FALSE(Strokes::lessBySurnameStrokes(QString(), QString()));
}
