#pragma once

#include "organization.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace PartyLedger {

class DateField;

// Dissolving an organization (its members move to a branch the user picks) or merging a branch
// into another: the date, the receiving branch and a note.
class DissolveDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Dissolve, Merge };

    // candidates: the branches that may receive the members (the subtree itself left out).
    DissolveDialog(Mode mode, const Organization &org, int membersOnRoll,
                   const QList<Organization> &candidates, QWidget *parent = nullptr);

    qint64 targetOrgId() const; // 0: none chosen (dissolving an organization without members)
    QDate date() const;
    QString note() const;

    void accept() override;

private:
    Mode m_mode;
    int m_members;
    QComboBox *m_target = nullptr;
    DateField *m_date = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace PartyLedger
