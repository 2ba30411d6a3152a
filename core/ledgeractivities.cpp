// The store's part for service statistics (服务统计): activity types with their 三会一课 rules,
// dated activities of an organization with their figures and participants, and where a member
// stood on a given day.
#include "ledger.h"

#include "sqlitestatement.h"
#include "sqlvalues.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>
#include <vector>

namespace PartyLedger {

using namespace SqlValues;

#define PARTYLEDGER_ACTIVITY_COLUMNS                                                               \
    "a.id, a.org_id, a.type_id, a.date, a.title, a.head_count, a.people_served, "                  \
    "a.problems_solved, a.households, a.funds_fen, a.hours, a.note"

namespace {

// An organization's place and life, for checking activities.
struct OrgLife {
    qint64 parentId = 0;
    QDate founded;
    QDate dissolved;
};

Result<QHash<qint64, OrgLife>> organizationLives(const QSqlDatabase &db)
{
    SqliteStatement rows(db, "SELECT id, parent_id, founded, dissolved FROM organizations");
    QHash<qint64, OrgLife> lives;
    while (rows.next())
        lives.insert(rows.integer(0), {rows.integer(1), rows.date(2), rows.date(3)});
    if (!rows.error().isEmpty())
        return Error{Ledger::tr("Could not read the organizations: %1").arg(rows.error())};
    return lives;
}

// Whether org is root or lies under it. A damaged file with a loop of parents still ends.
bool isWithin(qint64 org, qint64 root, const QHash<qint64, OrgLife> &lives)
{
    for (qsizetype steps = 0; org > 0 && steps <= lives.size(); ++steps) {
        if (org == root)
            return true;
        org = lives.value(org).parentId;
    }
    return false;
}

// A member's Party relationship over time: where they are now, since when, and their transfers
// in order (date, then id).
struct MemberHistory {
    struct Move {
        QDate date;
        qint64 fromOrgId = 0; // 0: from outside the ledger
        qint64 toOrgId = 0;   // 0: out of the ledger
    };
    qint64 orgNow = 0;
    QDate joined;
    QList<Move> moves;

