// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/protocol/ErrorCode.h"

#include <QString>
#include <stdexcept>

namespace spil::server {

// An answer the server gives instead of a result: an HTTP status, a stable code that
// clients act on and a sentence for people. docs/sync-protocol.md lists them all.
struct SyncError : std::runtime_error {
    SyncError(int httpStatus, protocol::ErrorCode errorCode, QString text, qint64 expected = -1)
        : std::runtime_error(text.toStdString()), status(httpStatus), code(errorCode),
          message(std::move(text)), expectedMutation(expected)
    {
    }
    int status;
    protocol::ErrorCode code;
    QString message;
    qint64 expectedMutation; // for mutation_gap: the number the server waits for
};

} // namespace spil::server
