#include "honorexport.h"

#include <algorithm>

namespace PartyLedger {

ExportTable honorsTable(const Award &award, HonorOrder order)
{
    using Kind = ExportColumn::Kind;
    bool people = false, organizations = false, citations = false;
    for (const AwardCategory &category : award.categories) {
        (category.recipientKind == RecipientKind::Person ? people : organizations) = true;
        citations =
            citations || std::any_of(category.recipients.cbegin(), category.recipients.cend(),
                                     [](const AwardRecipient &r) { return !r.citation.isEmpty(); });
    }
    // Chinese headings whatever the UI language, as the printed list has them.
    const QString nameTitle = people && organizations ? QStringLiteral("姓名/名称")
                              : organizations         ? QStringLiteral("名称")
                                                      : QStringLiteral("姓名");
    ExportTable table;
    table.sheetName = award.title.isEmpty() ? QStringLiteral("光荣榜") : award.title;
    table.columns = {{QStringLiteral("类别"), Kind::Text}, {nameTitle, Kind::Text}};
    if (citations)
        table.columns.append({QStringLiteral("单位及职务"), Kind::Text});

    for (const AwardCategory &category : award.categories) {
        for (const AwardRecipient &r : HonorOrders::sorted(category.recipients, order)) {
            QList<QVariant> row{category.name, r.name};
            if (citations)
                row.append(r.citation.isEmpty() ? QVariant() : QVariant(r.citation));
            table.rows.append(row);
        }
    }
    return table;
}

} // namespace PartyLedger
