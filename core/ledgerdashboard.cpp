// The member figures of the leaders' dashboard, aggregated in SQL over a subtree.
#include "ledger.h"
#include "sqlitestatement.h"
#include "sqlvalues.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace PartyLedger {

using namespace SqlValues;

Result<MemberStructure> Ledger::memberStructure(qint64 rootOrgId, QDate day) const
{
    // One pass over the subtree's members on SQLite's C API, counted here: four GROUP BY
    // queries with date functions took 300 ms for 100,000 members. The index by organization
    // holds every column read (schema version 4), so no member's row is fetched.
    QSet<qint64> retireeBranches;
    {
        SqliteStatement rows(database(), "SELECT id FROM organizations WHERE is_retiree != 0");
        while (rows.next())
            retireeBranches.insert(rows.integer(0));
        if (!rows.error().isEmpty())
            return Error{tr("Could not read the organizations: %1").arg(rows.error())};
    }
    SqliteStatement rows(database(), PARTYLEDGER_SUBTREE_OR_ALL
                         "SELECT m.org_id, m.gender, m.birth_date, m.education, m.category, "
                         "m.status, m.join_date FROM members m WHERE m.org_id IN (SELECT id "
                         "FROM subtree)");
    rows.bind(1, rootOrgId);
    rows.bind(2, rootOrgId);
    MemberStructure structure;
    const QStringList bands = {tr("30 and under"), tr("31-40"),       tr("41-50"),
                               tr("51-60"),        tr("61 and over"), tr("birth date missing")};
    QList<int> perBand(bands.size(), 0);
    // A handful of distinct educations: their bytes compared beat a QString and a hash per row.
    QList<std::pair<QByteArray, int>> education;
    std::array<int, 200> joined{}; // by year from 1900: Party records begin in 1921
    while (rows.next()) {
        // Everyone who joined counts in the years, whatever their standing now: that is history.
        const QByteArrayView joinDate = rows.bytes(6);
        if (joinDate.size() >= 4) {
            bool isYear = false;
            const int year = joinDate.first(4).toInt(&isYear);
            if (isYear && year >= 1900 && year < 1900 + int(joined.size()))
                ++joined[size_t(year - 1900)];
        }
        const QByteArrayView status = rows.bytes(5);
        if (status == "transferred_out" || status == "deceased")
            continue;
        const QByteArrayView gender = rows.bytes(1);
        (gender == "male"     ? structure.male
         : gender == "female" ? structure.female
                              : structure.genderUnknown) += 1;
        const int age = ageBetween(rows.date(2), day);
        perBand[age < 0     ? 5
                : age <= 30 ? 0
                : age <= 40 ? 1
                : age <= 50 ? 2
                : age <= 60 ? 3
                            : 4] += 1;
        const QByteArrayView degree = rows.bytes(3);
        auto known = std::find_if(education.begin(), education.end(),
                                  [degree](const auto &entry) { return entry.first == degree; });
        if (known == education.end())
            education.append({degree.toByteArray(), 1});
        else
            ++known->second;
        (rows.bytes(4) == "probationary" ? structure.probationary : structure.full) += 1;
        if (status == "retired" || retireeBranches.contains(rows.integer(0)))
            ++structure.retirees;
    }
    if (!rows.error().isEmpty())
        return Error{tr("Could not read the members: %1").arg(rows.error())};
    for (int i = 0; i < bands.size(); ++i) {
        if (i < bands.size() - 1 || perBand[i] > 0)
            structure.ageBands.append({bands[i], perBand[i]});
    }
    for (const auto &[degree, count] : std::as_const(education)) {
        structure.education.append(
            {degree.isEmpty() ? tr("not entered") : QString::fromUtf8(degree), count});
    }
    std::sort(structure.education.begin(), structure.education.end(),
              [](const auto &a, const auto &b) {
                  return a.second != b.second ? a.second > b.second : a.first < b.first;
              });
    for (size_t i = 0; i < joined.size(); ++i) {
        if (joined[i] > 0)
            structure.joinedPerYear.append({1900 + int(i), joined[i]});
    }
    return structure;
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
