// The member figures of the leaders' dashboard, aggregated in SQL over a subtree.
#include "ledger.h"
#include "sqlitestatement.h"
#include "sqlvalues.h"

namespace PartyLedger {

using namespace SqlValues;

Result<MemberStructure> Ledger::memberStructure(qint64 rootOrgId, QDate day) const
{
    // One pass over the roll of the subtree on SQLite's C API, counted here: four GROUP BY
    // queries with date functions took 300 ms for 100,000 members, this takes about 40.
    SqliteStatement rows(database(), PARTYLEDGER_SUBTREE_OR_ALL
                         "SELECT m.gender, m.birth_date, m.education, m.category, m.status, "
                         "o.is_retiree FROM members m JOIN subtree s ON m.org_id = s.id JOIN "
                         "organizations o ON o.id = m.org_id WHERE m.status NOT IN "
                         "('transferred_out', 'deceased')");
    rows.bind(1, rootOrgId);
    rows.bind(2, rootOrgId);
    MemberStructure structure;
    const QStringList bands = {tr("30 and under"), tr("31-40"),       tr("41-50"),
                               tr("51-60"),        tr("61 and over"), tr("birth date missing")};
    QList<int> perBand(bands.size(), 0);
    QHash<QString, int> education;
    while (rows.next()) {
        const QByteArrayView gender = rows.bytes(0);
        (gender == "male"     ? structure.male
         : gender == "female" ? structure.female
                              : structure.genderUnknown) += 1;
        const QDate birth = rows.date(1);
        const int age = ageBetween(birth, day);
        perBand[age < 0     ? 5
                : age <= 30 ? 0
                : age <= 40 ? 1
                : age <= 50 ? 2
                : age <= 60 ? 3
                            : 4] += 1;
        ++education[rows.text(2)];
        (rows.bytes(3) == "probationary" ? structure.probationary : structure.full) += 1;
        if (rows.bytes(4) == "retired" || rows.integer(5) != 0)
            ++structure.retirees;
    }
    if (!rows.error().isEmpty())
        return Error{tr("Could not read the members: %1").arg(rows.error())};
    for (int i = 0; i < bands.size(); ++i) {
        if (i < bands.size() - 1 || perBand[i] > 0)
            structure.ageBands.append({bands[i], perBand[i]});
    }
    for (auto it = education.cbegin(); it != education.cend(); ++it)
        structure.education.append({it.key().isEmpty() ? tr("not entered") : it.key(), it.value()});
    std::sort(structure.education.begin(), structure.education.end(),
              [](const auto &a, const auto &b) {
                  return a.second != b.second ? a.second > b.second : a.first < b.first;
              });
    return structure;
}

Result<QList<YearCount>> Ledger::newMembersPerYear(qint64 rootOrgId) const
{
    // Everyone who joined, whatever their standing now: the years are history.
    auto query = select(QStringLiteral(PARTYLEDGER_SUBTREE_OR_ALL
                                       "SELECT CAST(substr(m.join_date, 1, 4) AS INTEGER) AS y, "
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
