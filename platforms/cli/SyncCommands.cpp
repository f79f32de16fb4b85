// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "SyncProgress.h"

#include "core/common/Clock.h"
#include "core/common/Console.h"
#include "core/common/Error.h"
#include "core/store/Database.h"
#include "sync/client/SyncClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSslCertificate>
#include <QTimer>
#include <cstdio>

namespace spil {

using client::SyncClient;

namespace {
// A short line about a record that arrived, for people watching.
QString describe(const protocol::Record &r)
{
    QString what = r.fields.value(QStringLiteral("title")).toString();
    if (what.isEmpty())
        what = r.fields.value(QStringLiteral("name")).toString();
    if (what.isEmpty())
        what = r.fields.value(QStringLiteral("text")).toString();
    QString line = QStringLiteral("%1 %2 %3").arg(r.entity, Database::shortId(r.id), what);
    if (r.fields.value(QStringLiteral("urgent")).toBool())
        line += QStringLiteral(" [urgent]");
    if (r.deleted)
        line += QStringLiteral(" [deleted]");
    return line;
}

// "1 record", "3 records".
QString counted(int n, const char *noun)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(noun)).arg(n == 1 ? "" : "s");
}

// One whole sync with its progress on stderr, retried with backoff after failures (each said
// on stderr) up to tries times: the changes pushed and records pulled, or -1 pulled when it
// gave up (or the server signed this device out).
std::pair<int, int> syncWithRetries(SyncClient &client, int tries)
{
    SyncProgress progress(client);
    int failures = 0;
    std::pair<int, int> result{0, -1};
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::synced, &loop, [&](int pushed, int pulled) {
        result = {pushed, pulled};
        loop.exit(0);
    });
    QObject::connect(&client, &SyncClient::failed, &loop, [&](const QString &error) {
        std::fprintf(stderr, "spilctl: sync failed: %s\n", qPrintable(error));
        if (client.state() == SyncClient::State::LoggedOut || ++failures >= tries)
            loop.exit(1);
    });
    client.syncNow();
    loop.exec();
    return result;
}

void login(CommandContext &s, const CommandArgs &args)
{
    const QString url = args.positional[0];
    const QUrl parsed(url);
    if (!parsed.isValid() ||
        (parsed.scheme() != QStringLiteral("http") && parsed.scheme() != QStringLiteral("https")))
        fail(ErrorKind::BadInput,
             QStringLiteral("'%1' is not a server address like http://127.0.0.1:8470").arg(url));
    QByteArray pin;
    if (args.has(QStringLiteral("pin-cert"))) {
        // A self-signed server certificate, trusted for this store from now on.
        QFile file(args.value(QStringLiteral("pin-cert")));
        const QList<QSslCertificate> certs = file.open(QIODevice::ReadOnly)
                                                 ? QSslCertificate::fromDevice(&file, QSsl::Pem)
                                                 : QList<QSslCertificate>{};
        if (certs.size() != 1)
            fail(ErrorKind::BadInput,
                 QStringLiteral("--pin-cert takes a file with one PEM certificate"));
        pin = SyncClient::fingerprint(certs.first());
    }
    const QString password = readStdinLine();
    SyncClient client(s.db());
    client.pinCertificate(pin);
    QEventLoop loop;
    QString error;
    client.login(
        url, args.positional[1], password,
        args.value(QStringLiteral("device"), QStringLiteral("spilctl")),
        [&](const QString &e) {
            error = e;
            loop.quit();
        },
        args.value(QStringLiteral("workspace")));
    loop.exec();
    // Not Refused: that kind is a booking rule's, which --force overrides.
    if (!error.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("login failed: %1").arg(error));
    s.print(QStringLiteral("logged in to %1 as %2").arg(url, args.positional[1]));
    // A store that only holds a token knows nobody yet: bring it up to date, so that the
    // next command can name the people of the office.
    const int pulled = syncWithRetries(client, 3).second;
    if (pulled < 0)
        fail(ErrorKind::Storage,
             QStringLiteral("logged in, but the first sync failed; spilctl sync tries again"));
    s.print(QStringLiteral("pulled %1").arg(counted(pulled, "record")));
}

