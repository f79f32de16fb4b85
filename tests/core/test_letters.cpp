// SPDX-License-Identifier: GPL-3.0-or-later
// Letters: the template in Dutch and English (salutation, closing, date and place, the
// address block), the states and who takes each step, typed edits, a contact's address.
#include "TestStore.h"

#include "core/common/EnumText.h"
#include "core/contacts/ContactRepo.h"
#include "core/letters/LetterAnswers.h"
#include "core/letters/LetterRepo.h"

#include <QMetaEnum>

using namespace spil;
using namespace spil::test;

namespace {
class Letters : public StoreTest {
protected:
    Letters()
    {
        maarten = addPerson("Maarten de Vries", Role::Director);
        ingrid = addPerson("Ingrid Bakker", Role::Director);
        sanne = addPerson("Sanne Jansen", Role::Assistant, "Europe/Amsterdam", 0, {maarten});
        noor = addPerson("Noor Visser", Role::OfficeManager);
        joris = addPerson("Joris Smit", Role::Staff);
        Contact c;
        c.name = QStringLiteral("Pieter van den Berg");
        c.organisation = QStringLiteral("Gemeente Utrecht");
        c.address = QStringLiteral("  Stadsplateau 1 \n\n 3521 AZ  Utrecht ");
        c.form = ContactForm::Mr;
        pieter = ContactRepo(*db).add(c);
        Contact e;
        e.name = QStringLiteral("Emma Clarke");
        e.language = ContactLanguage::English;
        e.form = ContactForm::Ms;
        e.address = QStringLiteral("1 King Street\nLondon EC2V 8AU\nUnited Kingdom");
        emma = ContactRepo(*db).add(e);
    }
    QString newLetter(const QString &contact, const QString &by, bool confidential = false)
    {
        Letter l;
        l.owner = maarten;
        l.contactId = contact;
        l.subject = QStringLiteral("Huurcontract kantoor");
        l.notes = QStringLiteral("Wij verlengen het contract met een jaar.\nGraag een "
                                 "bevestiging voor 1 januari.");
        l.confidential = confidential;
        return letters.add(l, by);
    }
    LetterState stateOf(const QString &id) { return letters.byId(id)->state; }
    LetterRepo letters{*db};
    QString maarten, ingrid, sanne, noor, joris, pieter, emma;
};

Contact contact(const char *name, ContactForm form)
{
    Contact c;
    c.name = QString::fromUtf8(name);
    c.form = form;
    return c;
}
} // namespace

TEST_F(Letters, EveryEnumWordRoundTripsAndABadOneIsRefused)
{
    for (const QMetaEnum &e :
         {QMetaEnum::fromType<LetterState>(), QMetaEnum::fromType<LetterVia>(),
          QMetaEnum::fromType<LetterStyle>(), QMetaEnum::fromType<ContactForm>()})
        EXPECT_GT(e.keyCount(), 1);
    for (LetterState s : {LetterState::Notes, LetterState::Draft, LetterState::Approval,
                          LetterState::Ready, LetterState::Sent})
        EXPECT_EQ(fromText<LetterState>(toText(s)), s);
    for (LetterVia v : {LetterVia::None, LetterVia::Post, LetterVia::Email})
        EXPECT_EQ(fromText<LetterVia>(toText(v)), v);
    for (ContactForm f : {ContactForm::None, ContactForm::Mr, ContactForm::Ms})
        EXPECT_EQ(fromText<ContactForm>(toText(f)), f);
    EXPECT_FALSE(fromText<LetterState>(QStringLiteral("approved")).has_value());
    EXPECT_FALSE(fromText<ContactForm>(QStringLiteral("dr")).has_value());
}

