// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/DavHandler.h"

#include "core/common/Error.h"
#include "sync/server/SyncError.h"
#include "sync/server/SyncService.h"

#include <QTimer>
#include <QUrl>
#include <limits>

namespace spil::server {

namespace {
const QString kRoot = QStringLiteral("/dav/");
const QByteArray kXml = "application/xml; charset=utf-8";
const QByteArray kIcs = "text/calendar; charset=utf-8";

QString enc(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}
QString principalPath(const QString &user)
{
    return kRoot + QStringLiteral("principals/") + enc(user) + QLatin1Char('/');
}
QString homePath(const QString &user)
{
    return kRoot + QStringLiteral("calendars/") + enc(user) + QLatin1Char('/');
}
QString collectionPath(const QString &user, const QString &slug)
{
    return homePath(user) + enc(slug) + QLatin1Char('/');
}

DavResponse answer(int status, const QByteArray &body = {}, const QByteArray &type = kXml)
{
    DavResponse r;
    r.status = status;
    r.body = body;
    if (!body.isEmpty())
        r.setHeader("Content-Type", type);
    return r;
}

DavResponse refusal(int status, const QString &sentence, const QString &condition = {})
{
    return answer(status, davError(condition, sentence));
}

DavResponse multistatus(Multistatus &m)
{
    return answer(207, m.finish());
}

// The tags of an If-Match or If-None-Match header: "*" or quoted tags, weak or not.
bool matches(const QByteArray &header, const QByteArray &etag)
{
    for (QByteArray tag : header.split(',')) {
        tag = tag.trimmed();
        if (tag == "*")
            return true;
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == etag)
            return true;
    }
    return false;
}

DavProp text(const QString &ns, const char *name, const QString &value)
{
    return DavProp{davName(ns, QLatin1String(name)), value.toUtf8(), {}};
}

DavProp hrefProp(const QString &ns, const char *name, const QString &path)
{
    return DavProp{
        davName(ns, QLatin1String(name)), {}, [path](XmlOut &w) { Multistatus::href(w, path); }};
}

DavProp elements(const QString &ns, const char *name, const QStringList &children)
{
    return DavProp{davName(ns, QLatin1String(name)), {}, [children](XmlOut &w) {
                       for (const QString &c : children)
                           w.empty(c);
                   }};
}

DavProp privileges(bool writable)
{
    QStringList names{QStringLiteral("read")};
    if (writable)
        names << QStringLiteral("write") << QStringLiteral("write-content")
              << QStringLiteral("bind") << QStringLiteral("unbind");
    return DavProp{
        davName(kDavNs, QStringLiteral("current-user-privilege-set")), {}, [names](XmlOut &w) {
            for (const QString &n : names) {
                w.start(davName(kDavNs, QStringLiteral("privilege")));
                w.empty(davName(kDavNs, n));
                w.end();
            }
        }};
}

DavProp reports()
{
    return DavProp{davName(kDavNs, QStringLiteral("supported-report-set")), {}, [](XmlOut &w) {
                       for (const QString &r :
                            {davName(kCalDavNs, QStringLiteral("calendar-multiget")),
                             davName(kCalDavNs, QStringLiteral("calendar-query")),
                             davName(kDavNs, QStringLiteral("sync-collection"))}) {
                           w.start(davName(kDavNs, QStringLiteral("supported-report")));
                           w.start(davName(kDavNs, QStringLiteral("report")));
                           w.empty(r);
                           w.end();
                           w.end();
                       }
                   }};
}

// The properties asked for, split into those the node has and those it has not; allprop
// gives every property but the expensive ones (calendar-data).
void answerProps(Multistatus &m, const QString &href, const QList<DavProp> &has, const DavQuery &q)
{
    if (q.propNames) {
        QList<DavProp> names;
        for (const DavProp &p : has)
            names << DavProp{p.name, {}, {}};
        m.response(href, names, {});
        return;
    }
    if (q.allProps) {
        m.response(href, has, {});
        return;
    }
    QList<DavProp> found;
    QStringList missing;
    for (const QString &name : q.props) {
        bool got = false;
        for (const DavProp &p : has) {
            if (p.name == name) {
                found << p;
                got = true;
                break;
            }
        }
        if (!got)
            missing << name;
    }
    m.response(href, found, missing);
}

bool wants(const DavQuery &q, const QString &ns, const char *name)
{
    return q.props.contains(davName(ns, QLatin1String(name)));
}
} // namespace

