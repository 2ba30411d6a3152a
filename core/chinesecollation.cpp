#include "chinesecollation.h"

#include "pinyin.h"

#include <QMutex>

#include <unicode/coll.h>
#include <unicode/locid.h>

#include <memory>

namespace PartyLedger {

QByteArray ChineseCollation::sortKey(const QString &text)
{
    static QMutex mutex;
    static std::unique_ptr<icu::Collator> collator;
    QMutexLocker lock(&mutex);
    if (!collator) {
        UErrorCode status = U_ZERO_ERROR;
        collator.reset(icu::Collator::createInstance(icu::Locale("zh", "CN"), status));
        if (U_FAILURE(status))
            collator.reset();
    }
    if (!collator)
        return text.toUtf8();
    const icu::UnicodeString source(reinterpret_cast<const UChar *>(text.utf16()),
                                    int32_t(text.size()));
    QByteArray key(64, Qt::Uninitialized);
    int32_t length =
        collator->getSortKey(source, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (length > key.size()) {
        key.resize(length);
        length = collator->getSortKey(source, reinterpret_cast<uint8_t *>(key.data()), length);
    }
    key.resize(qMax(0, length - 1)); // without the terminating zero byte
    return key;
}

QByteArray ChineseCollation::nameSortKey(const QString &name)
{
    return Pinyin::spacedOfName(name).toLatin1() + '\0' + sortKey(name);
}

} // namespace PartyLedger
