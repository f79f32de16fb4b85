// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/protocol/Protocol.h"

#include "core/common/Error.h"
#include "core/store/FieldCodec.h"
#include "core/store/Hlc.h"
#include "core/store/Schema.h"
#include "core/store/Uuid7.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace spil::protocol {

namespace {
[[noreturn]] void bad(const QString &message)
{
    fail(ErrorKind::BadInput, message);
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        bad(QStringLiteral("malformed JSON at offset %1: %2")
                .arg(error.offset)
                .arg(error.errorString()));
    if (!doc.isObject())
        bad(QStringLiteral("expected a JSON object"));
    return doc.object();
}

// Reads an object whose keys must be exactly `required` plus any of `optional`.
class Reader {
public:
    Reader(const QJsonObject &object, const QString &what, const QStringList &required,
           const QStringList &optional = {})
        : m_object(object), m_what(what)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!required.contains(it.key()) && !optional.contains(it.key()))
                bad(QStringLiteral("%1: unknown field '%2'").arg(what, it.key()));
        }
        for (const QString &key : required) {
            if (!object.contains(key))
                bad(QStringLiteral("%1: missing field '%2'").arg(what, key));
        }
    }
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue raw(const QString &key) const { return m_object.value(key); }
    QString string(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isString())
            bad(QStringLiteral("%1: '%2' must be a string").arg(m_what, key));
        return v.toString();
    }
    qint64 integer(const QString &key, qint64 min = 0) const
    {
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble();
        // The range first: casting a double beyond qint64 is undefined.
        if (!v.isDouble() || d < double(min) || d > 9.0e15 || d != double(qint64(d)))
            bad(QStringLiteral("%1: '%2' must be a whole number of at least %3")
                    .arg(m_what, key)
                    .arg(min));
        return qint64(d);
    }
    bool boolean(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isBool())
            bad(QStringLiteral("%1: '%2' must be true or false").arg(m_what, key));
        return v.toBool();
    }
    QJsonArray array(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isArray())
            bad(QStringLiteral("%1: '%2' must be an array").arg(m_what, key));
        return v.toArray();
    }
    QJsonObject object(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isObject())
            bad(QStringLiteral("%1: '%2' must be an object").arg(m_what, key));
        return v.toObject();
    }

private:
    const QJsonObject &m_object;
    QString m_what;
};

