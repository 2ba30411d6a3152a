#pragma once

#include "organization.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace PartyLedger {

class DateField;

// 组织关系转接: where one or several members go, on which date, with a note. The members move
// to a branch of the ledger, or out of it to an organization named in words.
class TransferDialog : public QDialog {
    Q_OBJECT
public:
    TransferDialog(const QList<Organization> &organizations, const QString &who,
                   QWidget *parent = nullptr);

    void setTarget(qint64 orgId);
    qint64 targetOrgId() const;  // 0: out of the ledger
    QString externalOrg() const; // where to, when out of the ledger
    QDate date() const;
    QString note() const;

    void accept() override;

private:
    void updateFields();

    QComboBox *m_target = nullptr;
    QLineEdit *m_external = nullptr;
    DateField *m_date = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace PartyLedger
