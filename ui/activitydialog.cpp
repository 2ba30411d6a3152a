#include "activitydialog.h"

#include "datefield.h"
#include "problemlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace PartyLedger {

namespace {
QSpinBox *countBox(QWidget *parent, const QString &name, const QString &suffix)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 100000000);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}
} // namespace

ActivityDialog::ActivityDialog(const QList<Organization> &organizations,
                               const QList<ActivityType> &types, MembersFunction membersOf,
                               SaveFunction save, QWidget *parent)
    : QDialog(parent)
    , m_membersOf(std::move(membersOf))
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("activityDialog"));
    auto *form = new QFormLayout;
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("date"));
    form->addRow(tr("&Date:"), m_date);
    m_org = new QComboBox(this);
    m_org->setObjectName(QStringLiteral("organization"));
    for (const Organization &org : organizations) {
        if (!org.isDissolved()) {
            m_org->addItem(org.displayName(), org.id);
            m_org->setItemData(m_org->count() - 1, org.fullName, Qt::ToolTipRole);
        }
    }
    form->addRow(tr("&Organization:"), m_org);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    for (const ActivityType &type : types)
        m_type->addItem(type.isDuty ? tr("%1 (三会一课)").arg(type.name) : type.name, type.id);
    form->addRow(tr("&Type:"), m_type);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("e.g. 学习贯彻党的二十大精神"));
    form->addRow(tr("T&itle:"), m_title);

    m_participants = new QListWidget(this);
    m_participants->setObjectName(QStringLiteral("participants"));
    m_participants->setMinimumHeight(140);
    form->addRow(tr("Members who &took part:"), m_participants);
    m_headCount = countBox(this, QStringLiteral("headCount"), tr(" people"));
    form->addRow(tr("Or a &head count:"), m_headCount);

    auto *figures = new QFormLayout;
    m_peopleServed = countBox(this, QStringLiteral("peopleServed"), tr(" person-times"));
    figures->addRow(tr("People &served:"), m_peopleServed);
    m_problemsSolved = countBox(this, QStringLiteral("problemsSolved"), tr(" items"));
    figures->addRow(tr("&Problems solved:"), m_problemsSolved);
    m_households = countBox(this, QStringLiteral("households"), tr(" households"));
    figures->addRow(tr("Households &helped:"), m_households);
    m_funds = new QLineEdit(this);
    m_funds->setObjectName(QStringLiteral("funds"));
    m_funds->setPlaceholderText(tr("yuan, e.g. 1200.50"));
    figures->addRow(tr("&Funds (yuan):"), m_funds);
    m_hours = new QDoubleSpinBox(this);
    m_hours->setObjectName(QStringLiteral("hours"));
    m_hours->setRange(0, 100000);
    m_hours->setDecimals(1);
    m_hours->setSuffix(tr(" h"));
    figures->addRow(tr("Ho&urs:"), m_hours);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    figures->addRow(tr("&Note:"), m_note);

    m_problem = newProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActivityDialog::reject);
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addLayout(figures, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(820);

    connect(m_org, &QComboBox::currentIndexChanged, this, &ActivityDialog::fillMembers);
    connect(m_participants, &QListWidget::itemChanged, this, &ActivityDialog::updateHeadCount);
    setActivity(Activity());
}

void ActivityDialog::fillMembers()
{
    // Ticks survive a change of organization for the members still on offer.
    QSet<qint64> ticked;
    for (int i = 0; i < m_participants->count(); ++i) {
        if (m_participants->item(i)->checkState() == Qt::Checked)
            ticked.insert(m_participants->item(i)->data(Qt::UserRole).toLongLong());
    }
    const QSignalBlocker blocker(m_participants);
    m_participants->clear();
    const qint64 orgId = m_org->currentData().toLongLong();
    const auto members =
        orgId > 0 && m_membersOf ? m_membersOf(orgId) : QList<std::pair<qint64, QString>>();
    for (const auto &[id, name] : members) {
        auto *item = new QListWidgetItem(name, m_participants);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    updateHeadCount();
}

void ActivityDialog::updateHeadCount()
{
    int ticked = 0;
    for (int i = 0; i < m_participants->count(); ++i)
        ticked += m_participants->item(i)->checkState() == Qt::Checked;
    // Listed members are the count; the head count is for activities where no one was listed.
    m_headCount->setEnabled(ticked == 0);
    if (ticked > 0)
        m_headCount->setValue(ticked);
}

void ActivityDialog::setActivity(const Activity &a)
{
    m_original = a;
    setWindowTitle(a.id == 0 ? tr("New Activity") : tr("Edit Activity"));
    m_date->setDate(a.date);
    const int org = m_org->findData(a.orgId);
    m_org->setCurrentIndex(org < 0 ? 0 : org);
    const int type = m_type->findData(a.typeId);
    m_type->setCurrentIndex(type < 0 ? 0 : type);
    m_title->setText(a.title);
    fillMembers();
    {
        const QSignalBlocker blocker(m_participants);
        for (int i = 0; i < m_participants->count(); ++i) {
            QListWidgetItem *item = m_participants->item(i);
            item->setCheckState(a.participants.contains(item->data(Qt::UserRole).toLongLong())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
    }
    m_headCount->setValue(a.headCount);
    updateHeadCount();
    m_peopleServed->setValue(int(a.figures.peopleServed));
    m_problemsSolved->setValue(int(a.figures.problemsSolved));
    m_households->setValue(int(a.figures.households));
    m_funds->setText(a.figures.fundsFen == 0 ? QString()
                                             : ActivityVocabulary::yuan(a.figures.fundsFen));
    m_hours->setValue(a.figures.hours);
    m_note->setText(a.note);
    m_problem->clear();
}

Activity ActivityDialog::activity() const
{
    Activity a = m_original;
    a.date = m_date->date().value_or(QDate());
    a.orgId = m_org->currentData().toLongLong();
    a.typeId = m_type->currentData().toLongLong();
    a.title = m_title->text().trimmed();
    a.participants.clear();
    for (int i = 0; i < m_participants->count(); ++i) {
        if (m_participants->item(i)->checkState() == Qt::Checked)
            a.participants.append(m_participants->item(i)->data(Qt::UserRole).toLongLong());
    }
    a.headCount = a.participants.isEmpty() ? m_headCount->value() : 0;
    a.figures.peopleServed = m_peopleServed->value();
    a.figures.problemsSolved = m_problemsSolved->value();
    a.figures.households = m_households->value();
    a.figures.fundsFen = ActivityVocabulary::fenFromYuan(m_funds->text()).value_or(0);
    a.figures.hours = m_hours->value();
    a.note = m_note->text().trimmed();
    return a;
}

void ActivityDialog::accept()
{
    if (!m_date->date() || !m_date->date()->isValid()) {
        m_problem->setText(tr("The date is missing or is not a date: type it as 2021-07-01."));
        m_date->setFocus();
        return;
    }
    if (!m_funds->text().trimmed().isEmpty() && !ActivityVocabulary::fenFromYuan(m_funds->text())) {
        m_problem->setText(tr("Funds must be an amount in yuan with at most two decimals, such "
                              "as 1200 or 1200.50."));
        m_funds->setFocus();
        return;
    }
    if (auto saved = m_save(activity()); !saved) {
        m_problem->setText(saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace PartyLedger
