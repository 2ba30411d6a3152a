#include "ledger.h"

#include "idnumber.h"
#include "ledgerfile.h"
#include "schema.h"
#include "sqlitebackup.h"
#include "sqlitedialect.h"
#include "sqlitestatement.h"
#include "sqlvalues.h"
#include "validation.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlRecord>
#include <QStorageInfo>

namespace PartyLedger {

using namespace SqlValues;

namespace {
QAtomicInt connectionCounter;

// What a clerk typed, as the store keeps it: an ID number in its one canonical form (so the
// UNIQUE constraint sees 蔡's "…x" and "…X" as the same), names without stray spaces.
// The ledger's tables, by name, as the schema made them.
Result<QStringList> tablesOf(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")))
        return Error{SqliteDialect::describe(query.lastError())};
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

Member normalizedForStore(Member member)
{
    member.name = member.name.trimmed();
    member.idNumber = IdNumber::normalized(member.idNumber);
    member.phone = member.phone.trimmed();
    member.ethnicity = member.ethnicity.trimmed();
    return member;
}

} // namespace

Ledger::Ledger(const QString &path, bool readOnly)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connection(QStringLiteral("ledger-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_readOnly(readOnly)
{
}

Ledger::~Ledger()
{
    disconnect();
}

QString Ledger::name() const
{
    return QFileInfo(m_path).completeBaseName();
}

QSqlDatabase Ledger::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<void> Ledger::connect(bool readOnly)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqliteDialect::driverName(), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(SqliteDialect::connectOptions(readOnly));
        if (!db.open())
            return Error{sentence(tr("Could not open %1").arg(name()), db.lastError())};
        if (auto configured = SqliteDialect::configure(db, readOnly); !configured)
            return configured;
    }
    return {};
}

void Ledger::disconnect()
{
    m_statements.clear(); // every query must be gone before its connection
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = database();
        if (db.isOpen() && !m_readOnly)
            SqliteDialect::release(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<Ledger>> Ledger::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return Error{tr("%1 already exists; choose another name.").arg(path)};
    std::unique_ptr<Ledger> ledger(new Ledger(path, false));
    Result<void> made = ledger->connect(false);
    if (made)
        made = ledger->migrate(0);
    if (!made) {
        ledger.reset();
        QFile::remove(path);
        return Error{made.error()};
    }
    SqliteDialect::checkpoint(ledger->database());
    return ledger;
}

Result<std::unique_ptr<Ledger>> Ledger::open(const QString &path, Access access)
{
    const auto header = LedgerFile::inspect(path, Schema::currentVersion());
    if (!header)
        return Error{header.error()};

    const QFileInfo info(path);
    if (access == Access::ReadWrite) {
        // SQLite's locking does not hold on network shares, and WAL does not work there.
        const QByteArray type = QStorageInfo(info.absolutePath()).fileSystemType().toLower();
        for (const char *network : {"cifs", "smb", "smb2", "smb3", "nfs", "nfs4", "sshfs", "9p"}) {
            if (type == network || type == QByteArray("fuse.") + network)
                return Error{tr("%1 is on a network drive (%2). A ledger must be on this "
                                "computer's own disk to be saved safely; copy it here and open "
                                "the copy.")
                                 .arg(info.fileName(), QString::fromLatin1(type))};
        }
    }
    const bool readOnly = access == Access::ReadOnly || !info.isWritable();
    std::unique_ptr<Ledger> ledger(new Ledger(path, readOnly));

    // Look at the file through a read-only connection first: a damaged or foreign file is
    // never written to, not even by the pragmas a writable connection sets.
    if (auto connected = ledger->connect(true); !connected)
        return Error{connected.error()};
    QSqlDatabase db = ledger->database();
    // Every table but the activities, which can be ten times the rest: checking those took 0.9 s
    // of opening 1,000,000 activities, so they are checked when first read or written.
    const auto tables = tablesOf(db);
    if (!tables)
        return Error{tables.error()};
    QStringList atOpen = tables.value();
    atOpen.removeAll(QStringLiteral("activities"));
    atOpen.removeAll(QStringLiteral("activity_participants"));
    if (auto checked = SqliteDialect::quickCheck(db, info.fileName(), atOpen); !checked)
        return Error{checked.error()};
    const auto version = SqliteDialect::userVersion(db);
    if (!version)
        return Error{version.error()};
    // The header said so already unless its copy of the version was stale (WAL not yet folded in).
    if (version.value() > Schema::currentVersion())
        return Error{tr("%1 was written by a newer version of PartyLedger. Please update "
                        "PartyLedger to open it.")
                         .arg(info.fileName())};
    const bool needsUpgrade = version.value() < Schema::currentVersion();
    if (needsUpgrade && access == Access::ReadOnly)
        return Error{tr("%1 is in the format of an older PartyLedger (format %2). Open it once in "
                        "PartyLedger, which upgrades it, then try again.")
                         .arg(info.fileName())
                         .arg(version.value())};
    if (needsUpgrade && readOnly)
        return Error{tr("%1 was written by an older version of PartyLedger and must be upgraded, "
                        "but the file is read-only. Copy it to a folder you can write to and open "
                        "the copy.")
                         .arg(info.fileName())};
    if (readOnly)
        return ledger;

    db = QSqlDatabase();
    ledger->disconnect();
    if (auto connected = ledger->connect(false); !connected)
        return Error{connected.error()};
    if (needsUpgrade) {
        const QString backup =
            info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
            QStringLiteral(".before-upgrade-v%1-%2.pldb")
                .arg(version.value())
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QSqlDatabase writable = ledger->database();
        if (auto saved = SqliteBackup::copyTo(writable, backup); !saved)
            return Error{tr("The ledger was not upgraded, because no backup could be made "
                            "first. %1")
                             .arg(saved.error())};
        ledger->m_upgradeBackup = backup;
        if (auto migrated = ledger->migrate(version.value()); !migrated)
            return Error{migrated.error()};
    }
    return ledger;
}

Result<void> Ledger::migrate(int fromVersion)
{
    return write([&]() -> Result<void> {
        for (const Migration &migration : Schema::migrations()) {
            if (migration.version <= fromVersion)
                continue;
            for (const QString &statement : migration.statements) {
                QSqlQuery query(database());
                if (!query.exec(statement))
                    return Error{sentence(
                        tr("Could not upgrade the ledger to format %1").arg(migration.version),
                        query.lastError())};
            }
        }
        return {};
    });
}

Result<void> Ledger::write(const std::function<Result<void>()> &body)
{
    if (m_readOnly)
        return Error{tr("%1 is open read-only; nothing can be changed.").arg(name())};
    // Prepared once: a bulk write runs a savepoint per record (100,000 for a generated ledger).
    const auto exec = [this](const QString &sql) {
        auto statement = prepared(sql);
        if (!statement)
            return QSqlError(statement.error(), {}, QSqlError::StatementError);
        QSqlQuery *query = statement.value();
        const QSqlError error = query->exec() ? QSqlError() : query->lastError();
        query->finish();
        return error;
    };
    // Inside another write, a savepoint: a failed part is undone even if the caller goes on.
    const bool nested = m_transactionDepth > 0;
    const QSqlError begun =
        exec(nested ? QStringLiteral("SAVEPOINT nested") : SqliteDialect::beginWrite());
    if (begun.isValid())
        return Error{sentence(tr("Could not start saving"), begun)};
    ++m_transactionDepth;
    Result<void> result = body();
    --m_transactionDepth;
    if (!nested) {
        for (auto &[sql, statement] : m_statements)
            statement->finish();
    }
    if (result) {
        const QSqlError ended =
            exec(nested ? QStringLiteral("RELEASE nested") : QStringLiteral("COMMIT"));
        if (!ended.isValid())
            return {};
        result = Error{sentence(tr("Could not save"), ended)};
    }
    const QSqlError undone =
        exec(nested ? QStringLiteral("ROLLBACK TO nested") : QStringLiteral("ROLLBACK"));
    if (nested && !undone.isValid())
        exec(QStringLiteral("RELEASE nested"));
    if (undone.isValid())
        return Error{result.error() + QLatin1Char(' ') +
                     tr("Undoing the unfinished change failed as well: %1")
                         .arg(SqliteDialect::describe(undone))};
    return result;
}

Result<qint64> Ledger::insertOne(const QString &sql, const QVariantList &values,
                                 const QString &what)
{
    Result<qint64> id = Error{};
    auto written = write([&]() -> Result<void> {
        id = insert(sql, values, what);
        return id ? Result<void>() : Error{id.error()};
    });
    return written ? id : Error{written.error()};
}

Result<QSqlQuery *> Ledger::prepared(const QString &sql) const
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(database());
        if (!query->prepare(sql))
            return Error{
                sentence(tr("The ledger could not carry out the request"), query->lastError())};
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    return found->second.get();
}

Result<QSqlQuery> Ledger::select(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{sentence(tr("Could not read the ledger"), query.lastError())};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{sentence(tr("Could not read the ledger"), query.lastError())};
    return query;
}

Result<QSqlQuery *> Ledger::execute(const QString &sql, const QVariantList &values,
                                    const QString &what)
{
    auto statement = prepared(sql);
    if (!statement)
        return Error{statement.error()};
    QSqlQuery *query = statement.value();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, boundValue(values.at(i)));
    if (!query->exec())
        return Error{sentence(tr("Could not save %1").arg(what), query->lastError())};
    return query;
}

Result<qint64> Ledger::insert(const QString &sql, const QVariantList &values, const QString &what)
{
    auto query = execute(sql, values, what);
    if (!query)
        return Error{query.error()};
    const qint64 id = query.value()->lastInsertId().toLongLong();
    query.value()->finish();
    return id;
}

Result<qint64> Ledger::addUnit(const Unit &unit)
{
    return insertOne(QStringLiteral("INSERT INTO units (name, short_name) VALUES (?, ?)"),
                     {unit.name.trimmed(), unit.shortName.trimmed()},
                     tr("the unit %1").arg(unit.name));
}

Result<std::optional<OrgKind>> Ledger::kindOf(qint64 orgId) const
{
    // Asked once per member written, so the statement is kept prepared.
    auto statement = prepared(QStringLiteral("SELECT kind FROM organizations WHERE id = ?"));
    if (!statement)
        return Error{statement.error()};
    QSqlQuery *query = statement.value();
    query->bindValue(0, orgId);
    if (!query->exec())
        return Error{sentence(tr("Could not read the ledger"), query->lastError())};
    std::optional<OrgKind> kind;
    if (query->next())
        kind = OrgKinds::fromCode(query->value(0).toString());
    query->finish();
    return kind;
}

Result<qint64> Ledger::addOrganization(const Organization &org)
{
    Result<qint64> id = Error{};
    auto written = write([&]() -> Result<void> {
        // The nesting rules of domain.md hold in the store, not only in the editors.
        if (auto placed = checkPlace(org, org.parentId); !placed)
            return placed;
        int sortOrder = org.sortOrder;
        if (sortOrder < 0) { // after every sibling, whatever numbers they carry
            auto last = select(QStringLiteral("SELECT COALESCE(MAX(sort_order) + 1, 0) FROM "
                                              "organizations WHERE parent_id IS ?"),
                               {idValue(org.parentId)});
            if (!last)
                return Error{last.error()};
            sortOrder = last->next() ? last->value(0).toInt() : 0;
        }
        id = insert(QStringLiteral("INSERT INTO organizations (id, parent_id, kind, full_name, "
                                   "short_name, unit_id, founded, dissolved, is_retiree, "
                                   "is_non_public, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?)"),
                    {idValue(org.id), idValue(org.parentId), OrgKinds::code(org.kind),
                     org.fullName.trimmed(), org.shortName.trimmed(), idValue(org.unitId),
                     dateValue(org.founded), dateValue(org.dissolved), int(org.isRetiree),
                     int(org.isNonPublic), sortOrder},
                    tr("the organization %1").arg(org.displayName()));
        return id ? Result<void>() : Error{id.error()};
    });
    return written ? id : Error{written.error()};
}

Result<void> Ledger::checkMemberBranch(const Member &member) const
{
    auto kind = kindOf(member.orgId);
    if (!kind)
        return Error{kind.error()};
    if (!kind.value())
        return Error{
            tr("The member %1 was not saved: the branch is not in the ledger.").arg(member.name)};
    Organization org;
    org.kind = *kind.value();
    if (!org.holdsMembers())
        return Error{tr("The member %1 was not saved: members belong to a branch or Party group, "
                        "not to a %2.")
                         .arg(member.name, OrgKinds::label(org.kind))};
    return {};
}

Result<qint64> Ledger::addMember(const Member &given)
{
    const Member member = normalizedForStore(given);
    const QList<FieldProblem> problems = MemberValidator::validate(member);
    if (!problems.isEmpty())
        return Error{
            tr("The member %1 was not saved: %2").arg(member.name, problems.first().message)};

    Result<qint64> id = Error{};
    auto written = write([&]() -> Result<void> {
        if (auto branch = checkMemberBranch(member); !branch)
            return branch;
        id = insert(
            QStringLiteral(
                "INSERT INTO members (id, name, gender, ethnicity, birth_date, id_number, "
                "education, phone, unit_id, admin_post, title, org_id, category, "
                "application_date, activist_date, candidate_date, join_date, confirm_date, status) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {idValue(member.id), member.name, textOrNull(MemberVocabulary::code(member.gender)),
             member.ethnicity, dateValue(member.birthDate), textOrNull(member.idNumber),
             member.education, member.phone, idValue(member.unitId), member.adminPost, member.title,
             idValue(member.orgId), MemberVocabulary::code(member.category),
             dateValue(member.applicationDate), dateValue(member.activistDate),
             dateValue(member.candidateDate), dateValue(member.joinDate),
             dateValue(member.confirmDate), MemberVocabulary::code(member.status)},
            tr("the member %1").arg(member.name));
        if (!id)
            return Error{id.error()};
        for (int i = 0; i < member.partyPosts.size(); ++i) {
            const PartyPost &post = member.partyPosts.at(i);
            auto saved = insert(QStringLiteral("INSERT INTO member_party_posts (member_id, "
                                               "org_id, post, position) VALUES (?, ?, ?, ?)"),
                                {id.value(), idValue(post.orgId), post.post, i},
                                tr("the Party post %1 of %2").arg(post.post, member.name));
            if (!saved)
                return Error{saved.error()};
        }
        return {};
    });
    return written ? id : Error{written.error()};
}

Result<void> Ledger::updateMember(const Member &given)
{
    const Member member = normalizedForStore(given);
    const QList<FieldProblem> problems = MemberValidator::validate(member);
    if (!problems.isEmpty())
        return Error{
            tr("The member %1 was not saved: %2").arg(member.name, problems.first().message)};
    return write([&]() -> Result<void> {
        if (auto branch = checkMemberBranch(member); !branch)
            return branch;
        const QString what = tr("the member %1").arg(member.name);
        auto updated = run(
            QStringLiteral(
                "UPDATE members SET name = ?, gender = ?, ethnicity = ?, birth_date = ?, "
                "id_number = ?, education = ?, phone = ?, unit_id = ?, admin_post = ?, title = ?, "
                "org_id = ?, category = ?, application_date = ?, activist_date = ?, "
                "candidate_date = ?, join_date = ?, confirm_date = ?, status = ? WHERE id = ?"),
            {member.name, textOrNull(MemberVocabulary::code(member.gender)), member.ethnicity,
             dateValue(member.birthDate), textOrNull(member.idNumber), member.education,
             member.phone, idValue(member.unitId), member.adminPost, member.title,
             idValue(member.orgId), MemberVocabulary::code(member.category),
             dateValue(member.applicationDate), dateValue(member.activistDate),
             dateValue(member.candidateDate), dateValue(member.joinDate),
             dateValue(member.confirmDate), MemberVocabulary::code(member.status), member.id},
            what);
        if (!updated)
            return updated;
        if (auto cleared = run(QStringLiteral("DELETE FROM member_party_posts WHERE member_id = ?"),
                               {member.id}, what);
            !cleared)
            return cleared;
        for (int i = 0; i < member.partyPosts.size(); ++i) {
            const PartyPost &post = member.partyPosts.at(i);
            auto saved = run(QStringLiteral("INSERT INTO member_party_posts (member_id, org_id, "
                                            "post, position) VALUES (?, ?, ?, ?)"),
                             {member.id, idValue(post.orgId), post.post, i}, what);
            if (!saved)
                return saved;
        }
        return {};
    });
}

Result<QList<qint64>> Ledger::transferMembers(const QList<Transfer> &moves, MemberStatus outStatus)
{
    QList<qint64> transfers;
    QList<qint64> ids;
    for (const Transfer &move : moves)
        ids.append(move.memberId);
    // Read in one query and written with two kept statements per member: moving a thousand
    // members is one of the things clerks do with a whole branch at once.
    auto members = this->members(ids);
    if (!members)
        return Error{members.error()};
    QHash<qint64, bool> checkedTargets; // each receiving branch is checked once
    auto written = write([&]() -> Result<void> {
        for (int i = 0; i < moves.size(); ++i) {
            const Transfer &move = moves.at(i);
            const Member &member = members->at(i);
            const QString what = tr("the member %1").arg(member.name);
            Result<void> moved;
            if (move.toOrgId > 0) {
                if (!checkedTargets.contains(move.toOrgId)) {
                    Member placed = member;
                    placed.orgId = move.toOrgId;
                    if (auto branch = checkMemberBranch(placed); !branch)
                        return branch;
                    checkedTargets.insert(move.toOrgId, true);
                }
                moved = run(QStringLiteral("UPDATE members SET org_id = ? WHERE id = ?"),
                            {move.toOrgId, member.id}, what);
            } else { // left the ledger: kept as history
                moved = run(QStringLiteral("UPDATE members SET status = ? WHERE id = ?"),
                            {MemberVocabulary::code(outStatus), member.id}, what);
            }
            if (!moved)
                return moved;
            Transfer recorded = move;
            recorded.id = 0;
            recorded.fromOrgId = member.orgId; // the store's word, not the caller's
            auto added = insert(
                QStringLiteral("INSERT INTO member_transfers (id, member_id, from_org_id, "
                               "to_org_id, external_org, date, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {idValue(recorded.id), recorded.memberId, idValue(recorded.fromOrgId),
                 idValue(recorded.toOrgId), recorded.externalOrg, dateValue(recorded.date),
                 recorded.note},
                tr("the transfer"));
            if (!added)
                return Error{added.error()};
            transfers.append(added.value());
        }
        return {};
    });
    return written ? Result<QList<qint64>>(transfers) : Error{written.error()};
}

Result<void> Ledger::undoTransfers(const QList<qint64> &transferIds, const QList<Member> &before)
{
    return write([&]() -> Result<void> {
        for (qint64 id : transferIds) {
            if (auto removed = run(QStringLiteral("DELETE FROM member_transfers WHERE id = ?"),
                                   {id}, tr("the transfer"));
                !removed)
                return removed;
        }
        for (const Member &member : before) {
            if (auto restored =
                    run(QStringLiteral("UPDATE members SET org_id = ?, status = ? WHERE id = ?"),
                        {idValue(member.orgId), MemberVocabulary::code(member.status), member.id},
                        tr("the member %1").arg(member.name));
                !restored)
                return restored;
        }
        return {};
    });
}

Result<void> Ledger::removeTransfer(qint64 transferId)
{
    return write([&]() {
        return run(QStringLiteral("DELETE FROM member_transfers WHERE id = ?"), {transferId},
                   tr("the transfer"));
    });
}

Result<void> Ledger::removeMember(qint64 memberId)
{
    return write([&]() {
        return run(QStringLiteral("DELETE FROM members WHERE id = ?"), {memberId},
                   tr("the member"));
    });
}

Result<qint64> Ledger::addTransfer(const Transfer &transfer)
{
    return insertOne(
        QStringLiteral("INSERT INTO member_transfers (id, member_id, from_org_id, "
                       "to_org_id, external_org, date, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {idValue(transfer.id), transfer.memberId, idValue(transfer.fromOrgId),
         idValue(transfer.toOrgId), transfer.externalOrg, dateValue(transfer.date), transfer.note},
        tr("the transfer"));
}

Result<QList<Unit>> Ledger::units() const
{
    auto query = select(QStringLiteral("SELECT id, name, short_name FROM units ORDER BY id"));
    if (!query)
        return Error{query.error()};
    QList<Unit> units;
    while (query->next())
        units.append(
            {query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString()});
    if (auto failed = readFailure(query.value()))
        return *failed;
    return units;
}

Result<QList<Organization>> Ledger::organizations() const
{
    SqliteStatement rows(database(),
                         "SELECT id, parent_id, kind, full_name, short_name, unit_id, "
                         "founded, dissolved, is_retiree, is_non_public, sort_order FROM "
                         "organizations ORDER BY sort_order, id");
    QList<Organization> organizations;
    while (rows.next()) {
        Organization org;
        org.id = rows.integer(0);
        org.parentId = rows.integer(1);
        org.kind = OrgKinds::fromCode(rows.text(2)).value_or(OrgKind::Branch);
        org.fullName = rows.text(3);
        org.shortName = rows.text(4);
        org.unitId = rows.integer(5);
        org.founded = rows.date(6);
        org.dissolved = rows.date(7);
        org.isRetiree = rows.integer(8) != 0;
        org.isNonPublic = rows.integer(9) != 0;
        org.sortOrder = int(rows.integer(10));
        organizations.append(std::move(org));
    }
    if (!rows.error().isEmpty())
        return Error{tr("Could not read the organizations: %1").arg(rows.error())};
    return organizations;
}

namespace {
// Party posts of every member, read in one pass for the bulk reads below.
Result<QHash<qint64, QList<PartyPost>>> partyPostsByMember(const QSqlDatabase &db)
{
    SqliteStatement rows(db, "SELECT member_id, org_id, post FROM member_party_posts "
                             "ORDER BY member_id, position");
    QHash<qint64, QList<PartyPost>> posts;
    while (rows.next())
        posts[rows.integer(0)].append({rows.integer(1), rows.text(2)});
    if (!rows.error().isEmpty())
        return Error{Ledger::tr("Could not read the Party posts: %1").arg(rows.error())};
    return posts;
}

// Joined with the rest of a statement at compile time, so no SQL is assembled at run time.
#define PARTYLEDGER_MEMBER_COLUMNS                                                                 \
    "SELECT id, name, gender, ethnicity, birth_date, id_number, education, phone, unit_id, "       \
    "admin_post, title, org_id, category, application_date, activist_date, candidate_date, "       \
    "join_date, confirm_date, status FROM members"

// One row of PARTYLEDGER_MEMBER_COLUMNS, from either reader.
template <typename Row> Member memberFrom(const Row &row)
{
    Member m;
    m.id = row.integer(0);
    m.name = row.text(1);
    m.gender = MemberVocabulary::genderFromCode(row.text(2)).value_or(Gender::Unknown);
    m.ethnicity = row.text(3);
    m.birthDate = row.date(4);
    m.idNumber = row.text(5);
    m.education = row.text(6);
    m.phone = row.text(7);
    m.unitId = row.integer(8);
    m.adminPost = row.text(9);
    m.title = row.text(10);
    m.orgId = row.integer(11);
    m.category = MemberVocabulary::categoryFromCode(row.text(12)).value_or(MemberCategory::Full);
    m.applicationDate = row.date(13);
    m.activistDate = row.date(14);
    m.candidateDate = row.date(15);
    m.joinDate = row.date(16);
    m.confirmDate = row.date(17);
    m.status = MemberVocabulary::statusFromCode(row.text(18)).value_or(MemberStatus::Active);
    return m;
}

// QSqlQuery with the accessors memberFrom expects, for single-record reads.
struct QueryRow {
    const QSqlQuery &query;
    qint64 integer(int column) const { return idFrom(query.value(column)); }
    QString text(int column) const { return query.value(column).toString(); }
    QDate date(int column) const { return dateFrom(query.value(column)); }
};
} // namespace

Result<QList<Member>> Ledger::members() const
{
    auto posts = partyPostsByMember(database());
    if (!posts)
        return Error{posts.error()};
    // Reading every member goes straight to SQLite (see SqliteStatement).
    SqliteStatement rows(database(), PARTYLEDGER_MEMBER_COLUMNS " ORDER BY id");
    QList<Member> members;
    while (rows.next()) {
        Member m = memberFrom(rows);
        m.partyPosts = posts->value(m.id);
        members.append(std::move(m));
    }
    if (!rows.error().isEmpty())
        return Error{tr("Could not read the members: %1").arg(rows.error())};
    return members;
}

Result<QList<RosterEntry>> Ledger::roster() const
{
    auto posts = partyPostsByMember(database());
    if (!posts)
        return Error{posts.error()};
    SqliteStatement rows(database(),
                         "SELECT id, name, gender, birth_date, unit_id, admin_post, "
                         "org_id, category, join_date, status FROM members ORDER BY id");
    QList<RosterEntry> roster;
    if (auto count = select(QStringLiteral("SELECT COUNT(*) FROM members")); count && count->next())
        roster.reserve(count->value(0).toLongLong());
    while (rows.next()) {
        RosterEntry e;
        e.id = rows.integer(0);
        e.name = rows.text(1);
        e.gender = MemberVocabulary::genderFromCode(rows.utf8(2)).value_or(Gender::Unknown);
        e.birthDate = rows.date(3);
        e.unitId = rows.integer(4);
        e.adminPost = rows.text(5);
        e.orgId = rows.integer(6);
        e.category =
            MemberVocabulary::categoryFromCode(rows.utf8(7)).value_or(MemberCategory::Full);
        e.joinDate = rows.date(8);
        e.status = MemberVocabulary::statusFromCode(rows.utf8(9)).value_or(MemberStatus::Active);
        e.partyPosts = posts->value(e.id);
        roster.append(std::move(e));
    }
    if (!rows.error().isEmpty())
        return Error{tr("Could not read the members: %1").arg(rows.error())};
    return roster;
}

Result<Member> Ledger::member(qint64 id) const
{
    auto query = select(QStringLiteral(PARTYLEDGER_MEMBER_COLUMNS " WHERE id = ?"), {id});
    if (!query)
        return Error{query.error()};
    if (!query->next())
        return Error{tr("The member is no longer in the ledger; someone may have removed them.")};
    Member m = memberFrom(QueryRow{query.value()});
    auto posts = select(QStringLiteral("SELECT org_id, post FROM member_party_posts WHERE "
                                       "member_id = ? ORDER BY position"),
                        {id});
    if (!posts)
        return Error{posts.error()};
    while (posts->next())
        m.partyPosts.append({posts->value(0).toLongLong(), posts->value(1).toString()});
    if (auto failed = readFailure(posts.value()))
        return *failed;
    return m;
}

Result<void> Ledger::checkActivityTables() const
{
    if (m_activitiesChecked)
        return {};
    auto checked = SqliteDialect::quickCheck(
        database(), QFileInfo(m_path).fileName(),
        {QStringLiteral("activities"), QStringLiteral("activity_participants")});
    if (checked)
        m_activitiesChecked = true;
    return checked;
}

Result<QList<Member>> Ledger::members(const QList<qint64> &ids) const
{
    // The ids travel as one JSON array, so one statement reads any number of members.
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    const QString json = QLatin1Char('[') + list.join(QLatin1Char(',')) + QLatin1Char(']');
    auto query = select(
        QStringLiteral(PARTYLEDGER_MEMBER_COLUMNS " WHERE id IN (SELECT value FROM json_each(?))"),
        {json});
    if (!query)
        return Error{query.error()};
    QHash<qint64, Member> found;
    while (query->next()) {
        Member m = memberFrom(QueryRow{query.value()});
        found.insert(m.id, std::move(m));
    }
    if (auto failed = readFailure(query.value()))
        return *failed;
    auto posts = select(QStringLiteral("SELECT member_id, org_id, post FROM member_party_posts "
                                       "WHERE member_id IN (SELECT value FROM json_each(?)) "
                                       "ORDER BY member_id, position"),
                        {json});
    if (!posts)
        return Error{posts.error()};
    while (posts->next()) {
        auto it = found.find(posts->value(0).toLongLong());
        if (it != found.end())
            it->partyPosts.append({posts->value(1).toLongLong(), posts->value(2).toString()});
    }
    if (auto failed = readFailure(posts.value()))
        return *failed;
    QList<Member> members;
    members.reserve(ids.size());
    for (qint64 id : ids) {
        auto it = found.constFind(id);
        if (it == found.cend())
            return Error{
                tr("The member is no longer in the ledger; someone may have removed them.")};
        members.append(*it);
    }
    return members;
}

Result<QList<Member>> Ledger::possibleDuplicates(const Member &member) const
{
    auto query = select(QStringLiteral("SELECT id FROM members WHERE id <> ? AND (id_number = ? "
                                       "OR (name = ? AND birth_date = ?)) ORDER BY id"),
                        {member.id, textOrNull(IdNumber::normalized(member.idNumber)),
                         member.name.trimmed(), dateValue(member.birthDate)});
    // Their whole records, in one read.
    auto ids = idsOf(std::move(query));
    if (!ids)
        return Error{ids.error()};
    return members(ids.value());
}

Result<QList<qint64>> Ledger::recipientsOfMember(qint64 memberId) const
{
    return idsOf(
        select(QStringLiteral("SELECT id FROM award_recipients WHERE member_id = ? ORDER BY id"),
               {memberId}));
}

Result<void> Ledger::linkRecipients(const QList<qint64> &recipientIds, qint64 memberId)
{
    return write([&]() -> Result<void> {
        for (qint64 id : recipientIds) {
            if (auto linked = run(QStringLiteral("UPDATE award_recipients SET member_id = ? "
                                                 "WHERE id = ?"),
                                  {memberId, id}, tr("the honor-list entry"));
                !linked)
                return linked;
        }
        return {};
    });
}

Result<QList<Transfer>> Ledger::transfers(qint64 memberId) const
{
    auto query = select(QStringLiteral("SELECT id, member_id, from_org_id, to_org_id, "
                                       "external_org, date, note FROM member_transfers WHERE "
                                       "member_id = ? ORDER BY date, id"),
                        {memberId});
    if (!query)
        return Error{query.error()};
    QList<Transfer> transfers;
    while (query->next())
        transfers.append({query->value(0).toLongLong(), query->value(1).toLongLong(),
                          idFrom(query->value(2)), idFrom(query->value(3)),
                          query->value(4).toString(), dateFrom(query->value(5)),
                          query->value(6).toString()});
    if (auto failed = readFailure(query.value()))
        return *failed;
    return transfers;
}

Result<LedgerCounts> Ledger::counts() const
{
    LedgerCounts counts;
    auto orgs = select(QStringLiteral("SELECT kind, COUNT(*) FROM organizations WHERE dissolved "
                                      "IS NULL GROUP BY kind"));
    if (!orgs)
        return Error{orgs.error()};
    while (orgs->next()) {
        const int n = orgs->value(1).toInt();
        switch (OrgKinds::fromCode(orgs->value(0).toString()).value_or(OrgKind::Branch)) {
        case OrgKind::Committee:
            counts.committees += n;
            break;
        case OrgKind::GeneralBranch:
            counts.generalBranches += n;
            break;
        case OrgKind::Branch:
        case OrgKind::TemporaryBranch:
            counts.branches += n;
            break;
        case OrgKind::Group:
            counts.groups += n;
            break;
        }
    }
    if (auto failed = readFailure(orgs.value()))
        return *failed;
    auto members = select(QStringLiteral("SELECT category, COUNT(*) FROM members WHERE status NOT "
                                         "IN ('transferred_out', 'deceased') GROUP BY category"));
    if (!members)
        return Error{members.error()};
    while (members->next()) {
        const int n = members->value(1).toInt();
        counts.members += n;
        if (members->value(0).toString() == MemberVocabulary::code(MemberCategory::Probationary))
            counts.probationaryMembers += n;
        else
            counts.fullMembers += n;
    }
    if (auto failed = readFailure(members.value()))
        return *failed;
    return counts;
}

Result<QStringList> Ledger::structuralProblems() const
{
    QStringList problems;
    auto integrity = select(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return Error{integrity.error()};
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << tr("Database structure: %1").arg(line);
    }
    if (auto failed = readFailure(integrity.value()))
        return *failed;
    auto foreignKeys = select(QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return Error{foreignKeys.error()};
    while (foreignKeys->next())
        problems << tr("Record %1 in table %2 refers to a missing record in %3.")
                        .arg(foreignKeys->value(1).toString(), foreignKeys->value(0).toString(),
                             foreignKeys->value(2).toString());
    if (auto failed = readFailure(foreignKeys.value()))
        return *failed;
    return problems;
}

Result<void> Ledger::saveCopy(const QString &destination)
{
    if (QFileInfo(destination).absoluteFilePath() == m_path)
        return Error{tr("Choose another file for the copy: this is the open ledger itself.")};
    QSqlDatabase db = database();
    return SqliteBackup::copyTo(db, destination);
}

} // namespace PartyLedger
