// The store's part for imports: units, members and removals in bulk, each batch in one
// transaction through kept statements on SQLite's C API (see SqliteStatement): a statement is
// prepared once per batch and every value bound without a QVariant.
#include "ledger.h"

#include "idnumber.h"
#include "sqlitestatement.h"
#include "validation.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace PartyLedger {

namespace {
// Progress is told every so many records: often enough for a bar, rarely enough to cost nothing.
constexpr qsizetype ProgressStep = 1000;

// Ids (or ID numbers) as one JSON array, so one statement takes any number of them.
template <typename T> QString jsonArray(const QList<T> &values)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(value);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// As addMember keeps a record: ID number in its canonical form, no stray spaces.
Member storedForm(Member member)
{
    member.name = member.name.trimmed();
    member.idNumber = IdNumber::normalized(member.idNumber);
    member.phone = member.phone.trimmed();
    member.ethnicity = member.ethnicity.trimmed();
    return member;
}

// A member's columns but the id, bound as ?2 to ?19 in the order the INSERT below names them
// (?1 is the id); each UPDATE below uses some of them.
void bindMember(SqliteStatement &statement, const Member &m)
{
    const QString gender = MemberVocabulary::code(m.gender);
    if (gender.isEmpty())
        statement.bindNull(2);
    else
        statement.bind(2, gender);
    statement.bind(3, m.ethnicity);
    statement.bind(4, m.birthDate);
    if (m.idNumber.isEmpty())
        statement.bindNull(5);
    else
        statement.bind(5, m.idNumber);
    statement.bind(6, m.education);
    statement.bind(7, m.phone);
    statement.bindId(8, m.unitId);
    statement.bind(9, m.adminPost);
    statement.bind(10, m.title);
    statement.bind(11, m.orgId);
    statement.bind(12, MemberVocabulary::code(m.category));
    statement.bind(13, m.applicationDate);
    statement.bind(14, m.activistDate);
    statement.bind(15, m.candidateDate);
    statement.bind(16, m.joinDate);
    statement.bind(17, m.confirmDate);
    statement.bind(18, MemberVocabulary::code(m.status));
    statement.bind(19, m.name);
}

// Whether each organization holds members, read once for a whole batch.
Result<QHash<qint64, bool>> memberHolders(const QSqlDatabase &db)
{
    SqliteStatement rows(db, "SELECT id, kind FROM organizations");
    QHash<qint64, bool> holders;
    while (rows.next()) {
        Organization org;
        org.kind = OrgKinds::fromCode(rows.text(1)).value_or(OrgKind::Committee);
        holders.insert(rows.integer(0), org.holdsMembers());
    }
    if (!rows.error().isEmpty())
        return Error{Ledger::tr("Could not read the organizations: %1").arg(rows.error())};
    return holders;
}

// The checks addMember makes, for one member of a batch; empty when it may be written. `today`
// is asked once per batch: QDate::currentDate reads the time zone each time.
QString refusal(const Member &member, const QHash<qint64, bool> &holders, QDate today,
                Ledger::MemberChecks checks)
{
    if (checks == Ledger::MemberChecks::Validate) {
        const QList<FieldProblem> problems = MemberValidator::validate(member, today);
        if (!problems.isEmpty())
            return Ledger::tr("The member %1 was not saved: %2")
                .arg(member.name, problems.first().message);
    }
    const auto holds = holders.constFind(member.orgId);
    if (holds == holders.cend())
        return Ledger::tr("The member %1 was not saved: the branch is not in the ledger.")
            .arg(member.name);
    if (!*holds)
        return Ledger::tr("The member %1 was not saved: members belong to a branch or Party "
                          "group.")
            .arg(member.name);
    return {};
}

// A larger page cache for one bulk write. SQLite's default of 2 MB holds a fraction of 100,000
// members' rows and indexes; past it, pages are spilled to the WAL in the middle of the
// transaction and read back from there (measured: a fifth of writing 100,000 members).
// PRAGMA cache_spill = OFF did not stop that here; a cache the batch fits in does.
// The ledger keeps SQLite's default otherwise, which is put back after the batch.
class LargerCache {
public:
    explicit LargerCache(const QSqlDatabase &db)
        : m_db(db)
    {
        SqliteStatement size(db, "PRAGMA cache_size");
        m_enlarged = size.next() && size.integer(0) == -2000;
        if (m_enlarged)
            SqliteStatement(db, "PRAGMA cache_size = -131072").run(); // 128 MB at most
    }
    ~LargerCache()
    {
        if (m_enlarged)
            SqliteStatement(m_db, "PRAGMA cache_size = -2000").run();
    }
    LargerCache(const LargerCache &) = delete;
    LargerCache &operator=(const LargerCache &) = delete;

private:
    QSqlDatabase m_db;
    bool m_enlarged = false;
};

// While members checked here (refusal() applies the member form's rules) are written, SQLite's
// own CHECKs on the same fields are skipped: parsing seven dates a row with date() was a third
// of writing 100,000 members. Switched back on at the end, whatever happens.
class CheckedHere {
public:
    explicit CheckedHere(const QSqlDatabase &db)
        : m_db(db)
    {
        SqliteStatement(db, "PRAGMA ignore_check_constraints = ON").run();
    }
    ~CheckedHere() { SqliteStatement(m_db, "PRAGMA ignore_check_constraints = OFF").run(); }
    // Whether SQLite took it: the member updates need it (see rewriteMembers).
    bool active() const
    {
        SqliteStatement state(m_db, "PRAGMA ignore_check_constraints");
        return state.next() && state.integer(0) == 1;
    }
    CheckedHere(const CheckedHere &) = delete;
    CheckedHere &operator=(const CheckedHere &) = delete;

private:
    QSqlDatabase m_db;
};

// Many members written into a table that holds fewer: its own indexes (by name, by branch)
// are dropped first and built again once at the end. Sorting 100,000 keys at once is quicker
// than descending into two more b-trees for every row (measured: a tenth of the write). All of
// it is inside the write's transaction, so a failure or a cancel puts the indexes back too.
class IndexesBuiltAfter {
public:
    // Reads the table's indexes from the schema; drops them when `adding` rows outnumber the
    // rows there and are many enough to be worth it.
    IndexesBuiltAfter(const QSqlDatabase &db, qsizetype adding)
        : m_db(db)
    {
        // Each read is finished (its statement gone) before an index can be dropped.
        {
            SqliteStatement count(db, "SELECT count(*) FROM members");
            if (adding < 10000 || !count.next() || count.integer(0) >= adding)
                return;
        }
        {
            // Only indexes the schema created: UNIQUE's own (sql IS NULL) cannot be dropped.
            SqliteStatement indexes(db, "SELECT name, sql FROM sqlite_schema WHERE type = "
                                        "'index' AND tbl_name = 'members' AND sql IS NOT NULL");
            while (indexes.next())
                m_indexes.append({indexes.text(0), indexes.text(1)});
            if (!indexes.error().isEmpty()) {
                m_error = indexes.error();
                m_indexes.clear();
                return;
            }
        }
        for (const auto &[name, sql] : std::as_const(m_indexes)) {
            // A name cannot be a bound value; it is the schema's own, quoted as SQL quotes one.
            QString quoted = name;
            quoted.replace(u'"', QStringLiteral("\"\""));
            const QByteArray drop = "DROP INDEX \"" + quoted.toUtf8() + '"';
            if (SqliteStatement statement(db, drop.constData()); !statement.run()) {
                m_error = statement.error();
                return;
            }
        }
    }
    // Empty when the indexes could be dropped (or were left alone).
    QString error() const { return m_error; }
    // Builds the dropped indexes again, as the schema had them.
    Result<void> rebuild()
    {
        for (const auto &[name, sql] : std::as_const(m_indexes)) {
            SqliteStatement create(m_db, sql.toUtf8().constData());
            if (!create.run())
                return Error{
                    Ledger::tr("Could not rebuild the index %1: %2").arg(name, create.error())};
        }
        return {};
    }

private:
    QSqlDatabase m_db;
    QList<std::pair<QString, QString>> m_indexes; // name, CREATE INDEX statement
    QString m_error;
};

Result<void> tell(const SheetProgress &progress, qsizetype done, qsizetype total)
{
    if (progress && (done % ProgressStep == 0 || done == total) && !progress(done, total))
        return Error{Ledger::tr("Cancelled; nothing was saved.")};
    return {};
}

// The Party posts of members just written or rewritten, in their order.
Result<void> writePosts(SqliteStatement &insert, qint64 memberId, const Member &member)
{
    for (int i = 0; i < member.partyPosts.size(); ++i) {
        const PartyPost &post = member.partyPosts.at(i);
        insert.bind(1, memberId);
        insert.bind(2, post.orgId);
        insert.bind(3, post.post);
        insert.bind(4, qint64(i));
        if (!insert.run())
            return Error{Ledger::tr("Could not save the Party post %1 of %2: %3")
                             .arg(post.post, member.name, insert.error())};
    }
    return {};
}
} // namespace

