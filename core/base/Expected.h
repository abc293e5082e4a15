// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QString>

#include <cassert>
#include <utility>
#include <variant>

namespace pen {

/// What kind of failure an Error reports; callers branch on this, people read the message.
enum class ErrorCode {
    InvalidArgument,  ///< the caller passed something unusable
    NotFound,         ///< a file or an entry does not exist
    Io,               ///< the operating system refused to read or write
    Format,           ///< the bytes are not what the format requires (malformed, truncated)
    Unsupported,      ///< valid input that this product cannot handle (e.g. a JPEG 2000 DICOM)
    Validation,       ///< well-formed input whose content breaks a rule (region outside the image)
    Unauthenticated,  ///< no valid credentials (a missing, unknown or revoked token)
    PermissionDenied, ///< the caller's role or event does not allow this
    Conflict,         ///< the state forbids it now (already answered, round not running)
    TooLate,          ///< a deadline has passed
    AlreadyExists,    ///< a name or id that must be unique is taken
};

/// A failure with a message that names the file, field or value at fault.
struct Error {
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;

    /// Prefixes the message with where it happened, e.g. a file name: "set.json: scans[2].id: ...".
    Error withContext(const QString &context) const { return {code, context + QStringLiteral(": ") + message}; }
};

/// A value or the Error that prevented it (a small stand-in for C++23 std::expected).
template <typename T> class [[nodiscard]] Expected {
public:
    Expected(T value) : m_state(std::move(value)) {}
    Expected(Error error) : m_state(std::move(error)) {}

    bool hasValue() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return hasValue(); }

    T &value() &
    {
        assert(hasValue());
        return std::get<T>(m_state);
    }
    const T &value() const &
    {
        assert(hasValue());
        return std::get<T>(m_state);
    }
    T &&value() &&
    {
        assert(hasValue());
        return std::get<T>(std::move(m_state));
    }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const
    {
        assert(!hasValue());
        return std::get<Error>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

/// Success without a value, or an Error.
template <> class [[nodiscard]] Expected<void> {
public:
    Expected() = default;
    Expected(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const
    {
        assert(m_failed);
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(ErrorCode code, const QString &message)
{
    return Error{code, message};
}

} // namespace pen
