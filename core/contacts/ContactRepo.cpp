// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/contacts/ContactRepo.h"

#include "core/common/Error.h"
#include "core/common/Sha256.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"

#include <QRegularExpression>
#include <algorithm>

namespace spil {

namespace {
const QString kContacts = QStringLiteral("contacts");
const QString kGates = QStringLiteral("gatekeeping");
constexpr int kMaxAddressLines = 6;

// An address as the envelope carries it: each line trimmed, no empty lines.
QString addressLines(const QString &address)
{
    QStringList lines;
    for (const QString &line : address.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line.simplified();
    }
    return lines.join(QLatin1Char('\n'));
}

QVariantMap columnsOf(const ContactChange &change)
{
    QVariantMap fields;
    const auto put = [&](const char *column, const std::optional<QString> &value) {
        if (value)
            fields.insert(QLatin1String(column), value->trimmed());
    };
    put("name", change.name);
    put("department", change.department);
    put("ask_for", change.askFor);
    put("organisation", change.organisation);
    put("job_title", change.jobTitle);
    put("phone", change.phone);
    put("email", change.email);
    put("notes", change.notes);
    if (change.kind)
        fields.insert(QStringLiteral("kind"), toText(*change.kind));
    if (change.language)
        fields.insert(QStringLiteral("language"), toText(*change.language));
    if (change.address)
        fields.insert(QStringLiteral("address"), addressLines(*change.address));
    if (change.form)
        fields.insert(QStringLiteral("form"), toText(*change.form));
    return fields;
}

bool byName(const Contact &a, const Contact &b)
{
    const int order = QString::localeAwareCompare(a.name, b.name);
    return order != 0 ? order < 0 : a.id < b.id;
}

// The user's words as an FTS5 query: each word a quoted prefix, all of them required. A
// quote inside a word is doubled, so no word is read as FTS5 syntax.
QString matchQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList terms;
    for (QString word : text.split(separators, Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}
} // namespace

GateRule defaultGate(ContactKind kind)
{
    return kind == ContactKind::Inside ? GateRule::Straight : GateRule::ViaAssistant;
}

GateRule gateFor(const Contact &contact, const Gatekeeping *set)
{
    return set ? set->rule : defaultGate(contact.kind);
}

bool keepsGateOf(const Person &user, const QString &directorId)
{
    return user.id == directorId || user.role == Role::OfficeManager ||
           (user.role == Role::Assistant && user.principals.contains(directorId));
}

QString gateRecordId(const QString &director, const QString &contactId)
{
    Sha256 hash;
    hash.addData(QStringLiteral("gatekeeping\n%1\n%2").arg(director, contactId).toUtf8());
    QString hex = hash.hex().left(32);
    // An RFC 9562 UUID of version 8 (custom), so it reads as the id it is.
    hex[12] = QLatin1Char('8');
    hex[16] = QLatin1Char("89ab"[hex[16].digitValue() & 3]);
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
           QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}

Contact ContactRepo::fromRecord(const QVariantMap &r)
{
    Contact c;
    c.id = r.value(QStringLiteral("id")).toString();
    c.name = r.value(QStringLiteral("name")).toString();
    // A word from a newer device reads as the defaults: someone from outside, in Dutch.
    c.kind = fromText<ContactKind>(r.value(QStringLiteral("kind")).toString())
                 .value_or(ContactKind::Outside);
    c.department = r.value(QStringLiteral("department")).toString();
    c.askFor = r.value(QStringLiteral("ask_for")).toString();
    c.organisation = r.value(QStringLiteral("organisation")).toString();
    c.jobTitle = r.value(QStringLiteral("job_title")).toString();
    c.phone = r.value(QStringLiteral("phone")).toString();
    c.email = r.value(QStringLiteral("email")).toString();
    c.language = fromText<ContactLanguage>(r.value(QStringLiteral("language")).toString())
                     .value_or(ContactLanguage::Dutch);
    c.notes = r.value(QStringLiteral("notes")).toString();
    c.createdBy = r.value(QStringLiteral("created_by")).toString();
    c.address = r.value(QStringLiteral("address")).toString();
    // A form from a newer device reads as unknown: the letter then names them in full.
    c.form = fromText<ContactForm>(r.value(QStringLiteral("form")).toString())
                 .value_or(ContactForm::None);
    return c;
}

QVariantMap ContactRepo::toRecord(const Contact &c)
{
    return {
        {QStringLiteral("name"), c.name},
        {QStringLiteral("kind"), toText(c.kind)},
        {QStringLiteral("department"), c.department},
        {QStringLiteral("ask_for"), c.askFor},
        {QStringLiteral("organisation"), c.organisation},
        {QStringLiteral("job_title"), c.jobTitle},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("language"), toText(c.language)},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("created_by"), c.createdBy},
        {QStringLiteral("address"), c.address},
        {QStringLiteral("form"), toText(c.form)},
    };
}

