#pragma once

#include "award.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace PartyLedger {

// How the recipients of an honor list are ordered when printed.
enum class HonorOrder {
    Entered, // as entered
    Stroke,  // 按姓氏笔画排序
    Pinyin,  // 按姓氏拼音排序
    Unit,    // by unit: the citation's text in pinyin order, then the name
};

class HonorOrders {
    Q_DECLARE_TR_FUNCTIONS(HonorOrders)
public:
    static QString code(HonorOrder order); // "entered", "stroke", "pinyin", "unit"
    static std::optional<HonorOrder> fromCode(const QString &code);
    static QString label(HonorOrder order); // for the options dialog
    // The sentence a printed list states, e.g. "（按姓氏笔画排序）"; empty for Entered.
    static QString statement(HonorOrder order);
    // A stable sort; organizations (RecipientKind::Organization) are ordered by name for
    // Stroke and Pinyin.
    static QList<AwardRecipient> sorted(QList<AwardRecipient> recipients, HonorOrder order);
};

} // namespace PartyLedger
