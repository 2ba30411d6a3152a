// The member figures of the leaders' dashboard, aggregated in SQL over a subtree.
#include "ledger.h"
#include "sqlvalues.h"

namespace PartyLedger {

using namespace SqlValues;

namespace {
// Members on the roll of the subtree: the FROM and WHERE every figure below shares.
#define PARTYLEDGER_ON_ROLL_IN_SUBTREE                                                             \
    " FROM members m JOIN subtree s ON m.org_id = s.id WHERE m.status NOT IN "                     \
    "('transferred_out', 'deceased') "
} // namespace

Result<MemberStructure> Ledger::memberStructure(qint64 rootOrgId, QDate day) const
{
    MemberStructure structure;
    const QVariantList root = {rootOrgId, rootOrgId};
    auto genders = select(QStringLiteral(PARTYLEDGER_SUBTREE_OR_ALL
                                         "SELECT m.gender, count(*)" PARTYLEDGER_ON_ROLL_IN_SUBTREE
                                         "GROUP BY m.gender"),
                          root);
    if (!genders)
        return Error{genders.error()};
    while (genders->next()) {
        const QString gender = genders->value(0).toString();
        const int count = genders->value(1).toInt();
        (gender == QLatin1String("male")     ? structure.male
         : gender == QLatin1String("female") ? structure.female
                                             : structure.genderUnknown) += count;
    }

    // Whole years on `day`, in bands as Party statistics report them.
    auto ages = select(
        QStringLiteral(PARTYLEDGER_SUBTREE_OR_ALL
                       "SELECT CASE WHEN age IS NULL THEN 5 WHEN age <= 30 THEN 0 "
                       "WHEN age <= 40 THEN 1 WHEN age <= 50 THEN 2 WHEN age <= 60 "
                       "THEN 3 ELSE 4 END AS band, count(*) FROM (SELECT "
                       "CAST(strftime('%Y', ?) AS INTEGER) - CAST(strftime('%Y', "
                       "m.birth_date) AS INTEGER) - (strftime('%m-%d', ?) < "
                       "strftime('%m-%d', m.birth_date)) AS age" PARTYLEDGER_ON_ROLL_IN_SUBTREE
                       ") GROUP BY band"),
        {rootOrgId, rootOrgId, dateValue(day), dateValue(day)});
    if (!ages)
        return Error{ages.error()};
    const QStringList bands = {tr("30 and under"), tr("31-40"),       tr("41-50"),
                               tr("51-60"),        tr("61 and over"), tr("birth date missing")};
    QList<int> perBand(bands.size(), 0);
    while (ages->next())
        perBand[std::clamp(ages->value(0).toInt(), 0, int(bands.size()) - 1)] +=
            ages->value(1).toInt();
    for (int i = 0; i < bands.size(); ++i) {
        if (i < bands.size() - 1 || perBand[i] > 0)
            structure.ageBands.append({bands[i], perBand[i]});
    }

    auto education =
        select(QStringLiteral(PARTYLEDGER_SUBTREE_OR_ALL
                              "SELECT m.education, count(*) AS n" PARTYLEDGER_ON_ROLL_IN_SUBTREE
                              "GROUP BY m.education ORDER BY n DESC, m.education"),
               root);
    if (!education)
        return Error{education.error()};
    while (education->next()) {
        const QString name = education->value(0).toString();
        structure.education.append(
            {name.isEmpty() ? tr("not entered") : name, education->value(1).toInt()});
    }

    auto kinds = select(
        QStringLiteral(PARTYLEDGER_SUBTREE_OR_ALL
                       "SELECT sum(m.category = 'full'), sum(m.category = 'probationary'), "
                       "sum(m.status = 'retired' OR o.is_retiree)"
                       " FROM members m JOIN subtree s ON m.org_id = s.id JOIN organizations "
                       "o ON o.id = m.org_id WHERE m.status NOT IN ('transferred_out', "
                       "'deceased')"),
        root);
    if (!kinds)
        return Error{kinds.error()};
    if (kinds->next()) {
        structure.full = kinds->value(0).toInt();
        structure.probationary = kinds->value(1).toInt();
        structure.retirees = kinds->value(2).toInt();
    }
    if (auto failed = readFailure(kinds.value()))
        return *failed;
    return structure;
}

Result<QList<YearCount>> Ledger::newMembersPerYear(qint64 rootOrgId) const
{
    // Everyone who joined, whatever their standing now: the years are history.
    auto query = select(QStringLiteral(PARTYLEDGER_SUBTREE_OR_ALL
                                       "SELECT CAST(strftime('%Y', m.join_date) AS INTEGER) AS y, "
                                       "count(*) FROM members m JOIN subtree s ON m.org_id = s.id "
                                       "WHERE m.join_date IS NOT NULL GROUP BY y ORDER BY y"),
                        {rootOrgId, rootOrgId});
    if (!query)
        return Error{query.error()};
    QList<YearCount> years;
    while (query->next())
        years.append({query->value(0).toInt(), query->value(1).toInt()});
    if (auto failed = readFailure(query.value()))
        return *failed;
    return years;
}

Result<QList<HonorCount>> Ledger::honorsPerLevelAndYear(qint64 rootOrgId) const
{
    // People of the subtree and its organizations; for the whole ledger, every recipient.
    auto query = select(
        QStringLiteral(PARTYLEDGER_SUBTREE_OR_ALL
                       "SELECT CAST(strftime('%Y', a.date) AS INTEGER) AS y, a.level, count(*) "
                       "FROM award_recipients r JOIN award_categories c ON c.id = r.category_id "
                       "JOIN awards a ON a.id = c.award_id LEFT JOIN members m ON m.id = "
                       "r.member_id WHERE a.date IS NOT NULL AND (? = 0 OR m.org_id IN (SELECT "
                       "id FROM subtree) OR r.org_id IN (SELECT id FROM subtree)) GROUP BY y, "
                       "a.level ORDER BY y, a.level"),
        {rootOrgId, rootOrgId, rootOrgId});
    if (!query)
        return Error{query.error()};
    QList<HonorCount> counts;
    while (query->next()) {
        const auto level = AwardVocabulary::levelFromCode(query->value(1).toString());
        counts.append(
            {query->value(0).toInt(), level.value_or(AwardLevel::System), query->value(2).toInt()});
    }
    if (auto failed = readFailure(query.value()))
        return *failed;
    return counts;
}

} // namespace PartyLedger
