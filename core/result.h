#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace PartyLedger {

// The one error channel of core: a sentence a clerk can read, already translated.
struct Error {
    QString message;
};

// A value or an Error. Core functions that can fail return this; the UI shows error().
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error.message))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Asking an error for its value throws (std::bad_optional_access) instead of reading garbage.
    const T &value() const & { return m_value.value(); }
    T &value() & { return m_value.value(); }
    // By value, so `for (x : f().value())` does not refer into a destroyed temporary.
    T value() && { return std::move(m_value.value()); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }
    T value_or(T fallback) const & { return m_value ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    QString m_error;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error.message))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace PartyLedger
