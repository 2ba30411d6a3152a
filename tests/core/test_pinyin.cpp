#include "chinesecollation.h"
#include "pinyin.h"

#include <catch2/catch.hpp>

#include <QStringList>

using namespace PartyLedger;

TEST_CASE("Names turn into full pinyin and initials", "[pinyin]")
{
    const auto cai = Pinyin::ofName(QStringLiteral("蔡良友"));
    CHECK(cai.full == QStringLiteral("cailiangyou"));
    CHECK(cai.initials == QStringLiteral("cly"));
    const auto huang = Pinyin::ofName(QStringLiteral("黄钦祥"));
    CHECK(huang.full == QStringLiteral("huangqinxiang"));
    CHECK(huang.initials == QStringLiteral("hqx"));
}

TEST_CASE("Surnames read as surnames", "[pinyin]")
{
    CHECK(Pinyin::ofName(QStringLiteral("曾建兴")).full == QStringLiteral("zengjianxing"));
    CHECK(Pinyin::ofName(QStringLiteral("单小红")).initials == QStringLiteral("sxh"));
    // ...but only as the first character: 曾 in a given name keeps its ICU reading.
    CHECK(Pinyin::ofName(QStringLiteral("王曾")).full == QStringLiteral("wangceng"));
}

TEST_CASE("Rare characters and a middle dot do not break pinyin", "[pinyin]")
{
    CHECK(Pinyin::ofName(QStringLiteral("刘䶮")).full == QStringLiteral("liuyan"));
    const auto uyghur = Pinyin::ofName(QStringLiteral("阿依古丽·买买提"));
    CHECK(uyghur.full == QStringLiteral("ayigulimaimaiti"));
    CHECK(uyghur.initials == QStringLiteral("aygl"
                                            "mmt"));
    CHECK(Pinyin::ofName(QString()).full.isEmpty());
}

TEST_CASE("Name sort keys read surnames as surnames", "[pinyin]")
{
    // ICU alone puts 曾 (read ceng) between 蔡 and 陈; as a surname it is zeng, before zhang.
    QStringList names = {QStringLiteral("曾建兴"), QStringLiteral("张金山"), QStringLiteral("陈雷"),
                         QStringLiteral("蔡良友")};
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return ChineseCollation::nameSortKey(a) < ChineseCollation::nameSortKey(b);
    });
    CHECK(names == QStringList{QStringLiteral("蔡良友"), QStringLiteral("陈雷"),
                               QStringLiteral("曾建兴"), QStringLiteral("张金山")});
    CHECK(Pinyin::spacedOfName(QStringLiteral("曾建兴")) == QStringLiteral("zeng jian xing"));
}

TEST_CASE("Chinese sort keys order names by pinyin", "[pinyin]")
{
    // 安 an < 蔡 cai < 黄 huang < 张 zhang, although their code points are in another order.
    const QStringList names = {QStringLiteral("张三"), QStringLiteral("黄保驾"),
                               QStringLiteral("安海"), QStringLiteral("蔡良友")};
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return ChineseCollation::sortKey(a) < ChineseCollation::sortKey(b);
    });
    CHECK(sorted == QStringList{QStringLiteral("安海"), QStringLiteral("蔡良友"),
                                QStringLiteral("黄保驾"), QStringLiteral("张三")});
}
