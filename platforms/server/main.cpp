// spil-server: the sync server. See docs/sync-protocol.md and docs/operations.md.
#include "common/Clock.h"
#include "common/Console.h"
#include "common/Error.h"
#include "server/Admin.h"
#include "server/HttpApi.h"
#include "server/SqliteStorage.h"
#include "server/SyncService.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>
#include <cstdio>

using namespace spil;
using namespace spil::server;

namespace {
const char *kUsage =
    "usage:\n"
    "  spil-server init --db FILE [--demo]\n"
    "  spil-server user add NAME --role director|assistant|office-manager|staff|admin\n"
    "                   [--principal NAME]... [--name \"Full Name\"] [--tz ZONE] --password-stdin "
    "--db FILE\n"
    "  spil-server user list --db FILE\n"
    "  spil-server device list --db FILE --user NAME\n"
    "  spil-server device revoke DEVICE_ID --db FILE\n"
    "  spil-server compact --db FILE --before VERSION\n"
    "  spil-server new-epoch --db FILE     (after restoring a backup: every device starts over)\n"
    "  spil-server serve --db FILE --listen 127.0.0.1:PORT [--tls-cert F --tls-key F]\n"
    "                   [--token-ttl SECONDS]\n";

struct Args {
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

Args parse(const QStringList &argv)
{
    static const QStringList valued = {
        QStringLiteral("db"),        QStringLiteral("role"),     QStringLiteral("principal"),
        QStringLiteral("name"),      QStringLiteral("tz"),       QStringLiteral("user"),
        QStringLiteral("listen"),    QStringLiteral("tls-cert"), QStringLiteral("tls-key"),
        QStringLiteral("token-ttl"), QStringLiteral("before")};
    static const QStringList flags = {QStringLiteral("demo"), QStringLiteral("password-stdin")};
    Args args;
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

int serve(const Args &args)
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

    SqliteStorage storage(args.required(QStringLiteral("db")));
    SystemClock clock;
    SyncService service(storage, clock, options);
    HttpApi api(service);
    const quint16 bound = api.listen(address, quint16(port), args.value(QStringLiteral("tls-cert")),
                                     args.value(QStringLiteral("tls-key")));
    if (bound == 0)
        fail(ErrorKind::Storage, QStringLiteral("cannot listen on %1").arg(listen));
    const bool tls = args.options.contains(QStringLiteral("tls-cert"));
    // Tests and scripts read the port from this line.
    std::printf("spil-server listening on %s://%s:%u\n", tls ? "https" : "http",
                qPrintable(address.toString()), bound);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

int run(const Args &args)
{
    const QStringList &w = args.words;
    const QString verb = w.value(0) + (w.size() > 1 ? QLatin1Char(' ') + w.value(1) : QString());
    if (w.value(0) == QStringLiteral("init")) {
        const QString db = args.required(QStringLiteral("db"));
        SqliteStorage::create(db);
        if (args.flags.contains(QStringLiteral("demo"))) {
            SqliteStorage storage(db);
            importDemoOffice(storage);
            std::printf("demo office created; every user's password is %s\n", kDemoPassword);
        }
        return 0;
    }
    if (w.value(0) == QStringLiteral("serve"))
        return serve(args);
    if (verb == QStringLiteral("user add") && w.size() == 3) {
        if (!args.flags.contains(QStringLiteral("password-stdin")))
            fail(ErrorKind::BadInput,
                 QStringLiteral("give the password on standard input with --password-stdin"));
        SqliteStorage storage(args.required(QStringLiteral("db")));
        const QString person = addUser(storage, w[2], args.required(QStringLiteral("role")),
                                       args.options.values(QStringLiteral("principal")),
                                       readStdinLine(), args.value(QStringLiteral("name")),
                                       args.options.contains(QStringLiteral("tz"))
                                           ? args.value(QStringLiteral("tz"))
                                           : QStringLiteral("Europe/Amsterdam"));
        std::printf("%s\n", qPrintable(person));
        return 0;
    }
    if (verb == QStringLiteral("user list")) {
        SqliteStorage storage(args.required(QStringLiteral("db")));
        for (const User &u : storage.users(storage.defaultWorkspace()))
            std::printf("%s  %s  person %s\n", qPrintable(u.name), qPrintable(u.role),
                        qPrintable(u.personId));
        return 0;
    }
    if (verb == QStringLiteral("device list")) {
        SqliteStorage storage(args.required(QStringLiteral("db")));
        const auto user =
            storage.userByName(storage.defaultWorkspace(), args.required(QStringLiteral("user")));
        if (!user)
            fail(ErrorKind::NotFound,
                 QStringLiteral("no user '%1'").arg(args.value(QStringLiteral("user"))));
        for (const Device &d : storage.devices(user->id))
            std::printf("%s  %s%s\n", qPrintable(d.id), qPrintable(d.name),
                        d.revokedAt ? "  (revoked)" : "");
        return 0;
    }
    if (verb == QStringLiteral("device revoke") && w.size() == 3) {
        SqliteStorage storage(args.required(QStringLiteral("db")));
        storage.revokeDevice(w[2], SystemClock().nowMs());
        return 0;
    }
    if (w.value(0) == QStringLiteral("new-epoch")) {
        SqliteStorage storage(args.required(QStringLiteral("db")));
        storage.renewEpoch();
        std::printf("new epoch %s: every device pulls everything again\n",
                    qPrintable(storage.epoch()));
        return 0;
    }
    if (w.value(0) == QStringLiteral("compact")) {
        SqliteStorage storage(args.required(QStringLiteral("db")));
        bool ok = false;
        const qint64 before = args.required(QStringLiteral("before")).toLongLong(&ok);
        if (!ok)
            fail(ErrorKind::BadInput, QStringLiteral("--before takes a server version"));
        std::printf("%d tombstones dropped\n", storage.compact(storage.defaultWorkspace(), before));
        return 0;
    }
    fail(ErrorKind::BadInput, QStringLiteral("unknown command"));
}
} // namespace

int main(int argc, char **argv)
{
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
        std::fprintf(stderr, "spil-server: %s\n", qPrintable(e.message()));
        if (e.kind() != ErrorKind::Storage)
            std::fputs(kUsage, stderr);
        return e.kind() == ErrorKind::Storage ? 1 : 2;
    }
}