    // The organization on a day: where the last transfer on or before it led; failing that,
    // where the first transfer after it came from; failing that, where the member is now.
    // 0 before joining, and whenever a transfer says outside the ledger.
    qint64 organizationOn(QDate day) const
    {
        if (joined.isValid() && joined > day)
            return 0;
        const Move *last = nullptr;
        for (const Move &move : moves) {
            if (move.date > day)
                return last ? last->toOrgId : move.fromOrgId;
            last = &move;
        }
        return last ? last->toOrgId : orgNow;
    }
};

// Member ids as one JSON array, so one statement takes any number of them.
QString jsonIds(const QList<qint64> &ids)
{
    QString json = QStringLiteral("[");
    for (int i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QString::number(ids.at(i));
    }
    return json + QLatin1Char(']');
}

// The history of these members; one absent from the result is not in the ledger.
Result<QHash<qint64, MemberHistory>> memberHistories(const QSqlDatabase &db,
                                                     const QList<qint64> &memberIds)
{
    QHash<qint64, MemberHistory> histories;
    if (memberIds.isEmpty())
        return histories;
    const QString json = jsonIds(memberIds);
    SqliteStatement members(db,
                            "SELECT id, org_id, join_date FROM members WHERE id IN (SELECT value "
                            "FROM json_each(?1))");
    members.bind(1, json);
    histories.reserve(memberIds.size());
    while (members.next())
        histories.insert(members.integer(0), {members.integer(1), members.date(2), {}});
    SqliteStatement moves(db,
                          "SELECT member_id, date, from_org_id, to_org_id FROM member_transfers "
                          "WHERE member_id IN (SELECT value FROM json_each(?1)) ORDER BY "
                          "member_id, date, id");
    moves.bind(1, json);
    while (moves.next()) {
        const auto found = histories.find(moves.integer(0));
        if (found != histories.end())
            found->moves.append({moves.date(1), moves.integer(2), moves.integer(3)});
    }
    for (const QString &error : {members.error(), moves.error()}) {
        if (!error.isEmpty())
            return Error{Ledger::tr("Could not read the members: %1").arg(error)};
    }
    return histories;
}

// One row of PARTYLEDGER_ACTIVITY_COLUMNS, from either reader.
template <typename Row> Activity activityFrom(const Row &row)
{
    Activity a;
    a.id = row.integer(0);
    a.orgId = row.integer(1);
    a.typeId = row.integer(2);
    a.date = row.date(3);
    a.title = row.text(4);
    a.headCount = int(row.integer(5));
    a.figures.peopleServed = row.integer(6);
    a.figures.problemsSolved = row.integer(7);
    a.figures.households = row.integer(8);
    a.figures.fundsFen = row.integer(9);
    a.figures.hours = row.real(10);
    a.note = row.text(11);
    return a;
}

struct QueryRow {
    const QSqlQuery &query;
    qint64 integer(int column) const { return idFrom(query.value(column)); }
    double real(int column) const { return query.value(column).toDouble(); }
    QString text(int column) const { return query.value(column).toString(); }
    QDate date(int column) const { return dateFrom(query.value(column)); }
};

// What the clerk typed, as the store keeps it: texts trimmed, each participant once, by id.
Activity normalized(Activity activity)
{
    activity.title = activity.title.trimmed();
    activity.note = activity.note.trimmed();
    std::sort(activity.participants.begin(), activity.participants.end());
    activity.participants.erase(
        std::unique(activity.participants.begin(), activity.participants.end()),
        activity.participants.end());
    return activity;
}

bool byId(const Activity &a, const Activity &b)
{
    return a.id < b.id;
}

// The first figure below zero, named as a form labels it; empty when all are fine.
QString negativeFigure(const Activity &a)
{
    if (a.headCount < 0)
        return Ledger::tr("the head count");
    if (a.figures.peopleServed < 0)
        return Ledger::tr("the people served");
    if (a.figures.problemsSolved < 0)
        return Ledger::tr("the problems solved");
    if (a.figures.households < 0)
        return Ledger::tr("the households helped");
    if (a.figures.fundsFen < 0)
        return Ledger::tr("the funds");
    if (!(a.figures.hours >= 0) || !std::isfinite(a.figures.hours))
        return Ledger::tr("the hours");
    return {};
}

QVariant dutyPeriodValue(const ActivityType &type)
{
    return type.isDuty ? QVariant(ActivityVocabulary::code(type.dutyPeriod)) : QVariant();
}

} // namespace

Result<QList<ActivityType>> Ledger::activityTypes() const
{
    auto query = select(QStringLiteral("SELECT id, name, duty_period, duty_minimum, duty_holder, "
                                       "position FROM activity_types ORDER BY position, id"));
    if (!query)
        return Error{query.error()};
    QList<ActivityType> types;
    while (query->next()) {
        ActivityType type;
        type.id = query->value(0).toLongLong();
        type.name = query->value(1).toString();
        const QVariant period = query->value(2);
        type.isDuty = !period.isNull();
        type.dutyPeriod =
            ActivityVocabulary::periodFromCode(period.toString()).value_or(DutyPeriod::Month);
        type.dutyMinimum = query->value(3).toInt();
        type.dutyHolder = ActivityVocabulary::holderFromCode(query->value(4).toString())
                              .value_or(DutyHolder::Branch);
        type.position = query->value(5).toInt();
        types.append(type);
    }
    if (auto failed = readFailure(query.value()))
        return *failed;
    return types;
}

namespace {
// The name and rule of a type as a form would refuse them; empty when they may be saved.
QString typeProblem(const ActivityType &type)
{
    if (type.name.trimmed().isEmpty())
        return Ledger::tr("An activity type needs a name.");
    if (type.isDuty && type.dutyMinimum < 1)
        return Ledger::tr("The activity type %1 was not saved: a duty must be held at least once "
                          "a period.")
            .arg(type.name.trimmed());
    return {};
}
} // namespace

Result<qint64> Ledger::addActivityType(const ActivityType &type)
{
    if (const QString problem = typeProblem(type); !problem.isEmpty())
        return Error{problem};
    const QString name = type.name.trimmed();
    Result<qint64> id = Error{};
    auto written = write([&]() -> Result<void> {
        auto same = select(QStringLiteral("SELECT 1 FROM activity_types WHERE name = ?"), {name});
        if (!same)
            return Error{same.error()};
        if (same->next())
            return Error{tr("There is already an activity type named %1.").arg(name)};
        int position = type.position;
        if (type.id <= 0) { // a new type goes last
            auto last =
                select(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM activity_types"));
            if (!last)
                return Error{last.error()};
            position = last->next() ? last->value(0).toInt() : 0;
        }
        id =
            insert(QStringLiteral("INSERT INTO activity_types (id, name, duty_period, "
                                  "duty_minimum, duty_holder, position) VALUES (?, ?, ?, ?, ?, ?)"),
                   {idValue(type.id), name, dutyPeriodValue(type), std::max(1, type.dutyMinimum),
                    ActivityVocabulary::code(type.dutyHolder), position},
                   tr("the activity type %1").arg(name));
        return id ? Result<void>() : Error{id.error()};
    });
    return written ? id : Error{written.error()};
}

Result<void> Ledger::updateActivityType(const ActivityType &type)
{
    if (const QString problem = typeProblem(type); !problem.isEmpty())
        return Error{problem};
    const QString name = type.name.trimmed();
    return write([&]() -> Result<void> {
        auto found = select(QStringLiteral("SELECT id FROM activity_types WHERE id = ? OR name = "
                                           "? ORDER BY id = ? DESC"),
                            {type.id, name, type.id});
        if (!found)
            return Error{found.error()};
        QList<qint64> ids;
        while (found->next())
            ids.append(found->value(0).toLongLong());
        if (auto failed = readFailure(found.value()))
            return *failed;
        if (!ids.contains(type.id))
            return Error{tr("The activity type is no longer in the ledger; someone may have "
                            "removed it.")};
        if (ids.size() > 1)
            return Error{tr("There is already an activity type named %1.").arg(name)};
        return run(QStringLiteral("UPDATE activity_types SET name = ?, duty_period = ?, "
                                  "duty_minimum = ?, duty_holder = ? WHERE id = ?"),
                   {name, dutyPeriodValue(type), std::max(1, type.dutyMinimum),
                    ActivityVocabulary::code(type.dutyHolder), type.id},
                   tr("the activity type %1").arg(name));
    });
}

Result<void> Ledger::removeActivityType(qint64 typeId)
{
    return write([&]() -> Result<void> {
        // EXISTS stops at the first activity; there is no index by type to count with.
        auto found = select(QStringLiteral("SELECT name, EXISTS (SELECT 1 FROM activities WHERE "
                                           "type_id = t.id) FROM activity_types t WHERE id = ?"),
                            {typeId});
        if (!found)
            return Error{found.error()};
        if (!found->next()) {
            if (auto failed = readFailure(found.value()))
                return *failed;
            return Error{tr("The activity type is no longer in the ledger; someone may have "
                            "removed it.")};
        }
        const QString name = found->value(0).toString();
        if (found->value(1).toInt() != 0)
            return Error{
                tr("The activity type %1 cannot be removed: activities of this type are recorded.")
                    .arg(name)};
        return run(QStringLiteral("DELETE FROM activity_types WHERE id = ?"), {typeId},
                   tr("the activity type %1").arg(name));
    });
}

Result<qint64> Ledger::addActivity(const Activity &activity)
{
    auto ids = addActivities({activity});
    if (!ids)
        return Error{ids.error()};
    return ids->first();
}

Result<QList<qint64>> Ledger::addActivities(const QList<Activity> &given)
{
    if (auto checked = checkActivityTables(); !checked)
        return Error{checked.error()};
    QList<Activity> activities;
    activities.reserve(given.size());
    QList<qint64> memberIds;
    for (const Activity &activity : given) {
        activities.append(normalized(activity));
        memberIds.append(activities.constLast().participants);
    }
    std::sort(memberIds.begin(), memberIds.end());
    memberIds.erase(std::unique(memberIds.begin(), memberIds.end()), memberIds.end());

    QList<qint64> ids;
    ids.reserve(activities.size());
    auto written = write([&]() -> Result<void> {
        // Everything the checks need, read once: the organizations, the types and the history
        // of every member listed.
        const QSqlDatabase db = database();
        auto lives = organizationLives(db);
        if (!lives)
            return Error{lives.error()};
        QSet<qint64> types;
        SqliteStatement typeRows(db, "SELECT id FROM activity_types");
        while (typeRows.next())
            types.insert(typeRows.integer(0));
        if (!typeRows.error().isEmpty())
            return Error{tr("Could not read the activity types: %1").arg(typeRows.error())};
        auto histories = memberHistories(db, memberIds);
        if (!histories)
            return Error{histories.error()};

        const QString refused = tr("The activity was not saved: %1");
        const auto nameOf = [this](qint64 orgId) {
            auto org = organization(orgId);
            return org ? org->displayName() : QString();
        };
        for (const Activity &a : std::as_const(activities)) {
            if (!a.date.isValid())
                return Error{refused.arg(tr("give its date."))};
            if (const QString figure = negativeFigure(a); !figure.isEmpty())
                return Error{refused.arg(tr("%1 cannot be negative.").arg(figure))};
            const auto life = lives->constFind(a.orgId);
            if (life == lives->cend())
                return Error{refused.arg(tr("its organization is not in the ledger."))};
            if (life->founded.isValid() && a.date < life->founded)
                return Error{refused.arg(tr("its date %1 is before %2 was founded on %3.")
                                             .arg(DateInput::format(a.date), nameOf(a.orgId),
                                                  DateInput::format(life->founded)))};
            if (life->dissolved.isValid() && a.date > life->dissolved)
                return Error{refused.arg(tr("its date %1 is after %2 was dissolved on %3.")
                                             .arg(DateInput::format(a.date), nameOf(a.orgId),
                                                  DateInput::format(life->dissolved)))};
            if (!types.contains(a.typeId))
                return Error{refused.arg(tr("its type is not in the ledger."))};
            for (qint64 memberId : a.participants) {
                const auto history = histories->constFind(memberId);
                if (history == histories->cend())
                    return Error{refused.arg(
                        tr("a participant is no longer in the ledger; someone may have removed "
                           "them."))};
                const qint64 then = history->organizationOn(a.date);
                if (then > 0 && isWithin(then, a.orgId, lives.value()))
                    continue;
                auto member = this->member(memberId);
                const QString name = member ? member->name : QString::number(memberId);
                if (then <= 0)
                    return Error{refused.arg(tr("%1 was not a member of any organization in the "
                                                "ledger on %2.")
                                                 .arg(name, DateInput::format(a.date)))};
                return Error{refused.arg(
                    tr("on %2, %1 belonged to %3, which is not part of %4.")
                        .arg(name, DateInput::format(a.date), nameOf(then), nameOf(a.orgId)))};
            }
        }

        SqliteStatement insert(db,
                               "INSERT INTO activities (id, org_id, type_id, date, title, "
                               "head_count, people_served, problems_solved, households, funds_fen, "
                               "hours, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                               "?12)");
        SqliteStatement participant(db,
                                    "INSERT INTO activity_participants (activity_id, member_id) "
                                    "VALUES (?1, ?2)");
        for (const QString &error : {insert.error(), participant.error()}) {
            if (!error.isEmpty())
                return Error{tr("Could not save the activities: %1").arg(error)};
        }
        // Written in the order of the index by organization, and the participants in the
        // order of the index by member: each index then grows at a few places per batch, which
        // stay in the page cache (a million generated activities: half the time).
        std::vector<qsizetype> order(size_t(activities.size()));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
            const Activity &a = activities.at(x);
            const Activity &b = activities.at(y);
            return a.orgId != b.orgId ? a.orgId < b.orgId : a.date < b.date;
        });
        ids.resize(activities.size());
        std::vector<std::pair<qint64, qint64>> listed; // member, activity
        for (qsizetype i : order) {
            const Activity &a = activities.at(i);
            insert.bindId(1, a.id);
            insert.bind(2, a.orgId);
            insert.bind(3, a.typeId);
            insert.bind(4, a.date);
            insert.bind(5, a.title);
            insert.bind(6, qint64(a.headCount));
            insert.bind(7, a.figures.peopleServed);
            insert.bind(8, a.figures.problemsSolved);
            insert.bind(9, a.figures.households);
            insert.bind(10, a.figures.fundsFen);
            insert.bind(11, a.figures.hours);
            insert.bind(12, a.note);
            if (!insert.run())
                return Error{tr("Could not save the activity of %1: %2")
                                 .arg(DateInput::format(a.date), insert.error())};
            ids[i] = insert.lastInsertId();
            for (qint64 memberId : a.participants)
                listed.emplace_back(memberId, ids[i]);
        }
        std::sort(listed.begin(), listed.end());
        for (const auto &[memberId, activityId] : listed) {
            participant.bind(1, activityId);
            participant.bind(2, memberId);
            if (!participant.run())
                return Error{tr("Could not save the participants of the activities: %1")
                                 .arg(participant.error())};
        }
        return {};
    });
    if (!written)
        return Error{written.error()};
    return ids;
}

