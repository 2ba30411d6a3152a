#pragma once

#include "activity.h"
#include "award.h"
#include "member.h"
#include "organization.h"
#include "period.h"
#include "result.h"
#include "rosterentry.h"
#include "sheet.h"
#include "statistics.h"
#include "transfer.h"
#include "unit.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace PartyLedger {

struct LedgerCounts {
    int committees = 0;
    int generalBranches = 0;
    int branches = 0; // temporary branches included
    int groups = 0;
    int members = 0; // on the roll: neither transferred out nor deceased
    int fullMembers = 0;
    int probationaryMembers = 0;
};

// One ledger file and its single SQLite connection. Every SQL statement of the program lives
// here (and in the schema); callers get plain structs or an Error they can show as it is.
class Ledger {
    Q_DECLARE_TR_FUNCTIONS(Ledger)
public:
    enum class Access { ReadWrite, ReadOnly };

    // Creates a new, empty ledger; refuses to overwrite an existing file.
    static Result<std::unique_ptr<Ledger>> create(const QString &path);
    // Opens an existing ledger. A file that is not a ledger, is damaged or is newer is refused
    // and left untouched; an older one is backed up beside itself, then upgraded.
    static Result<std::unique_ptr<Ledger>> open(const QString &path,
                                                Access access = Access::ReadWrite);
    ~Ledger();
    Ledger(const Ledger &) = delete;
    Ledger &operator=(const Ledger &) = delete;

    QString path() const { return m_path; }
    QString name() const; // the file name without its folder and suffix
    bool isReadOnly() const { return m_readOnly; }
    QString upgradeBackupPath() const { return m_upgradeBackup; }

    // Runs body in one write transaction (BEGIN IMMEDIATE): all of it is saved or none.
    // A call inside another becomes a savepoint of the outer transaction: when it fails, its
    // part is undone and the outer body decides whether to go on.
    Result<void> write(const std::function<Result<void>()> &body);

    Result<qint64> addUnit(const Unit &unit);
    // Checks the nesting rules. An id > 0 is written back under it (undoing a removal); a
    // sortOrder < 0 places the new organization after its siblings.
    Result<qint64> addOrganization(const Organization &organization);
    // Validates first: an invalid member never reaches the file.
    Result<qint64> addMember(const Member &member);
    // Replaces every field of the member with this id, Party posts included; validated too.
    Result<void> updateMember(const Member &member);
    // A transfer given with an id > 0 is written back under it (undoing a removal).
    Result<qint64> addTransfer(const Transfer &transfer);
    Result<void> removeTransfer(qint64 transferId);
    // Removes a member with their Party posts and transfer history; for undoing an addition.
    Result<void> removeMember(qint64 memberId);
    // Each move changes the member's branch (toOrgId) or, leaving the ledger (toOrgId 0), the
    // status to outStatus, and is recorded as a dated transfer; all in one transaction.
    // Returns the ids of the transfers recorded.
    Result<QList<qint64>> transferMembers(const QList<Transfer> &moves,
                                          MemberStatus outStatus = MemberStatus::TransferredOut);
    // Takes back transfers: removes their records and puts each member back in the branch and
    // status they had (`before`, as read before the transfer).
    Result<void> undoTransfers(const QList<qint64> &transferIds, const QList<Member> &before);
    Result<qint64> addAward(const Award &award);

    Result<QList<Unit>> units() const;
    Result<QList<Organization>> organizations() const;
    // Every member with every field (checks, exports).
    Result<QList<Member>> members() const;
    // Every member as the roster shows them; the fast read of opening a ledger.
    Result<QList<RosterEntry>> roster() const;
    Result<Member> member(qint64 id) const;
    // These members, in the order asked; an error names the first one no longer in the ledger.
    Result<QList<Member>> members(const QList<qint64> &ids) const;
    // Other members with the same ID number, or with the same name and birth date: what a
    // form asks about before it saves.
    Result<QList<Member>> possibleDuplicates(const Member &member) const;
    // The honor-list entries that name this member, and linking them back after undoing a
    // removal (removing a member keeps the entries, with the name, unlinked).
    Result<QList<qint64>> recipientsOfMember(qint64 memberId) const;
    Result<void> linkRecipients(const QList<qint64> &recipientIds, qint64 memberId);
    Result<QList<Transfer>> transfers(qint64 memberId) const;
    Result<QList<Award>> awards() const;

