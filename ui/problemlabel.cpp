#include "problemlabel.h"

#include <QLabel>

namespace PartyLedger {

QString problemStyle()
{
    return QStringLiteral("color: #b3261e");
}

QLabel *newProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(problemStyle());
    label->setWordWrap(true);
    return label;
}

} // namespace PartyLedger
