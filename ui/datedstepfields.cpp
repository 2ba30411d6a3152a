#include "datedstepfields.h"

#include "datefield.h"

#include <QFormLayout>
#include <QLineEdit>

namespace PartyLedger {

DatedStepFields DatedStepFields::addTo(QFormLayout *form, QWidget *parent,
                                       const QString &notePlaceholder)
{
    DatedStepFields fields;
    fields.date = new DateField(parent);
    fields.date->setObjectName(QStringLiteral("date"));
    fields.date->setDate(QDate::currentDate());
    form->addRow(tr("&Date:"), fields.date);
    fields.note = new QLineEdit(parent);
    fields.note->setObjectName(QStringLiteral("note"));
    fields.note->setPlaceholderText(notePlaceholder);
    form->addRow(tr("&Note:"), fields.note);
    return fields;
}

} // namespace PartyLedger
