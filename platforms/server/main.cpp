// SPDX-License-Identifier: GPL-3.0-or-later
// spil-server: the sync server. See docs/sync-protocol.md and docs/operations.md.
#include "core/common/Clock.h"
#include "core/common/Console.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "sync/server/Admin.h"
#include "sync/server/AppPasswords.h"
#include "sync/server/CalendarFeed.h"
#include "sync/server/DavHandler.h"
#include "sync/server/DavServer.h"
#include "sync/server/FileService.h"
#include "sync/server/HttpApi.h"
#include "sync/server/OpenStorage.h"
#include "sync/server/SyncService.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>
#include <cstdio>
#include <memory>
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace spil;
using namespace spil::server;

namespace {
const char *kUsage =
    "usage:\n"
    "  spil-server init --db DB [--demo]\n"
    "  spil-server workspace add NAME --db DB [--demo]\n"
    "  spil-server workspace list --db DB\n"
    "  spil-server user add NAME --role director|assistant|office-manager|staff|admin\n"
    "                   [--principal NAME]... [--name \"Full Name\"] [--tz ZONE] --password-stdin "
    "--db DB\n"
    "  spil-server user set-principals NAME [DIRECTOR]... --db DB\n"
    "  spil-server user list --db DB\n"
    "  spil-server device list --db DB --user NAME\n"
    "  spil-server device revoke DEVICE_ID --db DB\n"
    "  spil-server feed-token replace|revoke NAME --db DB   (a user's calendar feed link)\n"
    "  spil-server app-password add NAME [--label TEXT] --db DB   (a calendar app's password)\n"
    "  spil-server app-password list NAME --db DB\n"
    "  spil-server app-password revoke NAME ID --db DB\n"
    "  spil-server compact --db DB --before VERSION [--file-grace SECONDS]\n"
    "  spil-server visitors forget --db DB [--now YYYY-MM-DDTHH:MM]   (visitor names past "
    "the office's retention)\n"
    "  spil-server new-epoch --db DB     (after restoring a backup: every device starts over)\n"
    "  spil-server serve --db DB --listen 127.0.0.1:PORT [--tls-cert F --tls-key F]\n"
    "                   [--token-ttl SECONDS] [--max-connections N]\n"
    "                   [--max-connections-per-address N] [--idle-timeout SECONDS]\n"
    "                   [--request-timeout SECONDS] [--ping-interval SECONDS]\n"
    "                   [--max-file-mb N] [--max-workspace-mb N] [--file-grace SECONDS]\n"
    "                   [--file-gc-interval SECONDS] [--dav-port N [--dav-insecure]]\n"
    "DB is a SQLite file, or postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME for several\n"
    "instances over one PostgreSQL database. user, device and compact act on the default\n"
    "workspace unless --workspace NAME says another.\n";

struct ServerOptions {
    QStringList words;
    QMultiHash<QString, QString> options;
    QStringList flags;

