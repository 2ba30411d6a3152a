#include "pinyin.h"

#include <QHash>
#include <QMutex>
#include <QStringView>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace PartyLedger {

namespace {
// How these characters are read when they are a surname, where ICU gives the common reading.
char32_t const *const surnameReadingKeys = U"曾单解朴区仇查盖缪翟覃乐尉种";
const char *const surnameReadings[] = {"zeng", "shan", "xie",  "piao", "ou",  "qiu", "zha",
                                       "ge",   "miao", "zhai", "qin",  "yue", "yu",  "chong"};

QString surnameReading(char32_t codePoint)
{
    for (int i = 0; surnameReadingKeys[i]; ++i) {
        if (surnameReadingKeys[i] == codePoint)
            return QString::fromLatin1(surnameReadings[i]);
    }
    return {};
}

class CharacterCache {
public:
    QString get(char32_t codePoint)
    {
        QMutexLocker lock(&m_mutex);
        auto found = m_readings.constFind(codePoint);
        if (found != m_readings.constEnd())
            return *found;
        const QString reading = transliterate(codePoint);
        m_readings.insert(codePoint, reading);
        return reading;
    }

private:
    QString transliterate(char32_t codePoint)
    {
        if (!m_transliterator) {
            UErrorCode status = U_ZERO_ERROR;
            m_transliterator.reset(icu::Transliterator::createInstance(
                "Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
            if (U_FAILURE(status))
                m_transliterator.reset();
        }
        icu::UnicodeString text(static_cast<UChar32>(codePoint));
        if (m_transliterator)
            m_transliterator->transliterate(text);
        QString reading = QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
        reading.remove(QLatin1Char(' '));
        return reading;
    }

    QMutex m_mutex;
    QHash<char32_t, QString> m_readings;
    std::unique_ptr<icu::Transliterator> m_transliterator;
};

CharacterCache &cache()
{
    static CharacterCache instance;
    return instance;
}
} // namespace

QString Pinyin::ofCharacter(char32_t codePoint)
{
    return cache().get(codePoint);
}

PinyinKeys Pinyin::ofName(const QString &name)
{
    PinyinKeys keys;
    bool first = true;
    for (char32_t codePoint : QStringView(name).toUcs4()) {
        QString reading = first ? surnameReading(codePoint) : QString();
        if (reading.isEmpty())
            reading = ofCharacter(codePoint);
        first = false;
        // Letters only: the middle dot of 阿依古丽·买买提 and spaces are not typed in a search.
        QString letters;
        for (QChar c : reading) {
            if (c.isLetterOrNumber())
                letters.append(c);
        }
        if (letters.isEmpty())
            continue;
        keys.full += letters;
        keys.initials += letters.at(0);
    }
    return keys;
}

} // namespace PartyLedger