Result<void> Ledger::updateActivity(const Activity &activity)
{
    if (auto checked = checkActivityTables(); !checked)
        return Error{checked.error()};
    // Written again under its id, through every check a new activity passes; the participants
    // go with the old record (ON DELETE CASCADE).
    return write([&]() -> Result<void> {
        auto exists =
            select(QStringLiteral("SELECT 1 FROM activities WHERE id = ?"), {activity.id});
        if (!exists)
            return Error{exists.error()};
        if (!exists->next()) {
            if (auto failed = readFailure(exists.value()))
                return *failed;
            return Error{tr("The activity is no longer in the ledger; someone may have removed "
                            "it.")};
        }
        if (auto removed = run(QStringLiteral("DELETE FROM activities WHERE id = ?"), {activity.id},
                               tr("the activity"));
            !removed)
            return removed;
        auto added = addActivity(activity);
        return added ? Result<void>() : Error{added.error()};
    });
}

Result<void> Ledger::removeActivity(qint64 activityId)
{
    if (auto checked = checkActivityTables(); !checked)
        return Error{checked.error()};
    return write([&]() -> Result<void> {
        auto removed = execute(QStringLiteral("DELETE FROM activities WHERE id = ?"), {activityId},
                               tr("the activity"));
        if (!removed)
            return Error{removed.error()};
        const int count = removed.value()->numRowsAffected();
        removed.value()->finish();
        if (count < 1)
            return Error{tr("The activity is no longer in the ledger; someone may have removed "
                            "it.")};
        return {};
    });
}

