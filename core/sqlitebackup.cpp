#include "sqlitebackup.h"

#include "sqlitedialect.h"
#include "sqlitestatement.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace PartyLedger {

namespace {
// fsync a file or folder by path, so a rename is durable after a power cut.
bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
} // namespace

Result<void> SqliteBackup::copyTo(QSqlDatabase &db, const QString &destination)
{
    sqlite3 *source = sqliteHandle(db);
    if (!source)
        return Error{tr("The ledger is not open.")};

    const QFileInfo target(destination);
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(temporary);

    sqlite3 *copy = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &copy,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(copy, "main", source, "main");
        if (backup) {
            do {
                rc = sqlite3_backup_step(backup, 256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            // finish() reports the first error of the whole copy, or OK after SQLITE_DONE.
            rc = sqlite3_backup_finish(backup);
            // The copy inherits the WAL flag; a closed ledger is one file in rollback mode.
            if (rc == SQLITE_OK)
                rc = sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        } else {
            rc = sqlite3_errcode(copy);
        }
    }
    const QString reason = SqliteDialect::describe(rc, QString::fromUtf8(sqlite3_errstr(rc)));
    if (copy)
        sqlite3_close(copy);

    if (rc != SQLITE_OK) {
        QFile::remove(temporary);
        if (rc == SQLITE_FULL)
            return Error{tr("Could not write %1: the disk is full.").arg(destination)};
        return Error{tr("Could not write %1: %2").arg(destination, reason)};
    }
    if (!syncPath(temporary)) {
        QFile::remove(temporary);
        return Error{tr("Could not write %1 to disk.").arg(destination)};
    }
    // rename(2) replaces an existing file atomically; QFile::rename would refuse to.
    if (::rename(QFile::encodeName(temporary).constData(),
                 QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        QFile::remove(temporary);
        return Error{tr("Could not put the copy in place as %1.").arg(destination)};
    }
    syncPath(target.absolutePath());
    return {};
}

} // namespace PartyLedger
