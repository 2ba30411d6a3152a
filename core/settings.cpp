#include "settings.h"

#include <QFileInfo>
#include <QSettings>

namespace PartyLedger {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString DefaultLanguage = QStringLiteral("zh_CN");
const QString RecentKey = QStringLiteral("ledgers/recent");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString ReminderDaysKey = QStringLiteral("reminders/confirmationDays");
constexpr int DefaultReminderDays = 30;
} // namespace

QString Settings::language()
{
    return QSettings().value(LanguageKey, DefaultLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
}

int Settings::confirmationReminderDays()
{
    return QSettings().value(ReminderDaysKey, DefaultReminderDays).toInt();
}

void Settings::setConfirmationReminderDays(int days)
{
    QSettings().setValue(ReminderDaysKey, days);
}

QStringList Settings::recentLedgers()
{
    return QSettings().value(RecentKey).toStringList();
}

void Settings::addRecentLedger(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentLedgers();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(RecentKey, recent.mid(0, MaxRecentLedgers));
}

void Settings::removeRecentLedger(const QString &path)
{
    QStringList recent = recentLedgers();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(RecentKey, recent);
}

QByteArray Settings::windowGeometry()
{
    return QSettings().value(GeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(GeometryKey, geometry);
}

QByteArray Settings::windowState()
{
    return QSettings().value(StateKey).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(StateKey, state);
}

} // namespace PartyLedger
