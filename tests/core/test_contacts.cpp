// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/common/EnumText.h"
#include "core/contacts/ContactRepo.h"
#include "core/store/Uuid7.h"
#include "core/tasks/TaskRepo.h"

#include <QMetaEnum>
#include <QSet>

using namespace spil;
using namespace spil::test;

namespace {
template <class E> void expectEveryValueRoundTrips()
{
    const QMetaEnum meta = QMetaEnum::fromType<E>();
    ASSERT_GT(meta.keyCount(), 0);
    QSet<QString> seen;
    for (int i = 0; i < meta.keyCount(); ++i) {
        const E value = E(meta.value(i));
        const QString text = toText(value);
        EXPECT_FALSE(text.isEmpty()) << meta.key(i);
        EXPECT_FALSE(seen.contains(text)) << meta.key(i);
        seen.insert(text);
        EXPECT_EQ(parseText<E>(text, QStringLiteral("x")), value) << meta.key(i);
    }
    EXPECT_EQ(qsizetype(enumTexts<E>.size()), qsizetype(meta.keyCount()));
}

class Contacts : public StoreTest {
protected:
    Contacts()
    {
        maarten = addPerson("Maarten de Vries", Role::Director);
        ingrid = addPerson("Ingrid Bakker", Role::Director);
        sanne = addPerson("Sanne Jansen", Role::Assistant, "Europe/Amsterdam", 0, {maarten});
    }
    static Contact outside(const char *name, const char *organisation)
    {
        Contact c;
        c.name = QString::fromUtf8(name);
        c.kind = ContactKind::Outside;
        c.organisation = QString::fromUtf8(organisation);
        return c;
    }
    static Contact inside(const char *name, const char *department, const char *askFor)
    {
        Contact c;
        c.name = QString::fromUtf8(name);
        c.kind = ContactKind::Inside;
        c.department = QString::fromUtf8(department);
        c.askFor = QString::fromUtf8(askFor);
        return c;
    }
    QStringList namesOf(const QList<Contact> &found)
    {
        QStringList out;
        for (const Contact &c : found)
            out << c.name;
        return out;
    }
    QSet<QString> changedFields()
    {
        const auto changes = lastActionChanges(*db);
        return QSet<QString>(changes.keyBegin(), changes.keyEnd());
    }
    QString maarten, ingrid, sanne;
    ContactRepo contacts{*db};
};
} // namespace

TEST(ContactEnums, EveryValueKeepsItsWordAndABadWordIsRefused)
{
    expectEveryValueRoundTrips<ContactKind>();
    expectEveryValueRoundTrips<ContactLanguage>();
    expectEveryValueRoundTrips<GateRule>();
    EXPECT_EQ(toText(ContactLanguage::English), QStringLiteral("en"));
    EXPECT_EQ(toText(GateRule::ViaAssistant), QStringLiteral("assistant"));
    try {
        parseText<GateRule>(u"sometimes", QStringLiteral("gate"));
        ADD_FAILURE() << "accepted";
    } catch (const Error &e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_EQ(e.message(),
                  QStringLiteral("unknown gate 'sometimes' (straight, assistant, never)"));
    }
}