QJsonObject asObject(const QJsonValue &v, const QString &what)
{
    if (!v.isObject())
        bad(QStringLiteral("%1 must be an object").arg(what));
    return v.toObject();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

void validate(const Change &c)
{
    const EntityDef &def = entity(c.entity);
    if (!isUuid(c.recordId))
        bad(QStringLiteral("'%1' is not a record id").arg(c.recordId));
    HlcStamp stamp;
    if (!HlcStamp::parse(c.hlc, &stamp) || stamp.clientId.isEmpty())
        bad(QStringLiteral("'%1' is not a clock stamp").arg(c.hlc));
    if (c.field == QStringLiteral("deleted")) {
        if (!c.value.isBool())
            bad(QStringLiteral("field 'deleted' takes true or false"));
        return;
    }
    const FieldDef *f = def.field(c.field);
    if (!f)
        bad(QStringLiteral("%1 has no field '%2'").arg(c.entity, c.field));
    fromJson(*f, c.value);
}

PushRequest decodePushRequest(const QByteArray &json)
{
    const QJsonObject o = parseObject(json);
    const Reader r(
        o, QStringLiteral("push"),
        {QStringLiteral("client_id"), QStringLiteral("cursor"), QStringLiteral("mutations")});
    PushRequest req;
    req.clientId = r.string(QStringLiteral("client_id"));
    if (!isUuid(req.clientId))
        bad(QStringLiteral("push: 'client_id' must be the device's id"));
    req.cursor = r.integer(QStringLiteral("cursor"));
    int changes = 0;
    for (const QJsonValue &mv : r.array(QStringLiteral("mutations"))) {
        const QJsonObject mo = asObject(mv, QStringLiteral("a mutation"));
        const Reader m(mo, QStringLiteral("mutation"),
                       {QStringLiteral("id"), QStringLiteral("changes")});
        Mutation mutation;
        mutation.id = m.integer(QStringLiteral("id"), 1);
        for (const QJsonValue &cv : m.array(QStringLiteral("changes"))) {
            const QJsonObject co = asObject(cv, QStringLiteral("a change"));
            const Reader c(co, QStringLiteral("change"),
                           {QStringLiteral("entity"), QStringLiteral("record_id"),
                            QStringLiteral("field"), QStringLiteral("value"),
                            QStringLiteral("hlc")});
            Change change{c.string(QStringLiteral("entity")), c.string(QStringLiteral("record_id")),
                          c.string(QStringLiteral("field")), c.raw(QStringLiteral("value")),
                          c.string(QStringLiteral("hlc"))};
            validate(change);
            // A device stamps only its own changes: the client part is its id, nothing more.
            HlcStamp stamp;
            HlcStamp::parse(change.hlc, &stamp);
            if (stamp.clientId != req.clientId)
                bad(QStringLiteral("change stamped '%1' does not come from client %2")
                        .arg(change.hlc, req.clientId));
            mutation.changes << change;
            if (++changes > kMaxChangesPerPush)
                bad(QStringLiteral("push: more than %1 changes").arg(kMaxChangesPerPush));
        }
        if (mutation.changes.isEmpty())
            bad(QStringLiteral("mutation %1 has no changes").arg(mutation.id));
        if (!req.mutations.isEmpty() && mutation.id != req.mutations.last().id + 1)
            bad(QStringLiteral("push: mutation %1 follows %2; numbers must rise by one")
                    .arg(mutation.id)
                    .arg(req.mutations.last().id));
        req.mutations << mutation;
    }
    return req;
}

QByteArray encode(const PushRequest &req)
{
    QJsonArray mutations;
    for (const Mutation &m : req.mutations) {
        QJsonArray changes;
        for (const Change &c : m.changes)
            changes << QJsonObject{{QStringLiteral("entity"), c.entity},
                                   {QStringLiteral("record_id"), c.recordId},
                                   {QStringLiteral("field"), c.field},
                                   {QStringLiteral("value"), c.value},
                                   {QStringLiteral("hlc"), c.hlc}};
        mutations << QJsonObject{{QStringLiteral("id"), m.id},
                                 {QStringLiteral("changes"), changes}};
    }
    return compact({{QStringLiteral("client_id"), req.clientId},
                    {QStringLiteral("cursor"), req.cursor},
                    {QStringLiteral("mutations"), mutations}});
}

PushReply decodePushReply(const QByteArray &json)
{
    const QJsonObject o = parseObject(json);
    const Reader r(o, QStringLiteral("push reply"),
                   {QStringLiteral("version"), QStringLiteral("last_mutation"),
                    QStringLiteral("applied"), QStringLiteral("duplicates")});
    return {r.integer(QStringLiteral("version")), r.integer(QStringLiteral("last_mutation")),
            int(r.integer(QStringLiteral("applied"))),
            int(r.integer(QStringLiteral("duplicates")))};
}

QByteArray encode(const PushReply &reply)
{
    return compact({{QStringLiteral("version"), reply.version},
                    {QStringLiteral("last_mutation"), reply.lastMutation},
                    {QStringLiteral("applied"), reply.applied},
                    {QStringLiteral("duplicates"), reply.duplicates}});
}

PullPage decodePullPage(const QByteArray &json)
{
    const QJsonObject o = parseObject(json);
    const Reader r(o, QStringLiteral("pull"),
                   {QStringLiteral("epoch"), QStringLiteral("version"), QStringLiteral("records"),
                    QStringLiteral("next"), QStringLiteral("more")});
    PullPage page;
    page.epoch = r.string(QStringLiteral("epoch"));
    page.version = r.integer(QStringLiteral("version"));
    page.next = r.integer(QStringLiteral("next"));
    page.more = r.boolean(QStringLiteral("more"));
    for (const QJsonValue &v : r.array(QStringLiteral("records"))) {
        const QJsonObject ro = asObject(v, QStringLiteral("a record"));
        const Reader rec(ro, QStringLiteral("record"),
                         {QStringLiteral("entity"), QStringLiteral("id"), QStringLiteral("version"),
                          QStringLiteral("deleted"), QStringLiteral("fields"),
                          QStringLiteral("hlc")},
                         {QStringLiteral("gone")});
        Record record{rec.string(QStringLiteral("entity")),
                      rec.string(QStringLiteral("id")),
                      rec.integer(QStringLiteral("version")),
                      rec.boolean(QStringLiteral("deleted")),
                      rec.object(QStringLiteral("fields")),
                      rec.string(QStringLiteral("hlc")),
                      rec.has(QStringLiteral("gone")) && rec.boolean(QStringLiteral("gone"))};
        const EntityDef &def = entity(record.entity);
        if (!isUuid(record.id))
            bad(QStringLiteral("pull: '%1' is not a record id").arg(record.id));
        for (auto it = record.fields.begin(); it != record.fields.end(); ++it) {
            const FieldDef *f = def.field(it.key());
            if (!f)
                bad(QStringLiteral("pull: %1 has no field '%2'").arg(record.entity, it.key()));
            fromJson(*f, it.value());
        }
        page.records << record;
    }
    return page;
}

QByteArray encode(const PullPage &page)
{
    QJsonArray records;
    for (const Record &r : page.records) {
        QJsonObject o{
            {QStringLiteral("entity"), r.entity},   {QStringLiteral("id"), r.id},
            {QStringLiteral("version"), r.version}, {QStringLiteral("deleted"), r.deleted},
            {QStringLiteral("fields"), r.fields},   {QStringLiteral("hlc"), r.hlc}};
        if (r.gone)
            o.insert(QStringLiteral("gone"), true);
        records << o;
    }
    return compact({{QStringLiteral("epoch"), page.epoch},
                    {QStringLiteral("version"), page.version},
                    {QStringLiteral("records"), records},
                    {QStringLiteral("next"), page.next},
                    {QStringLiteral("more"), page.more}});
}

LoginRequest decodeLoginRequest(const QByteArray &json)
{
    const QJsonObject o = parseObject(json);
    const Reader r(o, QStringLiteral("login"), {QStringLiteral("user"), QStringLiteral("password")},
                   {QStringLiteral("device"), QStringLiteral("workspace")});
    LoginRequest req{
        r.string(QStringLiteral("user")), r.string(QStringLiteral("password")), {}, {}};
    if (r.has(QStringLiteral("device")))
        req.device = r.string(QStringLiteral("device")).left(100);
    if (r.has(QStringLiteral("workspace")))
        req.workspace = r.string(QStringLiteral("workspace"));
    return req;
}

QByteArray encode(const LoginRequest &req)
{
    QJsonObject o{{QStringLiteral("user"), req.user},
                  {QStringLiteral("password"), req.password},
                  {QStringLiteral("device"), req.device}};
    // Left out when empty, so that a server without workspaces still takes the login.
    if (!req.workspace.isEmpty())
        o.insert(QStringLiteral("workspace"), req.workspace);
    return compact(o);
}

LoginReply decodeLoginReply(const QByteArray &json)
{
    const QJsonObject o = parseObject(json);
    const Reader r(o, QStringLiteral("login reply"),
                   {QStringLiteral("token"), QStringLiteral("user_id"), QStringLiteral("person_id"),
                    QStringLiteral("role"), QStringLiteral("workspace"), QStringLiteral("epoch")});
    return {r.string(QStringLiteral("token")),
            r.string(QStringLiteral("user_id")),
            r.string(QStringLiteral("person_id")),
            parseText<Role>(r.string(QStringLiteral("role")), QStringLiteral("login reply: role")),
            r.string(QStringLiteral("workspace")),
            r.string(QStringLiteral("epoch"))};
}

QByteArray encode(const LoginReply &reply)
{
    return compact({{QStringLiteral("token"), reply.token},
                    {QStringLiteral("user_id"), reply.userId},
                    {QStringLiteral("person_id"), reply.personId},
                    {QStringLiteral("role"), toText(reply.role)},
                    {QStringLiteral("workspace"), reply.workspace},
                    {QStringLiteral("epoch"), reply.epoch}});
}

namespace {
QStringList strings(const QJsonArray &array, const QString &what)
{
    QStringList out;
    for (const QJsonValue &v : array) {
        if (!v.isString())
            bad(QStringLiteral("%1 must hold strings only").arg(what));
        out << v.toString();
    }
    return out;
}
} // namespace

PrincipalsRequest decodePrincipalsRequest(const QByteArray &json)
{
    const QJsonObject o = parseObject(json);
    const Reader r(o, QStringLiteral("principals"),
                   {QStringLiteral("user"), QStringLiteral("principals")});
    return {r.string(QStringLiteral("user")),
            strings(r.array(QStringLiteral("principals")), QStringLiteral("'principals'"))};
}

QByteArray encode(const PrincipalsRequest &request)
{
    return compact(
        {{QStringLiteral("user"), request.user},
         {QStringLiteral("principals"), QJsonArray::fromStringList(request.principals)}});
}

PrincipalsReply decodePrincipalsReply(const QByteArray &json)
{
    const QJsonObject o = parseObject(json);
    const Reader r(
        o, QStringLiteral("principals reply"),
        {QStringLiteral("user"), QStringLiteral("principals"), QStringLiteral("version")});
    return {r.string(QStringLiteral("user")),
            strings(r.array(QStringLiteral("principals")), QStringLiteral("'principals'")),
            r.integer(QStringLiteral("version"))};
}

QByteArray encode(const PrincipalsReply &reply)
{
    return compact({{QStringLiteral("user"), reply.user},
                    {QStringLiteral("principals"), QJsonArray::fromStringList(reply.principals)},
                    {QStringLiteral("version"), reply.version}});
}

namespace {
const QString kDavPort = QStringLiteral("dav_port");

AppPassword appPasswordFrom(const Reader &r)
{
    return {r.string(QStringLiteral("id")),
            r.string(QStringLiteral("label")),
            r.integer(QStringLiteral("created_at")),
            {}};
}

QJsonObject appPasswordObject(const AppPassword &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("label"), a.label},
            {QStringLiteral("created_at"), a.createdAt}};
}

