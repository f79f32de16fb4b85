// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/common/Error.h"
#include "core/store/Schema.h"

using namespace spil;
using namespace spil::test;

class People : public StoreTest {};

TEST_F(People, AssistantsServeOneOrMoreDirectors)
{
    const QString maarten = addPerson("Maarten Verhoeven", Role::Director);
    const QString ingrid = addPerson("Ingrid Smit", Role::Director);
    const QString sanne =
        addPerson("Sanne Bakker", Role::Assistant, "Europe/Amsterdam", 0, {maarten});
    const QString lotte =
        addPerson("Lotte de Vries", Role::Assistant, "Europe/Amsterdam", 0, {maarten, ingrid});
    PeopleRepo people(*db);
    QStringList ofMaarten;
    for (const Person &p : people.assistantsOf(maarten))
        ofMaarten << p.id;
    EXPECT_EQ(ofMaarten.size(), 2);
    EXPECT_TRUE(ofMaarten.contains(sanne) && ofMaarten.contains(lotte));
    ASSERT_EQ(people.assistantsOf(ingrid).size(), 1);
    EXPECT_EQ(people.assistantsOf(ingrid).first().id, lotte);
}

TEST_F(People, RefusesWhatCannotBeTrue)
{
    const QString staff = addPerson("Joris Mulder", Role::Staff);
    PeopleRepo people(*db);
    Person p;
    p.name = QStringLiteral("Nieuw");
    p.handle = QStringLiteral("joris"); // taken
    EXPECT_THROW(people.add(p), Error);
    p.handle = QStringLiteral("nieuw");
    p.tz = QStringLiteral("Mars/Olympus");
    EXPECT_THROW(people.add(p), Error);
    p.tz = QStringLiteral("Europe/Amsterdam");
    p.workStartMin = 18 * 60;
    EXPECT_THROW(people.add(p), Error);
    p.workStartMin = 9 * 60;
    p.role = Role::Assistant;
    p.principals = {staff}; // not a director
    EXPECT_THROW(people.add(p), Error);
    EXPECT_EQ(people.all().size(), 1);
    EXPECT_EQ(db->pendingCount(), entity(QStringLiteral("people")).fields.size());
}

TEST_F(People, ResolvesByHandleNameOrIdTail)
{
    const QString id = addPerson("Sanne Bakker", Role::Assistant);
    addPerson("Sander Vos", Role::Staff);
    PeopleRepo people(*db);
    EXPECT_EQ(people.resolve(QStringLiteral("SANNE")).id, id);
    EXPECT_EQ(people.resolve(QStringLiteral("sanne bakker")).id, id);
    EXPECT_EQ(people.resolve(Database::shortId(id)).id, id);
    EXPECT_EQ(people.resolve(id).id, id);
    try {
        people.resolve(QStringLiteral("nobody"));
        FAIL();
    } catch (const Error &e) {
        EXPECT_EQ(e.kind(), ErrorKind::NotFound);
    }
}
