// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "JsonViews.h"

#include "core/agenda/AgendaRepo.h"
#include "core/archive/ArchiveText.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/documents/BoardPackInput.h"
#include "core/documents/DocumentFile.h"
#include "core/documents/DocumentRepo.h"
#include "core/documents/FileCache.h"
#include "core/documents/MinutesPdf.h"
#include "core/letters/LetterRepo.h"
#include "core/letters/OfficeStyle.h"
#include "core/meetings/PaperReads.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"
#include "sync/client/FetchAhead.h"
#include "sync/client/FileTransfer.h"
#include "sync/client/SyncClient.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <cstdio>

namespace spil {

using client::FileTransfer;
using client::SyncClient;

namespace {
const QString kJson = QStringLiteral("json");
const QString kDocuments = QStringLiteral("documents");

QJsonObject documentJson(const Document &d)
{
    QVariantMap record = DocumentRepo::toRecord(d);
    record.insert(QStringLiteral("id"), d.id);
    return recordJson(kDocuments, record);
}

// Runs one transfer with its progress on stderr; fails with the server's words.
void transfer(FileTransfer &files, const char *doing, const std::function<void()> &start)
{
    QEventLoop loop;
    QString error, errorCode;
    int shown = -1;
    QObject::connect(&files, &FileTransfer::progress, &loop,
                     [&](const QString &, qint64 done, qint64 total) {
                         const int percent = total > 0 ? int(done * 100 / total) : 100;
                         if (percent / 10 != shown / 10) {
                             shown = percent;
                             std::fprintf(stderr, "spilctl: %s %d%%\n", doing, percent);
                         }
                     });
    QObject::connect(&files, &FileTransfer::finished, &loop, [&] { loop.quit(); });
    QObject::connect(&files, &FileTransfer::failed, &loop,
                     [&](const QString &, const QString &code, const QString &message) {
                         error = QStringLiteral("%1 (%2)").arg(message, code);
                         errorCode = code;
                         loop.quit();
                     });
    start();
    loop.exec();
    if (error.isEmpty())
        return;
    // The network, the server or this disk failed: exit 1; a refusal is the caller's: 2.
    const bool ours = errorCode == QStringLiteral("offline") ||
                      errorCode == QStringLiteral("local") ||
                      errorCode == QStringLiteral("internal");
    fail(ours                                       ? ErrorKind::Storage
         : errorCode == QStringLiteral("not_found") ? ErrorKind::NotFound
                                                    : ErrorKind::BadInput,
         error);
}

SyncClient &loggedIn(SyncClient &client)
{
    if (client.state() == SyncClient::State::LoggedOut)
        fail(ErrorKind::BadInput,
             QStringLiteral("this store is not logged in (spilctl login URL USER)"));
    client.setRetrying(false);
    return client;
}

// Pushes what waits and pulls what is new, once.
void syncOnce(SyncClient &client)
{
    QEventLoop loop;
    QString error;
    QObject::connect(&client, &SyncClient::synced, &loop, [&] { loop.quit(); });
    QObject::connect(&client, &SyncClient::failed, &loop, [&](const QString &e) {
        error = e;
        loop.quit();
    });
    client.syncNow();
    loop.exec();
    if (!error.isEmpty())
        fail(ErrorKind::Storage, QStringLiteral("sync failed: %1").arg(error));
}

// Sends the document's file from the cache (where doc add put it), resuming.
void send(CommandContext &s, const Document &d)
{
    SyncClient client(s.db());
    loggedIn(client);
    syncOnce(client); // the record first: then whoever may read it finds the file soon
    FileTransfer files(client, s.fileCacheDir());
    transfer(files, "sending", [&] { files.upload(files.cachedPath(d.sha256), d.sha256); });
    FileCache(s.db(), s.fileCacheDir()).sent(d.sha256);
}

void add(CommandContext &s, const CommandArgs &args)
{
    const QString meeting =
        args.has(QStringLiteral("meeting"))
            ? s.resolveId(QStringLiteral("appointments"), args.value(QStringLiteral("meeting")))
            : QString();
    FileCache cache(s.db(), s.fileCacheDir());
    Document d = cacheFromDisk(cache, args.positional[0], s.actingId());
    if (args.has(QStringLiteral("title")))
        d.title = args.value(QStringLiteral("title"));
    d.appointmentId = meeting;
    const QString id = DocumentRepo(s.db()).add(d);
    cache.owe(d.sha256);
    if (args.has(kJson))
        s.printJson(documentJson(*DocumentRepo(s.db()).byId(id)));
    else
        s.print(id);
    if (client::SyncEngine(s.db()).login())
        send(s, *DocumentRepo(s.db()).byId(id));
}

void sendAgain(CommandContext &s, const CommandArgs &args)
{
    const auto d = DocumentRepo(s.db()).byId(s.resolveId(kDocuments, args.positional[0]));
    if (!QFile::exists(QDir(s.fileCacheDir()).filePath(d->sha256)))
        fail(ErrorKind::NotFound, QStringLiteral("this device does not hold the file"));
    send(s, *d);
}

void list(CommandContext &s, const CommandArgs &args)
{
    const QString meeting =
        args.has(QStringLiteral("meeting"))
            ? s.resolveId(QStringLiteral("appointments"), args.value(QStringLiteral("meeting")))
            : QString();
    QJsonArray out;
    for (const Document &d : DocumentRepo(s.db()).list(meeting)) {
        const bool here = QFile::exists(QDir(s.fileCacheDir()).filePath(d.sha256));
        if (args.has(kJson)) {
            QJsonObject o = documentJson(d);
            o.insert(QStringLiteral("cached"), here);
            out << o;
            continue;
        }
        s.print(QStringLiteral("%1  %2  %3 bytes%4")
                    .arg(Database::shortId(d.id), d.title)
                    .arg(d.size)
                    .arg(here ? QStringLiteral("  (on this device)") : QString()));
    }
    if (args.has(kJson))
        s.printJson(out);
}

void get(CommandContext &s, const CommandArgs &args)
{
    const auto d = DocumentRepo(s.db()).byId(s.resolveId(kDocuments, args.positional[0]));
    SyncClient client(s.db());
    FileTransfer files(client, s.fileCacheDir());
    if (!QFile::exists(files.cachedPath(d->sha256))) {
        loggedIn(client);
        transfer(files, "fetching", [&] { files.download(d->sha256, d->size); });
    }
    FileCache(s.db(), s.fileCacheDir()).touch(d->sha256); // read now: the last to go
    const QString out = args.value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        QFile::remove(out);
        if (!QFile::copy(files.cachedPath(d->sha256), out))
            fail(ErrorKind::Storage, QStringLiteral("cannot write %1").arg(out));
    }
    s.print(out.isEmpty() ? files.cachedPath(d->sha256) : out);
}
// Reading a paper: its file as `doc get` fetches it, and the read recorded for the acting
// person (once), then sent up when this store is logged in.
void openDocument(CommandContext &s, const CommandArgs &args)
{
    const auto d = DocumentRepo(s.db()).byId(s.resolveId(kDocuments, args.positional[0]));
    SyncClient client(s.db());
    FileTransfer files(client, s.fileCacheDir());
    if (!QFile::exists(files.cachedPath(d->sha256))) {
        loggedIn(client);
        transfer(files, "fetching", [&] { files.download(d->sha256, d->size); });
    }
    FileCache(s.db(), s.fileCacheDir()).touch(d->sha256);
    PaperReadRepo(s.db()).recordRead(d->id, s.actingId());
    if (client.state() != SyncClient::State::LoggedOut) {
        client.setRetrying(false);
        syncOnce(client);
    }
    s.print(files.cachedPath(d->sha256));
}

void cache(CommandContext &s, const CommandArgs &args)
{
    FileCache files(s.db(), s.fileCacheDir());
    if (args.has(QStringLiteral("budget-mb")))
        files.setBudget(qint64(args.number(QStringLiteral("budget-mb"), 0)) << 20);
    const FileCache::Removed removed = files.tidy(s.actingId());
    s.print(QStringLiteral("%1 of %2 MiB used; %3 files removed")
                .arg(QString::number(double(files.used()) / (1 << 20), 'f', 1),
                     QString::number(double(files.budget()) / (1 << 20), 'f', 0))
                .arg(removed.unnamed + removed.overBudget));
}

void fetchAhead(CommandContext &s, const CommandArgs &)
{
    SyncClient client(s.db());
    loggedIn(client);
    syncOnce(client);
    FileCache files(s.db(), s.fileCacheDir());
    FileTransfer transfer(client, files.dir());
    client::FetchAhead ahead(files, transfer, s.actingId());
    QEventLoop loop;
    int fetched = 0;
    QString error;
    QObject::connect(&ahead, &client::FetchAhead::done, &loop, [&](int n, const QString &e) {
        fetched = n;
        error = e;
        loop.quit();
    });
    ahead.run();
    if (ahead.running())
        loop.exec();
    // What arrived of the archive is read for the search, as the app does after a round.
    const int read = indexArchiveFiles(s.db(), files);
    if (!error.isEmpty())
        fail(ErrorKind::Storage,
             QStringLiteral("fetched %1 files, then: %2").arg(fetched).arg(error));
    s.print(QStringLiteral("fetched %1 files (the next %2 days' meetings, then the archive's); "
                           "read %3 for the search")
                .arg(fetched)
                .arg(FileCache::kAheadDays)
                .arg(read));
}
// One PDF of the meeting's agenda and papers; the papers this device lacks are fetched
// first when it is logged in (else they are listed as not in yet).
// The meeting a command names (--at: one occurrence of a series) and the zone its times
// are written in: the meeting's own unless --tz says otherwise.
std::pair<MeetingRef, QTimeZone> meetingOf(CommandContext &s, const CommandArgs &args)
{
    MeetingRef meeting{s.resolveId(QStringLiteral("appointments"), args.positional[0]), -1};
    const auto a = AgendaRepo(s.db()).byId(meeting.appointmentId);
    if (!a)
        fail(ErrorKind::NotFound, QStringLiteral("no meeting %1").arg(args.positional[0]));
    const QTimeZone zone = args.options.contains(QStringLiteral("tz")) || !isValidZone(a->tz)
                               ? s.zoneFor(args, {})
                               : QTimeZone(a->tz.toUtf8());
    if (args.options.contains(QStringLiteral("at")))
        meeting.occurrenceUtc = parseInstant(args.value(QStringLiteral("at")), zone);
    return {meeting, zone};
}

void exportMinutes(CommandContext &s, const CommandArgs &args)
{
    const auto [meeting, zone] = meetingOf(s, args);
    const auto language =
        parseText<MinutesLanguage>(args.required(QStringLiteral("lang")), QStringLiteral("lang"));
    const MinutesPdfInput input =
        minutesPdfOf(s.db(), meeting, zone, language, letterheadOf(s.db()));
    const QByteArray pdf = writeMinutesPdf(input, language);
    if (args.options.contains(QStringLiteral("out"))) {
        QSaveFile out(args.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit())
            fail(ErrorKind::Storage,
                 QStringLiteral("cannot write %1").arg(args.value(QStringLiteral("out"))));
    }
    FileCache cache(s.db(), s.fileCacheDir());
    const Document d = fileMinutesPdf(
        s.db(), cache, meeting,
        minutesWords(language).fileTitle.arg(input.title).arg(input.version), pdf, s.actingId());
    s.print(d.id);
    if (client::SyncEngine(s.db()).login())
        send(s, d);
}

// The office's letterhead and house style are one synced record the server lets only
// office managers and admins write; refusing here spares a push the server would refuse.
void requireOfficeManager(CommandContext &s)
{
    const auto person = PeopleRepo(s.db()).byId(s.actingId());
    if (!person || !(person->role == Role::OfficeManager || person->role == Role::Admin))
        fail(ErrorKind::Refused,
             QStringLiteral("only the office manager sets the office's letterhead and style"));
}

void printOfficeStyle(CommandContext &s)
{
    const OfficeStyle style = OfficeStyleRepo(s.db()).current();
    s.print(style.officeName);
    for (const QString &line : style.addressLines)
        s.print(line);
    s.print(QStringLiteral("letters dated from %1, %2")
                .arg(style.place.isEmpty() ? QStringLiteral("(no place)") : style.place,
                     toText(style.style)));
}

void letterhead(CommandContext &s, const CommandArgs &args)
{
    const bool address = args.has(QStringLiteral("address"));
    if (!args.positional.isEmpty() || address) {
        requireOfficeManager(s);
        OfficeStyleChange change;
        if (!args.positional.isEmpty())
            change.officeName = args.positional.join(QLatin1Char(' '));
        if (address)
            change.addressLines = args.value(QStringLiteral("address")).split(addressSeparator());
        OfficeStyleRepo(s.db()).change(change);
    }
    const Letterhead l = letterheadOf(s.db());
    s.print(l.office);
    if (!l.address.isEmpty())
        s.print(l.address);
}

void officeStyle(CommandContext &s, const CommandArgs &args)
{
    OfficeStyleChange change;
    if (args.has(QStringLiteral("place")))
        change.place = args.value(QStringLiteral("place"));
    if (args.has(QStringLiteral("style")))
        change.style =
            parseText<LetterStyle>(args.value(QStringLiteral("style")), QStringLiteral("style"));
    if (change.place || change.style) {
        requireOfficeManager(s);
        const HouseStyle was = houseStyleOf(s.db());
        setHouseStyle(s.db(), {change.place.value_or(was.place), change.style.value_or(was.style)});
    }
    printOfficeStyle(s);
}

void pack(CommandContext &s, const CommandArgs &args)
{
    const auto [meeting, zone] = meetingOf(s, args);
    FileCache cache(s.db(), s.fileCacheDir());
    SyncClient client(s.db());
    FileTransfer files(client, cache.dir());
    for (const Document &d : boardPackDocuments(s.db(), meeting)) {
        if (cache.holds(d.sha256) || client.state() == SyncClient::State::LoggedOut)
            continue;
        client.setRetrying(false);
        transfer(files, qPrintable(QStringLiteral("fetching %1").arg(d.title)),
                 [&] { files.download(d.sha256, d.size); });
        cache.touch(d.sha256);
    }
    const PackMeeting input = boardPackOf(s.db(), meeting, zone, [&](const Document &d) {
        return cache.holds(d.sha256) ? cache.pathOf(d.sha256) : QString();
    });
    const QString out = args.value(QStringLiteral("out"));
    const BoardPack made = writeBoardPack(input, out);
    int missing = 0;
    for (const PackItem &item : input.items) {
        for (const PackPaper &paper : item.papers)
            missing += paper.pdfPath.isEmpty() ? 1 : 0;
    }
    s.print(QStringLiteral("%1: %2 pages, %3 items%4")
                .arg(out)
                .arg(made.pageCount)
                .arg(input.items.size())
                .arg(missing > 0 ? QStringLiteral(", %1 papers not in").arg(missing) : QString()));
}
} // namespace

