// SPDX-License-Identifier: GPL-3.0-or-later
// .ics files from Outlook and Google read into an agenda (core/calendar): zones by IANA
// and Windows names, all-day dates, series with EXDATE and RECURRENCE-ID, attendees, a
// second import that updates instead of duplicating, and the report of a file with errors.
#include "CalendarTest.h"

#include "core/calendar/CalendarExport.h"
#include "core/calendar/CalendarImport.h"
#include "core/calendar/IcsExport.h"
#include "core/calendar/IcsTimeZones.h"
#include "core/demo/DemoOffice.h"

using namespace spil;
using namespace spil::test;

namespace {
class CalendarImport : public StoreTest {
protected:
    CalendarImport()
    {
        db->run(QStringLiteral("UPDATE people SET email = handle || '@spil.example'"));
    }
    ImportReport import(const QByteArray &text, bool takeValid = false)
    {
        return importIcs(*db, text, maarten, sanne, takeValid);
    }
    QList<Appointment> stored() { return agenda.appointmentsOf(maarten); }
    std::optional<Appointment> titled(const char *title)
    {
        for (const Appointment &a : stored()) {
            if (a.title == QString::fromUtf8(title))
                return a;
        }
        return std::nullopt;
    }
    QList<Occurrence> timeline(const char *from, const char *to)
    {
        return agenda.occurrences(maarten, utc(from), utc(to), QTimeZone("Europe/Amsterdam"));
    }
    static QStringList starts(const QList<Occurrence> &list, const QString &title)
    {
        QStringList out;
        for (const Occurrence &o : list) {
            if (o.appointment.id == title || o.appointment.title.startsWith(title))
                out << formatInstant(o.startUtc, QTimeZone("Europe/Amsterdam"));
        }
        return out;
    }

    QString maarten = addPerson("Maarten Verhoeven", Role::Director);
    QString ingrid = addPerson("Ingrid Smit", Role::Director);
    QString sanne = addPerson("Sanne Bakker", Role::Assistant, "Europe/Amsterdam", 0, {maarten});
    AgendaRepo agenda{*db};
};
} // namespace

