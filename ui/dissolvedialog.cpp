#include "dissolvedialog.h"

#include "datedstepfields.h"
#include "datefield.h"
#include "problemlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PartyLedger {

DissolveDialog::DissolveDialog(Mode mode, const Organization &org, int membersOnRoll,
                               const QList<Organization> &candidates, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_members(membersOnRoll)
{
    setObjectName(QStringLiteral("dissolveDialog"));
    const bool merge = mode == Mode::Merge;
    setWindowTitle(merge ? tr("Merge %1").arg(org.displayName())
                         : tr("Dissolve %1").arg(org.displayName()));
    auto *explanation = new QLabel(this);
    explanation->setWordWrap(true);
    explanation->setText(
        merge ? tr("%1 joins the branch chosen below: its %n member(s) on the roll and its Party "
                   "groups move there, and %1 is kept in the tree as dissolved.",
                   nullptr, membersOnRoll)
                    .arg(org.displayName())
              : tr("%1 and everything under it are kept in the tree as dissolved on the date "
                   "below. Its %n member(s) on the roll move to the branch chosen below.",
                   nullptr, membersOnRoll)
                    .arg(org.displayName()));
    auto *form = new QFormLayout;
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("target"));
    if (!merge && membersOnRoll == 0)
        m_target->addItem(tr("(no members to move)"), qint64(0));
    for (const Organization &candidate : candidates) {
        const bool fits = merge ? (candidate.kind == OrgKind::Branch ||
                                   candidate.kind == OrgKind::TemporaryBranch)
                                : candidate.holdsMembers();
        if (fits && !candidate.isDissolved() && candidate.id != org.id) {
            m_target->addItem(candidate.displayName(), candidate.id);
            m_target->setItemData(m_target->count() - 1, candidate.fullName, Qt::ToolTipRole);
        }
    }
    m_target->setEnabled(merge || membersOnRoll > 0);
    form->addRow(merge ? tr("&Into:") : tr("&Members move to:"), m_target);
    const DatedStepFields step =
        DatedStepFields::addTo(form, this, tr("e.g. the approving document's number"));
    m_date = step.date;
    m_note = step.note;
    m_problem = newProblemLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(merge ? tr("Merge") : tr("Dissolve"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DissolveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DissolveDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

qint64 DissolveDialog::targetOrgId() const
{
    return m_target->currentData().toLongLong();
}

QDate DissolveDialog::date() const
{
    return m_date->date().value_or(QDate());
}

QString DissolveDialog::note() const
{
    return m_note->text().trimmed();
}

void DissolveDialog::accept()
{
    if (!date().isValid()) {
        m_problem->setText(tr("The date is missing or is not a date: type it as 2021-07-01."));
        m_date->setFocus();
        return;
    }
    if ((m_mode == Mode::Merge || m_members > 0) && targetOrgId() == 0) {
        m_problem->setText(tr("There is no branch to receive the members: add one first."));
        return;
    }
    QDialog::accept();
}

} // namespace PartyLedger