struct DavHandler::Target {
    enum Kind { WellKnown, Root, Principal, Home, Collection, Resource, Unknown } kind = Unknown;
    QString user;
    QString slug;
    QString name;
};

DavResponse DavHandler::handle(const DavRequest &request)
{
    // What other processes committed (an admin command, another instance) is seen by the
    // next request, as on the sync port.
    struct EndReads {
        ServerStorage &storage;
        ~EndReads() { storage.endReads(); }
    } endReads{m_service.storage()};
    m_service.storage().endReads();
    const qsizetype query = request.target.indexOf('?');
    const QByteArray path = query < 0 ? request.target : request.target.first(query);
    Target t;
    QStringList parts;
    for (const QByteArray &p : path.split('/')) {
        if (!p.isEmpty())
            parts << QUrl::fromPercentEncoding(p);
    }
    if (parts.value(0) == QStringLiteral(".well-known") && parts.size() == 2 &&
        parts[1] == QStringLiteral("caldav")) {
        DavResponse r = answer(301);
        r.setHeader("Location", kRoot.toUtf8());
        return r;
    }
    if (parts.isEmpty() || (parts.size() == 1 && parts[0] == QStringLiteral("dav")))
        t.kind = Target::Root;
    else if (parts[0] == QStringLiteral("dav") && parts.size() == 3 &&
             parts[1] == QStringLiteral("principals"))
        t.kind = Target::Principal;
    else if (parts[0] == QStringLiteral("dav") && parts.size() >= 3 && parts.size() <= 5 &&
             parts[1] == QStringLiteral("calendars"))
        t.kind = parts.size() == 3   ? Target::Home
                 : parts.size() == 4 ? Target::Collection
                                     : Target::Resource;
    t.user = parts.value(2);
    t.slug = parts.value(3);
    t.name = parts.value(4);

    if (request.method == "OPTIONS") {
        DavResponse r = answer(200);
        r.setHeader("DAV", "1, 3, calendar-access");
        r.setHeader("Allow", "OPTIONS, GET, HEAD, PUT, DELETE, PROPFIND, PROPPATCH, REPORT");
        return r;
    }
    // Basic auth: the login name and an app password. Anything else is asked again.
    const QByteArray auth = request.header("authorization");
    std::optional<Session> session;
    if (auth.startsWith("Basic ") || auth.startsWith("basic ")) {
        const QByteArray pair = QByteArray::fromBase64(auth.mid(6).trimmed());
        const int colon = int(pair.indexOf(':'));
        if (colon > 0)
            session = m_service.authenticateAppPassword(QString::fromUtf8(pair.left(colon)),
                                                        QString::fromUtf8(pair.mid(colon + 1)));
    }
    if (!session) {
        DavResponse r = refusal(401, QStringLiteral("sign in with your login name and an app "
                                                    "password (spil-server app-password add)"));
        r.setHeader("WWW-Authenticate", "Basic realm=\"Spil\", charset=\"UTF-8\"");
        return r;
    }
    if (t.kind == Target::Unknown)
        return refusal(404, QStringLiteral("nothing here; calendars are under /dav/"));
    if (t.kind != Target::Root && t.user != session->user.name)
        return refusal(403, QStringLiteral("these are another user's calendars"),
                       davName(kDavNs, QStringLiteral("need-privileges")));
    try {
        return dispatch(request, *session, t);
    } catch (const SyncError &e) {
        return refusal(e.status, e.message);
    } catch (const Error &e) {
        if (e.kind() == ErrorKind::Storage)
            throw;
        return refusal(e.kind() == ErrorKind::NotFound  ? 404
                       : e.kind() == ErrorKind::Refused ? 403
                                                        : 400,
                       e.message());
    }
}

DavResponse DavHandler::dispatch(const DavRequest &request, const Session &session,
                                 const Target &target)
{
    const QByteArray &m = request.method;
    if (m == "PROPFIND")
        return propfind(request, session, target);
    if (m == "REPORT")
        return report(request, session, target);
    if (m == "GET" || m == "HEAD")
        return get(request, session, target);
    if (m == "PUT")
        return put(request, session, target);
    if (m == "DELETE")
        return remove(request, session, target);
    if (m == "PROPPATCH")
        return proppatch(request, session, target);
    if (m == "MKCALENDAR" || m == "MKCOL" || m == "MOVE" || m == "COPY")
        return refusal(403, QStringLiteral("Spil's calendars are fixed: their names, colours and "
                                           "number are Spil's"));
    DavResponse r = refusal(405, QStringLiteral("this method is not served here"));
    r.setHeader("Allow", "OPTIONS, GET, HEAD, PUT, DELETE, PROPFIND, PROPPATCH, REPORT");
    return r;
}

