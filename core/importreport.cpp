#include "importreport.h"

#include <QJsonArray>

namespace PartyLedger {

namespace {
QJsonArray rowsJson(const QList<ImportedRow> &rows)
{
    QJsonArray array;
    for (const ImportedRow &row : rows)
        array.append(
            QJsonObject{{QStringLiteral("row"), row.row}, {QStringLiteral("name"), row.name}});
    return array;
}
} // namespace

QJsonObject ImportReport::toJson() const
{
    QJsonArray problems;
    for (const ImportProblem &problem : errors)
        problems.append(QJsonObject{{QStringLiteral("row"), problem.row},
                                    {QStringLiteral("column"), problem.column},
                                    {QStringLiteral("reason"), problem.reason}});
    return {{QStringLiteral("rows"), rows},
            {QStringLiteral("inserted"), inserted},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("errors"), problems},
            {QStringLiteral("unchanged"), int(unchangedRows.size())},
            {QStringLiteral("updates"), rowsJson(updatedRows)},
            {QStringLiteral("created"), QJsonArray::fromStringList(created)},
            {QStringLiteral("written"), written}};
}

} // namespace PartyLedger
