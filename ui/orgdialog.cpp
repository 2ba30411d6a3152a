#include "orgdialog.h"

#include "datefield.h"
#include "problemlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace PartyLedger {

OrgDialog::OrgDialog(std::optional<OrgKind> parentKind, const QList<Unit> &units, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("orgDialog"));
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (OrgKind kind : OrgKinds::all()) {
        if (OrgKinds::canBeChildOf(kind, parentKind))
            m_kind->addItem(OrgKinds::label(kind), int(kind));
    }
    form->addRow(tr("&Kind:"), m_kind);
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_fullName->setPlaceholderText(tr("e.g. 中共晋江市医院第二支部委员会"));
    form->addRow(tr("&Full name:"), m_fullName);
    m_shortName = new QLineEdit(this);
    m_shortName->setObjectName(QStringLiteral("shortName"));
    m_shortName->setPlaceholderText(tr("e.g. 市医院第二党支部"));
    form->addRow(tr("&Short name:"), m_shortName);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->addItem(QString(), qint64(0));
    for (const Unit &unit : units)
        m_unit->addItem(unit.name, unit.id);
    form->addRow(tr("&Unit:"), m_unit);
    m_founded = new DateField(this);
    m_founded->setObjectName(QStringLiteral("founded"));
    form->addRow(tr("F&ounded:"), m_founded);
    m_retiree = new QCheckBox(tr("A branch of retired members"), this);
    form->addRow(QString(), m_retiree);
    m_nonPublic = new QCheckBox(tr("In a non-public institution"), this);
    form->addRow(QString(), m_nonPublic);

    m_problem = newProblemLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrgDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrgDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    setOrganization(Organization());
}

void OrgDialog::setOrganization(const Organization &org)
{
    m_original = org;
    setWindowTitle(org.id == 0 ? tr("New Organization")
                               : tr("Properties of %1").arg(org.displayName()));
    if (org.id == 0 && m_kind->count() > 0) {
        // Most children are branches: offer that first where it is allowed.
        const int branch = m_kind->findData(int(OrgKind::Branch));
        m_kind->setCurrentIndex(branch >= 0 ? branch : 0);
    } else {
        if (m_kind->findData(int(org.kind)) < 0) // kept even where it no longer fits
            m_kind->addItem(OrgKinds::label(org.kind), int(org.kind));
        m_kind->setCurrentIndex(m_kind->findData(int(org.kind)));
    }
    m_fullName->setText(org.fullName);
    m_shortName->setText(org.shortName);
    const int unit = m_unit->findData(org.unitId);
    m_unit->setCurrentIndex(unit < 0 ? 0 : unit);
    m_founded->setDate(org.founded);
    m_retiree->setChecked(org.isRetiree);
    m_nonPublic->setChecked(org.isNonPublic);
}

Organization OrgDialog::organization() const
{
    Organization org = m_original;
    org.kind = OrgKind(m_kind->currentData().toInt());
    org.fullName = m_fullName->text().trimmed();
    org.shortName = m_shortName->text().trimmed();
    org.unitId = m_unit->currentData().toLongLong();
    org.founded = m_founded->date().value_or(QDate());
    org.isRetiree = m_retiree->isChecked();
    org.isNonPublic = m_nonPublic->isChecked();
    return org;
}

void OrgDialog::accept()
{
    if (m_kind->count() == 0) {
        m_problem->setText(tr("No organization can be placed here."));
        return;
    }
    if (m_fullName->text().trimmed().isEmpty()) {
        m_problem->setText(tr("The full name is missing."));
        m_fullName->setFocus();
        return;
    }
    if (!m_founded->date()) {
        m_problem->setText(tr("The founding date is not a date: type it as 2021-07-01."));
        m_founded->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace PartyLedger