Gatekeeping ContactRepo::gateFromRecord(const QVariantMap &r)
{
    Gatekeeping g;
    g.id = r.value(QStringLiteral("id")).toString();
    g.director = r.value(QStringLiteral("director")).toString();
    g.contactId = r.value(QStringLiteral("contact_id")).toString();
    // A rule from a newer device reads as the careful one.
    g.rule = fromText<GateRule>(r.value(QStringLiteral("rule")).toString())
                 .value_or(GateRule::ViaAssistant);
    g.setBy = r.value(QStringLiteral("set_by")).toString();
    return g;
}

void ContactRepo::validate(const Contact &c)
{
    if (c.name.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a contact needs a name"));
    static const QRegularExpression phone(QStringLiteral("^[0-9 +()\\-]*$"));
    if (!phone.match(c.phone).hasMatch() ||
        (!c.phone.isEmpty() && !c.phone.contains(QRegularExpression(QStringLiteral("[0-9]")))))
        fail(ErrorKind::BadInput, QStringLiteral("'%1' is not a phone number").arg(c.phone));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!c.email.isEmpty() && !email.match(c.email).hasMatch())
        fail(ErrorKind::BadInput, QStringLiteral("'%1' is not an e-mail address").arg(c.email));
    // An envelope's window takes six lines; more is a note pasted into the wrong field.
    if (c.address.count(QLatin1Char('\n')) >= kMaxAddressLines)
        fail(ErrorKind::BadInput,
             QStringLiteral("an address has at most %1 lines").arg(kMaxAddressLines));
}

QString ContactRepo::add(Contact contact)
{
    QVariantMap record = toRecord(contact);
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (it.value().typeId() == QMetaType::QString)
            it.value() = it.value().toString().trimmed();
    }
    record.insert(QStringLiteral("address"), addressLines(contact.address));
    validate(fromRecord(record));
    Database::Transaction tx(m_db);
    if (!contact.id.isEmpty())
        record.insert(QStringLiteral("id"), contact.id);
    const QString id = m_db.insert(kContacts, record);
    tx.commit();
    return id;
}

void ContactRepo::update(const QString &id, const ContactChange &change)
{
    const auto current = m_db.get(kContacts, id);
    if (!current)
        fail(ErrorKind::NotFound, QStringLiteral("no contact %1").arg(id));
    const QVariantMap fields = columnsOf(change);
    QVariantMap merged = *current;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    validate(fromRecord(merged));
    Database::Transaction tx(m_db);
    m_db.update(kContacts, id, fields);
    tx.commit();
}

void ContactRepo::remove(const QString &id)
{
    m_db.removeOne(kContacts, id, QStringLiteral("contact"));
}

void ContactRepo::restore(const QString &id)
{
    m_db.restoreOne(kContacts, id);
}

