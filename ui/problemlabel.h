#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace PartyLedger {

// How a dialog says what is wrong before anything is saved: a wrapped line in a dark red, the
// same in every dialog (the Party red is kept for headings and the selection).
QString problemStyle();
QLabel *newProblemLabel(QWidget *parent);

} // namespace PartyLedger
