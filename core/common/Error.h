// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <stdexcept>

namespace spil {

// Why an action failed decides how a front end reacts: bad input is the caller's to fix
// (exit code 2, HTTP 4xx), a refused rule carries a reason worth showing to a person,
// a storage failure is ours.
enum class ErrorKind { BadInput, NotFound, Refused, Storage };

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {
    }
    ErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

private:
    ErrorKind m_kind;
    QString m_message;
};

[[noreturn]] inline void fail(ErrorKind kind, const QString &message)
{
    throw Error(kind, message);
}

} // namespace spil