TEST_F(Contacts, AddStoresEveryFieldTrimmedInOneAction)
{
    Contact c = outside("  Jan Jansen ", "Gemeente Utrecht");
    c.jobTitle = QStringLiteral("Wethouder");
    c.phone = QStringLiteral("+31 30 286 00 00");
    c.email = QStringLiteral("j.jansen@utrecht.nl");
    c.language = ContactLanguage::English;
    c.notes = QStringLiteral("Liever 's ochtends");
    c.createdBy = sanne;
    const QString id = contacts.add(c);
    const auto changes = lastActionChanges(*db);
    EXPECT_EQ(changes.value(QStringLiteral("contacts.name")).toString(),
              QStringLiteral("Jan Jansen"));
    EXPECT_EQ(changes.value(QStringLiteral("contacts.language")).toString(), QStringLiteral("en"));
    EXPECT_EQ(changes.value(QStringLiteral("contacts.kind")).toString(), QStringLiteral("outside"));
    const Contact stored = *contacts.byId(id);
    EXPECT_EQ(stored.name, QStringLiteral("Jan Jansen"));
    EXPECT_EQ(stored.organisation, QStringLiteral("Gemeente Utrecht"));
    EXPECT_EQ(stored.jobTitle, QStringLiteral("Wethouder"));
    EXPECT_EQ(stored.phone, QStringLiteral("+31 30 286 00 00"));
    EXPECT_EQ(stored.email, QStringLiteral("j.jansen@utrecht.nl"));
    EXPECT_EQ(stored.language, ContactLanguage::English);
    EXPECT_EQ(stored.notes, QStringLiteral("Liever 's ochtends"));
    EXPECT_EQ(stored.createdBy, sanne);
}

TEST_F(Contacts, BadInputIsRefusedAndStoresNothing)
{
    const qint64 pending = db->pendingCount();
    Contact noName = outside("  ", "KPMG");
    EXPECT_THROW(contacts.add(noName), Error);
    Contact badPhone = outside("Piet", "KPMG");
    badPhone.phone = QStringLiteral("bel maar");
    EXPECT_THROW(contacts.add(badPhone), Error);
    Contact noDigits = outside("Piet", "KPMG");
    noDigits.phone = QStringLiteral("+ -");
    EXPECT_THROW(contacts.add(noDigits), Error);
    Contact badMail = outside("Piet", "KPMG");
    badMail.email = QStringLiteral("piet-at-kpmg");
    EXPECT_THROW(contacts.add(badMail), Error);
    EXPECT_EQ(db->pendingCount(), pending);
    const QString id = contacts.add(outside("Piet", "KPMG"));
    EXPECT_THROW(contacts.update(id, {.email = QStringLiteral("geen")}), Error);
    EXPECT_THROW(contacts.update(id, {.name = QString()}), Error);
    EXPECT_EQ(contacts.byId(id)->email, QString());
    EXPECT_THROW(contacts.update(QStringLiteral("0190-nothing"), {.phone = QStringLiteral("1")}),
                 Error);
}

TEST_F(Contacts, AnEditPutsExactlyTheFieldsItChangesIntoTheOutbox)
{
    const QString id = contacts.add(outside("Jan Jansen", "Gemeente Utrecht"));
    contacts.update(
        id, {.phone = QStringLiteral("030 286 00 00"), .language = ContactLanguage::English});
    const auto changes = lastActionChanges(*db);
    EXPECT_EQ(
        QSet<QString>(changes.keyBegin(), changes.keyEnd()),
        (QSet<QString>{QStringLiteral("contacts.phone"), QStringLiteral("contacts.language")}));
    // The same value again changes nothing.
    const qint64 pending = db->pendingCount();
    contacts.update(id, {.organisation = QStringLiteral("Gemeente Utrecht")});
    EXPECT_EQ(db->pendingCount(), pending);
}

TEST_F(Contacts, RemoveLeavesATombstoneAndRestoreBringsItBack)
{
    const QString id = contacts.add(outside("Jan Jansen", "Gemeente Utrecht"));
    contacts.remove(id);
    EXPECT_EQ(lastActionChanges(*db).value(QStringLiteral("contacts.deleted")), QJsonValue(true));
    EXPECT_FALSE(contacts.byId(id));
    EXPECT_TRUE(contacts.all().isEmpty());
    EXPECT_TRUE(contacts.search(QStringLiteral("jan")).isEmpty());
    contacts.restore(id);
    EXPECT_EQ(contacts.byId(id)->organisation, QStringLiteral("Gemeente Utrecht"));
    EXPECT_EQ(namesOf(contacts.search(QStringLiteral("jan"))),
              QStringList{QStringLiteral("Jan Jansen")});
    EXPECT_THROW(contacts.remove(QStringLiteral("0190")), Error);
}

