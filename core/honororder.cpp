#include "honororder.h"

#include "chinesecollation.h"
#include "strokes.h"

#include <QByteArray>

#include <algorithm>
#include <numeric>
#include <vector>

namespace PartyLedger {

QString HonorOrders::code(HonorOrder order)
{
    switch (order) {
    case HonorOrder::Entered:
        return QStringLiteral("entered");
    case HonorOrder::Stroke:
        return QStringLiteral("stroke");
    case HonorOrder::Pinyin:
        return QStringLiteral("pinyin");
    case HonorOrder::Unit:
        return QStringLiteral("unit");
    }
    return {};
}

std::optional<HonorOrder> HonorOrders::fromCode(const QString &code)
{
    for (HonorOrder order :
         {HonorOrder::Entered, HonorOrder::Stroke, HonorOrder::Pinyin, HonorOrder::Unit}) {
        if (HonorOrders::code(order) == code)
            return order;
    }
    return std::nullopt;
}

QString HonorOrders::label(HonorOrder order)
{
    switch (order) {
    case HonorOrder::Entered:
        return tr("As entered");
    case HonorOrder::Stroke:
        return tr("By surname strokes");
    case HonorOrder::Pinyin:
        return tr("By pinyin");
    case HonorOrder::Unit:
        return tr("By unit");
    }
    return {};
}

QString HonorOrders::statement(HonorOrder order)
{
    switch (order) {
    case HonorOrder::Entered:
        return {};
    case HonorOrder::Stroke:
        return tr("(in order of surname strokes)");
    case HonorOrder::Pinyin:
        return tr("(in pinyin order of surnames)");
    case HonorOrder::Unit:
        return tr("(by unit)");
    }
    return {};
}

QList<AwardRecipient> HonorOrders::sorted(QList<AwardRecipient> recipients, HonorOrder order)
{
    switch (order) {
    case HonorOrder::Entered:
        break;
    case HonorOrder::Stroke:
        // Organization names go through the same comparison; it is total, so they keep a
        // fixed order too.
        std::stable_sort(recipients.begin(), recipients.end(),
                         [](const AwardRecipient &a, const AwardRecipient &b) {
                             return Strokes::lessBySurnameStrokes(a.name, b.name);
                         });
        break;
    case HonorOrder::Pinyin:
    case HonorOrder::Unit: {
        // Collation keys are computed once per recipient, not once per comparison.
        struct Keys {
            QByteArray citation;
            QByteArray name;
        };
        std::vector<Keys> keys;
        keys.reserve(size_t(recipients.size()));
        for (const AwardRecipient &recipient : recipients) {
            keys.push_back({order == HonorOrder::Unit
                                ? ChineseCollation::sortKey(recipient.citation)
                                : QByteArray(),
                            ChineseCollation::nameSortKey(recipient.name)});
        }
        std::vector<qsizetype> indexes(keys.size());
        std::iota(indexes.begin(), indexes.end(), 0);
        std::stable_sort(indexes.begin(), indexes.end(), [&keys](qsizetype a, qsizetype b) {
            const Keys &keyA = keys[size_t(a)], &keyB = keys[size_t(b)];
            if (keyA.citation != keyB.citation)
                return keyA.citation < keyB.citation;
            return keyA.name < keyB.name;
        });
        QList<AwardRecipient> ordered;
        ordered.reserve(recipients.size());
        for (qsizetype index : indexes)
            ordered.append(std::move(recipients[index]));
        return ordered;
    }
    }
    return recipients;
}

} // namespace PartyLedger