    // Honors (表彰), in ledgerawards.cpp. Each edit is one transaction; positions are the
    // printed order within a category. A record given with an id > 0 is written back under
    // that id, which is how undo restores what it removed.
    Result<Award> award(qint64 awardId) const;
    Result<void> updateAwardDetails(const Award &award); // title, date, number, level, grantor
    Result<void> removeAward(qint64 awardId);
    Result<qint64> addCategory(qint64 awardId, int position, const AwardCategory &category);
    Result<void> updateCategory(qint64 categoryId, const QString &name, RecipientKind kind);
    Result<void> removeCategory(qint64 categoryId);
    Result<qint64> addRecipient(qint64 categoryId, int position, const AwardRecipient &recipient);
    Result<void> updateRecipient(const AwardRecipient &recipient); // name and citation
    Result<void> removeRecipient(qint64 recipientId);
    // Makes these recipients, in this order, the whole of the category: how moves, drags and
    // sorting are written, and how undo puts an order back.
    Result<void> arrangeRecipients(qint64 categoryId, const QList<qint64> &recipientIds);
    Result<QList<HonorRecord>> honorsOfMember(qint64 memberId) const;
    Result<QList<HonorRecord>> honorsOfOrganization(qint64 orgId) const;
    Result<LedgerCounts> counts() const;
    // Organizations (党组织), in ledgerorganizations.cpp. Each edit is one transaction and keeps
    // the nesting rules of domain.md; siblings keep their order as sort_order 0..n-1.
    Result<Organization> organization(qint64 orgId) const;
    // Names, kind, unit, dates and flags; never the place in the tree (moveOrganization).
    Result<void> updateOrganization(const Organization &org);
    // Under newParentId (0: the top) at position among its new siblings, clamped to 0..n.
    Result<void> moveOrganization(qint64 orgId, qint64 newParentId, int position);
    // Makes these, in this order, children of parentId (0: the top): how undo puts places back.
    Result<void> arrangeChildren(qint64 parentId, const QList<qint64> &childIds);
    // For undoing an addition: refused while anything in the ledger refers to it.
    Result<void> removeOrganization(qint64 orgId);
    // Members on the roll of the organization or of any organization under it.
    Result<QList<qint64>> membersOnRollUnder(qint64 orgId) const;
    // Dissolves the organization and whatever under it is still in being, on date; members on
    // the roll there are transferred to the branch moveMembersTo. Returns those transfers.
    Result<QList<qint64>> dissolveOrganization(qint64 orgId, QDate date, qint64 moveMembersTo,
                                               const QString &note);
    // Members of branch fromId move to intoId, its Party groups go under intoId with their
    // members, and fromId is dissolved on date. Returns the transfers recorded.
    Result<QList<qint64>> mergeBranches(qint64 fromId, qint64 intoId, QDate date,
                                        const QString &note);

    // Activities (服务统计), in ledgeractivities.cpp. An activity is refused, with the field and
    // the reason, when dated outside its organization's life (before founding, after
    // dissolving), with a negative figure, or with a participant who was not a member of that
    // organization (its subtree) on that day. A record given with an id > 0 is written under
    // that id (undo).
    Result<QList<ActivityType>> activityTypes() const;
    Result<qint64> addActivityType(const ActivityType &type);
    Result<void> updateActivityType(const ActivityType &type); // name and 三会一课 rule
    // For undoing an addition: refused while any activity is of this type.
    Result<void> removeActivityType(qint64 typeId);
    Result<qint64> addActivity(const Activity &activity);
    // Many at once, all or none, each checked as addActivity does but read in bulk: for
    // imports, generated ledgers and undoing a removal. Returns the ids in the order given.
    Result<QList<qint64>> addActivities(const QList<Activity> &activities);
    Result<void> updateActivity(const Activity &activity);
    Result<void> removeActivity(qint64 activityId);
    Result<Activity> activity(qint64 activityId) const;
    // The activities of the organization's subtree (0: the whole ledger) in the period, by date.
    Result<QList<Activity>> activities(qint64 rootOrgId, const Period &period) const;
    // The organization a member belonged to on a day, worked out from their transfers; 0 when
    // they were not in the ledger then (before joining, after leaving).
    Result<qint64> organizationOfMemberOn(qint64 memberId, QDate date) const;
    // The activities a member is listed in, and listing them again after undoing a removal.
    Result<QList<qint64>> activitiesOfMember(qint64 memberId) const;
    Result<void> addParticipations(qint64 memberId, const QList<qint64> &activityIds);

    // Statistics, in ledgerstatistics.cpp: aggregated in SQL. rootOrgId 0: the whole ledger.
    // The counts and figures per type always; the other parts when asked (each costs a pass or
    // a loop of its own): one pass over the activities serves them all.
    Result<ActivityStatistics>
    activityStatistics(qint64 rootOrgId, const Period &period,
                       StatisticsParts parts = StatisticsPart::Participants,
                       QDate today = QDate::currentDate()) const;
    // For every branch (or group, for duties of groups) in the subtree and every month or
    // quarter of the period (by the duty's rule) that the organization existed throughout and
    // that has ended by `today`: the duties held fewer times than the rule asks.
    Result<QList<Shortfall>> dutyShortfalls(qint64 rootOrgId, const Period &period,
                                            QDate today = QDate::currentDate()) const;
    Result<QList<MonthlyTypeCount>> activitiesPerMonth(qint64 rootOrgId, int year) const;
    // The dashboard's member figures, in ledgerdashboard.cpp.
    Result<MemberStructure> memberStructure(qint64 rootOrgId, QDate day) const;
    Result<QList<HonorCount>> honorsPerLevelAndYear(qint64 rootOrgId) const;