std::optional<Contact> ContactRepo::byId(const QString &id)
{
    const auto r = m_db.get(kContacts, id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

Contact ContactRepo::resolve(const QString &ref)
{
    if (const auto exact = byId(ref))
        return *exact;
    QList<Contact> matches;
    for (const Contact &c : all()) {
        if (c.name.compare(ref.trimmed(), Qt::CaseInsensitive) == 0 ||
            (ref.size() >= 4 && (c.id.startsWith(ref) || c.id.endsWith(ref))))
            matches << c;
    }
    if (matches.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("no contact '%1'").arg(ref));
    if (matches.size() > 1)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' names more than one contact").arg(ref));
    return matches.first();
}

QList<Contact> ContactRepo::select(const QString &sql, const QVariantList &args)
{
    const EntityDef &def = entity(kContacts);
    auto &q = m_db.run(sql, args);
    QList<Contact> out;
    while (q.next())
        out << fromRecord(Database::decodeRow(def, q));
    std::sort(out.begin(), out.end(), byName);
    return out;
}

QList<Contact> ContactRepo::all()
{
    return select(QStringLiteral("SELECT %1 FROM contacts WHERE deleted = 0")
                      .arg(Database::selectColumns(entity(kContacts))),
                  {});
}

QList<Contact> ContactRepo::search(const QString &text)
{
    const QString query = matchQuery(text);
    if (query.isEmpty())
        return all();
    return select(QStringLiteral("SELECT %1 FROM contacts c WHERE c.deleted = 0 AND c.id IN "
                                 "(SELECT id FROM contacts_search WHERE contacts_search MATCH ?)")
                      .arg(Database::selectColumns(entity(kContacts), QStringLiteral("c."))),
                  {query});
}

void ContactRepo::setGate(const QString &director, const QString &contactId, GateRule rule,
                          const QString &setBy)
{
    const auto person = PeopleRepo(m_db).byId(director);
    if (!person || person->role != Role::Director)
        fail(ErrorKind::BadInput, QStringLiteral("%1 is not a director").arg(director));
    if (!m_db.get(kContacts, contactId))
        fail(ErrorKind::NotFound, QStringLiteral("no contact %1").arg(contactId));
    const QString id = gateRecordId(director, contactId);
    const QVariantMap fields{{QStringLiteral("director"), director},
                             {QStringLiteral("contact_id"), contactId},
                             {QStringLiteral("rule"), toText(rule)},
                             {QStringLiteral("set_by"), setBy}};
    Database::Transaction tx(m_db);
    const QVariant deleted =
        m_db.scalar(QStringLiteral("SELECT deleted FROM gatekeeping WHERE id = ?"), {id});
    if (!deleted.isValid()) {
        QVariantMap record = fields;
        record.insert(QStringLiteral("id"), id);
        m_db.insert(kGates, record);
    } else {
        if (deleted.toBool())
            m_db.restore(kGates, id);
        m_db.update(kGates, id, fields);
    }
    tx.commit();
}

std::optional<Gatekeeping> ContactRepo::gateRecord(const QString &director,
                                                   const QString &contactId)
{
    const auto r = m_db.get(kGates, gateRecordId(director, contactId));
    if (!r)
        return std::nullopt;
    return gateFromRecord(*r);
}

GateRule ContactRepo::gate(const QString &director, const QString &contactId)
{
    const auto contact = byId(contactId);
    if (!contact)
        fail(ErrorKind::NotFound, QStringLiteral("no contact %1").arg(contactId));
    const auto set = gateRecord(director, contactId);
    return gateFor(*contact, set ? &*set : nullptr);
}

QList<Gatekeeping> ContactRepo::gatesOf(const QString &contactId)
{
    QList<Gatekeeping> out;
    for (const QVariantMap &r : m_db.liveRecords(
             kGates, QStringLiteral("AND contact_id = ? ORDER BY director"), {contactId}))
        out << gateFromRecord(r);
    return out;
}

} // namespace spil