int davPortOf(const Reader &r)
{
    if (!r.has(kDavPort))
        return 0;
    const qint64 port = r.integer(kDavPort, 1);
    if (port > 65535)
        bad(QStringLiteral("'dav_port' must be a port number"));
    return int(port);
}
} // namespace

AppPasswordsReply decodeAppPasswords(const QByteArray &json)
{
    const QJsonObject o = parseObject(json);
    const Reader r(o, QStringLiteral("app passwords"), {QStringLiteral("app_passwords")},
                   {kDavPort});
    AppPasswordsReply reply;
    for (const QJsonValue &v : r.array(QStringLiteral("app_passwords"))) {
        const QJsonObject item = asObject(v, QStringLiteral("an app password"));
        reply.appPasswords << appPasswordFrom(
            Reader(item, QStringLiteral("app password"),
                   {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("created_at")}));
    }
    reply.davPort = davPortOf(r);
    return reply;
}

QByteArray encode(const AppPasswordsReply &reply)
{
    QJsonArray list;
    for (const AppPassword &a : reply.appPasswords)
        list << appPasswordObject(a);
    QJsonObject o{{QStringLiteral("app_passwords"), list}};
    if (reply.davPort > 0)
        o.insert(kDavPort, reply.davPort);
    return compact(o);
}