    // Imports, in ledgerimport.cpp: many records with kept statements on SQLite's C API
    // (100,000 members through QSqlQuery take seconds), all or none. A record given with an
    // id > 0 is written under that id (redoing an import). progress counts the records done;
    // when it returns false the write stops with an error and nothing of it is saved. Inside
    // another write, a failure leaves that transaction to be rolled back (see writeInBulk).
    Result<QList<qint64>> addUnits(const QList<Unit> &units);
    // Whether the members of a batch are validated (MemberValidator) on the way in. An import's
    // plan has just validated each with the same rules: AlreadyValidated spares the second pass,
    // a sixth of writing 100,000. The branch is checked either way.
    enum class MemberChecks { Validate, AlreadyValidated };
    // Normalized and validated as addMember does, each into a branch or Party group.
    Result<QList<qint64>> addMembers(const QList<Member> &members,
                                     const SheetProgress &progress = {},
                                     MemberChecks checks = MemberChecks::Validate);
    // Replaces every field of each member, as updateMember does. When transferDate is valid, a
    // member whose branch changes is recorded as transferred on that day with the note.
    // Returns the transfers recorded.
    Result<QList<qint64>> updateMembers(const QList<Member> &members, QDate transferDate,
                                        const QString &note, const SheetProgress &progress = {},
                                        MemberChecks checks = MemberChecks::Validate);
    // Writes records back exactly as they were read, without the checks (they passed them, or
    // predate them): how undoing an import restores the members it changed.
    Result<void> restoreMembers(const QList<Member> &members);
    // Every ID number in the ledger with its member's id: how an import finds who is there.
    Result<QHash<QString, qint64>> memberIdsByIdNumber() const;
    // For undoing an import. Members go with their posts, transfers and participations; a
    // unit is refused while an organization or member still belongs to it.
    Result<void> removeMembers(const QList<qint64> &memberIds);
    Result<void> removeTransfers(const QList<qint64> &transferIds);
    Result<void> removeUnits(const QList<qint64> &unitIds);
    Result<void> removeActivities(const QList<qint64> &activityIds);

    // SQLite's full integrity check and foreign key check; one line per problem.
    Result<QStringList> structuralProblems() const;

    // A consistent copy of the open ledger through the backup API.
    Result<void> saveCopy(const QString &destination);

private:
    Ledger(const QString &path, bool readOnly);
    Result<void> connect(bool readOnly);
    void disconnect();
    QSqlDatabase database() const;
    Result<void> migrate(int fromVersion);
    // Checks the activity tables once, before they are first read or written.
    Result<void> checkActivityTables() const;
    // The distinct members listed in these activities (of the subtree and period).
    Result<int> countParticipants(const std::vector<qint64> &activityIds, qint64 rootOrgId,
                                  const Period &period) const;
    // write() for the bulk writes of imports. Inside another write it adds no savepoint: a
    // savepoint journals the old content of every page changed under it, a second copy of a
    // whole roster being updated (a third of the time of updating 100,000 members). A failure
    // there leaves the caller's transaction to be rolled back, as an import does.
    Result<void> writeInBulk(const std::function<Result<void>()> &body);
    // A prepared statement kept for the life of the connection, for writes done in bulk.
    Result<QSqlQuery *> prepared(const QString &sql) const;
    Result<QSqlQuery> select(const QString &sql, const QVariantList &values = {}) const;
    // A prepared write, bound and run; the caller finishes the query. Errors name `what`.
    Result<QSqlQuery *> execute(const QString &sql, const QVariantList &values,
                                const QString &what);
    Result<qint64> insert(const QString &sql, const QVariantList &values, const QString &what);
    // insert() in a write of its own.
    Result<qint64> insertOne(const QString &sql, const QVariantList &values, const QString &what);
    // Runs a prepared write; the error names `what`.
    Result<void> run(const QString &sql, const QVariantList &values, const QString &what);
    Result<qint64> insertAward(const Award &award);
    // The kind of an organization; nullopt when there is none with this id.
    Result<std::optional<OrgKind>> kindOf(qint64 orgId) const;
    // A member belongs to an existing branch, temporary branch or Party group.
    Result<void> checkMemberBranch(const Member &member) const;
    // Whether org may stand under parentId (0: the top): nesting rules, no loop, and nothing in
    // being under a dissolved organization.
    Result<void> checkPlace(const Organization &org, qint64 parentId) const;
    // Child ids in their order (parentId 0: the top level).
    Result<QList<qint64>> childrenOf(qint64 parentId) const;
    Result<QList<Award>> readAwards(qint64 onlyAwardId) const;
    Result<QList<HonorRecord>> readHonors(qint64 memberId, qint64 orgId) const;
    // A position within 0..count of the category, so positions stay 0..n-1 whatever is asked.
    Result<int> clampedPosition(qint64 categoryId, int position) const;
    // Where a recipient stands: its category and position.
    Result<std::pair<qint64, int>> placeOfRecipient(qint64 recipientId) const;

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    QString m_upgradeBackup;
    // The activity tables' quick_check, done at their first use rather than at open.
    mutable bool m_activitiesChecked = false;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace PartyLedger