Result<Activity> Ledger::activity(qint64 activityId) const
{
    if (auto checked = checkActivityTables(); !checked)
        return Error{checked.error()};
    auto query = select(
        QStringLiteral("SELECT " PARTYLEDGER_ACTIVITY_COLUMNS " FROM activities a WHERE a.id = ?"),
        {activityId});
    if (!query)
        return Error{query.error()};
    if (!query->next()) {
        if (auto failed = readFailure(query.value()))
            return *failed;
        return Error{tr("The activity is no longer in the ledger; someone may have removed it.")};
    }
    Activity a = activityFrom(QueryRow{query.value()});
    auto members = select(QStringLiteral("SELECT member_id FROM activity_participants WHERE "
                                         "activity_id = ? ORDER BY member_id"),
                          {activityId});
    if (!members)
        return Error{members.error()};
    while (members->next())
        a.participants.append(members->value(0).toLongLong());
    if (auto failed = readFailure(members.value()))
        return *failed;
    return a;
}

Result<QList<Activity>> Ledger::activities(qint64 rootOrgId, const Period &period) const
{
    if (auto checked = checkActivityTables(); !checked)
        return Error{checked.error()};
    if (!period.isValid())
        return Error{tr("Could not read the activities: the period has no valid first and last "
                        "day.")};
    const QString first = DateInput::format(period.first);
    const QString last = DateInput::format(period.last);
    const bool whole = rootOrgId <= 0;
    // Two statements however many activities: the records, then every participant of them.
    SqliteStatement rows(
        database(),
        whole ? "SELECT " PARTYLEDGER_ACTIVITY_COLUMNS " FROM activities a WHERE a.date BETWEEN ?1 "
                "AND ?2 ORDER BY a.date, a.org_id, a.id"
              : PARTYLEDGER_SUBTREE "SELECT " PARTYLEDGER_ACTIVITY_COLUMNS " FROM subtree s JOIN "
                                    "activities a ON a.org_id = s.id WHERE a.date BETWEEN ?2 AND "
                                    "?3 ORDER BY a.date, a.org_id, a.id");
    const int firstParameter = whole ? 1 : 2;
    if (!whole)
        rows.bind(1, rootOrgId);
    rows.bind(firstParameter, first);
    rows.bind(firstParameter + 1, last);
    QList<Activity> activities;
    while (rows.next())
        activities.append(activityFrom(rows));
    if (!rows.error().isEmpty())
        return Error{tr("Could not read the activities: %1").arg(rows.error())};
    if (activities.isEmpty())
        return activities;
    // By date, then id. SQL orders by date and organization too, the order of the index
    // activities_by_date, so the engine sorts nothing; the few of each day are put in id order
    // here (a quarter of the time of reading 100,000, measured).
    for (auto day = activities.begin(); day != activities.end();) {
        const auto next = std::find_if(day, activities.end(),
                                       [&](const Activity &a) { return a.date != day->date; });
        if (!std::is_sorted(day, next, byId))
            std::sort(day, next, byId);
        day = next;
    }

    // The participants come by activity id (the plan walks the list of ids in order); each is
    // placed through the ids sorted once, which is cheaper than a hash for 100,000 activities.
    SqliteStatement participants(
        database(),
        whole ? "SELECT activity_id, member_id FROM activity_participants WHERE activity_id IN "
                "(SELECT id FROM activities WHERE date BETWEEN ?1 AND ?2)"
              : PARTYLEDGER_SUBTREE "SELECT activity_id, member_id FROM activity_participants "
                                    "WHERE activity_id IN (SELECT a.id FROM subtree s JOIN "
                                    "activities a ON a.org_id = s.id WHERE a.date BETWEEN ?2 "
                                    "AND ?3)");
    if (!whole)
        participants.bind(1, rootOrgId);
    participants.bind(firstParameter, first);
    participants.bind(firstParameter + 1, last);
    std::vector<std::pair<qint64, qsizetype>> byId;
    byId.reserve(size_t(activities.size()));
    for (qsizetype i = 0; i < activities.size(); ++i)
        byId.emplace_back(activities.at(i).id, i);
    std::sort(byId.begin(), byId.end());
    // Each activity's members are gathered first and stored with one allocation.
    qint64 current = 0;
    QList<qint64> members;
    const auto place = [&] {
        const auto at =
            std::lower_bound(byId.cbegin(), byId.cend(), std::pair<qint64, qsizetype>(current, 0));
        if (!members.isEmpty() && at != byId.cend() && at->first == current)
            activities[at->second].participants.append(members);
        members.clear();
    };
    while (participants.next()) {
        const qint64 activityId = participants.integer(0);
        if (activityId != current) {
            place();
            current = activityId;
        }
        members.append(participants.integer(1));
    }
    place();
    if (!participants.error().isEmpty())
        return Error{tr("Could not read the activities: %1").arg(participants.error())};
    // In member id order, as activity() gives them (the primary key's order already).
    for (Activity &a : activities) {
        if (a.participants.size() > 1 &&
            !std::is_sorted(a.participants.cbegin(), a.participants.cend()))
            std::sort(a.participants.begin(), a.participants.end());
    }
    return activities;
}

