#include "activitytypesdialog.h"

#include "activityeditor.h"
#include "ledger.h"
#include "problemlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace PartyLedger {

ActivityTypesDialog::ActivityTypesDialog(const Ledger *ledger, ActivityEditor *editor,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("activityTypesDialog"));
    setWindowTitle(tr("Activity Types"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("types"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    form->addRow(tr("&Name:"), m_name);
    m_duty = new QCheckBox(tr("One of the 三会一课 duties"), this);
    m_duty->setObjectName(QStringLiteral("duty"));
    form->addRow(QString(), m_duty);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    for (DutyPeriod period : {DutyPeriod::Month, DutyPeriod::Quarter, DutyPeriod::Year})
        m_period->addItem(ActivityVocabulary::label(period), int(period));
    form->addRow(tr("Held &every:"), m_period);
    m_minimum = new QSpinBox(this);
    m_minimum->setObjectName(QStringLiteral("minimum"));
    m_minimum->setRange(1, 99);
    m_minimum->setSuffix(tr(" time(s) at least"));
    form->addRow(tr("&How often:"), m_minimum);
    m_holder = new QComboBox(this);
    m_holder->setObjectName(QStringLiteral("holder"));
    m_holder->addItem(tr("every branch"), int(DutyHolder::Branch));
    m_holder->addItem(tr("every Party group"), int(DutyHolder::Group));
    form->addRow(tr("&Owed by:"), m_holder);
    m_problem = newProblemLabel(this);
    form->addRow(m_problem);
    auto *add = new QPushButton(tr("&New Type"), this);
    auto *save = new QPushButton(tr("&Save Changes"), this);
    save->setObjectName(QStringLiteral("save"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(save);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch();
    right->addLayout(buttons);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(close);
    resize(640, 420);

    const auto dutyFields = [this] {
        for (QWidget *field : {static_cast<QWidget *>(m_period), static_cast<QWidget *>(m_minimum),
                               static_cast<QWidget *>(m_holder)})
            field->setEnabled(m_duty->isChecked());
    };
    connect(m_duty, &QCheckBox::toggled, this, dutyFields);
    connect(m_list, &QListWidget::currentRowChanged, this, &ActivityTypesDialog::showCurrent);
    connect(add, &QPushButton::clicked, this, &ActivityTypesDialog::addType);
    connect(save, &QPushButton::clicked, this, &ActivityTypesDialog::saveCurrent);
    reload();
    dutyFields();
}

void ActivityTypesDialog::reload(qint64 select)
{
    auto types = m_ledger->activityTypes();
    if (!types) {
        m_problem->setText(types.error());
        return;
    }
    m_types = types.value();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = 0;
    for (int i = 0; i < m_types.size(); ++i) {
        const ActivityType &type = m_types[i];
        m_list->addItem(type.isDuty ? tr("%1 (三会一课)").arg(type.name) : type.name);
        if (type.id == select)
            row = i;
    }
    m_list->setCurrentRow(row);
    showCurrent();
}

void ActivityTypesDialog::showCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_types.size())
        return;
    const ActivityType &type = m_types[row];
    m_name->setText(type.name);
    m_duty->setChecked(type.isDuty);
    m_period->setCurrentIndex(m_period->findData(int(type.dutyPeriod)));
    m_minimum->setValue(type.dutyMinimum);
    m_holder->setCurrentIndex(m_holder->findData(int(type.dutyHolder)));
    m_problem->clear();
}

ActivityType ActivityTypesDialog::typeInForm() const
{
    ActivityType type;
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_types.size())
        type = m_types[row];
    type.name = m_name->text().trimmed();
    type.isDuty = m_duty->isChecked();
    type.dutyPeriod = DutyPeriod(m_period->currentData().toInt());
    type.dutyMinimum = m_minimum->value();
    type.dutyHolder = DutyHolder(m_holder->currentData().toInt());
    return type;
}

void ActivityTypesDialog::saveCurrent()
{
    const ActivityType type = typeInForm();
    if (type.id == 0)
        return;
    if (auto saved = m_editor->editType(type); !saved) {
        m_problem->setText(saved.error());
        return;
    }
    reload(type.id);
}

void ActivityTypesDialog::addType()
{
    ActivityType type;
    type.name = tr("New type");
    for (int n = 2; std::any_of(m_types.cbegin(), m_types.cend(),
                                [&type](const ActivityType &t) { return t.name == type.name; });
         ++n)
        type.name = tr("New type %1").arg(n);
    type.position = int(m_types.size());
    auto added = m_editor->addType(type);
    if (!added) {
        m_problem->setText(added.error());
        return;
    }
    reload(added.value());
    m_name->setFocus();
    m_name->selectAll();
}

} // namespace PartyLedger
