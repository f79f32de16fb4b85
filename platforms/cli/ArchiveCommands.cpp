// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "JsonViews.h"

#include "core/archive/ArchiveRepo.h"
#include "core/archive/ArchiveText.h"
#include "core/common/Clock.h"
#include "core/common/EnumText.h"
#include "core/common/Error.h"
#include "core/documents/FileCache.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

namespace spil {

namespace {
const QString kJson = QStringLiteral("json");
const QString kItems = QStringLiteral("archive_items");

QJsonObject itemJson(const ArchiveItem &a, ArchiveRepo &archive)
{
    QVariantMap record = ArchiveRepo::toRecord(a);
    record.insert(QStringLiteral("id"), a.id);
    QJsonObject out = recordJson(kItems, record);
    const QDate notice = noticeDate(a);
    out.insert(QStringLiteral("notice_date"),
               notice.isValid() ? QJsonValue(notice.toString(Qt::ISODate)) : QJsonValue());
    const QDate ends = retentionEnds(a);
    out.insert(QStringLiteral("keep_until"),
               ends.isValid() ? QJsonValue(ends.toString(Qt::ISODate)) : QJsonValue());
    QJsonArray files;
    for (const Document &d : archive.documentsOf(a.id))
        files << QJsonObject{{QStringLiteral("id"), d.id},
                             {QStringLiteral("title"), d.title},
                             {QStringLiteral("sha256"), d.sha256}};
    out.insert(QStringLiteral("files"), files);
    return out;
}

QDate dateOption(const CommandArgs &args, const char *option)
{
    const QString text = args.value(QLatin1String(option));
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        fail(ErrorKind::BadInput, QStringLiteral("--%1 takes a day as YYYY-MM-DD, not '%2'")
                                      .arg(QLatin1String(option), text));
    return date;
}

int numberOption(const CommandArgs &args, const char *option)
{
    bool ok = false;
    const int n = args.value(QLatin1String(option)).toInt(&ok);
    if (!ok)
        fail(ErrorKind::BadInput,
             QStringLiteral("--%1 takes a whole number, not '%2'")
                 .arg(QLatin1String(option), args.value(QLatin1String(option))));
    return n;
}

QStringList listOption(const CommandArgs &args, const char *option)
{
    QStringList out;
    for (const QString &part : args.value(QLatin1String(option)).split(QLatin1Char(',')))
        out << part.trimmed();
    return out;
}

// The director whose archive the user files into: --owner, else the user when a director,
// else the first director the user serves.
QString ownerFor(CommandContext &s, const CommandArgs &args)
{
    if (args.has(QStringLiteral("owner")))
        return s.resolvePerson(args.value(QStringLiteral("owner"))).id;
    const auto me = PeopleRepo(s.db()).byId(s.actingId());
    if (me && me->role == Role::Director)
        return me->id;
    if (me && !me->principals.isEmpty())
        return me->principals.first();
    fail(ErrorKind::BadInput, QStringLiteral("archive add needs --owner DIRECTOR"));
}

QString printable(const ArchiveItem &a)
{
    return QStringLiteral("%1  %2  %3  %4  %5%6")
        .arg(Database::shortId(a.id), a.date.toString(Qt::ISODate), toText(a.kind), a.subject,
             a.parties.join(QStringLiteral(", ")),
             a.confidential ? QStringLiteral("  [confidential]")
             : a.restricted ? QStringLiteral("  [director's office]")
                            : QString());
}

void add(CommandContext &s, const CommandArgs &args)
{
    ArchiveItem a;
    a.subject = args.positional.join(QLatin1Char(' '));
    a.owner = ownerFor(s, args);
    a.kind = parseText<ArchiveKind>(args.value(QStringLiteral("kind"), QStringLiteral("letter_in")),
                                    QStringLiteral("kind"));
    a.date = args.has(QStringLiteral("date"))
                 ? dateOption(args, "date")
                 : s.clock().now().toTimeZone(s.zoneFor(args, s.actingId())).date();
    if (args.has(QStringLiteral("parties")))
        a.parties = listOption(args, "parties");
    if (args.has(QStringLiteral("tags")))
        a.tags = listOption(args, "tags");
    a.location = {args.value(QStringLiteral("cabinet")), args.value(QStringLiteral("binder")),
                  args.value(QStringLiteral("shelf"))};
    if (args.has(QStringLiteral("keep")))
        a.retentionYears = numberOption(args, "keep");
    a.confidential = args.has(QStringLiteral("confidential"));
    a.restricted = args.has(QStringLiteral("restricted"));
    a.contractStart = dateOption(args, "start");
    a.contractEnd = dateOption(args, "end");
    if (args.has(QStringLiteral("notice")))
        a.noticeMonths = numberOption(args, "notice");
    ArchiveRepo archive(s.db());
    QString document;
    if (args.has(QStringLiteral("document")))
        document = s.resolveId(QStringLiteral("documents"), args.value(QStringLiteral("document")));
    // The item and the filing of its file are one action: all or nothing.
    const QString id = archive.add(a, s.actingId(), document);
    // The file's text for the search, when the file is on this device.
    FileCache cache(s.db(), s.fileCacheDir());
    indexArchiveFiles(s.db(), cache);
    if (args.has(kJson))
        s.printJson(itemJson(*archive.byId(id), archive));
    else
        s.print(id);
}

// --NAME sets it, --not-NAME clears it, neither leaves it; both contradict each other.
std::optional<bool> switchOption(const CommandArgs &args, const QString &name)
{
    const QString off = QStringLiteral("not-") + name;
    if (args.has(name) && args.has(off))
        fail(ErrorKind::BadInput,
             QStringLiteral("--%1 and --%2 contradict each other").arg(name, off));
    if (args.has(name))
        return true;
    if (args.has(off))
        return false;
    return std::nullopt;
}

// What edit changes: only the options given. A paper location given in part keeps the
// rest of where the paper was.
ArchiveChange changeFrom(CommandContext &s, const CommandArgs &args, const ArchiveItem &was)
{
    ArchiveChange c;
    if (args.has(QStringLiteral("subject")))
        c.subject = args.value(QStringLiteral("subject"));
    if (args.has(QStringLiteral("owner")))
        c.owner = s.resolvePerson(args.value(QStringLiteral("owner"))).id;
    if (args.has(QStringLiteral("kind")))
        c.kind = parseText<ArchiveKind>(args.value(QStringLiteral("kind")), QStringLiteral("kind"));
    if (args.has(QStringLiteral("date")))
        c.date = dateOption(args, "date");
    if (args.has(QStringLiteral("parties")))
        c.parties = listOption(args, "parties");
    if (args.has(QStringLiteral("tags")))
        c.tags = listOption(args, "tags");
    if (args.has(QStringLiteral("cabinet")) || args.has(QStringLiteral("binder")) ||
        args.has(QStringLiteral("shelf")))
        c.location = PaperLocation{args.value(QStringLiteral("cabinet"), was.location.cabinet),
                                   args.value(QStringLiteral("binder"), was.location.binder),
                                   args.value(QStringLiteral("shelf"), was.location.shelf)};
    if (args.has(QStringLiteral("keep")))
        c.retentionYears = numberOption(args, "keep");
    c.confidential = switchOption(args, QStringLiteral("confidential"));
    c.restricted = switchOption(args, QStringLiteral("restricted"));
    if (args.has(QStringLiteral("start")))
        c.contractStart = dateOption(args, "start");
    if (args.has(QStringLiteral("end")))
        c.contractEnd = dateOption(args, "end");
    if (args.has(QStringLiteral("notice")))
        c.noticeMonths = numberOption(args, "notice");
    return c;
}

void edit(CommandContext &s, const CommandArgs &args)
{
    ArchiveRepo archive(s.db());
    const ArchiveItem a = archive.resolve(args.positional[0]);
    const ArchiveChange change = changeFrom(s, args, a);
    if (change == ArchiveChange{})
        fail(ErrorKind::BadInput, QStringLiteral("archive edit needs something to change"));
    archive.update(a.id, change, s.actingId());
    if (args.has(kJson))
        s.printJson(itemJson(*archive.byId(a.id), archive));
}

void remove(CommandContext &s, const CommandArgs &args)
{
    ArchiveRepo archive(s.db());
    const ArchiveItem a = archive.resolve(args.positional[0]);
    archive.remove(a.id);
    s.print(QStringLiteral("removed %1 (undo: spilctl archive restore %1)")
                .arg(Database::shortId(a.id)));
}

void restore(CommandContext &s, const CommandArgs &args)
{
    ArchiveRepo archive(s.db());
    const QString id = archive.resolveRemoved(args.positional[0]);
    archive.restore(id);
    if (args.has(kJson))
        s.printJson(itemJson(*archive.byId(id), archive));
}

void fileDocument(CommandContext &s, const CommandArgs &args)
{
    ArchiveRepo archive(s.db());
    const ArchiveItem a = archive.resolve(args.positional[0]);
    archive.file(a.id, s.resolveId(QStringLiteral("documents"), args.positional[1]));
    FileCache cache(s.db(), s.fileCacheDir());
    indexArchiveFiles(s.db(), cache);
    if (args.has(kJson))
        s.printJson(itemJson(*archive.byId(a.id), archive));
}

void list(CommandContext &s, const CommandArgs &args)
{
    ArchiveRepo archive(s.db());
    QList<ArchiveItem> items = archive.all();
    if (args.has(QStringLiteral("kind"))) {
        const ArchiveKind kind =
            parseText<ArchiveKind>(args.value(QStringLiteral("kind")), QStringLiteral("kind"));
        items.removeIf([&](const ArchiveItem &a) { return a.kind != kind; });
    }
    if (args.has(QStringLiteral("past-retention"))) {
        const QDate today = s.clock().now().toTimeZone(s.zoneFor(args, s.actingId())).date();
        items.removeIf([&](const ArchiveItem &a) { return !retentionPassed(a, today); });
    }
    if (args.has(kJson)) {
        QJsonArray out;
        for (const ArchiveItem &a : items)
            out << itemJson(a, archive);
        s.printJson(out);
        return;
    }
    for (const ArchiveItem &a : items)
        s.print(printable(a));
}

void search(CommandContext &s, const CommandArgs &args)
{
    ArchiveRepo archive(s.db());
    const QList<ArchiveHit> hits = archive.search(args.positional.join(QLatin1Char(' ')),
                                                  args.number(QStringLiteral("limit"), 20));
    if (args.has(kJson)) {
        QJsonArray out;
        for (const ArchiveHit &h : hits) {
            QJsonObject o = itemJson(h.item, archive);
            o.insert(QStringLiteral("near_name"), h.nearName);
            out << o;
        }
        s.printJson(out);
        return;
    }
    for (const ArchiveHit &h : hits)
        s.print(printable(h.item) +
                (h.nearName ? QStringLiteral("  (name spelt nearly)") : QString()) +
                QStringLiteral("  @ ") + locationText(h.item.location));
}

void show(CommandContext &s, const CommandArgs &args)
{
    ArchiveRepo archive(s.db());
    const ArchiveItem a = archive.resolve(args.positional[0]);
    if (args.has(kJson)) {
        s.printJson(itemJson(a, archive));
        return;
    }
    const auto line = [&](const char *label, const QString &value) {
        if (!value.isEmpty())
            s.print(QStringLiteral("%1: %2").arg(QLatin1String(label), value));
    };
    const auto owner = PeopleRepo(s.db()).byId(a.owner);
    s.print(QStringLiteral("%1  (%2, %3)").arg(a.subject, toText(a.kind), Database::shortId(a.id)));
    line("date", a.date.toString(Qt::ISODate));
    line("director", owner ? owner->name : a.owner);
    line("parties", a.parties.join(QStringLiteral(", ")));
    line("tags", a.tags.join(QStringLiteral(", ")));
    line("paper", locationText(a.location));
    line("confidential", a.confidential ? QStringLiteral("yes") : QString());
    line("restricted", a.restricted && !a.confidential
                           ? QStringLiteral("yes (the director, his assistants, office managers)")
                           : QString());
    line("contract", a.contractStart.isValid() || a.contractEnd.isValid()
                         ? QStringLiteral("%1 to %2")
                               .arg(a.contractStart.toString(Qt::ISODate),
                                    a.contractEnd.isValid() ? a.contractEnd.toString(Qt::ISODate)
                                                            : QStringLiteral("notice"))
                         : QString());
    line("notice by", noticeDate(a).toString(Qt::ISODate));
    line("keep until", a.retentionYears > 0 ? retentionEnds(a).toString(Qt::ISODate)
                                            : QStringLiteral("for ever"));
    FileCache cache(s.db(), s.fileCacheDir());
    for (const Document &d : archive.documentsOf(a.id))
        s.print(QStringLiteral("file: %1  %2%3")
                    .arg(Database::shortId(d.id), d.title,
                         cache.holds(d.sha256) ? QStringLiteral("  ") + cache.pathOf(d.sha256)
                                               : QStringLiteral("  (not on this device)")));
}
} // namespace

void addArchiveCommands(CommandTable &table)
{
    const QStringList fields{
        QStringLiteral("owner"),    QStringLiteral("kind"),  QStringLiteral("date"),
        QStringLiteral("parties"),  QStringLiteral("tags"),  QStringLiteral("cabinet"),
        QStringLiteral("binder"),   QStringLiteral("shelf"), QStringLiteral("keep"),
        QStringLiteral("start"),    QStringLiteral("end"),   QStringLiteral("notice"),
        QStringLiteral("document"), QStringLiteral("tz")};
    table << Command{
        QStringLiteral("archive add"),
        QStringLiteral("archive add SUBJECT [--kind letter_in|letter_out|contract|minutes|report] "
                       "[--date YYYY-MM-DD] [--owner DIRECTOR] [--parties 'A, B'] [--tags 'x, y'] "
                       "[--cabinet C] [--binder B] [--shelf S] [--keep YEARS] [--restricted] "
                       "[--confidential] [--start YYYY-MM-DD] [--end YYYY-MM-DD] "
                       "[--notice MONTHS] [--document DOC] [--json]"),
        fields,
        {kJson, QStringLiteral("confidential"), QStringLiteral("restricted")},
        1,
        32,
        add};
    QStringList editFields = fields;
    editFields.removeAll(QStringLiteral("document"));
    editFields.removeAll(QStringLiteral("tz"));
    editFields << QStringLiteral("subject");
    table << Command{
        QStringLiteral("archive edit"),
        QStringLiteral("archive edit ITEM [--subject S] [--kind KIND] [--date YYYY-MM-DD] "
                       "[--owner DIRECTOR] [--parties 'A, B'] [--tags 'x, y'] [--cabinet C] "
                       "[--binder B] [--shelf S] [--keep YEARS] "
                       "[--restricted|--not-restricted] [--confidential|--not-confidential] "
                       "[--start YYYY-MM-DD] [--end YYYY-MM-DD] [--notice MONTHS] [--json]"),
        editFields,
        {kJson, QStringLiteral("confidential"), QStringLiteral("not-confidential"),
         QStringLiteral("restricted"), QStringLiteral("not-restricted")},
        1,
        1,
        edit};
    table << Command{QStringLiteral("archive remove"),
                     QStringLiteral("archive remove ITEM   (its notice task goes with it; "
                                    "archive restore brings both back)"),
                     {},
                     {},
                     1,
                     1,
                     remove};
    table << Command{QStringLiteral("archive restore"),
                     QStringLiteral("archive restore ID [--json]"),
                     {},
                     {kJson},
                     1,
                     1,
                     restore};
    table << Command{QStringLiteral("archive file"),
                     QStringLiteral("archive file ITEM DOC [--json]   (a document of the store "
                                    "becomes the item's file)"),
                     {},
                     {kJson},
                     2,
                     2,
                     fileDocument};
    table << Command{QStringLiteral("archive list"),
                     QStringLiteral("archive list [--kind KIND] [--past-retention] [--json]"),
                     {QStringLiteral("kind"), QStringLiteral("tz")},
                     {kJson, QStringLiteral("past-retention")},
                     0,
                     0,
                     list};
    table << Command{QStringLiteral("archive search"),
                     QStringLiteral("archive search WORDS [--limit N] [--json]   (words starting "
                                    "a subject, party, tag or a word of a file; names spelt "
                                    "nearly when nothing matches)"),
                     {QStringLiteral("limit")},
                     {kJson},
                     1,
                     16,
                     search};
    table << Command{QStringLiteral("archive show"),
                     QStringLiteral("archive show ITEM [--json]   (where the paper is, the files)"),
                     {},
                     {kJson},
                     1,
                     1,
                     show};
}

} // namespace spil
