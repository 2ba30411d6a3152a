#pragma once

#include <QString>

namespace PartyLedger {

// Installs the program's translation and Qt's own (so standard dialogs speak the same
// language). "zh_CN" is the default; "en" uses the English source strings.
class Translations {
public:
    static void install(const QString &language);
};

} // namespace PartyLedger
