#include "transferdialog.h"

#include "datedstepfields.h"
#include "datefield.h"
#include "problemlabel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PartyLedger {

TransferDialog::TransferDialog(const QList<Organization> &organizations, const QString &who,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("Transfer Party Relationship"));
    auto *form = new QFormLayout;
    auto *heading = new QLabel(who, this);
    heading->setWordWrap(true);
    form->addRow(tr("Members:"), heading);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("target"));
    for (const Organization &org : organizations) {
        if (org.holdsMembers() && !org.isDissolved()) {
            m_target->addItem(org.displayName(), org.id);
            m_target->setItemData(m_target->count() - 1, org.fullName, Qt::ToolTipRole);
        }
    }
    m_target->addItem(tr("Outside this ledger..."), qint64(0));
    // Nothing is chosen until the clerk chooses: moving people by a default is no default.
    // Typing part of a name narrows the list (a bureau has hundreds of branches).
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->completer()->setFilterMode(Qt::MatchContains);
    m_target->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_target->lineEdit()->setPlaceholderText(tr("Type or choose the receiving branch"));
    m_target->setCurrentIndex(-1);
    form->addRow(tr("&To:"), m_target);
    m_external = new QLineEdit(this);
    m_external->setObjectName(QStringLiteral("externalOrg"));
    m_external->setPlaceholderText(tr("The receiving Party organization"));
    form->addRow(tr("&Receiving organization:"), m_external);
    const DatedStepFields step =
        DatedStepFields::addTo(form, this, tr("e.g. the introduction letter's number"));
    m_date = step.date;
    m_note = step.note;

    m_problem = newProblemLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Transfer"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TransferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransferDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_target, &QComboBox::currentTextChanged, this, &TransferDialog::updateFields);
    updateFields();
}

void TransferDialog::setTarget(qint64 orgId)
{
    m_target->setCurrentIndex(m_target->findData(orgId));
}

qint64 TransferDialog::targetOrgId() const
{
    // What the field shows decides, so a typed name counts only when it names a choice.
    const int index = m_target->findText(m_target->currentText());
    return index < 0 ? -1 : m_target->itemData(index).toLongLong();
}

QString TransferDialog::externalOrg() const
{
    return targetOrgId() == 0 ? m_external->text().trimmed() : QString();
}

QDate TransferDialog::date() const
{
    return m_date->date().value_or(QDate());
}

QString TransferDialog::note() const
{
    return m_note->text().trimmed();
}

void TransferDialog::updateFields()
{
    m_external->setEnabled(targetOrgId() == 0);
}

void TransferDialog::accept()
{
    if (!date().isValid()) {
        m_problem->setText(tr("The date of the transfer is missing or is not a date: type it "
                              "as 2021-07-01."));
        m_date->setFocus();
        return;
    }
    if (targetOrgId() < 0) {
        m_problem->setText(tr("Choose the branch that receives them, or \"Outside this "
                              "ledger...\"."));
        m_target->setFocus();
        return;
    }
    if (targetOrgId() == 0 && externalOrg().isEmpty()) {
        m_problem->setText(tr("Name the organization outside the ledger that receives them."));
        m_external->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace PartyLedger
