#pragma once

#include <QDate>
#include <QLineEdit>

#include <optional>

namespace PartyLedger {

// A date typed as office staff type dates (see DateInput); it may be left empty, which a
// QDateEdit cannot be. Written back as yyyy-MM-dd once the field is left.
class DateField : public QLineEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    // The date in the field, a null date when empty, nullopt when the text is no date.
    std::optional<QDate> date() const;
    void setDate(QDate date);
};

} // namespace PartyLedger