Result<void> Ledger::writeInBulk(const std::function<Result<void>()> &body)
{
    return m_transactionDepth > 0 ? body() : write(body);
}

Result<QList<qint64>> Ledger::addUnits(const QList<Unit> &units)
{
    QList<qint64> ids;
    auto written = writeInBulk([&]() -> Result<void> {
        SqliteStatement insert(database(),
                               "INSERT INTO units (id, name, short_name) VALUES (?1, ?2, ?3)");
        for (const Unit &unit : units) {
            insert.bindId(1, unit.id);
            insert.bind(2, unit.name.trimmed());
            insert.bind(3, unit.shortName.trimmed());
            if (!insert.run())
                return Error{tr("Could not save the unit %1: %2").arg(unit.name, insert.error())};
            ids.append(insert.lastInsertId());
        }
        return {};
    });
    return written ? Result<QList<qint64>>(ids) : Error{written.error()};
}

Result<QList<qint64>> Ledger::addMembers(const QList<Member> &given, const SheetProgress &progress,
                                         MemberChecks checks)
{
    QList<qint64> ids;
    ids.reserve(given.size());
    auto written = writeInBulk([&]() -> Result<void> {
        const QSqlDatabase db = database();
        const LargerCache cache(db);
        const CheckedHere checked(db);
        const QDate today = QDate::currentDate();
        auto holders = memberHolders(db);
        if (!holders)
            return Error{holders.error()};
        // Before the statements are prepared: dropping an index changes the schema.
        IndexesBuiltAfter indexes(db, given.size());
        SqliteStatement insert(db, "INSERT INTO members (id, gender, ethnicity, birth_date, "
                                   "id_number, education, phone, unit_id, admin_post, title, "
                                   "org_id, category, application_date, activist_date, "
                                   "candidate_date, join_date, confirm_date, status, name) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                                   "?13, ?14, ?15, ?16, ?17, ?18, ?19)");
        SqliteStatement post(db, "INSERT INTO member_party_posts (member_id, org_id, post, "
                                 "position) VALUES (?1, ?2, ?3, ?4)");
        for (const QString &error : {indexes.error(), insert.error(), post.error()}) {
            if (!error.isEmpty())
                return Error{tr("Could not save the members: %1").arg(error)};
        }
        for (qsizetype i = 0; i < given.size(); ++i) {
            const Member member = storedForm(given.at(i));
            if (const QString refused = refusal(member, holders.value(), today, checks);
                !refused.isEmpty())
                return Error{refused};
            insert.bindId(1, member.id);
            bindMember(insert, member);
            if (!insert.run())
                return Error{
                    tr("Could not save the member %1: %2").arg(member.name, insert.error())};
            const qint64 id = insert.lastInsertId();
            ids.append(id);
            if (auto posts = writePosts(post, id, member); !posts)
                return posts;
            if (auto going = tell(progress, i + 1, given.size()); !going)
                return going;
        }
        return indexes.rebuild();
    });
    return written ? Result<QList<qint64>>(ids) : Error{written.error()};
}

