#pragma once

#include "member.h"
#include "organization.h"
#include "result.h"
#include "unit.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace PartyLedger {

class DateField;
class Ledger;

// The member form, for a new member or an existing one. Problems show under their field as the
// user types (after the field was first touched, or after a save was tried); a valid ID number
// fills in the birth date and gender. Saving asks the store about duplicates, then hands the
// record to `save`; when that fails the form stays open with what was typed.
class MemberDialog : public QDialog {
    Q_OBJECT
public:
    using SaveFunction = std::function<Result<void>(const Member &)>;

    MemberDialog(const Ledger *ledger, const QList<Organization> &organizations,
                 const QList<Unit> &units, SaveFunction save, QWidget *parent = nullptr);

    void setMember(const Member &member);
    // The record as the form now has it.
    Member member() const;
    // The problems the form shows now, by field key ("idNumber", ...).
    QHash<QString, QString> problems() const { return m_problems; }

    void accept() override;

private:
    QLineEdit *addText(QFormLayout *form, const QString &field, const QString &label);
    DateField *addDate(QFormLayout *form, const QString &field, const QString &label);
    // A line edit (or date field) in the form, with its problem row, validated as typed.
    template <class Edit>
    Edit *addLine(QFormLayout *form, const QString &field, const QString &label, Edit *edit);
    QComboBox *addChoice(QFormLayout *form, const QString &field, const QString &label);
    void addProblemRow(QFormLayout *form, const QString &field, QWidget *editor);
    void fillOrganizations(const QList<Organization> &organizations);
    void touched(const QString &field);
    void fillFromIdNumber();
    void revalidate();
    void growToFit();
    // Duplicates by ID number are refused; the same name and birth date asks. False: don't save.
    bool confirmNoDuplicate(const Member &member);

    const Ledger *m_ledger;
    SaveFunction m_save;
    Member m_original;
    QHash<qint64, QString> m_orgNames;
    QLineEdit *m_name = nullptr;
    QComboBox *m_gender = nullptr;
    QComboBox *m_ethnicity = nullptr;
    QLineEdit *m_idNumber = nullptr;
    DateField *m_birthDate = nullptr;
    QComboBox *m_education = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_adminPost = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_branch = nullptr;
    QLineEdit *m_partyPosts = nullptr;
    QLabel *m_otherPosts = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_status = nullptr;
    DateField *m_applicationDate = nullptr;
    DateField *m_activistDate = nullptr;
    DateField *m_candidateDate = nullptr;
    DateField *m_joinDate = nullptr;
    DateField *m_confirmDate = nullptr;
    QLabel *m_summary = nullptr;

    struct FieldRow {
        QFormLayout *form = nullptr;
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
    };
    QHash<QString, FieldRow> m_rows;
    QList<QString> m_fieldOrder; // form order, for focusing the first problem
    QSet<QString> m_touched;
    bool m_saveTried = false;
    // Construction, setMember and the ID auto-fill are not the user typing.
    bool m_filling = true;
    QHash<QString, QString> m_problems;
    QString m_duplicateIdProblem;
};

} // namespace PartyLedger
