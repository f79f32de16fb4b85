// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/Person.h"
#include "sync/protocol/ErrorCode.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace spil::protocol {

// Version 1 of the wire: every path starts with /v1. docs/sync-protocol.md is the reference.
inline constexpr int kVersion = 1;
inline constexpr qint64 kMaxBodyBytes = 4 * 1024 * 1024;
inline constexpr int kMaxChangesPerPush = 5000;
inline constexpr int kMaxPullLimit = 5000;

// One field of one record, as a device changed it.
struct Change {
    QString entity;
    QString recordId;
    QString field; // a field of the entity, or "deleted"
    QJsonValue value;
    QString hlc;
};

// One user action of a device: its number (1, 2, 3... per client) and its changes.
struct Mutation {
    qint64 id = 0;
    QList<Change> changes;
};

struct PushRequest {
    QString clientId;
    qint64 cursor = 0; // the server version the device had pulled when it pushed
    QList<Mutation> mutations;
};

struct PushReply {
    qint64 version = 0;      // the server version after this push
    qint64 lastMutation = 0; // the highest mutation of this client the server holds
    int applied = 0;         // mutations stored by this push
    int duplicates = 0;      // mutations the server already held (a retried push)
};

// A record as the server holds it for this user (redacted where they may not read it all).
struct Record {
    QString entity;
    QString id;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject fields;
    QString hlc; // the newest stamp among its fields
    // The user lost sight of it: the device removes the row and everything in it (and its
    // children), leaving no tombstone. On the wire only when true.
    bool gone = false;
};

struct PullPage {
    QString epoch;
    qint64 version = 0; // the server's current version
    QList<Record> records;
    qint64 next = 0; // the cursor to pull from next
    bool more = false;
};

struct LoginRequest {
    QString user;
    QString password;
    QString device;
    QString workspace; // its name; empty: the server's default workspace
};

struct LoginReply {
    QString token;
    QString userId;
    QString personId;
    Role role = Role::Staff;
    QString workspace;
    QString epoch;
};

// POST /v1/principals (admins): the directors an assistant serves, by user name.
struct PrincipalsRequest {
    QString user;
    QStringList principals;
};

struct PrincipalsReply {
    QString user;
    QStringList principals;
    qint64 version = 0; // the version that made the change
};

// /v1/app-passwords: a calendar app's password of the signed-in user, as listed (the
// password itself only in the answer that made it).
struct AppPassword {
    QString id;
    QString label;
    qint64 createdAt = 0;
    QString password; // empty but in the answer to POST
    bool operator==(const AppPassword &) const = default;
};

// GET's answer, and POST's (the new one alone in `appPasswords`, with its password). The
// CalDAV port is there when this server serves CalDAV: an app reaches it at the host the
// device signs in to.
struct AppPasswordsReply {
    QList<AppPassword> appPasswords;
    int davPort = 0; // 0: this server serves no CalDAV
};

// Every error answer: {"error": {"code": ..., "message": ...}}.
struct ErrorReply {
    QString code; // as it came: a newer server's or a proxy's code passes on unchanged
    QString message;
    qint64 expectedMutation = -1; // with mutation_gap: the number the server waits for
    // The code, when this build knows it.
    std::optional<ErrorCode> known() const { return fromText<ErrorCode>(code); }
};

// Decoding is strict: an unknown key, a missing key or a wrong type is an Error(BadInput)
// whose message names it. Values of record fields are checked against the core schema.
PushRequest decodePushRequest(const QByteArray &json);
QByteArray encode(const PushRequest &request);
PushReply decodePushReply(const QByteArray &json);
QByteArray encode(const PushReply &reply);
PullPage decodePullPage(const QByteArray &json);
QByteArray encode(const PullPage &page);
LoginRequest decodeLoginRequest(const QByteArray &json);
QByteArray encode(const LoginRequest &request);
LoginReply decodeLoginReply(const QByteArray &json);
QByteArray encode(const LoginReply &reply);
PrincipalsRequest decodePrincipalsRequest(const QByteArray &json);
QByteArray encode(const PrincipalsRequest &request);
PrincipalsReply decodePrincipalsReply(const QByteArray &json);
QByteArray encode(const PrincipalsReply &reply);
// GET answers {"app_passwords": [{"id", "label", "created_at"}], "dav_port"?}; POST
// answers the new one's object with "password" (and "dav_port"?).
AppPasswordsReply decodeAppPasswords(const QByteArray &json);
QByteArray encode(const AppPasswordsReply &reply);
AppPasswordsReply decodeNewAppPassword(const QByteArray &json);
QByteArray encodeNewAppPassword(const AppPassword &made, int davPort);
ErrorReply decodeErrorReply(const QByteArray &json);
QByteArray encode(const ErrorReply &error);
// The poke on /v1/events: {"type": "version", "version": V}.
qint64 decodePoke(const QByteArray &json);
QByteArray encodePoke(qint64 version);

// Checks that a change names a known entity and field, a record id and a stamp, and that
// its value has the field's type.
void validate(const Change &change);

} // namespace spil::protocol
