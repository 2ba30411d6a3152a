#include "datefield.h"

#include "dateinput.h"

namespace PartyLedger {

DateField::DateField(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("yyyy-mm-dd"));
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (const auto parsed = date(); parsed && parsed->isValid())
            setDate(*parsed);
    });
}

std::optional<QDate> DateField::date() const
{
    return DateInput::parse(text());
}

void DateField::setDate(QDate date)
{
    const QString formatted = DateInput::format(date);
    if (formatted != text())
        setText(formatted);
}

} // namespace PartyLedger