TEST_F(Letters, DutchSalutationsAreFormalAndCapitaliseAPrefix)
{
    const auto nl = ContactLanguage::Dutch;
    EXPECT_EQ(salutationFor(contact("Pieter van den Berg", ContactForm::Mr), nl),
              QStringLiteral("Geachte heer Van den Berg,"));
    EXPECT_EQ(salutationFor(contact("Anna de Wit", ContactForm::Ms), nl),
              QStringLiteral("Geachte mevrouw De Wit,"));
    EXPECT_EQ(salutationFor(contact("Sam Visser", ContactForm::None), nl),
              QStringLiteral("Geachte Sam Visser,"));
    EXPECT_EQ(salutationFor(contact("", ContactForm::None), nl),
              QStringLiteral("Geachte heer, mevrouw,"));
    EXPECT_EQ(closingFor(nl, LetterStyle::Formal), QStringLiteral("Met vriendelijke groet,"));
    EXPECT_EQ(closingFor(nl, LetterStyle::Personal), QStringLiteral("Met vriendelijke groet,"));
}

TEST_F(Letters, EnglishSalutationsKeepTheNameAndCloseByHouseStyle)
{
    const auto en = ContactLanguage::English;
    EXPECT_EQ(salutationFor(contact("Pieter van den Berg", ContactForm::Mr), en),
              QStringLiteral("Dear Mr van den Berg,"));
    EXPECT_EQ(salutationFor(contact("Emma Clarke", ContactForm::Ms), en),
              QStringLiteral("Dear Ms Clarke,"));
    EXPECT_EQ(salutationFor(contact("Sam Visser", ContactForm::None), en),
              QStringLiteral("Dear Sam Visser,"));
    EXPECT_EQ(salutationFor(contact("", ContactForm::None), en),
              QStringLiteral("Dear Sir or Madam,"));
    EXPECT_EQ(closingFor(en, LetterStyle::Formal), QStringLiteral("Yours sincerely,"));
    EXPECT_EQ(closingFor(en, LetterStyle::Personal), QStringLiteral("Kind regards,"));
}

TEST_F(Letters, TheTemplateWritesPlaceDateAndAddressInTheLettersLanguage)
{
    const QString nlId = newLetter(pieter, sanne);
    const QString enId = newLetter(emma, sanne);
    const QDate day(2026, 11, 30);
    const HouseStyle house{QStringLiteral("Amsterdam"), LetterStyle::Formal};
    const LetterParts nl = letterParts(*letters.byId(nlId), *ContactRepo(*db).byId(pieter),
                                       QStringLiteral("Maarten de Vries"), house, day);
    EXPECT_EQ(nl.placeAndDate, QStringLiteral("Amsterdam, 30 november 2026"));
    EXPECT_EQ(
        nl.addressBlock,
        (QStringList{QStringLiteral("Pieter van den Berg"), QStringLiteral("Gemeente Utrecht"),
                     QStringLiteral("Stadsplateau 1"), QStringLiteral("3521 AZ Utrecht")}));
    EXPECT_EQ(nl.subjectLine, QStringLiteral("Betreft: Huurcontract kantoor"));
    const LetterParts en = letterParts(*letters.byId(enId), *ContactRepo(*db).byId(emma),
                                       QStringLiteral("Maarten de Vries"), {}, day);
    EXPECT_EQ(en.placeAndDate, QStringLiteral("30 November 2026")) << "no place: the date alone";
    EXPECT_EQ(en.addressBlock.last(), QStringLiteral("United Kingdom"));
    EXPECT_EQ(en.salutation, QStringLiteral("Dear Ms Clarke,"));
}

TEST_F(Letters, ALetterTakesItsContactsLanguageUnlessOneIsGiven)
{
    EXPECT_EQ(letters.byId(newLetter(pieter, sanne))->language, ContactLanguage::Dutch);
    EXPECT_EQ(letters.byId(newLetter(emma, sanne))->language, ContactLanguage::English);
    Letter l;
    l.owner = maarten;
    l.contactId = emma;
    l.subject = QStringLiteral("Visit");
    EXPECT_EQ(letters.byId(letters.add(l, sanne, ContactLanguage::Dutch))->language,
              ContactLanguage::Dutch);
    const Letter stored = *letters.byId(newLetter(pieter, sanne));
    EXPECT_EQ(stored.state, LetterState::Notes);
    EXPECT_EQ(stored.createdBy, sanne);
    EXPECT_EQ(stored.createdAt, clock.nowMs());
}