void addDocumentCommands(CommandTable &table)
{
    table << Command{QStringLiteral("meeting pack"),
                     QStringLiteral("meeting pack MEETING --out FILE [--at START] [--tz ZONE]   "
                                    "(the board pack: one PDF of the agenda and its papers)"),
                     {QStringLiteral("out"), QStringLiteral("at"), QStringLiteral("tz")},
                     {},
                     1,
                     1,
                     pack};
    table << Command{
        QStringLiteral("meeting minutes export"),
        QStringLiteral("meeting minutes export MEETING --lang nl|en [--out FILE] "
                       "[--at START] [--tz ZONE]   (the minutes as a PDF with the "
                       "letterhead, filed with the meeting)"),
        {QStringLiteral("lang"), QStringLiteral("out"), QStringLiteral("at"), QStringLiteral("tz")},
        {},
        1,
        1,
        exportMinutes};
    table << Command{QStringLiteral("office letterhead"),
                     QStringLiteral("office letterhead [NAME] [--address TEXT]   (what letters, "
                                    "minutes and the visitor list print at their top, for the "
                                    "whole office; address lines apart by newlines; setting "
                                    "it: the office manager)"),
                     {QStringLiteral("address")},
                     {},
                     0,
                     16,
                     letterhead};
    table << Command{QStringLiteral("office style"),
                     QStringLiteral("office style [--place PLACE] [--style formal|personal]   "
                                    "(the office's letterhead and house style: where letters "
                                    "are dated from, how English letters close; setting it: "
                                    "the office manager)"),
                     {QStringLiteral("place"), QStringLiteral("style")},
                     {},
                     0,
                     0,
                     officeStyle};
    table << Command{QStringLiteral("doc cache"),
                     QStringLiteral("doc cache [--budget-mb N]   (the file cache: its use and "
                                    "budget; removes what is not needed)"),
                     {QStringLiteral("budget-mb")},
                     {},
                     0,
                     0,
                     cache};
    table << Command{
        QStringLiteral("doc fetch-ahead"),
        QStringLiteral("doc fetch-ahead   (the files of the next 14 days' meetings, then the "
                       "archive's not yet read, while there is room)"),
        {},
        {},
        0,
        0,
        fetchAhead};
    table << Command{QStringLiteral("doc add"),
                     QStringLiteral("doc add FILE [--meeting ID] [--title T] [--json]   (sends the "
                                    "file when logged in)"),
                     {QStringLiteral("meeting"), QStringLiteral("title")},
                     {kJson},
                     1,
                     1,
                     add};
    table << Command{QStringLiteral("doc send"),
                     QStringLiteral("doc send ID   (sends a document's file again, resuming)"),
                     {},
                     {},
                     1,
                     1,
                     sendAgain};
    table << Command{QStringLiteral("doc list"),
                     QStringLiteral("doc list [--meeting ID] [--json]"),
                     {QStringLiteral("meeting")},
                     {kJson},
                     0,
                     0,
                     list};
    table << Command{QStringLiteral("doc open"),
                     QStringLiteral("doc open ID   (fetches the file, records that you read it, "
                                    "prints where it is)"),
                     {},
                     {},
                     1,
                     1,
                     openDocument};
    table << Command{QStringLiteral("doc get"),
                     QStringLiteral("doc get ID [--out PATH]   (prints where the file is)"),
                     {QStringLiteral("out")},
                     {},
                     1,
                     1,
                     get};
}

} // namespace spil
