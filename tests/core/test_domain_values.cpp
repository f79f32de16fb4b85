// SPDX-License-Identifier: GPL-3.0-or-later
// Domain values are enums inside; their texts are what the store and the wire hold.
#include "TestStore.h"

#include "core/agenda/AgendaRules.h"
#include "core/common/Error.h"

#include <QMetaEnum>
#include <functional>

using namespace spil;
using namespace spil::test;

namespace {
// Every value of E that has a text comes back from it, and the texts differ.
template <class E> void expectRoundTrip(int textless = 0)
{
    const QMetaEnum meta = QMetaEnum::fromType<E>();
    QStringList seen;
    for (int i = 0; i < meta.keyCount(); ++i) {
        const E value = E(meta.value(i));
        const QString text = toText(value);
        if (text.isEmpty()) {
            --textless;
            continue;
        }
        EXPECT_FALSE(seen.contains(text)) << text.toStdString();
        seen << text;
        EXPECT_EQ(fromText<E>(text), value) << text.toStdString();
        EXPECT_EQ(parseText<E>(text, QStringLiteral("field")), value);
    }
    EXPECT_EQ(textless, 0) << meta.name();
}

QString badInput(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        return e.message();
    }
    ADD_FAILURE() << "no error";
    return {};
}

// The changes of the last mutation, by field.
QMap<QString, QJsonValue> lastAction(Database &db)
{
    const auto all = db.pendingChanges(100000);
    QMap<QString, QJsonValue> out;
    for (const OutboxChange &c : all) {
        if (c.mutation == all.last().mutation)
            out.insert(c.field, c.value);
    }
    return out;
}
} // namespace

TEST(DomainValues, EveryValueHasOneTextThatReadsBackAsIt)
{
    expectRoundTrip<AppointmentKind>();
    expectRoundTrip<AppointmentStatus>();
    expectRoundTrip<AppointmentPriority>();
    expectRoundTrip<ConflictType>();
    expectRoundTrip<Role>(1); // Unknown: no one yet, never stored
    EXPECT_EQ(toText(Role::OfficeManager), QStringLiteral("office-manager"));
    EXPECT_EQ(toText(AppointmentStatus::Cancelled), QStringLiteral("cancelled"));
    EXPECT_EQ(toText(ConflictType::PrepTime), QStringLiteral("prep"));
    EXPECT_FALSE(fromText<Role>(QString()).has_value());
}

TEST(DomainValues, ABadTextNamesTheFieldAndTheWordsAllowed)
{
    EXPECT_EQ(badInput([] { parseText<AppointmentKind>(u"party", QStringLiteral("kind")); }),
              QStringLiteral("unknown kind 'party' (meeting, presentation, travel, prep, "
                             "personal)"));
    EXPECT_EQ(
        badInput([] { parseText<AppointmentStatus>(u"Cancelled", QStringLiteral("status")); }),
        QStringLiteral("unknown status 'Cancelled' (tentative, confirmed, cancelled)"));
    EXPECT_EQ(badInput([] { parseText<AppointmentPriority>(u"", QStringLiteral("priority")); }),
              QStringLiteral("unknown priority '' (low, normal, high)"));
    EXPECT_EQ(badInput([] { parseText<Role>(u"king", QStringLiteral("role")); }),
              QStringLiteral("unknown role 'king' (director, assistant, office-manager, staff, "
                             "admin)"));
}

class AgendaValues : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        maarten = addPerson("Maarten Verhoeven", Role::Director, "Europe/Amsterdam", 60);
    }
    QString maarten;
    AgendaRepo agenda{*db};
};