TEST_F(Letters, BadLettersAreRefusedAndStoreNothing)
{
    Letter l;
    l.owner = sanne;
    l.contactId = pieter;
    l.subject = QStringLiteral("x");
    EXPECT_THROW(letters.add(l, sanne), Error) << "an assistant has no letters of her own";
    l.owner = maarten;
    l.contactId = QStringLiteral("nobody");
    EXPECT_THROW(letters.add(l, sanne), Error);
    l.contactId = pieter;
    l.subject = QStringLiteral("  ");
    EXPECT_THROW(letters.add(l, sanne), Error);
    l.subject = QStringLiteral("x");
    EXPECT_THROW(letters.add(l, joris), Error) << "staff write no letters";
    EXPECT_THROW(letters.add(l, ingrid), Error) << "another director neither";
    EXPECT_TRUE(letters.all().isEmpty());
}

TEST_F(Letters, TheDraftIsTheTemplateAroundTheNotes)
{
    const QString id = newLetter(pieter, sanne);
    letters.makeDraft(id, sanne, {QStringLiteral("Amsterdam"), LetterStyle::Formal});
    const Letter l = *letters.byId(id);
    EXPECT_EQ(l.state, LetterState::Draft);
    EXPECT_EQ(l.text, QStringLiteral("Geachte heer Van den Berg,\n\nWij verlengen het contract "
                                     "met een jaar.\n\nGraag een bevestiging voor 1 januari.\n\n"
                                     "Met vriendelijke groet,\n\n\nMaarten de Vries"));
    EXPECT_THROW(letters.makeDraft(id, sanne, {}), Error) << "a draft is made once, from notes";
    const QString en = newLetter(emma, sanne);
    letters.makeDraft(en, sanne, {QString(), LetterStyle::Personal});
    EXPECT_TRUE(letters.byId(en)->text.startsWith(QStringLiteral("Dear Ms Clarke,\n\n")));
    EXPECT_TRUE(
        letters.byId(en)->text.endsWith(QStringLiteral("Kind regards,\n\n\nMaarten de Vries")));
}

TEST_F(Letters, OnlyTheLettersDirectorApprovesOrComments)
{
    const QString id = newLetter(pieter, sanne);
    EXPECT_THROW(letters.submit(id, sanne), Error) << "notes are not a letter yet";
    letters.makeDraft(id, sanne, {});
    EXPECT_THROW(letters.approve(id, maarten), Error) << "not asked yet";
    letters.submit(id, sanne);
    EXPECT_EQ(stateOf(id), LetterState::Approval);
    for (const QString &who : {sanne, noor, ingrid, joris}) {
        EXPECT_THROW(letters.approve(id, who), Error);
        EXPECT_THROW(letters.comment(id, who, QStringLiteral("nee")), Error);
    }
    EXPECT_EQ(stateOf(id), LetterState::Approval);
    letters.comment(id, maarten, QStringLiteral("Noem ook de nieuwe huurprijs."));
    EXPECT_EQ(stateOf(id), LetterState::Draft) << "a comment sends it back to draft";
    EXPECT_EQ(letters.byId(id)->comment, QStringLiteral("Noem ook de nieuwe huurprijs."));
    EXPECT_THROW(letters.comment(id, maarten, QStringLiteral("x")), Error);
    letters.submit(id, sanne);
    EXPECT_THROW(letters.comment(id, maarten, QStringLiteral("  ")), Error);
    clock.set(utc("2026-11-26T09:30:00Z"));
    letters.approve(id, maarten);
    const Letter l = *letters.byId(id);
    EXPECT_EQ(l.state, LetterState::Ready);
    EXPECT_EQ(l.approvedBy, maarten);
    EXPECT_EQ(l.approvedAt, utc("2026-11-26T09:30:00Z"));
    const auto changes = lastActionChanges(*db);
    EXPECT_EQ(changes.keys(), (QList<QString>{QStringLiteral("letters.approved_at"),
                                              QStringLiteral("letters.approved_by"),
                                              QStringLiteral("letters.state")}));
}