struct DavHandler::Found {
    QString path;    // empty: not there
    QString missing; // what is not there, as a 404 says it
    std::optional<DavCollection> collection;
    std::optional<DavResource> resource;
};

// The one lookup of PROPFIND and PROPPATCH: a calendar or resource the user may not read
// is not there.
DavHandler::Found DavHandler::find(const Target &target, const User &user, DavCalendars &calendars)
{
    Found out;
    switch (target.kind) {
    case Target::Root:
        out.path = kRoot;
        break;
    case Target::Principal:
        out.path = principalPath(user.name);
        break;
    case Target::Home:
        out.path = homePath(user.name);
        break;
    case Target::Collection:
        out.collection = calendars.collection(target.slug);
        if (out.collection)
            out.path = collectionPath(user.name, out.collection->slug);
        else
            out.missing = QStringLiteral("no such calendar");
        break;
    case Target::Resource:
        out.collection = calendars.collection(target.slug);
        if (out.collection)
            out.resource = calendars.resource(*out.collection, target.name);
        if (out.resource)
            out.path = collectionPath(user.name, out.collection->slug) + enc(out.resource->name);
        else
            out.missing = QStringLiteral("no such resource");
        break;
    default:
        out.missing = QStringLiteral("nothing here");
    }
    return out;
}

// A calendar app sets a colour, an order or a name once its user picks one (iOS and
// Thunderbird do): Spil's calendars keep theirs. Each property is refused on its own, 403
// in a 207 answer as RFC 4918 (9.2) has it, so that the app carries on with the calendar
// rather than failing the account.
DavResponse DavHandler::proppatch(const DavRequest &request, const Session &session,
                                  const Target &target)
{
    const auto query = readDavQuery(request.body);
    if (!query || query->root != davName(kDavNs, QStringLiteral("propertyupdate")) ||
        query->props.isEmpty())
        return refusal(400, QStringLiteral("the body is not a PROPPATCH request"));
    DavCalendars calendars(m_service.storage(), m_service.clock(), session.user, m_cache);
    const Found found = find(target, session.user, calendars);
    if (found.path.isEmpty())
        return refusal(404, found.missing);
    Multistatus m;
    m.response(found.path, {}, query->props, 403);
    return multistatus(m);
}

QString DavHandler::syncToken(const Session &session)
{
    return QStringLiteral("urn:spil:sync:%1:%2")
        .arg(m_service.storage().epoch())
        .arg(m_service.storage().currentVersion(session.user.workspace));
}