namespace {
// Rewrites every field of existing members, their Party posts included. With `holders`, each is
// checked as addMember checks; transferDate valid: branch changes are recorded as transfers.
Result<QList<qint64>> rewriteMembers(const QSqlDatabase &db, const QList<Member> &given,
                                     const QHash<qint64, bool> *holders, QDate transferDate,
                                     const QString &note, const SheetProgress &progress,
                                     Ledger::MemberChecks checks = Ledger::MemberChecks::Validate)
{
    const LargerCache cache(db);
    // Checked here (refusal) or restored as they were read: SQLite's CHECKs need not parse
    // their dates again. The two UPDATEs below also need them off: between the two, a row may
    // break a CHECK that spans both (a category and its confirmation date).
    const CheckedHere checked(db);
    if (!checked.active())
        return Error{Ledger::tr("Could not save the members: the database refused a setting "
                                "the update needs (ignore_check_constraints).")};
    const QDate today = QDate::currentDate();
    // Where each member is now, for the transfers; read in one statement.
    QList<qint64> memberIds;
    for (const Member &member : given)
        memberIds.append(member.id);
    SqliteStatement current(db, "SELECT id, org_id FROM members WHERE id IN (SELECT value "
                                "FROM json_each(?1))");
    current.bind(1, jsonArray(memberIds));
    QHash<qint64, qint64> branchNow;
    while (current.next())
        branchNow.insert(current.integer(0), current.integer(1));
    if (!current.error().isEmpty())
        return Error{Ledger::tr("Could not read the members: %1").arg(current.error())};

    // Two UPDATEs, each writing only when one of its columns changes. The columns of an index
    // or a foreign key cost SQLite an index entry removed and added, or a look-up, even when
    // the value stays: a re-imported roster with new phone numbers changes none of them.
    SqliteStatement updatePlain(db, "UPDATE members SET ethnicity = ?3, phone = ?7, "
                                    "admin_post = ?9, title = ?10, application_date = ?13, "
                                    "activist_date = ?14, candidate_date = ?15, "
                                    "confirm_date = ?17 WHERE id = ?1 AND (ethnicity IS NOT ?3 "
                                    "OR phone IS NOT ?7 OR admin_post IS NOT ?9 OR title IS NOT "
                                    "?10 OR application_date IS NOT ?13 OR activist_date IS NOT "
                                    "?14 OR candidate_date IS NOT ?15 OR confirm_date IS NOT ?17)");
    SqliteStatement updateIndexed(
        db, "UPDATE members SET gender = ?2, birth_date = ?4, id_number = ?5, education = ?6, "
            "unit_id = ?8, org_id = ?11, category = ?12, join_date = ?16, status = ?18, "
            "name = ?19 WHERE id = ?1 AND (gender IS NOT ?2 OR birth_date IS NOT ?4 OR "
            "id_number IS NOT ?5 OR education IS NOT ?6 OR unit_id IS NOT ?8 OR org_id IS NOT "
            "?11 OR category IS NOT ?12 OR join_date IS NOT ?16 OR status IS NOT ?18 OR name "
            "IS NOT ?19)");
    SqliteStatement clearPosts(db, "DELETE FROM member_party_posts WHERE member_id = ?1");
    SqliteStatement post(db, "INSERT INTO member_party_posts (member_id, org_id, post, "
                             "position) VALUES (?1, ?2, ?3, ?4)");
    SqliteStatement transfer(db, "INSERT INTO member_transfers (member_id, from_org_id, "
                                 "to_org_id, date, note) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const QString &error : {updatePlain.error(), updateIndexed.error(), clearPosts.error(),
                                 post.error(), transfer.error()}) {
        if (!error.isEmpty())
            return Error{Ledger::tr("Could not save the members: %1").arg(error)};
    }
    QList<qint64> transfers;
    for (qsizetype i = 0; i < given.size(); ++i) {
        const Member member = holders ? storedForm(given.at(i)) : given.at(i);
        const auto before = branchNow.constFind(member.id);
        if (before == branchNow.cend())
            return Error{Ledger::tr("The member %1 is no longer in the ledger; someone may have "
                                    "removed them.")
                             .arg(member.name)};
        if (holders) {
            if (const QString refused = refusal(member, *holders, today, checks);
                !refused.isEmpty())
                return Error{refused};
        }
        clearPosts.bind(1, member.id);
        for (SqliteStatement *update : {&updatePlain, &updateIndexed}) {
            update->bind(1, member.id);
            bindMember(*update, member);
            if (!update->run())
                return Error{Ledger::tr("Could not save the member %1: %2")
                                 .arg(member.name, update->error())};
        }
        if (!clearPosts.run())
            return Error{Ledger::tr("Could not save the member %1: %2")
                             .arg(member.name, clearPosts.error())};
        if (auto posts = writePosts(post, member.id, member); !posts)
            return Error{posts.error()};
        if (transferDate.isValid() && *before != member.orgId) {
            transfer.bind(1, member.id);
            transfer.bind(2, *before);
            transfer.bind(3, member.orgId);
            transfer.bind(4, transferDate);
            transfer.bind(5, note);
            if (!transfer.run())
                return Error{Ledger::tr("Could not save the transfer of %1: %2")
                                 .arg(member.name, transfer.error())};
            transfers.append(transfer.lastInsertId());
        }
        if (auto going = tell(progress, i + 1, given.size()); !going)
            return Error{going.error()};
    }
    return transfers;
}
} // namespace