TEST_F(Contacts, SearchFindsWordsByTheirStartAcrossNameOrganisationDepartmentAndAskFor)
{
    contacts.add(outside("Jan Jansen", "Gemeente Utrecht"));
    contacts.add(outside("Eva de Jong", "Janssen Advocaten"));
    contacts.add(inside("Ahmed El Amrani", "Financiën", "declaraties en budgetten"));
    contacts.add(inside("Lotte Visser", "Facilitair", "sleutels, parkeerkaarten"));
    contacts.add(outside("Chloé Dubois", "Rabobank"));
    EXPECT_EQ(namesOf(contacts.search(QStringLiteral("jan"))),
              (QStringList{QStringLiteral("Eva de Jong"), QStringLiteral("Jan Jansen")}));
    EXPECT_EQ(namesOf(contacts.search(QStringLiteral("JANS"))),
              (QStringList{QStringLiteral("Eva de Jong"), QStringLiteral("Jan Jansen")}));
    // Accents are ignored both ways; every word must match.
    EXPECT_EQ(namesOf(contacts.search(QStringLiteral("financien"))),
              QStringList{QStringLiteral("Ahmed El Amrani")});
    EXPECT_EQ(namesOf(contacts.search(QStringLiteral("chloe"))),
              QStringList{QStringLiteral("Chloé Dubois")});
    EXPECT_EQ(namesOf(contacts.search(QStringLiteral("parkeer"))),
              QStringList{QStringLiteral("Lotte Visser")});
    EXPECT_EQ(namesOf(contacts.search(QStringLiteral("jan utrecht"))),
              QStringList{QStringLiteral("Jan Jansen")});
    EXPECT_TRUE(contacts.search(QStringLiteral("jan rabo")).isEmpty());
    // The middle of a word is no start of one.
    EXPECT_TRUE(contacts.search(QStringLiteral("ansen")).isEmpty());
    // Empty words list everyone; FTS5's own syntax is read as plain words.
    EXPECT_EQ(contacts.search(QStringLiteral("  ")).size(), 5);
    EXPECT_TRUE(contacts.search(QStringLiteral("\" OR * NEAR(")).isEmpty());
    EXPECT_TRUE(contacts.search(QStringLiteral("name:jan")).isEmpty());
}

TEST_F(Contacts, SearchFollowsRenamesAndRecordsArrivingFromTheServer)
{
    const QString id = contacts.add(outside("Jan Jansen", "Gemeente Utrecht"));
    contacts.update(id, {.name = QStringLiteral("Johan Jansen"),
                         .organisation = QStringLiteral("Provincie Utrecht")});
    EXPECT_EQ(contacts.search(QStringLiteral("gemeente")).size(), 0);
    EXPECT_EQ(contacts.search(QStringLiteral("provincie johan")).size(), 1);
    const QString remote = makeUuid7(clock.nowMs());
    {
        Database::Transaction tx(*db, Database::Transaction::TrustServerOrder);
        db->applyRemote(QStringLiteral("contacts"), remote,
                        {{QStringLiteral("name"), QStringLiteral("Bram Peters")},
                         {QStringLiteral("organisation"), QStringLiteral("Deloitte")}},
                        false);
        tx.commit();
    }
    EXPECT_EQ(namesOf(contacts.search(QStringLiteral("delo"))),
              QStringList{QStringLiteral("Bram Peters")});
    {
        Database::Transaction tx(*db, Database::Transaction::TrustServerOrder);
        db->purgeRemote(QStringLiteral("contacts"), remote);
        tx.commit();
    }
    EXPECT_TRUE(contacts.search(QStringLiteral("delo")).isEmpty());
}