TEST(IcsTimeZones, WindowsNamesAndPrefixedIdsNameTheirIanaZone)
{
    EXPECT_EQ(ianaZoneFor(QStringLiteral("Europe/Amsterdam")), QStringLiteral("Europe/Amsterdam"));
    EXPECT_EQ(ianaZoneFor(QStringLiteral("W. Europe Standard Time")),
              QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(ianaZoneFor(QStringLiteral("Eastern Standard Time")),
              QStringLiteral("America/New_York"));
    EXPECT_EQ(ianaZoneFor(QStringLiteral("/freeassociation.sourceforge.net/Europe/Amsterdam")),
              QStringLiteral("Europe/Amsterdam"));
    // Outlook's name for Amsterdam, Berlin, Rome...: the reader's own zone when it is one.
    EXPECT_EQ(
        ianaZoneFor(QStringLiteral("W. Europe Standard Time"), QStringLiteral("Europe/Amsterdam")),
        QStringLiteral("Europe/Amsterdam"));
    EXPECT_EQ(
        ianaZoneFor(QStringLiteral("W. Europe Standard Time"), QStringLiteral("America/New_York")),
        QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(ianaZoneFor(QStringLiteral("Mars/Olympus_Mons")), QString());
}

TEST_F(CalendarImport, AnOutlookExportArrivesWithZonesSeriesAndAllDayItems)
{
    const ImportReport report = import(fixture("outlook.ics"));
    EXPECT_TRUE(report.applied);
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.value(0).reason.toStdString();
    EXPECT_EQ(report.added, 3);
    ASSERT_EQ(stored().size(), 3);

    const auto meeting = titled("Overleg met de accountant");
    ASSERT_TRUE(meeting);
    EXPECT_EQ(meeting->startUtc, in("Europe/Amsterdam", "2026-12-02T10:00"));
    EXPECT_EQ(meeting->endUtc, in("Europe/Amsterdam", "2026-12-02T11:00"));
    EXPECT_EQ(meeting->location, QStringLiteral("Vergaderzaal 3"));
    EXPECT_EQ(meeting->tz, QStringLiteral("Europe/Amsterdam")); // Maarten's, for Outlook's name
    EXPECT_EQ(meeting->notes, QStringLiteral("Agenda:\n1. Jaarrekening\n2. Planning 2027\n"));
    EXPECT_EQ(meeting->attendees, (QStringList{ingrid, QStringLiteral("Jan Jansen")}));
    EXPECT_EQ(meeting->owner, maarten);
    EXPECT_EQ(meeting->createdBy, sanne);
    EXPECT_TRUE(meeting->icalUid.startsWith(QStringLiteral("040000008200E00074C5B7101A82E008")));
    EXPECT_TRUE(meeting->icalUid.endsWith(QStringLiteral("A1B2C3D4E5F60718293A4B5C6D7E8F90")));

    const auto weekly = titled("Weekstart met het secretariaat");
    ASSERT_TRUE(weekly);
    EXPECT_TRUE(weekly->confidential); // CLASS:PRIVATE
    EXPECT_EQ(weekly->priority, AppointmentPriority::High);
    EXPECT_EQ(weekly->rrule, QStringLiteral("FREQ=WEEKLY;COUNT=8;BYDAY=MO"));
    EXPECT_EQ(starts(timeline("2026-12-01T00:00:00Z", "2027-02-01T00:00:00Z"),
                     QStringLiteral("Weekstart")),
              (QStringList{QStringLiteral("2026-12-07T09:00:00+01:00"),
                           QStringLiteral("2026-12-14T11:00:00+01:00"),
                           QStringLiteral("2027-01-04T09:00:00+01:00"),
                           QStringLiteral("2027-01-11T09:00:00+01:00"),
                           QStringLiteral("2027-01-18T09:00:00+01:00"),
                           QStringLiteral("2027-01-25T09:00:00+01:00")}));
    const auto moved = timeline("2026-12-14T00:00:00Z", "2026-12-15T00:00:00Z");
    ASSERT_EQ(moved.size(), 1);
    EXPECT_TRUE(moved[0].moved);
    EXPECT_EQ(moved[0].appointment.title, QStringLiteral("Weekstart (later door bestuursoverleg)"));

    const auto closed = titled("Kantoor gesloten");
    ASSERT_TRUE(closed);
    EXPECT_TRUE(closed->allDay);
    EXPECT_EQ(closed->startUtc, utc("2026-12-24T00:00:00Z"));
    EXPECT_EQ(closed->endUtc, utc("2026-12-26T00:00:00Z"));
}

TEST_F(CalendarImport, AGoogleExportArrivesWithUtcTimesForeignZonesAndCancelledInstances)
{
    const ImportReport report = import(fixture("google.ics"));
    EXPECT_TRUE(report.applied);
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.value(0).reason.toStdString();
    EXPECT_EQ(report.added, 4);

    const auto lunch = titled("Lunch wethouder");
    ASSERT_TRUE(lunch);
    EXPECT_EQ(lunch->startUtc, utc("2026-12-03T13:00:00Z"));
    EXPECT_EQ(lunch->status, AppointmentStatus::Tentative);
    EXPECT_EQ(lunch->location, QStringLiteral("Stadhuis, Amstel 1, Amsterdam"));
    EXPECT_EQ(lunch->attendees, (QStringList{sanne, QStringLiteral("petra@gemeente.example")}));
    EXPECT_TRUE(lunch->notes.startsWith(QStringLiteral("Lunch met de wethouder over de nieuwe "
                                                       "huisvesting. Graag de stukken")));

    const auto breakfast = titled("Investor breakfast");
    ASSERT_TRUE(breakfast);
    EXPECT_EQ(breakfast->tz, QStringLiteral("America/New_York"));
    EXPECT_EQ(breakfast->startUtc, utc("2026-12-08T14:00:00Z"));

    EXPECT_EQ(starts(timeline("2026-12-01T00:00:00Z", "2027-02-01T00:00:00Z"),
                     QStringLiteral("Belronde")),
              (QStringList{QStringLiteral("2026-12-01T08:30:00+01:00"),
                           QStringLiteral("2026-12-08T10:00:00+01:00"),
                           QStringLiteral("2026-12-15T08:30:00+01:00"),
                           QStringLiteral("2027-01-05T08:30:00+01:00"),
                           QStringLiteral("2027-01-12T08:30:00+01:00"),
                           QStringLiteral("2027-01-19T08:30:00+01:00")}));

    const auto ski = titled("Skiën in Oostenrijk");
    ASSERT_TRUE(ski);
    EXPECT_TRUE(ski->allDay);
    EXPECT_EQ(ski->endUtc - ski->startUtc, 3 * 24 * 3600 * 1000LL);
}

TEST_F(CalendarImport, EachEventGoesUpAsAnEditOfItsOwn)
{
    const qint64 before = db->pendingActions();
    import(fixture("google.ics"));
    QSet<qint64> mutations;
    bool sawUid = false;
    for (const OutboxChange &c : db->pendingChanges()) {
        if (c.entity.startsWith(QStringLiteral("appointment")))
            mutations.insert(c.mutation);
        sawUid =
            sawUid || (c.field == QStringLiteral("ical_uid") &&
                       c.value.toString() == QStringLiteral("0a9s8d7f6g5h4j3k2l1q@google.com"));
    }
    EXPECT_TRUE(sawUid);
    // four appointments, the moved instance and the cancelled ones (EXDATE and STATUS)
    EXPECT_EQ(mutations.size(), 4 + 1 + 2);
    EXPECT_EQ(db->pendingActions(), before + 7);
}

TEST_F(CalendarImport, ASecondImportOfTheSameFileChangesNothing)
{
    import(fixture("outlook.ics"));
    import(fixture("google.ics"));
    const qint64 pending = db->pendingCount();
    const ImportReport again = import(fixture("outlook.ics"));
    EXPECT_TRUE(again.applied);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 3);
    EXPECT_EQ(import(fixture("google.ics")).unchanged, 4);
    EXPECT_EQ(stored().size(), 7);
    EXPECT_EQ(db->pendingCount(), pending);
}

TEST_F(CalendarImport, AChangedFileUpdatesTheAppointmentsItNamesInstead)
{
    import(fixture("google.ics"));
    QByteArray changed = fixture("google.ics");
    changed.replace("SUMMARY:Lunch wethouder", "SUMMARY:Lunch met de wethouder");
    // The cancelled instance comes back, and the moved one moves again.
    changed.replace("EXDATE;TZID=Europe/Amsterdam:20261229T083000\r\n", "");
    changed.replace("DTSTART;TZID=Europe/Amsterdam:20261208T100000",
                    "DTSTART;TZID=Europe/Amsterdam:20261208T110000");
    changed.replace("DTEND;TZID=Europe/Amsterdam:20261208T103000",
                    "DTEND;TZID=Europe/Amsterdam:20261208T113000");
    const ImportReport report = import(changed);
    EXPECT_EQ(report.added, 0);
    EXPECT_EQ(report.updated, 2);
    EXPECT_EQ(report.unchanged, 2);
    EXPECT_EQ(stored().size(), 4);
    EXPECT_TRUE(titled("Lunch met de wethouder"));
    EXPECT_FALSE(titled("Lunch wethouder"));
    const QStringList belronde = starts(timeline("2026-12-01T00:00:00Z", "2027-01-01T00:00:00Z"),
                                        QStringLiteral("Belronde"));
    EXPECT_TRUE(belronde.contains(QStringLiteral("2026-12-29T08:30:00+01:00")));
    EXPECT_TRUE(belronde.contains(QStringLiteral("2026-12-08T11:00:00+01:00")));
    EXPECT_FALSE(belronde.contains(QStringLiteral("2026-12-22T08:30:00+01:00")));
}

TEST_F(CalendarImport, AFileWithErrorsImportsNothingAndSaysWhatAndWhy)
{
    const qint64 pending = db->pendingCount();
    const ImportReport report = import(fixture("broken.ics"));
    EXPECT_FALSE(report.applied);
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_EQ(db->pendingCount(), pending);
    EXPECT_EQ(report.valid, 2);
    ASSERT_EQ(report.problems.size(), 4);
    const auto problem = [&](int i) {
        const IcsProblem &p = report.problems.at(i);
        return QStringLiteral("%1 %2: %3").arg(p.line).arg(p.uid, p.reason);
    };
    EXPECT_EQ(problem(0), QStringLiteral("12 mars-1@google.com: DTSTART names the time zone "
                                         "'Mars/Olympus_Mons', which is not known"));
    EXPECT_EQ(problem(1), QStringLiteral("19 : the event has no UID"));
    EXPECT_EQ(problem(2), QStringLiteral("25 backwards-1@google.com: the event ends before it "
                                         "starts"));
    EXPECT_EQ(problem(3), QStringLiteral("32 lonely-instance@google.com: instances "
                                         "(RECURRENCE-ID) of a series that is neither in the "
                                         "file nor in this agenda"));
    ASSERT_EQ(report.ignored.size(), 1);
    EXPECT_EQ(report.ignored[0].uid, QStringLiteral("todo-1@google.com"));
    EXPECT_EQ(report.ignored[0].line, 40);
}

TEST_F(CalendarImport, TakingTheValidPartImportsTheRest)
{
    const ImportReport report = import(fixture("broken.ics"), true);
    EXPECT_TRUE(report.applied);
    EXPECT_EQ(report.added, 2);
    EXPECT_EQ(report.problems.size(), 4);
    EXPECT_TRUE(titled("Goed overleg"));
    EXPECT_TRUE(titled("Nog een goed overleg"));
    EXPECT_EQ(stored().size(), 2);
}

TEST_F(CalendarImport, TextThatIsNoCalendarIsRefusedWhole)
{
    const ImportReport report = import("Subject: hello\r\n\r\nnot a calendar\r\n");
    EXPECT_FALSE(report.applied);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems[0].reason, QStringLiteral("this is not an iCalendar file"));
}

