#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace PartyLedger {

// Every QSettings key of the program with its default, in one place.
class Settings {
public:
    static constexpr int MaxRecentLedgers = 8;

    static QString language(); // "zh_CN" (default) or "en"
    static void setLanguage(const QString &language);

    static QStringList recentLedgers(); // most recent first; the first is reopened at start
    static void addRecentLedger(const QString &path);
    static void removeRecentLedger(const QString &path);

    // How far ahead the reminders look for confirmations due (default 30 days).
    static int confirmationReminderDays();
    static void setConfirmationReminderDays(int days);
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
};

} // namespace PartyLedger
