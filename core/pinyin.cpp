#include "pinyin.h"

#include <QHash>
#include <QMutex>
#include <QStringView>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <iterator>
#include <memory>

namespace PartyLedger {

namespace {
#include "pinyintable.inc"

// How these characters are read when they are a surname, where ICU gives the common reading.
const char32_t surnameCharacters[] = U"曾单解朴区仇查盖缪翟覃乐尉种";
const char *const surnameReadings[] = {"zeng", "shan", "xie",  "piao", "ou",  "qiu", "zha",
                                       "ge",   "miao", "zhai", "qin",  "yue", "yu",  "chong"};

QLatin1String surnameReading(char32_t codePoint)
{
    for (size_t i = 0; i < std::size(surnameReadings); ++i) {
        if (surnameCharacters[i] == codePoint)
            return QLatin1String(surnameReadings[i]);
    }
    return {};
}

QLatin1String tableReading(char32_t codePoint)
{
    if (codePoint >= unifiedFirst && codePoint - unifiedFirst < std::size(unifiedReadings))
        return QLatin1String(unifiedReadings[codePoint - unifiedFirst]);
    if (codePoint >= extensionAFirst && codePoint - extensionAFirst < std::size(extensionAReadings))
        return QLatin1String(extensionAReadings[codePoint - extensionAFirst]);
    return {};
}

// Characters outside the table (Extension B and beyond, such as 𬌗) go through ICU itself;
// they are rare, so the transliterator is only built when the first one turns up.
QString icuReading(char32_t codePoint)
{
    static QMutex mutex;
    static QHash<char32_t, QString> readings;
    static std::unique_ptr<icu::Transliterator> transliterator;
    QMutexLocker lock(&mutex);
    if (auto found = readings.constFind(codePoint); found != readings.constEnd())
        return *found;
    if (!transliterator) {
        UErrorCode status = U_ZERO_ERROR;
        transliterator.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower",
                                                                 UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            transliterator.reset();
    }
    icu::UnicodeString text(static_cast<UChar32>(codePoint));
    if (transliterator)
        transliterator->transliterate(text);
    QString reading;
    for (QChar c : QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length())) {
        if (c.isLetterOrNumber())
            reading.append(c);
    }
    readings.insert(codePoint, reading);
    return reading;
}
} // namespace

namespace {
// Calls use(syllable) for each syllable of a name, surname first as a surname; use takes a
// QLatin1String (the table's readings, without a copy) or a QStringView.
template <typename Use> void forEachSyllable(const QString &name, Use use)
{
    bool first = true;
    for (char32_t codePoint : QStringView(name).toUcs4()) {
        QLatin1String reading = first ? surnameReading(codePoint) : QLatin1String();
        first = false;
        if (reading.isEmpty())
            reading = tableReading(codePoint);
        if (!reading.isEmpty()) {
            use(reading);
            continue;
        }
        // Latin letters and digits stand for themselves; the middle dot of 阿依古丽·买买提 and
        // spaces are not typed in a search. Only a rare Han character needs ICU itself.
        QString other;
        if (QChar::script(codePoint) == QChar::Script_Han)
            other = icuReading(codePoint);
        else if (codePoint < 0x80 && QChar::isLetterOrNumber(codePoint))
            other = QChar(QChar::toLower(codePoint));
        if (!other.isEmpty())
            use(QStringView(other));
    }
}
} // namespace

PinyinKeys Pinyin::ofName(const QString &name)
{
    PinyinKeys keys;
    keys.full.reserve(name.size() * 5);
    forEachSyllable(name, [&keys](auto syllable) {
        keys.full += syllable;
        keys.initials += syllable.front();
    });
    return keys;
}

QString Pinyin::spacedOfName(const QString &name)
{
    QString spaced;
    forEachSyllable(name, [&spaced](auto syllable) {
        if (!spaced.isEmpty())
            spaced += QLatin1Char(' ');
        spaced += syllable;
    });
    return spaced;
}

} // namespace PartyLedger