// The demo office's agenda of a director, exported from one store and imported into
// another: the same timeline, attendees found again by their address.
TEST(CalendarRoundTrip, ExportThenImportGivesTheSameTimeline)
{
    QTemporaryDir dir;
    ManualClock clock;
    clock.set(parseInstant(QStringLiteral("2026-11-30T10:15"), QTimeZone("Europe/Amsterdam")));
    Database from(dir.filePath(QStringLiteral("from.db")), clock);
    Database to(dir.filePath(QStringLiteral("to.db")), clock);
    DemoOffice::create(from);
    DemoOffice::create(to);
    const auto director = [](Database &db) {
        return PeopleRepo(db).resolve(QStringLiteral("maarten"));
    };
    // The second store's own agenda of him goes, so what the import brings stands alone.
    {
        AgendaRepo agenda(to);
        for (const Appointment &a : agenda.appointmentsOf(director(to).id))
            agenda.remove(a.id);
    }
    const QByteArray ics = writeIcs(calendarFromStore(from, director(from).id), clock.nowMs());
    const ImportReport report = importIcs(to, ics, director(to).id, director(to).id, false);
    ASSERT_TRUE(report.applied);
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.value(0).reason.toStdString();

    const auto view = [&](Database &db) {
        QStringList out;
        PeopleRepo people(db);
        const QTimeZone zone("Europe/Amsterdam");
        const qint64 start = clock.nowMs() - 7 * 24 * 3600 * 1000LL;
        for (const Occurrence &o : AgendaRepo(db).occurrences(
                 director(db).id, start, start + 60 * 24 * 3600 * 1000LL, zone)) {
            QStringList attendees;
            for (const QString &who : o.appointment.attendees) {
                const auto p = people.byId(who);
                attendees << (p ? p->name : who);
            }
            out << QStringLiteral("%1 %2-%3 %4 | %5 | %6 | %7 %8 %9 %10")
                       .arg(o.appointment.title, formatInstant(o.startUtc, zone),
                            formatInstant(o.endUtc, zone), o.appointment.location,
                            o.appointment.notes, attendees.join(QLatin1Char(',')),
                            toText(o.appointment.kind), toText(o.appointment.status))
                       .arg(o.appointment.confidential)
                       .arg(o.appointment.allDay);
        }
        return out;
    };
    const QStringList expected = view(from);
    EXPECT_GT(expected.size(), 10);
    EXPECT_EQ(view(to), expected);
}