    QString value(const QString &name) const { return options.value(name); }
    QString required(const QString &name) const
    {
        if (!options.contains(name))
            fail(ErrorKind::BadInput, QStringLiteral("--%1 is required").arg(name));
        return options.value(name);
    }
};

ServerOptions parse(const QStringList &argv)
{
    static const QStringList valued = {QStringLiteral("db"),
                                       QStringLiteral("role"),
                                       QStringLiteral("principal"),
                                       QStringLiteral("name"),
                                       QStringLiteral("tz"),
                                       QStringLiteral("user"),
                                       QStringLiteral("listen"),
                                       QStringLiteral("tls-cert"),
                                       QStringLiteral("tls-key"),
                                       QStringLiteral("token-ttl"),
                                       QStringLiteral("before"),
                                       QStringLiteral("workspace"),
                                       QStringLiteral("max-connections"),
                                       QStringLiteral("max-connections-per-address"),
                                       QStringLiteral("idle-timeout"),
                                       QStringLiteral("request-timeout"),
                                       QStringLiteral("ping-interval"),
                                       QStringLiteral("max-file-mb"),
                                       QStringLiteral("max-workspace-mb"),
                                       QStringLiteral("file-grace"),
                                       QStringLiteral("file-gc-interval"),
                                       QStringLiteral("label"),
                                       QStringLiteral("now"),
                                       QStringLiteral("dav-port")};
    static const QStringList flags = {QStringLiteral("demo"), QStringLiteral("password-stdin"),
                                      QStringLiteral("dav-insecure")};
    ServerOptions args;
    for (int i = 0; i < argv.size(); ++i) {
        const QString &w = argv[i];
        if (!w.startsWith(QStringLiteral("--"))) {
            args.words << w;
            continue;
        }
        const QString name = w.mid(2);
        if (flags.contains(name))
            args.flags << name;
        else if (valued.contains(name) && i + 1 < argv.size())
            args.options.insert(name, argv[++i]);
        else
            fail(ErrorKind::BadInput, QStringLiteral("unknown or incomplete option %1").arg(w));
    }
    return args;
}

// A whole number option of `serve` at least `minimum`, or the fallback when not given.
int count(const ServerOptions &args, const char *name, int fallback, int minimum)
{
    const QString option = QLatin1String(name);
    if (!args.options.contains(option))
        return fallback;
    bool ok = false;
    const int n = args.value(option).toInt(&ok);
    if (!ok || n < minimum)
        fail(ErrorKind::BadInput,
             QStringLiteral("--%1 takes a whole number from %2").arg(option).arg(minimum));
    return n;
}

// The file limits of serve and compact: sizes in MiB, times in seconds.
FileLimits fileLimits(const ServerOptions &args)
{
    FileLimits files;
    files.maxFileBytes = qint64(count(args, "max-file-mb", int(files.maxFileBytes >> 20), 1)) << 20;
    files.maxWorkspaceBytes =
        qint64(count(args, "max-workspace-mb", int(files.maxWorkspaceBytes >> 20), 1)) << 20;
    files.graceMs = qint64(count(args, "file-grace", int(files.graceMs / 1000), 0)) * 1000;
    return files;
}

int serve(const ServerOptions &args)
{
    const QString listen = args.required(QStringLiteral("listen"));
    const int colon = int(listen.lastIndexOf(QLatin1Char(':')));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon < 0 || !portOk || port > 65535 || address.isNull())
        fail(ErrorKind::BadInput,
             QStringLiteral("--listen takes ADDRESS:PORT, like 127.0.0.1:8470"));
    SyncService::Options options;
    if (args.options.contains(QStringLiteral("token-ttl")))
        options.tokenTtlMs = args.value(QStringLiteral("token-ttl")).toLongLong() * 1000;
    if (options.tokenTtlMs <= 0)
        fail(ErrorKind::BadInput, QStringLiteral("--token-ttl takes a number of seconds"));

    HttpApi::Options http;
    ConnectionLimits &limits = http.limits;
    limits.maxConnections = count(args, "max-connections", limits.maxConnections, 1);
    limits.maxPerAddress = count(args, "max-connections-per-address", limits.maxPerAddress, 0);
    limits.idleTimeoutMs = count(args, "idle-timeout", limits.idleTimeoutMs / 1000, 1) * 1000;
    limits.requestTimeoutMs =
        count(args, "request-timeout", limits.requestTimeoutMs / 1000, 1) * 1000;
    limits.headerTimeoutMs = std::min(limits.headerTimeoutMs, limits.requestTimeoutMs);
    http.pingIntervalMs = count(args, "ping-interval", http.pingIntervalMs / 1000, 1) * 1000;
    http.files = fileLimits(args);
    http.fileCollectionIntervalMs =
        count(args, "file-gc-interval", http.fileCollectionIntervalMs / 1000, 1) * 1000;
    // Each connection is a descriptor; the default soft limit (often 1024) would cap the
    // server far below what it can hold.
    raiseDescriptorLimit();

