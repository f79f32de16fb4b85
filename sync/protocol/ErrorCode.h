// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"

namespace spil::protocol {

// The stable code of every error answer ({"error": {"code": ...}}): clients act on it, so
// its text never changes (docs/sync-protocol.md lists what each means). A client keeps the
// text of a code it does not know, so the wire carries text, not this enum.
enum class ErrorCode {
    BadRequest,
    Internal,
    NotFound,
    MethodNotAllowed,
    TooLarge,
    HeadersTooLarge,
    LengthRequired,
    RequestTimeout,
    ServerBusy,
    TooManyConnections,
    TooManyAttempts,
    BadCredentials,
    MissingToken,
    InvalidToken,
    RevokedToken,
    ExpiredToken,
    Reset,
    Forbidden,
    ForgedAuthor,
    IncompleteRecord,
    UnknownParent,
    ClientMismatch,
    ClientTaken,
    MutationReplayed,
    MutationGap,
    WrongOffset,
    HashMismatch,
    QuotaExceeded,
    BadRange,
    Locked,
};

inline constexpr EnumText<ErrorCode> errorCodeTexts[] = {
    {ErrorCode::BadRequest, "bad_request"},
    {ErrorCode::Internal, "internal"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::MethodNotAllowed, "method_not_allowed"},
    {ErrorCode::TooLarge, "too_large"},
    {ErrorCode::HeadersTooLarge, "headers_too_large"},
    {ErrorCode::LengthRequired, "length_required"},
    {ErrorCode::RequestTimeout, "request_timeout"},
    {ErrorCode::ServerBusy, "server_busy"},
    {ErrorCode::TooManyConnections, "too_many_connections"},
    {ErrorCode::TooManyAttempts, "too_many_attempts"},
    {ErrorCode::BadCredentials, "bad_credentials"},
    {ErrorCode::MissingToken, "missing_token"},
    {ErrorCode::InvalidToken, "invalid_token"},
    {ErrorCode::RevokedToken, "revoked_token"},
    {ErrorCode::ExpiredToken, "expired_token"},
    {ErrorCode::Reset, "reset"},
    {ErrorCode::Forbidden, "forbidden"},
    {ErrorCode::ForgedAuthor, "forged_author"},
    {ErrorCode::IncompleteRecord, "incomplete_record"},
    {ErrorCode::UnknownParent, "unknown_parent"},
    {ErrorCode::ClientMismatch, "client_mismatch"},
    {ErrorCode::ClientTaken, "client_taken"},
    {ErrorCode::MutationReplayed, "mutation_replayed"},
    {ErrorCode::MutationGap, "mutation_gap"},
    {ErrorCode::WrongOffset, "wrong_offset"},
    {ErrorCode::HashMismatch, "hash_mismatch"},
    {ErrorCode::QuotaExceeded, "quota_exceeded"},
    {ErrorCode::BadRange, "bad_range"},
    {ErrorCode::Locked, "locked"},
};

} // namespace spil::protocol

namespace spil {
template <>
inline constexpr std::span<const EnumText<protocol::ErrorCode>> enumTexts<protocol::ErrorCode>{
    protocol::errorCodeTexts};
} // namespace spil