Result<qint64> Ledger::organizationOfMemberOn(qint64 memberId, QDate date) const
{
    if (!date.isValid())
        return Error{tr("Give the day to look up where the member belonged.")};
    auto histories = memberHistories(database(), {memberId});
    if (!histories)
        return Error{histories.error()};
    const auto history = histories->constFind(memberId);
    if (history == histories->cend())
        return Error{tr("The member is no longer in the ledger; someone may have removed them.")};
    return history->organizationOn(date);
}

Result<QList<qint64>> Ledger::activitiesOfMember(qint64 memberId) const
{
    return idsOf(select(QStringLiteral("SELECT activity_id FROM activity_participants WHERE "
                                       "member_id = ? ORDER BY activity_id"),
                        {memberId}));
}

Result<void> Ledger::addParticipations(qint64 memberId, const QList<qint64> &activityIds)
{
    if (activityIds.isEmpty())
        return {};
    // As they were before the member was removed: no checks, which the member passed then.
    return write([&]() {
        return run(QStringLiteral("INSERT OR IGNORE INTO activity_participants (activity_id, "
                                  "member_id) SELECT value, ? FROM json_each(?)"),
                   {memberId, jsonIds(activityIds)}, tr("the participations of the member"));
    });
}

} // namespace PartyLedger