    // Checked before anything listens or opens.
    const bool tls = args.options.contains(QStringLiteral("tls-cert"));
    const bool wantsDav = args.options.contains(QStringLiteral("dav-port"));
    const int davPort = wantsDav ? count(args, "dav-port", 0, 0) : 0;
    if (davPort > 65535)
        fail(ErrorKind::BadInput, QStringLiteral("--dav-port takes a port number"));
    // Basic auth sends the app password with every request.
    if (wantsDav && !tls && !address.isLoopback() &&
        !args.flags.contains(QStringLiteral("dav-insecure")))
        fail(ErrorKind::BadInput,
             QStringLiteral("CalDAV sends passwords: give --tls-cert and --tls-key, listen on "
                            "127.0.0.1 behind a TLS proxy, or say --dav-insecure"));
    const auto storage = openStorage(args.required(QStringLiteral("db")));
    for (const Workspace &ws : storage->workspaces()) {
        if (const int n = restrictEarlyLetterCopies(*storage, ws.id))
            std::printf("spil-server: %d sent letters' archive copies in %s restricted to the "
                        "director's side\n",
                        n, qPrintable(ws.name));
    }
    SystemClock clock;
    SyncService service(*storage, clock, options);
    HttpApi api(service, http);
    const quint16 bound = api.listen(address, quint16(port), args.value(QStringLiteral("tls-cert")),
                                     args.value(QStringLiteral("tls-key")));
    if (bound == 0)
        fail(ErrorKind::Storage, QStringLiteral("cannot listen on %1").arg(listen));
    std::unique_ptr<DavHandler> davHandler;
    std::unique_ptr<DavServer> dav;
    if (wantsDav) {
        davHandler = std::make_unique<DavHandler>(service);
        dav = std::make_unique<DavServer>(
            [h = davHandler.get()](const DavRequest &r) { return h->handle(r); },
            DavServer::Options{});
        const quint16 davBound =
            dav->listen(address, quint16(davPort), args.value(QStringLiteral("tls-cert")),
                        args.value(QStringLiteral("tls-key")));
        if (davBound == 0)
            fail(ErrorKind::Storage, dav->error());
        api.setDavPort(davBound);
        std::printf("spil-server CalDAV on %s://%s:%u/\n", tls ? "https" : "http",
                    qPrintable(address.toString()), davBound);
    }
    // Visitor names past each office's retention go at the start and every hour after.
    QTimer forget;
    const auto forgetNames = [&storage, &clock] {
        for (const Workspace &ws : storage->workspaces()) {
            try {
                forgetVisitorNames(*storage, ws.id, clock.nowMs());
            } catch (const Error &e) {
                std::fprintf(stderr, "spil-server: visitor names: %s\n", qPrintable(e.message()));
            }
        }
    };
    QObject::connect(&forget, &QTimer::timeout, forgetNames);
    forget.start(3600 * 1000);
    QTimer::singleShot(0, forgetNames);
    // Tests and scripts read the port from this line.
    std::printf("spil-server listening on %s://%s:%u\n", tls ? "https" : "http",
                qPrintable(address.toString()), bound);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

int run(const ServerOptions &args)
{
    const QStringList &w = args.words;
    const QString verb = w.value(0) + (w.size() > 1 ? QLatin1Char(' ') + w.value(1) : QString());
    if (w.value(0) == QStringLiteral("serve"))
        return serve(args);
    static const QStringList verbs = {QStringLiteral("init"),
                                      QStringLiteral("workspace add"),
                                      QStringLiteral("workspace list"),
                                      QStringLiteral("user add"),
                                      QStringLiteral("user list"),
                                      QStringLiteral("device list"),
                                      QStringLiteral("device revoke"),
                                      QStringLiteral("new-epoch"),
                                      QStringLiteral("compact"),
                                      QStringLiteral("user set-principals"),
                                      QStringLiteral("feed-token replace"),
                                      QStringLiteral("feed-token revoke"),
                                      QStringLiteral("app-password add"),
                                      QStringLiteral("app-password list"),
                                      QStringLiteral("app-password revoke"),
                                      QStringLiteral("visitors forget")};
    // A bad command line never opens, let alone creates, a store.
    if (!verbs.contains(verb) && !verbs.contains(w.value(0)))
        fail(ErrorKind::BadInput,
             QStringLiteral("unknown command (spil-server --help lists them)"));
    const QString db = args.required(QStringLiteral("db"));
    if (w.value(0) == QStringLiteral("init")) {
        createStorage(db);
        if (args.flags.contains(QStringLiteral("demo"))) {
            const auto storage = openStorage(db);
            importDemoOffice(*storage, storage->defaultWorkspace());
            std::printf("demo office created; every user's password is %s\n", kDemoPassword);
        }
        return 0;
    }
    const auto storage = openStorage(db);
    if (verb == QStringLiteral("workspace add") && w.size() == 3) {
        const QString id = addWorkspace(*storage, w[2]);
        if (args.flags.contains(QStringLiteral("demo"))) {
            importDemoOffice(*storage, id);
            std::printf("demo office created; every user's password is %s\n", kDemoPassword);
        }
        std::printf("%s\n", qPrintable(id));
        return 0;
    }
    if (verb == QStringLiteral("workspace list")) {
        for (const Workspace &ws : storage->workspaces())
            std::printf("%s  %s  version %lld\n", qPrintable(ws.name), qPrintable(ws.id),
                        storage->currentVersion(ws.id));
        return 0;
    }
    if (w.value(0) == QStringLiteral("new-epoch")) {
        storage->renewEpoch();
        std::printf("new epoch %s: every device pulls everything again\n",
                    qPrintable(storage->epoch()));
        return 0;
    }
    const QString workspace = workspaceId(*storage, args.value(QStringLiteral("workspace")));
    if (verb == QStringLiteral("user add") && w.size() == 3) {
        if (!args.flags.contains(QStringLiteral("password-stdin")))
            fail(ErrorKind::BadInput,
                 QStringLiteral("give the password on standard input with --password-stdin"));
        const QString person = addUser(
            *storage, workspace, w[2], args.required(QStringLiteral("role")),
            args.options.values(QStringLiteral("principal")), readStdinLine(),
            args.value(QStringLiteral("name")),
            args.options.contains(QStringLiteral("tz")) ? args.value(QStringLiteral("tz"))
                                                        : QStringLiteral("Europe/Amsterdam"));
        std::printf("%s\n", qPrintable(person));
        return 0;
    }
    if (verb == QStringLiteral("user set-principals") && w.size() >= 3) {
        const qint64 version = setPrincipals(*storage, workspace, w[2], w.mid(3));
        std::printf("%s serves %s from version %lld on; their devices pull everything again\n",
                    qPrintable(w[2]),
                    w.size() > 3 ? qPrintable(w.mid(3).join(QStringLiteral(", "))) : "nobody",
                    version);
        return 0;
    }
    if (verb == QStringLiteral("user list")) {
        for (const User &u : storage->users(workspace))
            std::printf("%s  %s  person %s\n", qPrintable(u.name), qPrintable(toText(u.role)),
                        qPrintable(u.personId));
        return 0;
    }
    if (verb == QStringLiteral("device list")) {
        const auto user = storage->userByName(workspace, args.required(QStringLiteral("user")));
        if (!user)
            fail(ErrorKind::NotFound,
                 QStringLiteral("no user '%1'").arg(args.value(QStringLiteral("user"))));
        for (const Device &d : storage->devices(user->id))
            std::printf("%s  %s%s\n", qPrintable(d.id), qPrintable(d.name),
                        d.revokedAt ? "  (revoked)" : "");
        return 0;
    }
    if (verb == QStringLiteral("device revoke") && w.size() == 3) {
        // Only a device of this workspace: an administrator of one organisation cannot sign
        // out another's.
        for (const User &u : storage->users(workspace)) {
            for (const Device &d : storage->devices(u.id)) {
                if (d.id == w[2]) {
                    storage->revokeDevice(d.id, SystemClock().nowMs());
                    return 0;
                }
            }
        }
        fail(ErrorKind::NotFound, QStringLiteral("no device '%1' in this workspace").arg(w[2]));
    }
    if (w.value(0) == QStringLiteral("feed-token") && w.size() == 3) {
        const auto user = storage->userByName(workspace, w[2]);
        if (!user)
            fail(ErrorKind::NotFound, QStringLiteral("no user '%1'").arg(w[2]));
        const SystemClock clock;
        CalendarFeed feed(*storage, clock);
        if (w[1] == QStringLiteral("revoke")) {
            feed.revokeToken(*user);
            std::printf("%s's calendar feed link no longer works\n", qPrintable(w[2]));
        } else {
            // The old link stops working; the new one is shown this once.
            std::printf("/v1/feed/%s.ics\n", qPrintable(feed.replaceToken(*user)));
        }
        return 0;
    }
    if (verb == QStringLiteral("app-password add") && w.size() == 3) {
        const NewAppPassword made = addAppPassword(
            *storage, workspace, w[2], args.value(QStringLiteral("label")), SystemClock().nowMs());
        // Shown this once; the server keeps only its hash.
        std::printf("%s  %s\n", qPrintable(made.device.id), qPrintable(made.password));
        return 0;
    }
    if (verb == QStringLiteral("app-password list") && w.size() == 3) {
        for (const Device &d : appPasswords(*storage, workspace, w[2]))
            std::printf("%s  %s\n", qPrintable(d.id), qPrintable(d.name));
        return 0;
    }
    if (verb == QStringLiteral("app-password revoke") && w.size() == 4) {
        revokeAppPassword(*storage, workspace, w[2], w[3], SystemClock().nowMs());
        std::printf("that app password no longer works\n");
        return 0;
    }
    if (verb == QStringLiteral("visitors forget") && w.size() == 2) {
        qint64 now = SystemClock().nowMs();
        if (args.options.contains(QStringLiteral("now")))
            now = parseInstant(args.value(QStringLiteral("now")), QTimeZone::utc());
        std::printf("%d visitor names removed\n", forgetVisitorNames(*storage, workspace, now));
        return 0;
    }
    if (w.value(0) == QStringLiteral("compact")) {
        bool ok = false;
        const qint64 before = args.required(QStringLiteral("before")).toLongLong(&ok);
        if (!ok)
            fail(ErrorKind::BadInput, QStringLiteral("--before takes a server version"));
        std::printf("%d tombstones dropped\n", storage->compact(workspace, before));
        // Of every workspace: files are kept per workspace, their grace is the server's.
        SystemClock clock;
        const FileService::Collected gone =
            FileService(*storage, clock, fileLimits(args)).collectGarbage();
        std::printf("%d files and %d unfinished uploads nothing names removed\n", gone.files,
                    gone.uploads);
        return 0;
    }
    fail(ErrorKind::BadInput, QStringLiteral("unknown command (spil-server --help lists them)"));
}
} // namespace