DavResponse DavHandler::propfind(const DavRequest &request, const Session &session,
                                 const Target &target)
{
    const QByteArray depth = request.header("depth").trimmed().toLower();
    if (!depth.isEmpty() && depth != "0" && depth != "1" && depth != "infinity")
        return refusal(400, QStringLiteral("Depth is 0, 1 or infinity"));
    const bool deep = depth != "0"; // infinity is taken as 1: the tree is two levels deep
    const auto query = readDavQuery(request.body);
    if (!query ||
        (!query->root.isEmpty() && query->root != davName(kDavNs, QStringLiteral("propfind"))))
        return refusal(400, QStringLiteral("the body is not a PROPFIND request"));
    const User &user = session.user;
    DavCalendars calendars(m_service.storage(), m_service.clock(), user, m_cache);
    const DavProp principal = hrefProp(kDavNs, "current-user-principal", principalPath(user.name));
    const QString token = syncToken(session);
    const QString version = token.section(QLatin1Char(':'), -1);

    const auto collectionProps = [&](const DavCollection &c) {
        const bool events = c.holds == DavCollection::Holds::Events;
        QList<DavProp> props{
            elements(kDavNs, "resourcetype",
                     {davName(kDavNs, QStringLiteral("collection")),
                      davName(kCalDavNs, QStringLiteral("calendar"))}),
            text(kDavNs, "displayname", c.displayName),
            principal,
            DavProp{davName(kCalDavNs, QStringLiteral("supported-calendar-component-set")),
                    {},
                    [events](XmlOut &w) {
                        w.start(davName(kCalDavNs, QStringLiteral("comp")));
                        w.attribute("name", events ? u"VEVENT" : u"VTODO");
                        w.end();
                    }},
            text(kCalServerNs, "getctag", version),
            text(kDavNs, "sync-token", token),
            privileges(true),
            reports(),
        };
        for (const User &u : m_service.storage().users(user.workspace)) {
            if (u.personId == c.person)
                props << hrefProp(kDavNs, "owner", principalPath(u.name));
        }
        return props;
    };
    const auto resourceProps = [&](const DavCollection &c, const DavResource &r, bool withData) {
        QList<DavProp> props{
            text(kDavNs, "getetag", QString::fromLatin1(r.etag())),
            text(kDavNs, "getcontenttype",
                 c.holds == DavCollection::Holds::Events
                     ? QStringLiteral("text/calendar; charset=utf-8; component=VEVENT")
                     : QStringLiteral("text/calendar; charset=utf-8; component=VTODO")),
            elements(kDavNs, "resourcetype", {}),
        };
        if (withData)
            props << DavProp{
                davName(kCalDavNs, QStringLiteral("calendar-data")), calendars.text(c, r), {}};
        return props;
    };

    const Found found = find(target, user, calendars);
    if (found.path.isEmpty())
        return refusal(404, found.missing);
    Multistatus m;
    switch (target.kind) {
    case Target::Root:
        answerProps(
            m, found.path,
            {elements(kDavNs, "resourcetype", {davName(kDavNs, QStringLiteral("collection"))}),
             text(kDavNs, "displayname", QStringLiteral("Spil")), principal},
            *query);
        return multistatus(m);
    case Target::Principal: {
        QList<DavProp> props{
            elements(kDavNs, "resourcetype", {davName(kDavNs, QStringLiteral("principal"))}),
            text(kDavNs, "displayname", calendars.personName(user.personId)),
            principal,
            hrefProp(kDavNs, "principal-URL", principalPath(user.name)),
            hrefProp(kCalDavNs, "calendar-home-set", homePath(user.name)),
        };
        const auto person =
            m_service.storage().record(user.workspace, QStringLiteral("people"), user.personId);
        const QString email =
            person ? person->fields.value(QStringLiteral("email")).toString() : QString();
        if (!email.isEmpty())
            props << hrefProp(kCalDavNs, "calendar-user-address-set",
                              QStringLiteral("mailto:") + email);
        answerProps(m, found.path, props, *query);
        return multistatus(m);
    }
    case Target::Home: {
        answerProps(
            m, found.path,
            {elements(kDavNs, "resourcetype", {davName(kDavNs, QStringLiteral("collection"))}),
             text(kDavNs, "displayname", calendars.personName(user.personId)), principal,
             hrefProp(kDavNs, "owner", principalPath(user.name)), privileges(false)},
            *query);
        if (deep) {
            for (const DavCollection &c : calendars.collections())
                answerProps(m, collectionPath(user.name, c.slug), collectionProps(c), *query);
        }
        return multistatus(m);
    }
    case Target::Collection: {
        const DavCollection &c = *found.collection;
        answerProps(m, found.path, collectionProps(c), *query);
        if (deep) {
            const bool data = wants(*query, kCalDavNs, "calendar-data");
            for (const DavResource &r : calendars.resources(c))
                answerProps(m, found.path + enc(r.name), resourceProps(c, r, data), *query);
        }
        return multistatus(m);
    }
    case Target::Resource:
        answerProps(m, found.path,
                    resourceProps(*found.collection, *found.resource,
                                  wants(*query, kCalDavNs, "calendar-data")),
                    *query);
        return multistatus(m);
    default:
        return refusal(404, found.missing);
    }
}

