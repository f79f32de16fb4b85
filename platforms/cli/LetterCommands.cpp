// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "JsonViews.h"

#include "core/common/Clock.h"
#include "core/common/EnumText.h"
#include "core/common/Error.h"
#include "core/contacts/ContactRepo.h"
#include "core/documents/FileCache.h"
#include "core/letters/LetterPdf.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

#include <QFile>

namespace spil {

namespace {
const QString kJson = QStringLiteral("json");
const QString kLetters = QStringLiteral("letters");

QJsonObject letterJson(const Letter &l)
{
    QVariantMap record = LetterRepo::toRecord(l);
    record.insert(QStringLiteral("id"), l.id);
    return recordJson(kLetters, record);
}

QString printable(Database &db, const Letter &l)
{
    const auto contact = ContactRepo(db).byId(l.contactId);
    return QStringLiteral("%1  %2  %3  to %4%5")
        .arg(Database::shortId(l.id), toText(l.state), l.subject,
             contact ? contact->name : l.contactId,
             l.confidential ? QStringLiteral("  [confidential]") : QString());
}

// The director a new letter is from: --owner, else the user when a director, else the
// first director the user serves.
QString ownerFor(CommandContext &s, const CommandArgs &args)
{
    if (args.has(QStringLiteral("owner")))
        return s.resolvePerson(args.value(QStringLiteral("owner"))).id;
    const auto me = PeopleRepo(s.db()).byId(s.actingId());
    if (me && me->role == Role::Director)
        return me->id;
    if (me && !me->principals.isEmpty())
        return me->principals.first();
    fail(ErrorKind::BadInput, QStringLiteral("letter new needs --owner DIRECTOR"));
}

QDate today(CommandContext &s, const CommandArgs &args)
{
    return s.clock().now().toTimeZone(s.zoneFor(args, s.actingId())).date();
}

void report(CommandContext &s, const CommandArgs &args, const QString &id)
{
    const Letter l = *LetterRepo(s.db()).byId(id);
    if (args.has(kJson))
        s.printJson(letterJson(l));
    else
        s.print(printable(s.db(), l));
}

void add(CommandContext &s, const CommandArgs &args)
{
    Letter l;
    l.subject = args.positional.join(QLatin1Char(' '));
    l.owner = ownerFor(s, args);
    l.contactId = ContactRepo(s.db()).resolve(args.required(QStringLiteral("to"))).id;
    l.notes = args.value(QStringLiteral("notes"));
    l.confidential = args.has(QStringLiteral("confidential"));
    std::optional<ContactLanguage> language;
    if (args.has(QStringLiteral("language")))
        language = parseText<ContactLanguage>(args.value(QStringLiteral("language")),
                                              QStringLiteral("language"));
    report(s, args, LetterRepo(s.db()).add(l, s.actingId(), language));
}

void list(CommandContext &s, const CommandArgs &args)
{
    QList<Letter> letters = LetterRepo(s.db()).all();
    if (args.has(QStringLiteral("state"))) {
        const LetterState state =
            parseText<LetterState>(args.value(QStringLiteral("state")), QStringLiteral("state"));
        letters.removeIf([&](const Letter &l) { return l.state != state; });
    }
    if (args.has(kJson)) {
        QJsonArray out;
        for (const Letter &l : letters)
            out << letterJson(l);
        s.printJson(out);
        return;
    }
    for (const Letter &l : letters)
        s.print(printable(s.db(), l));
}

QString idOf(CommandContext &s, const CommandArgs &args)
{
    return LetterRepo(s.db()).resolve(args.positional[0]).id;
}

void draft(CommandContext &s, const CommandArgs &args)
{
    const QString id = idOf(s, args);
    LetterRepo(s.db()).makeDraft(id, s.actingId(), houseStyleOf(s.db()));
    if (args.has(kJson)) {
        report(s, args, id);
        return;
    }
    s.print(LetterRepo(s.db()).byId(id)->text);
}

void edit(CommandContext &s, const CommandArgs &args)
{
    const QString id = idOf(s, args);
    LetterChange change;
    if (args.has(QStringLiteral("subject")))
        change.subject = args.value(QStringLiteral("subject"));
    if (args.has(QStringLiteral("notes")))
        change.notes = args.value(QStringLiteral("notes"));
    if (args.has(QStringLiteral("text")))
        change.text = args.value(QStringLiteral("text"));
    if (args.has(QStringLiteral("text-file"))) {
        QFile file(args.value(QStringLiteral("text-file")));
        if (!file.open(QIODevice::ReadOnly))
            fail(ErrorKind::BadInput,
                 QStringLiteral("cannot read %1").arg(args.value(QStringLiteral("text-file"))));
        change.text = QString::fromUtf8(file.readAll());
    }
    if (args.has(QStringLiteral("confidential")))
        change.confidential = true;
    if (args.has(QStringLiteral("open")))
        change.confidential = false;
    if (change == LetterChange{})
        fail(ErrorKind::BadInput, QStringLiteral("letter edit needs something to change"));
    LetterRepo(s.db()).update(id, change, s.actingId());
    report(s, args, id);
}

void submit(CommandContext &s, const CommandArgs &args)
{
    const QString id = idOf(s, args);
    LetterRepo(s.db()).submit(id, s.actingId());
    report(s, args, id);
}

void approve(CommandContext &s, const CommandArgs &args)
{
    const QString id = idOf(s, args);
    LetterRepo(s.db()).approve(id, s.actingId());
    report(s, args, id);
}

void comment(CommandContext &s, const CommandArgs &args)
{
    const QString id = idOf(s, args);
    LetterRepo(s.db()).comment(id, s.actingId(), args.positional.mid(1).join(QLatin1Char(' ')));
    report(s, args, id);
}

void ready(CommandContext &s, const CommandArgs &args)
{
    const QString id = idOf(s, args);
    LetterRepo(s.db()).markReady(id, s.actingId());
    report(s, args, id);
}

void send(CommandContext &s, const CommandArgs &args)
{
    const QString id = idOf(s, args);
    const LetterVia via = parseText<LetterVia>(
        args.value(QStringLiteral("via"), QStringLiteral("post")), QStringLiteral("via"));
    QDate on = today(s, args);
    if (args.has(QStringLiteral("date"))) {
        on = QDate::fromString(args.value(QStringLiteral("date")), Qt::ISODate);
        if (!on.isValid())
            fail(ErrorKind::BadInput, QStringLiteral("--date takes a day as YYYY-MM-DD, not '%1'")
                                          .arg(args.value(QStringLiteral("date"))));
    }
    FileCache cache(s.db(), s.fileCacheDir());
    sendLetter(s.db(), cache, id, s.actingId(), via, on);
    report(s, args, id);
}

void pdf(CommandContext &s, const CommandArgs &args)
{
    const Letter l = LetterRepo(s.db()).resolve(args.positional[0]);
    const QDate on = l.state == LetterState::Sent ? l.sentOn : today(s, args);
    const QByteArray bytes = writeLetterPdf(letterPdfOf(s.db(), l.id, on), l.language);
    const QString out = args.required(QStringLiteral("out"));
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        fail(ErrorKind::Storage, QStringLiteral("cannot write %1").arg(out));
    s.print(out);
}
} // namespace

void addLetterCommands(CommandTable &table)
{
    const auto one = [&](const char *path, const char *usage, auto run, QStringList options = {},
                         int maxPositional = 1) {
        table << Command{
            QLatin1String(path), QLatin1String(usage), options, {kJson}, 1, maxPositional, run};
    };
    table << Command{QStringLiteral("letter new"),
                     QStringLiteral("letter new SUBJECT --to CONTACT [--notes TEXT] "
                                    "[--owner DIRECTOR] [--language nl|en] [--confidential] "
                                    "[--json]   (in the contact's language unless told)"),
                     {QStringLiteral("to"), QStringLiteral("notes"), QStringLiteral("owner"),
                      QStringLiteral("language")},
                     {kJson, QStringLiteral("confidential")},
                     1,
                     32,
                     add};
    table << Command{
        QStringLiteral("letter list"),
        QStringLiteral("letter list [--state notes|draft|approval|ready|sent] [--json]"),
        {QStringLiteral("state")},
        {kJson},
        0,
        0,
        list};
    one("letter draft", "letter draft LETTER [--json]   (the template around the notes)", draft);
    table << Command{QStringLiteral("letter edit"),
                     QStringLiteral("letter edit LETTER [--subject S] [--notes TEXT] [--text TEXT] "
                                    "[--text-file FILE] [--confidential|--open] [--json]"),
                     {QStringLiteral("subject"), QStringLiteral("notes"), QStringLiteral("text"),
                      QStringLiteral("text-file")},
                     {kJson, QStringLiteral("confidential"), QStringLiteral("open")},
                     1,
                     1,
                     edit};
    one("letter submit", "letter submit LETTER [--json]   (ask the director's approval)", submit);
    one("letter approve", "letter approve LETTER [--json]   (the letter's director only)", approve);
    one("letter comment",
        "letter comment LETTER WORDS [--json]   (back to draft; the director "
        "only)",
        comment, {}, 64);
    one("letter ready", "letter ready LETTER [--json]   (the director's own draft)", ready);
    table << Command{QStringLiteral("letter send"),
                     QStringLiteral("letter send LETTER [--via post|email] [--date YYYY-MM-DD] "
                                    "[--json]   (filed in the archive with its PDF and notes)"),
                     {QStringLiteral("via"), QStringLiteral("date"), QStringLiteral("tz")},
                     {kJson},
                     1,
                     1,
                     send};
    table << Command{QStringLiteral("letter pdf"),
                     QStringLiteral("letter pdf LETTER --out FILE.pdf"),
                     {QStringLiteral("out"), QStringLiteral("tz")},
                     {},
                     1,
                     1,
                     pdf};
}

} // namespace spil
