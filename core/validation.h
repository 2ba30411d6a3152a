#pragma once

#include "member.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace PartyLedger {

// One thing wrong with one field of a member record.
struct FieldProblem {
    // A stable key the UI maps to its editor: "name", "gender", "birthDate", "idNumber",
    // "orgId", "category", "joinDate", "confirmDate", "applicationDate", "activistDate",
    // "candidateDate", "phone".
    QString field;
    QString message; // a translated sentence naming the field's label and what is wrong
};

// The rules a member record must meet before it is saved or imported.
class MemberValidator {
    Q_DECLARE_TR_FUNCTIONS(MemberValidator)
public:
    // Every problem of the record, in form order; empty when it is clean. A birth date or
    // gender that disagrees with a valid ID number is reported on the birth date or gender:
    // the check digit makes the ID number the more trustworthy of the two.
    static QList<FieldProblem> validate(const Member &member, QDate today = QDate::currentDate());
    // The field's name as the UI shows it ("Join date"); the key itself for an unknown key.
    static QString fieldLabel(const QString &field);

private:
    // The field's name inside a sentence ("the join date"), for the dates compared in order.
    static QString fieldNoun(const QString &field);
};

} // namespace PartyLedger