TEST_F(AgendaValues, TheStoreKeepsTheTextsAndReadsAnUnknownOneAsTheDefault)
{
    Appointment a =
        appointment(maarten, "RvB", utc("2026-12-02T13:00:00Z"), utc("2026-12-02T14:00:00Z"));
    a.kind = AppointmentKind::Presentation;
    a.priority = AppointmentPriority::High;
    a.status = AppointmentStatus::Tentative;
    const QString id = agenda.add(a);
    const QVariantMap record = *db->get(QStringLiteral("appointments"), id);
    EXPECT_EQ(record.value(QStringLiteral("kind")), QStringLiteral("presentation"));
    EXPECT_EQ(record.value(QStringLiteral("priority")), QStringLiteral("high"));
    EXPECT_EQ(record.value(QStringLiteral("status")), QStringLiteral("tentative"));
    const Appointment read = *agenda.byId(id);
    EXPECT_EQ(read.kind, AppointmentKind::Presentation);
    EXPECT_EQ(read.priority, AppointmentPriority::High);
    EXPECT_EQ(read.status, AppointmentStatus::Tentative);

    // A word from a newer device: read as before there were enums (a meeting, busy).
    QVariantMap newer = record;
    newer.insert(QStringLiteral("kind"), QStringLiteral("workshop"));
    newer.insert(QStringLiteral("status"), QStringLiteral("postponed"));
    const Appointment fromNewer = AgendaRepo::fromRecord(newer);
    EXPECT_EQ(fromNewer.kind, AppointmentKind::Meeting);
    EXPECT_EQ(fromNewer.status, AppointmentStatus::Confirmed);
}

TEST_F(AgendaValues, ATypedEditSendsExactlyTheFieldsItChanges)
{
    const QString id = agenda.add(
        appointment(maarten, "Lunch", utc("2026-12-01T11:00:00Z"), utc("2026-12-01T12:00:00Z")));
    agenda.update(id, {.notes = QStringLiteral("Tafel bij het raam"),
                       .confidential = true,
                       .endUtc = utc("2026-12-01T12:30:00Z")});
    auto changes = lastAction(*db);
    EXPECT_EQ(changes.keys(), (QStringList{QStringLiteral("confidential"),
                                           QStringLiteral("end_utc"), QStringLiteral("notes")}));
    EXPECT_EQ(changes[QStringLiteral("end_utc")], QJsonValue(utc("2026-12-01T12:30:00Z")));

    // Cancelling writes the status alone, as its text; restoring puts the old one back.
    EXPECT_EQ(agenda.cancel(id), AppointmentStatus::Confirmed);
    changes = lastAction(*db);
    EXPECT_EQ(changes.keys(), QStringList{QStringLiteral("status")});
    EXPECT_EQ(changes[QStringLiteral("status")], QJsonValue(QStringLiteral("cancelled")));
    EXPECT_EQ(agenda.byId(id)->status, AppointmentStatus::Cancelled);
    agenda.restore(id, AppointmentStatus::Confirmed);
    changes = lastAction(*db);
    EXPECT_EQ(changes.keys(), QStringList{QStringLiteral("status")});
    EXPECT_EQ(changes[QStringLiteral("status")], QJsonValue(QStringLiteral("confirmed")));
}

TEST_F(AgendaValues, CancellingIsNeverRefusedButAStatusIsNotAnOccurrencesToChange)
{
    Appointment board =
        appointment(maarten, "RvB", utc("2026-12-02T13:00:00Z"), utc("2026-12-02T14:00:00Z"));
    board.kind = AppointmentKind::Presentation;
    agenda.add(board);
    // Booked by force in the hour of prep time before the presentation.
    const QString intruder = agenda.add(
        appointment(maarten, "Call", utc("2026-12-02T12:15:00Z"), utc("2026-12-02T12:45:00Z")),
        true);
    EXPECT_EQ(AgendaRules(*db, agenda)
                  .conflicts(maarten, utc("2026-12-02T00:00:00Z"), utc("2026-12-03T00:00:00Z"))
                  .value(0)
                  .type,
              ConflictType::PrepTime);
    EXPECT_NO_THROW(agenda.cancel(intruder));
    EXPECT_TRUE(AgendaRules(*db, agenda)
                    .conflicts(maarten, utc("2026-12-02T00:00:00Z"), utc("2026-12-03T00:00:00Z"))
                    .isEmpty());
    EXPECT_FALSE(badInput([&] {
                     agenda.changeOccurrence(intruder, utc("2026-12-02T12:15:00Z"),
                                             {.status = AppointmentStatus::Confirmed});
                 }).isEmpty());
}