int main(int argc, char **argv)
{
    // Qt's GLib event dispatcher finds a socket's notifier by walking every one registered,
    // and a socket's notifier is registered anew for each write: with thousands of event
    // sockets a poke fan-out grows with the square of their number. Qt's own Unix
    // dispatcher keeps them in a hash.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
#ifdef __GLIBC__
    // A download reads its file a stored chunk (4 MiB) at a time, and the database hands
    // back a copy of each. Out of glibc's defaults those copies come from fresh pages that
    // the kernel must map and zero, and that go back at the end: half of a download's time.
    // Kept in the heap, the pages are used again. Free memory at the heap's top beyond the
    // threshold goes back at once, and HttpApi trims the whole heap a second after the
    // last download ends and after many event sockets have closed.
    mallopt(M_MMAP_THRESHOLD, 16 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spil-server"));
    const QStringList argv_ = app.arguments().mid(1);
    if (argv_.isEmpty() || argv_.contains(QStringLiteral("--help"))) {
        std::fputs(kUsage, argv_.isEmpty() ? stderr : stdout);
        return argv_.isEmpty() ? 2 : 0;
    }
    try {
        return run(parse(argv_));
    } catch (const Error &e) {
        // One line says what is wrong; the usage would bury it (--help prints it).
        std::fprintf(stderr, "spil-server: %s\n", qPrintable(e.message()));
        return e.kind() == ErrorKind::Storage ? 1 : 2;
    }
}