void logout(CommandContext &s, const CommandArgs &)
{
    SyncClient client(s.db());
    QEventLoop loop;
    bool done = false;
    QObject::connect(&client, &SyncClient::loggedOut, &loop, [&] {
        done = true;
        loop.quit();
    });
    client.logout();
    if (!done)
        loop.exec(); // until the server heard it, or could not be asked
    s.print(QStringLiteral("logged out"));
}

void sync(CommandContext &s, const CommandArgs &args)
{
    SyncClient client(s.db());
    if (client.state() == SyncClient::State::LoggedOut)
        fail(ErrorKind::BadInput,
             QStringLiteral("this store is not logged in (spilctl login URL USER)"));
    const int tries = std::max(1, args.number(QStringLiteral("tries"), 3));
    const auto [pushed, pulled] = syncWithRetries(client, tries);
    if (pulled < 0 && client.state() == SyncClient::State::LoggedOut)
        fail(ErrorKind::Storage, QStringLiteral("signed out by the server (spilctl login URL "
                                                "USER); the changes wait in the outbox"));
    if (pulled < 0)
        fail(ErrorKind::Storage,
             QStringLiteral("gave up after %1 tries; the changes wait in the outbox").arg(tries));
    s.print(QStringLiteral("pushed %1, pulled %2")
                .arg(counted(pushed, "change"), counted(pulled, "record")));
}

void watch(CommandContext &s, const CommandArgs &args)
{
    SyncClient client(s.db());
    if (client.state() == SyncClient::State::LoggedOut)
        fail(ErrorKind::BadInput,
             QStringLiteral("this store is not logged in (spilctl login URL USER)"));
    QObject::connect(&client, &SyncClient::watching, [&] {
        s.print(QStringLiteral("watching %1").arg(client.engine().login()->serverUrl));
    });
    QObject::connect(&client, &SyncClient::recordsArrived,
                     [&](const QList<protocol::Record> &records) {
                         for (const auto &r : records)
                             s.print(describe(r));
                     });
    QObject::connect(&client, &SyncClient::failed, [](const QString &error) {
        std::fprintf(stderr, "spilctl: %s (retrying)\n", qPrintable(error));
    });
    client.startWatching();
    QEventLoop loop;
    const int seconds = args.number(QStringLiteral("seconds"), 0);
    if (seconds > 0)
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
}

void status(CommandContext &s, const CommandArgs &)
{
    client::SyncEngine engine(s.db());
    const auto login = engine.login();
    s.print(login ? QStringLiteral("server %1, person %2, role %3")
                        .arg(login->serverUrl, login->personId, login->role)
                  : QStringLiteral("not logged in"));
    s.print(
        QStringLiteral("server version held: %1, changes waiting: %2, refused by the server: %3")
            .arg(engine.cursor())
            .arg(s.db().pendingCount())
            .arg(s.db().rejectedCount()));
}
} // namespace

void addSyncCommands(CommandTable &table)
{
    table << Command{
        QStringLiteral("login"),
        QStringLiteral("login URL USER [--device NAME] [--workspace NAME] [--pin-cert PEM]   "
                       "(password on standard input)"),
        {QStringLiteral("device"), QStringLiteral("workspace"), QStringLiteral("pin-cert")},
        {},
        2,
        2,
        login};
    table << Command{QStringLiteral("logout"), QStringLiteral("logout"), {}, {}, 0, 0, logout};
    table << Command{QStringLiteral("sync"),
                     QStringLiteral("sync [--tries N]"),
                     {QStringLiteral("tries")},
                     {},
                     0,
                     0,
                     sync};
    table << Command{QStringLiteral("watch"),
                     QStringLiteral("watch [--seconds N]"),
                     {QStringLiteral("seconds")},
                     {},
                     0,
                     0,
                     watch};
    table << Command{QStringLiteral("status"), QStringLiteral("status"), {}, {}, 0, 0, status};
}

} // namespace spil