TEST_F(Letters, TheDirectorTakesBackAStrayApprovalUntilItIsSentOrChanged)
{
    const QString id = newLetter(pieter, sanne);
    letters.makeDraft(id, sanne, {});
    letters.submit(id, sanne);
    EXPECT_THROW(letters.withdrawApproval(id, maarten), Error) << "nothing approved yet";
    letters.approve(id, maarten);
    EXPECT_THROW(letters.withdrawApproval(id, sanne), Error) << "his approval, not hers";
    const qint64 before = db->pendingActions();
    letters.withdrawApproval(id, maarten);
    EXPECT_EQ(db->pendingActions(), before + 1);
    Letter l = *letters.byId(id);
    EXPECT_EQ(l.state, LetterState::Approval);
    EXPECT_TRUE(l.approvedBy.isEmpty());
    EXPECT_EQ(l.approvedAt, 0);
    EXPECT_EQ(letters.waitingFor(maarten).size(), 1) << "it waits for him again";

    // Once the secretary changed it, it is a draft again: nothing of his to take back.
    letters.approve(id, maarten);
    letters.update(id, LetterChange{.text = QStringLiteral("Geachte heer,\n\nAnders.")}, sanne);
    EXPECT_THROW(letters.withdrawApproval(id, maarten), Error);
    EXPECT_EQ(stateOf(id), LetterState::Draft);
}

TEST_F(Letters, HisAssistantIsToldOfTheDirectorsAnswerOnceAndNobodyElseIs)
{
    const QString commented = newLetter(pieter, sanne);
    letters.makeDraft(commented, sanne, {});
    letters.submit(commented, sanne);
    letters.comment(commented, maarten, QStringLiteral("Eerst de huurprijs."));
    // The session's first sync only remembers: the comment may be days old.
    LetterAnswers told;
    EXPECT_TRUE(told.take(*db, {commented}, sanne).isEmpty());

    const QString approved = newLetter(pieter, sanne);
    letters.makeDraft(approved, sanne, {});
    letters.submit(approved, sanne);
    letters.approve(approved, maarten);
    letters.submit(commented, sanne);
    letters.comment(commented, maarten, QStringLiteral("Noem ook de opzegtermijn."));
    const QStringList both{approved, commented};
    for (const QString &other : {maarten, noor, joris, ingrid}) {
        LetterAnswers elsewhere;
        elsewhere.take(*db, {}, other);
        EXPECT_TRUE(elsewhere.take(*db, both, other).isEmpty()) << other.toStdString();
    }
    const QList<LetterAnswer> answers = told.take(*db, both, sanne);
    ASSERT_EQ(answers.size(), 2);
    EXPECT_EQ(answers[0].letter.id, approved);
    EXPECT_TRUE(answers[0].approved);
    EXPECT_EQ(answers[1].letter.id, commented);
    EXPECT_FALSE(answers[1].approved);
    EXPECT_EQ(answers[1].letter.comment, QStringLiteral("Noem ook de opzegtermijn."));
    EXPECT_TRUE(told.take(*db, both, sanne).isEmpty()) << "each answer is told once";

    // An approval that is no longer fresh when it arrives is not news.
    const QString old = newLetter(pieter, sanne);
    letters.makeDraft(old, sanne, {});
    letters.submit(old, sanne);
    letters.approve(old, maarten);
    clock.advance(LetterAnswers::kFreshMs + 1);
    EXPECT_TRUE(told.take(*db, {old}, sanne).isEmpty());
}

TEST_F(Letters, TheDirectorMarksHisOwnDraftReadyAndOnlyAReadyLetterIsSent)
{
    const QString id = newLetter(pieter, maarten);
    letters.makeDraft(id, maarten, {});
    EXPECT_THROW(letters.markReady(id, sanne), Error) << "ready without approval is his";
    EXPECT_THROW(letters.sendWithin(id, sanne, LetterVia::Post, QDate(2026, 11, 26), {}), Error);
    letters.markReady(id, maarten);
    EXPECT_EQ(stateOf(id), LetterState::Ready);
    EXPECT_EQ(letters.byId(id)->approvedBy, maarten);
}

