#include "ledgerfile.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace PartyLedger {

namespace {
constexpr qint64 HeaderSize = 100;

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}
} // namespace

Result<LedgerHeader> LedgerFile::inspect(const QString &path, int newestKnownVersion)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return Error{tr("The file %1 does not exist.").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file %1 cannot be read: %2").arg(path, file.errorString())};

    LedgerHeader header;
    header.fileSize = file.size();
    const QByteArray bytes = file.read(HeaderSize);
    if (bytes.size() < HeaderSize || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error{
            tr("%1 is not a PartyLedger ledger: it is not a database file at all.").arg(name)};

    header.applicationId = bigEndian32(bytes, 68);
    header.userVersion = int(bigEndian32(bytes, 60));
    if (header.applicationId != ApplicationId)
        return Error{
            tr("%1 is a database of another program, not a PartyLedger ledger.").arg(name)};
    if (header.userVersion > newestKnownVersion)
        return Error{tr("%1 was written by a newer version of PartyLedger (format %2; this version "
                        "reads up to %3). Please update PartyLedger to open it.")
                         .arg(name)
                         .arg(header.userVersion)
                         .arg(newestKnownVersion)};

    // Page size 1 means 65536. The page count is only valid while the change counter (offset 24)
    // equals the "version valid for" number (offset 92), as SQLite itself decides.
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (bigEndian32(bytes, 24) == bigEndian32(bytes, 92))
        header.pageCount = bigEndian32(bytes, 28);
    if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0)
        return Error{tr("%1 is damaged: its header is not valid.").arg(name)};
    if (header.pageCount > 0 && header.fileSize < header.pageSize * header.pageCount)
        return Error{tr("%1 is damaged: the file is shorter than its header says (%2 of %3 bytes); "
                        "it was probably cut off while copying. Open a backup instead.")
                         .arg(name)
                         .arg(header.fileSize)
                         .arg(header.pageSize * header.pageCount)};
    return header;
}

} // namespace PartyLedger