TEST_F(Contacts, ResolveTakesANameOrTheEndOfAnId)
{
    const QString jan = contacts.add(outside("Jan Jansen", "Gemeente Utrecht"));
    contacts.add(outside("Eva de Jong", "Janssen Advocaten"));
    EXPECT_EQ(contacts.resolve(QStringLiteral("jan jansen")).id, jan);
    EXPECT_EQ(contacts.resolve(Database::shortId(jan)).id, jan);
    EXPECT_THROW(contacts.resolve(QStringLiteral("Jan")), Error);
}

TEST(Gatekeeping, InsideGoesStraightOutsideViaTheAssistantUnlessSetOtherwise)
{
    Contact colleague;
    colleague.kind = ContactKind::Inside;
    Contact client;
    client.kind = ContactKind::Outside;
    EXPECT_EQ(gateFor(colleague, nullptr), GateRule::Straight);
    EXPECT_EQ(gateFor(client, nullptr), GateRule::ViaAssistant);
    Gatekeeping never;
    never.rule = GateRule::Never;
    EXPECT_EQ(gateFor(colleague, &never), GateRule::Never);
    EXPECT_FALSE(bookingAllowed(GateRule::Never));
    EXPECT_TRUE(bookingAllowed(GateRule::ViaAssistant));
    EXPECT_TRUE(bookingAllowed(GateRule::Straight));
}

TEST(Gatekeeping, TheRecordIdIsTheSameOnEveryDeviceAndDiffersPerPair)
{
    const QString a = QStringLiteral("01900000-0000-7000-8000-000000000001");
    const QString b = QStringLiteral("01900000-0000-7000-8000-000000000002");
    const QString c = QStringLiteral("01900000-0000-7000-8000-0000000000c1");
    EXPECT_EQ(gateRecordId(a, c), gateRecordId(a, c));
    EXPECT_NE(gateRecordId(a, c), gateRecordId(b, c));
    EXPECT_NE(gateRecordId(a, c), gateRecordId(c, a));
    EXPECT_TRUE(isUuid(gateRecordId(a, c)));
    EXPECT_EQ(gateRecordId(a, c).at(14), QLatin1Char('8'));
}

TEST_F(Contacts, AGateIsSetPerDirectorAndSettingItAgainChangesOnlyTheRule)
{
    const QString jan = contacts.add(outside("Jan Jansen", "Gemeente Utrecht"));
    EXPECT_EQ(contacts.gate(maarten, jan), GateRule::ViaAssistant);
    contacts.setGate(maarten, jan, GateRule::Never, sanne);
    auto changes = lastActionChanges(*db);
    EXPECT_EQ(changes.value(QStringLiteral("gatekeeping.rule")).toString(),
              QStringLiteral("never"));
    EXPECT_EQ(changes.value(QStringLiteral("gatekeeping.set_by")).toString(), sanne);
    EXPECT_EQ(contacts.gate(maarten, jan), GateRule::Never);
    EXPECT_EQ(contacts.gate(ingrid, jan), GateRule::ViaAssistant);
    contacts.setGate(maarten, jan, GateRule::Straight, sanne);
    changes = lastActionChanges(*db);
    EXPECT_EQ(QSet<QString>(changes.keyBegin(), changes.keyEnd()),
              QSet<QString>{QStringLiteral("gatekeeping.rule")});
    contacts.setGate(ingrid, jan, GateRule::Never, ingrid);
    const QList<Gatekeeping> gates = contacts.gatesOf(jan);
    ASSERT_EQ(gates.size(), 2);
    EXPECT_EQ(contacts.gateRecord(maarten, jan)->id, gateRecordId(maarten, jan));
    EXPECT_EQ(contacts.gateRecord(maarten, jan)->rule, GateRule::Straight);
}

