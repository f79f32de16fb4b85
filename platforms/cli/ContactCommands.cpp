// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "JsonViews.h"

#include "core/common/EnumText.h"
#include "core/common/Error.h"
#include "core/contacts/ContactRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

#include <algorithm>

namespace spil {

namespace {
const QString kJson = QStringLiteral("json");

QJsonObject contactJson(const Contact &c)
{
    QVariantMap record = ContactRepo::toRecord(c);
    record.insert(QStringLiteral("id"), c.id);
    return recordJson(QStringLiteral("contacts"), record);
}

// What a contact is to whoever reads a line of the list: their department or organisation.
QString whereFrom(const Contact &c)
{
    return c.kind == ContactKind::Inside ? c.department : c.organisation;
}

// The options both add and edit take, as the change they make.
ContactChange changeFrom(const CommandArgs &args)
{
    ContactChange change;
    const auto text = [&](const char *option, std::optional<QString> &field) {
        if (args.options.contains(QLatin1String(option)))
            field = args.value(QLatin1String(option));
    };
    text("name", change.name);
    text("department", change.department);
    text("ask-for", change.askFor);
    text("organisation", change.organisation);
    text("title", change.jobTitle);
    text("phone", change.phone);
    text("email", change.email);
    text("notes", change.notes);
    if (args.options.contains(QStringLiteral("kind")))
        change.kind =
            parseText<ContactKind>(args.value(QStringLiteral("kind")), QStringLiteral("kind"));
    if (args.options.contains(QStringLiteral("language")))
        change.language = parseText<ContactLanguage>(args.value(QStringLiteral("language")),
                                                     QStringLiteral("language"));
    // An envelope's lines, typed on one command line with | between them.
    if (args.options.contains(QStringLiteral("address"))) {
        QStringList lines = args.value(QStringLiteral("address")).split(QLatin1Char('|'));
        for (QString &l : lines)
            l = l.trimmed();
        lines.removeAll(QString());
        change.address = lines.join(QLatin1Char('\n'));
    }
    if (args.options.contains(QStringLiteral("form")))
        change.form =
            parseText<ContactForm>(args.value(QStringLiteral("form")), QStringLiteral("form"));
    return change;
}

void printList(CommandContext &s, const CommandArgs &args, const QList<Contact> &contacts)
{
    if (args.has(kJson)) {
        QJsonArray out;
        for (const Contact &c : contacts)
            out << contactJson(c);
        s.printJson(out);
        return;
    }
    for (const Contact &c : contacts)
        s.print(QStringLiteral("%1  %2  %3  %4")
                    .arg(Database::shortId(c.id), c.name, toText(c.kind), whereFrom(c))
                    .trimmed());
}

void add(CommandContext &s, const CommandArgs &args)
{
    const ContactChange change = changeFrom(args);
    Contact c;
    c.name = args.positional.join(QLatin1Char(' '));
    // Someone with a department is a colleague unless told otherwise.
    c.kind = change.kind.value_or(change.department ? ContactKind::Inside : ContactKind::Outside);
    c.department = change.department.value_or(QString());
    c.askFor = change.askFor.value_or(QString());
    c.organisation = change.organisation.value_or(QString());
    c.jobTitle = change.jobTitle.value_or(QString());
    c.phone = change.phone.value_or(QString());
    c.email = change.email.value_or(QString());
    c.notes = change.notes.value_or(QString());
    c.language = change.language.value_or(ContactLanguage::Dutch);
    c.address = change.address.value_or(QString());
    c.form = change.form.value_or(ContactForm::None);
    c.createdBy = s.actingId();
    ContactRepo contacts(s.db());
    const QString id = contacts.add(c);
    if (args.has(kJson))
        s.printJson(contactJson(*contacts.byId(id)));
    else
        s.print(id);
}

void list(CommandContext &s, const CommandArgs &args)
{
    QList<Contact> contacts = ContactRepo(s.db()).all();
    if (args.options.contains(QStringLiteral("kind"))) {
        const ContactKind kind =
            parseText<ContactKind>(args.value(QStringLiteral("kind")), QStringLiteral("kind"));
        contacts.removeIf([&](const Contact &c) { return c.kind != kind; });
    }
    printList(s, args, contacts);
}

void find(CommandContext &s, const CommandArgs &args)
{
    printList(s, args, ContactRepo(s.db()).search(args.positional.join(QLatin1Char(' '))));
}

void show(CommandContext &s, const CommandArgs &args)
{
    ContactRepo contacts(s.db());
    const Contact c = contacts.resolve(args.positional[0]);
    PeopleRepo people(s.db());
    // Every director's rule, set or by default, as far as this store holds them.
    QJsonArray gates;
    QStringList gateLines;
    QList<Person> directors = people.all();
    directors.removeIf([](const Person &p) { return p.role != Role::Director; });
    std::sort(directors.begin(), directors.end(),
              [](const Person &a, const Person &b) { return a.name < b.name; });
    for (const Person &p : std::as_const(directors)) {
        const auto set = contacts.gateRecord(p.id, c.id);
        const GateRule rule = gateFor(c, set ? &*set : nullptr);
        gates << QJsonObject{{QStringLiteral("director"), p.id},
                             {QStringLiteral("rule"), toText(rule)},
                             {QStringLiteral("set"), set.has_value()}};
        gateLines << QStringLiteral("  %1: %2%3")
                         .arg(p.name, toText(rule), set ? QString() : QStringLiteral(" (default)"));
    }
    if (args.has(kJson)) {
        QJsonObject o = contactJson(c);
        o.insert(QStringLiteral("gates"), gates);
        s.printJson(o);
        return;
    }
    const auto line = [&](const char *label, const QString &value) {
        if (!value.isEmpty())
            s.print(QStringLiteral("%1: %2").arg(QLatin1String(label), value));
    };
    s.print(QStringLiteral("%1  (%2, %3)").arg(c.name, toText(c.kind), Database::shortId(c.id)));
    line("department", c.department);
    line("ask for", c.askFor);
    line("organisation", c.organisation);
    line("title", c.jobTitle);
    line("phone", c.phone);
    line("email", c.email);
    line("language", toText(c.language));
    if (c.form != ContactForm::None)
        line("form", toText(c.form));
    for (const QString &envelope : c.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        line("address", envelope);
    line("notes", c.notes);
    if (!gateLines.isEmpty()) {
        s.print(QStringLiteral("gate:"));
        for (const QString &g : gateLines)
            s.print(g);
    }
}

void edit(CommandContext &s, const CommandArgs &args)
{
    ContactRepo contacts(s.db());
    const QString id = contacts.resolve(args.positional[0]).id;
    const ContactChange change = changeFrom(args);
    if (change == ContactChange{})
        fail(ErrorKind::BadInput, QStringLiteral("contact edit needs something to change"));
    contacts.update(id, change);
    if (args.has(kJson))
        s.printJson(contactJson(*contacts.byId(id)));
}

void remove(CommandContext &s, const CommandArgs &args)
{
    ContactRepo contacts(s.db());
    contacts.remove(contacts.resolve(args.positional[0]).id);
}

void gate(CommandContext &s, const CommandArgs &args)
{
    const GateRule rule = parseText<GateRule>(args.positional[2], QStringLiteral("gate"));
    const Person director = s.resolvePerson(args.positional[0]);
    ContactRepo contacts(s.db());
    const Contact c = contacts.resolve(args.positional[1]);
    contacts.setGate(director.id, c.id, rule, s.actingId());
    s.print(QStringLiteral("%1 -> %2: %3").arg(c.name, director.name, toText(rule)));
}
} // namespace

void addContactCommands(CommandTable &table)
{
    const QStringList fields{
        QStringLiteral("kind"),         QStringLiteral("department"), QStringLiteral("ask-for"),
        QStringLiteral("organisation"), QStringLiteral("title"),      QStringLiteral("phone"),
        QStringLiteral("email"),        QStringLiteral("language"),   QStringLiteral("notes"),
        QStringLiteral("address"),      QStringLiteral("form")};
    const QString fieldUsage = QStringLiteral(
        "[--kind inside|outside] [--department D] [--ask-for WHAT] [--organisation O] "
        "[--title T] [--phone P] [--email E] [--language nl|en] [--address 'LINE|LINE'] "
        "[--form mr|ms|none] [--notes N]");
    table << Command{QStringLiteral("contact add"),
                     QStringLiteral("contact add NAME %1 [--json]").arg(fieldUsage),
                     fields,
                     {kJson},
                     1,
                     16,
                     add};
    table << Command{QStringLiteral("contact list"),
                     QStringLiteral("contact list [--kind inside|outside] [--json]"),
                     {QStringLiteral("kind")},
                     {kJson},
                     0,
                     0,
                     list};
    table << Command{QStringLiteral("contact find"),
                     QStringLiteral("contact find WORDS [--json]   (words starting a name, "
                                    "organisation, department or what to ask for)"),
                     {},
                     {kJson},
                     1,
                     16,
                     find};
    table << Command{QStringLiteral("contact show"),
                     QStringLiteral("contact show CONTACT [--json]   (with each director's gate)"),
                     {},
                     {kJson},
                     1,
                     1,
                     show};
    table << Command{QStringLiteral("contact edit"),
                     QStringLiteral("contact edit CONTACT [--name N] %1 [--json]").arg(fieldUsage),
                     fields + QStringList{QStringLiteral("name")},
                     {kJson},
                     1,
                     1,
                     edit};
    table << Command{QStringLiteral("contact remove"),
                     QStringLiteral("contact remove CONTACT"),
                     {},
                     {},
                     1,
                     1,
                     remove};
    table << Command{QStringLiteral("contact gate"),
                     QStringLiteral("contact gate DIRECTOR CONTACT straight|assistant|never"),
                     {},
                     {},
                     3,
                     3,
                     gate};
}

} // namespace spil
