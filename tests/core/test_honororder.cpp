#include "honororder.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QStringList>

#include <string>

using namespace PartyLedger;

namespace {

constexpr HonorOrder allOrders[] = {HonorOrder::Entered, HonorOrder::Stroke, HonorOrder::Pinyin,
                                    HonorOrder::Unit};

AwardRecipient recipient(qint64 id, const QString &name, const QString &citation = {})
{
    AwardRecipient r;
    r.id = id;
    r.name = name;
    r.citation = citation;
    return r;
}

// Catch cannot print Qt types; names (and ids where names repeat) in one string show the order.
std::string names(const QList<AwardRecipient> &recipients)
{
    QStringList parts;
    for (const AwardRecipient &r : recipients)
        parts.append(r.name);
    return parts.join(QLatin1Char(' ')).toStdString();
}

std::string ids(const QList<AwardRecipient> &recipients)
{
    std::string text;
    for (const AwardRecipient &r : recipients)
        text += std::to_string(r.id) + ' ';
    return text;
}

QList<AwardRecipient> people()
{
    return {
        recipient(1, QStringLiteral("黄保驾"), QStringLiteral("晋江市卫生健康局医政科科长")),
        recipient(2, QStringLiteral("蔡良友"), QStringLiteral("晋江市卫生健康局办公室主任")),
        recipient(3, QStringLiteral("王雅茹"),
                  QStringLiteral("晋江市经济开发区社区卫生服务中心支部副书记")),
        recipient(4, QStringLiteral("陈雷"), QStringLiteral("晋江市第三医院病区主任")),
        recipient(5, QStringLiteral("林巧莉"), QStringLiteral("晋江市医院第一党支部组织委员")),
    };
}

} // namespace

TEST_CASE("Honor orders have codes that round-trip", "[honororder]")
{
    CHECK(HonorOrders::code(HonorOrder::Entered) == QStringLiteral("entered"));
    CHECK(HonorOrders::code(HonorOrder::Stroke) == QStringLiteral("stroke"));
    CHECK(HonorOrders::code(HonorOrder::Pinyin) == QStringLiteral("pinyin"));
    CHECK(HonorOrders::code(HonorOrder::Unit) == QStringLiteral("unit"));
    QSet<QString> labels;
    for (HonorOrder order : allOrders) {
        CHECK(HonorOrders::fromCode(HonorOrders::code(order)) == order);
        CHECK_FALSE(HonorOrders::label(order).isEmpty());
        labels.insert(HonorOrders::label(order));
    }
    CHECK(labels.size() == 4);
    CHECK_FALSE(HonorOrders::fromCode(QString()).has_value());
    CHECK_FALSE(HonorOrders::fromCode(QStringLiteral("strokes")).has_value());
    CHECK_FALSE(HonorOrders::fromCode(QStringLiteral("笔画")).has_value());
}

TEST_CASE("Printed lists state their order", "[honororder]")
{
    // No translator is installed in the core tests, so these are the English sources.
    CHECK(HonorOrders::statement(HonorOrder::Entered).isEmpty());
    CHECK(HonorOrders::statement(HonorOrder::Stroke) ==
          QStringLiteral("(in order of surname strokes)"));
    CHECK(HonorOrders::statement(HonorOrder::Pinyin) ==
          QStringLiteral("(in pinyin order of surnames)"));
    CHECK(HonorOrders::statement(HonorOrder::Unit) == QStringLiteral("(by unit)"));
}

TEST_CASE("Recipients in each order", "[honororder]")
{
    const QList<AwardRecipient> entered = people();
    CHECK(names(HonorOrders::sorted(entered, HonorOrder::Entered)) ==
          "黄保驾 蔡良友 王雅茹 陈雷 林巧莉");
    // 王 4, 陈 7, 林 8, 黄 11, 蔡 14.
    CHECK(names(HonorOrders::sorted(entered, HonorOrder::Stroke)) ==
          "王雅茹 陈雷 林巧莉 黄保驾 蔡良友");
    // cai, chen, huang, lin, wang.
    CHECK(names(HonorOrders::sorted(entered, HonorOrder::Pinyin)) ==
          "蔡良友 陈雷 黄保驾 林巧莉 王雅茹");
}

TEST_CASE("By unit orders the citations by pinyin, then the names", "[honororder]")
{
    // After 晋江市: 安 an < 医 yi < 中 zhong; at the same citation 陈 chen < 张 zhang.
    const QList<AwardRecipient> entered = {
        recipient(1, QStringLiteral("张金山"), QStringLiteral("晋江市医院副院长")),
        recipient(2, QStringLiteral("林丽红"), QStringLiteral("晋江市中医院检验科主任")),
        recipient(3, QStringLiteral("蔡艳秋"), QStringLiteral("晋江市安海医院外科护士")),
        recipient(4, QStringLiteral("陈雷"), QStringLiteral("晋江市医院副院长")),
    };
    CHECK(names(HonorOrders::sorted(entered, HonorOrder::Unit)) == "蔡艳秋 陈雷 张金山 林丽红");
}

TEST_CASE("Equal keys keep the entered order", "[honororder]")
{
    // Two people named 王芳 with the same citation: every order keeps 7 before 6.
    const QString citation = QStringLiteral("晋江市医院护士");
    const QList<AwardRecipient> entered = {
        recipient(7, QStringLiteral("王芳"), citation),
        recipient(1, QStringLiteral("蔡良友"), citation),
        recipient(6, QStringLiteral("王芳"), citation),
        recipient(2, QStringLiteral("陈雷"), citation),
    };
    CHECK(ids(HonorOrders::sorted(entered, HonorOrder::Entered)) == "7 1 6 2 ");
    CHECK(ids(HonorOrders::sorted(entered, HonorOrder::Stroke)) == "7 6 2 1 ");
    CHECK(ids(HonorOrders::sorted(entered, HonorOrder::Pinyin)) == "1 2 7 6 ");
    CHECK(ids(HonorOrders::sorted(entered, HonorOrder::Unit)) == "1 2 7 6 ");
    CHECK(HonorOrders::sorted({}, HonorOrder::Unit).isEmpty());
}

TEST_CASE("Organizations are ordered by name", "[honororder]")
{
    const QList<AwardRecipient> entered = {
        recipient(1, QStringLiteral("中共晋江市中医院第四支部委员会")),
        recipient(2, QStringLiteral("中共晋江市第三医院支部委员会")),
        recipient(3, QStringLiteral("中共晋江市卫生健康局机关支部委员会")),
        recipient(4, QStringLiteral("中共晋江市疾病预防控制中心支部委员会")),
        recipient(5, QStringLiteral("中共晋江市安海医院第二支部委员会")),
    };
    // After the shared 中共晋江市: 卫 3, 中 4, 安 6, 疾 10, 第 11 strokes ...
    CHECK(ids(HonorOrders::sorted(entered, HonorOrder::Stroke)) == "3 1 5 4 2 ");
    // ... and an, di, ji, wei, zhong.
    CHECK(ids(HonorOrders::sorted(entered, HonorOrder::Pinyin)) == "5 2 4 3 1 ");
}