TEST_F(Contacts, AGateNeedsADirectorAndAContactThatExist)
{
    const QString jan = contacts.add(outside("Jan Jansen", "Gemeente Utrecht"));
    const qint64 pending = db->pendingCount();
    EXPECT_THROW(contacts.setGate(sanne, jan, GateRule::Never, sanne), Error);
    EXPECT_THROW(contacts.setGate(maarten, QStringLiteral("01900000-0000-7000-8000-000000000009"),
                                  GateRule::Never, sanne),
                 Error);
    EXPECT_EQ(db->pendingCount(), pending);
    // A removed contact keeps no gate to set until it is back.
    contacts.remove(jan);
    EXPECT_THROW(contacts.setGate(maarten, jan, GateRule::Never, sanne), Error);
}

TEST_F(Contacts, AppointmentsAndTasksNameAContactAndAnEditChangesOnlyThat)
{
    const QString jan = contacts.add(outside("Jan Jansen", "Gemeente Utrecht"));
    AgendaRepo agenda(*db);
    Appointment a = appointment(maarten, "Overleg wethouder", utc("2026-12-01T09:00:00Z"),
                                utc("2026-12-01T10:00:00Z"));
    a.contactId = jan;
    const QString id = agenda.add(a);
    EXPECT_EQ(lastActionChanges(*db).value(QStringLiteral("appointments.contact_id")).toString(),
              jan);
    EXPECT_EQ(agenda.byId(id)->contactId, jan);
    agenda.changeOccurrence(id, -1, {.contactId = QString()});
    EXPECT_EQ(changedFields(), QSet<QString>{QStringLiteral("appointments.contact_id")});
    EXPECT_EQ(agenda.byId(id)->contactId, QString());

    TaskRepo tasks(*db);
    Task t;
    t.title = QStringLiteral("Jan Jansen terugbellen");
    t.assignee = sanne;
    t.createdBy = sanne;
    t.contactId = jan;
    const QString task = tasks.add(t);
    EXPECT_EQ(tasks.byId(task)->contactId, jan);
    tasks.update(task, {.contactId = QString()});
    EXPECT_EQ(changedFields(), QSet<QString>{QStringLiteral("tasks.contact_id")});
}

TEST_F(Contacts, OneOfASeriesTakesNoContactOfItsOwn)
{
    const QString jan = contacts.add(outside("Jan Jansen", "Gemeente Utrecht"));
    AgendaRepo agenda(*db);
    Appointment a = appointment(maarten, "Wekelijks overleg", utc("2026-12-01T09:00:00Z"),
                                utc("2026-12-01T10:00:00Z"));
    a.rrule = QStringLiteral("FREQ=WEEKLY");
    const QString id = agenda.add(a);
    EXPECT_THROW(agenda.changeOccurrence(id, utc("2026-12-08T09:00:00Z"), {.contactId = jan}),
                 Error);
}

TEST(Gatekeeping, KeptByTheDirectorHisAssistantsAndTheOfficeManagerOnly)
{
    const QString maarten = QStringLiteral("m"), ingrid = QStringLiteral("i");
    const auto person = [](const QString &id, Role role, const QStringList &principals = {}) {
        Person p;
        p.id = id;
        p.role = role;
        p.principals = principals;
        return p;
    };
    const Person director = person(maarten, Role::Director);
    const Person assistant = person(QStringLiteral("s"), Role::Assistant, {maarten});
    const Person manager = person(QStringLiteral("o"), Role::OfficeManager);
    const Person staff = person(QStringLiteral("t"), Role::Staff);
    const Person other = person(ingrid, Role::Director);
    EXPECT_TRUE(keepsGateOf(director, maarten));
    EXPECT_TRUE(keepsGateOf(assistant, maarten));
    EXPECT_FALSE(keepsGateOf(assistant, ingrid));
    EXPECT_TRUE(keepsGateOf(manager, ingrid));
    EXPECT_FALSE(keepsGateOf(staff, maarten));
    EXPECT_FALSE(keepsGateOf(other, maarten));
}