AppPasswordsReply decodeNewAppPassword(const QByteArray &json)
{
    const QJsonObject o = parseObject(json);
    const Reader r(o, QStringLiteral("new app password"),
                   {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("created_at"),
                    QStringLiteral("password")},
                   {kDavPort});
    AppPassword made = appPasswordFrom(r);
    made.password = r.string(QStringLiteral("password"));
    if (made.password.isEmpty())
        bad(QStringLiteral("new app password: 'password' is empty"));
    return {{made}, davPortOf(r)};
}

QByteArray encodeNewAppPassword(const AppPassword &made, int davPort)
{
    QJsonObject o = appPasswordObject(made);
    o.insert(QStringLiteral("password"), made.password);
    if (davPort > 0)
        o.insert(kDavPort, davPort);
    return compact(o);
}

ErrorReply decodeErrorReply(const QByteArray &json)
{
    const QJsonObject o = parseObject(json);
    const Reader r(o, QStringLiteral("error reply"), {QStringLiteral("error")});
    const QJsonObject e = r.object(QStringLiteral("error"));
    const Reader er(e, QStringLiteral("error"), {QStringLiteral("code"), QStringLiteral("message")},
                    {QStringLiteral("expected_mutation")});
    ErrorReply reply{er.string(QStringLiteral("code")), er.string(QStringLiteral("message"))};
    if (er.has(QStringLiteral("expected_mutation")))
        reply.expectedMutation = er.integer(QStringLiteral("expected_mutation"), 1);
    return reply;
}

QByteArray encode(const ErrorReply &error)
{
    QJsonObject e{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
    if (error.expectedMutation >= 0)
        e.insert(QStringLiteral("expected_mutation"), error.expectedMutation);
    return compact({{QStringLiteral("error"), e}});
}

namespace {
// The one kind of poke so far; a poke of another type is refused, not guessed at.
const QString kVersionPoke = QStringLiteral("version");
} // namespace

qint64 decodePoke(const QByteArray &json)
{
    const QJsonObject o = parseObject(json);
    const Reader r(o, QStringLiteral("poke"), {QStringLiteral("type"), QStringLiteral("version")});
    if (r.string(QStringLiteral("type")) != kVersionPoke)
        bad(QStringLiteral("poke: unknown type"));
    return r.integer(QStringLiteral("version"));
}

QByteArray encodePoke(qint64 version)
{
    return compact({{QStringLiteral("type"), kVersionPoke}, {QStringLiteral("version"), version}});
}

} // namespace spil::protocol