DavResponse DavHandler::report(const DavRequest &request, const Session &session,
                               const Target &target)
{
    const auto query = readDavQuery(request.body);
    if (!query)
        return refusal(400, QStringLiteral("the body is not a REPORT request"));
    if (target.kind != Target::Collection)
        return refusal(403, QStringLiteral("reports are made of a calendar"),
                       davName(kDavNs, QStringLiteral("supported-report")));
    DavCalendars calendars(m_service.storage(), m_service.clock(), session.user, m_cache);
    const auto c = calendars.collection(target.slug);
    if (!c)
        return refusal(404, QStringLiteral("no such calendar"));
    const QString base = collectionPath(session.user.name, c->slug);
    const QString component = c->holds == DavCollection::Holds::Events ? QStringLiteral("VEVENT")
                                                                       : QStringLiteral("VTODO");
    // Only events recur: a task list is sent as it is.
    DavCalendars::Shape shape;
    if (query->expand && c->holds == DavCollection::Holds::Events)
        shape.expand = IcsExpansion{query->expand->first, query->expand->second};
    else if (query->limitRecurrence && c->holds == DavCollection::Holds::Events)
        shape.limit = IcsExpansion{query->limitRecurrence->first, query->limitRecurrence->second};
    // Per resource, of which a first sync has thousands: names and choices made once.
    static const QString getetag = davName(kDavNs, QStringLiteral("getetag"));
    static const QString calendarData = davName(kCalDavNs, QStringLiteral("calendar-data"));
    static const QString contentType = davName(kDavNs, QStringLiteral("getcontenttype"));
    const bool withData = query->allProps || wants(*query, kCalDavNs, "calendar-data");
    // Expanded, a resource may hold nothing in the window (a series whose instances there
    // were all cancelled or moved away, a one-off outside it): a calendar-query leaves it out,
    // and one asked for by name (multiget, sync) goes whole, as a calendar without a
    // component is no iCalendar object (RFC 5545, 3.4).
    const auto props = [&](const DavResource &r, bool named) -> std::optional<QList<DavProp>> {
        QList<DavProp> out{DavProp{getetag, r.etag(), {}}};
        if (withData) {
            QByteArray data = calendars.text(*c, r, shape);
            if (shape.expand && !data.contains("BEGIN:VEVENT")) {
                if (!named)
                    return std::nullopt;
                data = calendars.text(*c, r);
            }
            out << DavProp{calendarData, data, {}};
        }
        out << DavProp{contentType, QByteArrayLiteral("text/calendar; charset=utf-8"), {}};
        return out;
    };
    Multistatus m;
    if (query->root == davName(kCalDavNs, QStringLiteral("calendar-multiget"))) {
        // Each href looked up by itself (the cache holds the calendar), as GET does.
        const QString decodedBase = QUrl::fromPercentEncoding(base.toUtf8());
        for (const QString &href : query->hrefs) {
            const QString path = QUrl(href).path(QUrl::FullyDecoded);
            const auto r = path.startsWith(decodedBase)
                               ? calendars.resource(*c, path.mid(decodedBase.size()))
                               : std::nullopt;
            if (r)
                answerProps(m, base + enc(r->name), *props(*r, true), *query);
            else
                m.status(href, 404);
        }
        return multistatus(m);
    }
    if (query->root == davName(kCalDavNs, QStringLiteral("calendar-query"))) {
        // Another component than the calendar holds matches nothing.
        const bool other = !query->components.isEmpty() && !query->components.contains(component);
        if (!other) {
            const bool ranged =
                (query->rangeStart || query->rangeEnd) && c->holds == DavCollection::Holds::Events;
            const qint64 from = query->rangeStart.value_or(std::numeric_limits<qint64>::min());
            const qint64 to = query->rangeEnd.value_or(std::numeric_limits<qint64>::max());
            for (const DavResource &r : calendars.resources(*c)) {
                if (ranged && !r.overlaps(from, to))
                    continue;
                if (const auto found = props(r, false))
                    answerProps(m, base + enc(r.name), *found, *query);
            }
        }
        return multistatus(m);
    }
    if (query->root == davName(kDavNs, QStringLiteral("sync-collection"))) {
        ServerStorage &storage = m_service.storage();
        const QString workspace = session.user.workspace;
        qint64 since = 0;
        if (query->syncToken && !query->syncToken->isEmpty()) {
            const QStringList parts = query->syncToken->split(QLatin1Char(':'));
            const ServerStorage::Position at = storage.position(workspace);
            bool ok = false;
            since = parts.value(4).toLongLong(&ok);
            if (parts.size() != 5 ||
                parts.mid(0, 3).join(QLatin1Char(':')) != QStringLiteral("urn:spil:sync") ||
                parts[3] != at.epoch || !ok || since < at.horizon || since > at.version ||
                since < session.user.resyncAt)
                return refusal(403,
                               QStringLiteral("this sync token is not valid any more; "
                                              "sync again from the start"),
                               davName(kDavNs, QStringLiteral("valid-sync-token")));
        }
        const QString token = syncToken(session);
        for (const DavResource &r : calendars.resources(*c, since)) {
            if (r.version > since)
                answerProps(m, base + enc(r.name), *props(r, true), *query);
        }
        if (since > 0) {
            for (const DavResource &r : calendars.removedSince(*c, since))
                m.status(base + enc(r.name), 404);
        }
        m.syncToken(token);
        return multistatus(m);
    }
    return refusal(403, QStringLiteral("this report is not served"),
                   davName(kDavNs, QStringLiteral("supported-report")));
}