TEST_F(Letters, AnEditPutsOnlyItsFieldsInTheOutboxAndANewTextNeedsApprovalAgain)
{
    const QString id = newLetter(pieter, sanne);
    letters.update(id, LetterChange{.subject = QStringLiteral(" Huur  2027 ")}, sanne);
    EXPECT_EQ(lastActionChanges(*db).keys(), QList<QString>{QStringLiteral("letters.subject")});
    EXPECT_EQ(letters.byId(id)->subject, QStringLiteral("Huur 2027"));
    letters.makeDraft(id, sanne, {});
    letters.submit(id, sanne);
    letters.approve(id, maarten);
    letters.update(id, LetterChange{.text = QStringLiteral("Geachte heer,\n\nAnders.")}, sanne);
    const Letter l = *letters.byId(id);
    EXPECT_EQ(l.state, LetterState::Draft);
    EXPECT_TRUE(l.approvedBy.isEmpty());
    EXPECT_THROW(letters.update(id, LetterChange{.subject = QStringLiteral("x")}, joris), Error);
    EXPECT_THROW(letters.update(id, LetterChange{.contactId = QStringLiteral("nobody")}, sanne),
                 Error);
}

TEST_F(Letters, AConfidentialLetterIsNotTheOfficeManagers)
{
    const QString open = newLetter(pieter, noor);
    EXPECT_EQ(stateOf(open), LetterState::Notes);
    Letter l;
    l.owner = maarten;
    l.contactId = pieter;
    l.subject = QStringLiteral("Geheim");
    l.confidential = true;
    EXPECT_THROW(letters.add(l, noor), Error);
    const QString secret = letters.add(l, sanne);
    EXPECT_THROW(letters.update(secret, LetterChange{.notes = QStringLiteral("x")}, noor), Error);
}

TEST_F(Letters, TheDirectorSeesTheLettersWaitingForHimOldestFirst)
{
    const QString first = newLetter(pieter, sanne);
    clock.set(clock.nowMs() + 60000);
    const QString second = newLetter(emma, sanne);
    for (const QString &id : {second, first}) {
        letters.makeDraft(id, sanne, {});
        letters.submit(id, sanne);
    }
    QStringList waiting;
    for (const Letter &l : letters.waitingFor(maarten))
        waiting << l.id;
    EXPECT_EQ(waiting, (QStringList{first, second}));
    EXPECT_TRUE(letters.waitingFor(ingrid).isEmpty());
    letters.remove(first);
    EXPECT_EQ(letters.waitingFor(maarten).size(), 1);
    letters.restore(first);
    EXPECT_EQ(letters.waitingFor(maarten).size(), 2);
}

TEST_F(Letters, AContactsAddressAndFormAreKeptAndAnOverlongAddressRefused)
{
    const Contact c = *ContactRepo(*db).byId(pieter);
    EXPECT_EQ(c.address, QStringLiteral("Stadsplateau 1\n3521 AZ Utrecht"));
    EXPECT_EQ(c.form, ContactForm::Mr);
    ContactRepo(*db).update(pieter, ContactChange{.form = ContactForm::None});
    EXPECT_EQ(lastActionChanges(*db).keys(), QList<QString>{QStringLiteral("contacts.form")});
    EXPECT_THROW(ContactRepo(*db).update(
                     pieter, ContactChange{.address = QStringLiteral("1\n2\n3\n4\n5\n6\n7")}),
                 Error);
    EXPECT_EQ(ContactRepo(*db).byId(pieter)->address,
              QStringLiteral("Stadsplateau 1\n3521 AZ Utrecht"));
}

TEST_F(Letters, TheHouseStyleIsTheOffices)
{
    EXPECT_EQ(houseStyleOf(*db).style, LetterStyle::Formal);
    setHouseStyle(*db, {QStringLiteral(" Rotterdam "), LetterStyle::Personal});
    EXPECT_EQ(houseStyleOf(*db).place, QStringLiteral("Rotterdam"));
    EXPECT_EQ(houseStyleOf(*db).style, LetterStyle::Personal);
}
