// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "core/agenda/AgendaRepo.h"
#include "core/contacts/ContactRepo.h"
#include "qml/agenda/AppointmentDetails.h"
#include "qml/agenda/BookingForm.h"
#include "qml/contacts/ContactDetails.h"
#include "qml/contacts/ContactListModel.h"
#include "qml/letters/LetterDetails.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

namespace {
class ContactModels : public AppFixture {
protected:
    QStringList names(const ContactListModel &list)
    {
        QStringList out;
        for (int row = 0; row < list.rowCount(); ++row)
            out << list.data(list.index(row), ContactListModel::roleOf("name")).toString();
        return out;
    }
    QString contactNamed(const char *name)
    {
        return ContactRepo(*app->office()->store()).resolve(QString::fromUtf8(name)).id;
    }
};
} // namespace

TEST_F(ContactModels, TheListIsByNameAndTheSearchNarrowsItWithoutAReset)
{
    start(QStringLiteral("assistant"));
    ContactListModel list(app->office(), app->people());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(list.count(), 12);
    EXPECT_EQ(names(list).first(), QStringLiteral("Ahmed Benali"));
    EXPECT_TRUE(list.canEdit());
    const int subtitle = ContactListModel::roleOf("subtitle");
    EXPECT_EQ(list.data(list.index(0), subtitle).toString(),
              QStringLiteral("Financiën · declaraties, budgetten en inkooporders"));

    QSignalSpy resets(&list, &QAbstractItemModel::modelReset);
    // Verbeek (Verbeek Verhuizingen), vergaderzalen and verlof: each starts a word.
    list.setQuery(QStringLiteral("ve"));
    EXPECT_EQ(names(list),
              (QStringList{QStringLiteral("Bas Verbeek"), QStringLiteral("Esther Willems"),
                           QStringLiteral("Marieke Post")}));
    list.setQuery(QStringLiteral("verh"));
    EXPECT_EQ(names(list), QStringList{QStringLiteral("Bas Verbeek")});
    list.setQuery(QString());
    EXPECT_EQ(list.count(), 12);
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(ContactModels, RemovingOneTakesItsRowAwayAndUndoBringsItBack)
{
    start(QStringLiteral("assistant"));
    ContactListModel list(app->office(), app->people());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString id = contactNamed("Yvonne Dekker");
    ASSERT_TRUE(list.remove(id));
    EXPECT_EQ(list.count(), 11);
    EXPECT_FALSE(names(list).contains(QStringLiteral("Yvonne Dekker")));
    ASSERT_TRUE(list.restore(id));
    EXPECT_EQ(list.count(), 12);
}

TEST_F(ContactModels, StaffReadContactsButEditNoneAndSeeNoGate)
{
    start(QStringLiteral("assistant"));
    // The demo signs in as the assistant; this device's user is Joris, of the staff.
    ASSERT_TRUE(app->people()->identify(idOf("joris")));
    app->reloadViews();
    ContactListModel list(app->office(), app->people());
    EXPECT_EQ(list.count(), 12);
    EXPECT_FALSE(list.canEdit());
    ContactDetails details(app->office(), app->people());
    details.setContactId(contactNamed("Erik Hofstede"));
    EXPECT_TRUE(details.exists());
    EXPECT_FALSE(details.canEdit());
    EXPECT_TRUE(details.gates().isEmpty());
}

TEST_F(ContactModels, TheDetailsGiveCallAndMailLinksAndTheGatesTheUserKeeps)
{
    start(QStringLiteral("assistant")); // Sanne serves Maarten only
    ContactDetails details(app->office(), app->people());
    details.setContactId(contactNamed("Erik Hofstede"));
    EXPECT_EQ(details.name(), QStringLiteral("Erik Hofstede"));
    EXPECT_EQ(details.organisation(), QStringLiteral("Hofstede Groep"));
    EXPECT_EQ(details.phoneUrl(), QStringLiteral("tel:+31205550123"));
    EXPECT_EQ(details.mailUrl(), QStringLiteral("mailto:erik@hofstedegroep.nl"));
    ASSERT_EQ(details.gates().size(), 1);
    EXPECT_EQ(details.gates()[0].directorName, QStringLiteral("Maarten Verhoeven"));
    EXPECT_EQ(details.gates()[0].rule, GateRule::Straight);
    EXPECT_FALSE(details.gates()[0].isDefault);

    // Setting a gate is one action that reaches the outbox; the view reads it back.
    QSignalSpy changed(&details, &ContactDetails::changed);
    ASSERT_TRUE(details.setGate(details.gates()[0].directorId, GateRule::Never));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(details.gates()[0].rule, GateRule::Never);
    EXPECT_EQ(details.gates()[0].text, QStringLiteral("Not at all"));
}

TEST_F(ContactModels, TheOfficeManagerKeepsEveryDirectorsGate)
{
    start(QStringLiteral("office-manager"));
    ContactDetails details(app->office(), app->people());
    details.setContactId(contactNamed("Charlotte Meijer"));
    ASSERT_EQ(details.gates().size(), 2);
    EXPECT_EQ(details.gates()[0].directorName, QStringLiteral("Ingrid Smit"));
    EXPECT_EQ(details.gates()[0].rule, GateRule::Straight);
    EXPECT_EQ(details.gates()[1].rule, GateRule::ViaAssistant);
    EXPECT_TRUE(details.gates()[1].isDefault);
}

TEST_F(ContactModels, TheFormAddsAndEditsAndExplainsARefusal)
{
    start(QStringLiteral("assistant"));
    ContactDetails form(app->office(), app->people());
    EXPECT_FALSE(form.save(QStringLiteral("Piet"), ContactKind::Outside, {}, {}, {}, {}, {},
                           QStringLiteral("piet-at-kpmg"), ContactLanguage::Dutch, {}, {},
                           ContactForm::None));
    EXPECT_TRUE(form.error().contains(QStringLiteral("e-mail")));
    EXPECT_FALSE(form.exists());
    ASSERT_TRUE(form.save(QStringLiteral("Piet Claassen"), ContactKind::Outside, {}, {},
                          QStringLiteral("KPMG"), QStringLiteral("Manager"),
                          QStringLiteral("020 656 70 00"), QStringLiteral("piet@kpmg.nl"),
                          ContactLanguage::English, {}, {}, ContactForm::None));
    EXPECT_TRUE(form.exists());
    EXPECT_EQ(form.languageText(), QStringLiteral("English"));
    const QString id = form.contactId();
    ASSERT_TRUE(form.save(QStringLiteral("Piet Claassen"), ContactKind::Outside, {}, {},
                          QStringLiteral("KPMG Advisory"), QStringLiteral("Manager"),
                          QStringLiteral("020 656 70 00"), QStringLiteral("piet@kpmg.nl"),
                          ContactLanguage::English, {}, {}, ContactForm::None));
    EXPECT_EQ(form.contactId(), id);
    EXPECT_EQ(ContactRepo(*app->office()->store()).byId(id)->organisation,
              QStringLiteral("KPMG Advisory"));
    EXPECT_FALSE(form.save(QStringLiteral("  "), ContactKind::Outside, {}, {}, {}, {}, {}, {},
                           ContactLanguage::Dutch, {}, {}, ContactForm::None));
    EXPECT_FALSE(form.error().isEmpty());
}

TEST_F(ContactModels, TheFormSavesTheAddressAndFormOfAddressThatALetterThenUses)
{
    start(QStringLiteral("assistant"));
    const QString erik = contactNamed("Erik Hofstede");
    ContactDetails form(app->office(), app->people());
    form.setContactId(erik);
    ASSERT_EQ(form.form(), ContactForm::Mr);
    const auto before = ContactRepo(*app->office()->store()).byId(erik);
    // The envelope's lines as typed, with a blank line and stray spaces the store drops.
    ASSERT_TRUE(
        form.save(form.name(), form.kind(), form.department(), form.askFor(), form.organisation(),
                  form.jobTitle(), form.phone(), form.email(), form.language(), form.notes(),
                  QStringLiteral("  Herengracht 12 \n\n1015 BR Amsterdam"), ContactForm::Ms))
        << form.error().toStdString();
    EXPECT_EQ(form.address(), QStringLiteral("Herengracht 12\n1015 BR Amsterdam"));
    EXPECT_EQ(form.form(), ContactForm::Ms);
    EXPECT_EQ(form.formText(), QStringLiteral("Ms"));
    const auto after = ContactRepo(*app->office()->store()).byId(erik);
    EXPECT_EQ(after->address, QStringLiteral("Herengracht 12\n1015 BR Amsterdam"));
    EXPECT_EQ(after->form, ContactForm::Ms);
    EXPECT_EQ(after->phone, before->phone) << "the rest stays as it was";

    // The letter made for the contact now goes to the new address, and to "mevrouw".
    LetterDetails letter(app->office(), app->people());
    ASSERT_TRUE(
        letter.create(erik, QStringLiteral("Verhuizing"), QStringLiteral("Wij verhuizen."), false))
        << letter.error().toStdString();
    EXPECT_EQ(letter.addressText(), QStringLiteral("Erik Hofstede\nHofstede Groep\nHerengracht 12\n"
                                                   "1015 BR Amsterdam"));
    ASSERT_TRUE(letter.makeDraft());
    EXPECT_TRUE(letter.text().startsWith(QStringLiteral("Geachte mevrouw Hofstede,")))
        << letter.text().toStdString();

    // Unknown: named in full, never guessed from a first name.
    ASSERT_TRUE(form.save(form.name(), form.kind(), form.department(), form.askFor(),
                          form.organisation(), form.jobTitle(), form.phone(), form.email(),
                          form.language(), form.notes(), form.address(), ContactForm::None));
    EXPECT_EQ(form.formText(), QStringLiteral("By their full name"));
    LetterDetails second(app->office(), app->people());
    ASSERT_TRUE(
        second.create(erik, QStringLiteral("Sleutels"), QStringLiteral("De sleutels."), false));
    ASSERT_TRUE(second.makeDraft());
    EXPECT_TRUE(second.text().startsWith(QStringLiteral("Geachte Erik Hofstede,")))
        << second.text().toStdString();

    // An address longer than an envelope holds is refused with the reason; nothing changes.
    EXPECT_FALSE(form.save(form.name(), form.kind(), form.department(), form.askFor(),
                           form.organisation(), form.jobTitle(), form.phone(), form.email(),
                           form.language(), form.notes(),
                           QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10"), ContactForm::Mr));
    EXPECT_FALSE(form.error().isEmpty());
    EXPECT_EQ(ContactRepo(*app->office()->store()).byId(erik)->form, ContactForm::None);
}

TEST_F(ContactModels, BookingWithAContactSaysHowTheyGetThroughAndRefusesNeverUnlessForced)
{
    start(QStringLiteral("assistant"));
    BookingForm form(app->office(), app->people());
    form.setTitle(QStringLiteral("Planning verhuizing"));
    form.setDayIndex(3);
    form.setStartMinutes(16 * 60);
    form.setContactId(contactNamed("Bas Verbeek"));
    EXPECT_EQ(form.gate(), GateRule::Never);
    EXPECT_EQ(form.gateText(), QStringLiteral("Maarten does not see Bas Verbeek."));
    EXPECT_FALSE(form.book());
    EXPECT_TRUE(form.refusal().startsWith(QStringLiteral("Maarten does not see Bas Verbeek.")));
    QSignalSpy booked(&form, &BookingForm::booked);
    ASSERT_TRUE(form.book(true));
    ASSERT_EQ(booked.count(), 1);
    const QString id = booked.first().first().toString();
    EXPECT_EQ(AgendaRepo(*app->office()->store()).byId(id)->contactId, contactNamed("Bas Verbeek"));

    form.setContactId(contactNamed("Anouk van Dijk"));
    EXPECT_EQ(form.gateText(), QStringLiteral("Anouk van Dijk reaches Maarten via the assistant."));
    form.setContactId(QString());
    EXPECT_EQ(form.gateText(), QString());
}

TEST_F(ContactModels, TheAppointmentPageNamesItsContactAndTheGate)
{
    start(QStringLiteral("assistant"));
    const QString meeting =
        app->office()
            ->store()
            ->scalar(QStringLiteral("SELECT id FROM appointments WHERE title = ?"),
                     {QStringLiteral("Klantgesprek Hofstede Groep")})
            .toString();
    ASSERT_FALSE(meeting.isEmpty());
    AppointmentDetails details(app->office(), app->people());
    details.setAppointmentId(meeting);
    EXPECT_EQ(details.contactName(), QStringLiteral("Erik Hofstede"));
    EXPECT_EQ(details.gateText(), QStringLiteral("Maarten takes Erik Hofstede straight through."));
}