Result<QList<qint64>> Ledger::updateMembers(const QList<Member> &members, QDate transferDate,
                                            const QString &note, const SheetProgress &progress,
                                            MemberChecks checks)
{
    Result<QList<qint64>> transfers = QList<qint64>();
    auto written = writeInBulk([&]() -> Result<void> {
        auto holders = memberHolders(database());
        if (!holders)
            return Error{holders.error()};
        transfers = rewriteMembers(database(), members, &holders.value(), transferDate, note,
                                   progress, checks);
        return transfers ? Result<void>() : Error{transfers.error()};
    });
    return written ? transfers : Error{written.error()};
}

Result<void> Ledger::restoreMembers(const QList<Member> &members)
{
    return writeInBulk([&]() -> Result<void> {
        auto restored = rewriteMembers(database(), members, nullptr, {}, {}, {});
        return restored ? Result<void>() : Error{restored.error()};
    });
}

Result<QHash<QString, qint64>> Ledger::memberIdsByIdNumber() const
{
    // Read from the UNIQUE index alone: 100,000 pairs in a few tens of milliseconds, where
    // asking for each of an import's ID numbers took ten times that.
    SqliteStatement rows(database(),
                         "SELECT id_number, id FROM members WHERE id_number IS NOT NULL");
    QHash<QString, qint64> ids;
    while (rows.next())
        ids.insert(rows.text(0), rows.integer(1));
    if (!rows.error().isEmpty())
        return Error{tr("Could not read the members: %1").arg(rows.error())};
    return ids;
}

