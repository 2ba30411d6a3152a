#pragma once

#include "award.h"
#include "member.h"
#include "organization.h"
#include "result.h"
#include "rosterentry.h"
#include "transfer.h"
#include "unit.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <memory>

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
    // A call inside another joins the outer transaction.
    Result<void> write(const std::function<Result<void>()> &body);

    Result<qint64> addUnit(const Unit &unit);
    Result<qint64> addOrganization(const Organization &organization);
    // Validates first: an invalid member never reaches the file.
    Result<qint64> addMember(const Member &member);
    Result<qint64> addTransfer(const Transfer &transfer);
    Result<qint64> addAward(const Award &award);

    Result<QList<Unit>> units() const;
    Result<QList<Organization>> organizations() const;
    // Every member with every field (checks, exports).
    Result<QList<Member>> members() const;
    // Every member as the roster shows them; the fast read of opening a ledger.
    Result<QList<RosterEntry>> roster() const;
    Result<Member> member(qint64 id) const;
    Result<QList<Transfer>> transfers(qint64 memberId) const;
    Result<QList<Award>> awards() const;
    Result<LedgerCounts> counts() const;
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
    // A prepared statement kept for the life of the connection, for writes done in bulk.
    Result<QSqlQuery *> prepared(const QString &sql);
    Result<QSqlQuery> select(const QString &sql, const QVariantList &values = {}) const;
    Result<qint64> insert(const QString &sql, const QVariantList &values, const QString &what);

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    QString m_upgradeBackup;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace PartyLedger