DavResponse DavHandler::get(const DavRequest &request, const Session &session, const Target &target)
{
    if (target.kind != Target::Resource)
        return refusal(405, QStringLiteral("only a calendar's resources are read with GET"));
    DavCalendars calendars(m_service.storage(), m_service.clock(), session.user, m_cache);
    const auto c = calendars.collection(target.slug);
    const auto r = c ? calendars.resource(*c, target.name) : std::nullopt;
    if (!r)
        return refusal(404, QStringLiteral("no such resource"));
    DavResponse out;
    out.setHeader("ETag", r->etag());
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (!ifNoneMatch.isEmpty() && matches(ifNoneMatch, r->etag())) {
        out.status = 304;
        return out;
    }
    out.body = calendars.text(*c, *r);
    out.setHeader("Content-Type", kIcs);
    return out;
}

DavResponse DavHandler::put(const DavRequest &request, const Session &session, const Target &target)
{
    if (target.kind != Target::Resource)
        return refusal(405, QStringLiteral("PUT a resource into a calendar: .../UID.ics"));
    DavCalendars calendars(m_service.storage(), m_service.clock(), session.user, m_cache);
    const auto c = calendars.collection(target.slug);
    if (!c)
        return refusal(404, QStringLiteral("no such calendar"));
    if (!target.name.endsWith(QStringLiteral(".ics")))
        return refusal(400, QStringLiteral("a resource's name ends in .ics"));
    const auto existing = calendars.resource(*c, target.name);
    const QByteArray ifMatch = request.header("if-match");
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if ((!ifMatch.isEmpty() && (!existing || !matches(ifMatch, existing->etag()))) ||
        (!ifNoneMatch.isEmpty() && existing && matches(ifNoneMatch, existing->etag())))
        return refusal(412, QStringLiteral("the resource changed since it was read; read it "
                                           "again"));
    const DavWrites::Outcome done = m_writes.put(session, calendars, *c, existing, request.body);
    DavResponse out = answer(done.created ? 201 : 204);
    DavCalendars after(m_service.storage(), m_service.clock(), session.user, m_cache);
    if (const auto now = after.resource(*c, target.name)) {
        out.setHeader("ETag", now->etag());
        if (done.changed)
            keepTextSoon(session.user, *c, now->name);
    }
    return out;
}

// Written once the event loop is back, the answer queued, as a file server stores what it
// is sent: the writer's other calendar apps read it next, and a first sync then serves kept
// texts. The writer does not wait for it.
void DavHandler::keepTextSoon(const User &user, const DavCollection &collection,
                              const QString &name)
{
    QTimer::singleShot(0, &m_later, [this, user, collection, name] {
        ServerStorage &storage = m_service.storage();
        try {
            storage.endReads();
            DavCalendars calendars(storage, m_service.clock(), user, m_cache);
            if (const auto now = calendars.resource(collection, name))
                calendars.text(collection, *now);
        } catch (const std::exception &e) {
            // Only a cache left unfilled: the next read writes the text itself.
            qWarning("spil-server: a CalDAV text was not kept: %s", e.what());
        }
        // Whatever happened, no read stays open for the timers that run next.
        try {
            storage.endReads();
        } catch (const std::exception &e) {
            qWarning("spil-server: %s", e.what());
        }
    });
}

DavResponse DavHandler::remove(const DavRequest &request, const Session &session,
                               const Target &target)
{
    if (target.kind != Target::Resource)
        return refusal(403, QStringLiteral("Spil's calendars cannot be removed"));
    DavCalendars calendars(m_service.storage(), m_service.clock(), session.user, m_cache);
    const auto c = calendars.collection(target.slug);
    const auto r = c ? calendars.resource(*c, target.name) : std::nullopt;
    if (!r)
        return refusal(404, QStringLiteral("no such resource"));
    const QByteArray ifMatch = request.header("if-match");
    if (!ifMatch.isEmpty() && !matches(ifMatch, r->etag()))
        return refusal(412, QStringLiteral("the resource changed since it was read; read it "
                                           "again"));
    m_writes.remove(session, calendars, *c, *r);
    return answer(204);
}

} // namespace spil::server