namespace {
// One DELETE of many rows by id; `sql` takes the ids as a JSON array in ?1.
Result<void> removeAll(const QSqlDatabase &db, const char *sql, const QList<qint64> &ids,
                       const QString &what)
{
    if (ids.isEmpty())
        return {};
    SqliteStatement remove(db, sql);
    remove.bind(1, jsonArray(ids));
    if (!remove.run())
        return Error{Ledger::tr("Could not remove %1: %2").arg(what, remove.error())};
    return {};
}
} // namespace

Result<void> Ledger::removeMembers(const QList<qint64> &memberIds)
{
    return writeInBulk([&]() {
        return removeAll(database(),
                         "DELETE FROM members WHERE id IN (SELECT value FROM json_each(?1))",
                         memberIds, tr("the members"));
    });
}

Result<void> Ledger::removeTransfers(const QList<qint64> &transferIds)
{
    return writeInBulk([&]() {
        return removeAll(database(),
                         "DELETE FROM member_transfers WHERE id IN (SELECT value FROM "
                         "json_each(?1))",
                         transferIds, tr("the transfers"));
    });
}

Result<void> Ledger::removeUnits(const QList<qint64> &unitIds)
{
    return writeInBulk([&]() {
        return removeAll(database(),
                         "DELETE FROM units WHERE id IN (SELECT value FROM json_each(?1))", unitIds,
                         tr("the units"));
    });
}

Result<void> Ledger::removeActivities(const QList<qint64> &activityIds)
{
    if (auto checked = checkActivityTables(); !checked)
        return checked;
    return writeInBulk([&]() {
        return removeAll(database(),
                         "DELETE FROM activities WHERE id IN (SELECT value FROM json_each(?1))",
                         activityIds, tr("the activities"));
    });
}

} // namespace PartyLedger
