#pragma once

#include <QCoreApplication>
#include <QString>

class QFormLayout;
class QLineEdit;
class QWidget;

namespace PartyLedger {

class DateField;

// The rows every dated step of the tree or the roll asks for (a transfer, a dissolution, a
// merger): its date, today to start with, and a note such as the approving document's number.
struct DatedStepFields {
    Q_DECLARE_TR_FUNCTIONS(DatedStepFields)
public:
    DateField *date = nullptr;
    QLineEdit *note = nullptr;

    static DatedStepFields addTo(QFormLayout *form, QWidget *parent,
                                 const QString &notePlaceholder);
};

} // namespace PartyLedger
