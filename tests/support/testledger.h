#pragma once

#include "ledger.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace PartyLedger::Testing {

// A small tree every store test can stand on: a committee with two branches and a group.
struct SmallTree {
    qint64 unit = 0;
    qint64 committee = 0;
    qint64 branchA = 0;
    qint64 branchB = 0;
    qint64 group = 0;
};

QByteArray fileBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);

std::unique_ptr<Ledger> createLedger(const QString &path);
SmallTree addSmallTree(Ledger &ledger);
// A member that passes every validation rule; the ID number matches the birth date.
Member validMember(qint64 orgId, const QString &name = QStringLiteral("蔡良友"));
// Writes the demo ledger into dir and returns its path.
QString writeDemo(const QTemporaryDir &dir, const QString &name = QStringLiteral("demo.pldb"));

} // namespace PartyLedger::Testing
