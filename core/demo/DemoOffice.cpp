// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoOffice.h"

#include "core/agenda/AgendaRepo.h"
#include "core/archive/ArchiveRepo.h"
#include "core/budgets/BudgetRepo.h"
#include "core/checklists/ChecklistRepo.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/contacts/ContactRepo.h"
#include "core/demo/DemoPaperPdf.h"
#include "core/demo/DemoPaperTexts.h"
#include "core/demo/DemoPersonnel.h"
#include "core/documents/DocumentRepo.h"
#include "core/letters/LetterRepo.h"
#include "core/letters/OfficeStyle.h"
#include "core/meetings/MeetingRepo.h"
#include "core/meetings/MinutesRepo.h"
#include "core/meetings/PaperReads.h"
#include "core/people/PeopleRepo.h"
#include "core/reception/ReceptionRepo.h"
#include "core/requests/RequestRepo.h"
#include "core/secretariat/ServiceRepo.h"
#include "core/store/Database.h"
#include "core/supplies/PurchaseRepo.h"
#include "core/supplies/SupplyRepo.h"
#include "core/tasks/TaskRepo.h"

#include <QCryptographicHash>

namespace spil {

namespace {
const QString kHome = QStringLiteral("Europe/Amsterdam");
const QString kNewYork = QStringLiteral("America/New_York");

class Builder {
public:
    explicit Builder(Database &db)
        : m_db(db), m_people(db), m_agenda(db), m_tasks(db), m_checklists(db),
          m_today(dateIn(db.clock().nowMs(), QTimeZone(kHome.toUtf8())))
    {
    }

    QList<DemoFile> run()
    {
        if (!m_people.all().isEmpty())
            fail(ErrorKind::BadInput, QStringLiteral("the store already holds an office"));
        addPeople();
        addAgenda();
        addTasks();
        addMoveDay();
        addContacts();
        addPastBoardMinutes();
        addSuppliesAndBudgets();
        addArchive();
        addLetters();
        addDemoPersonnel(m_db,
                         {.officeManager = m_fatima,
                          .director = m_maarten,
                          .assistant = m_sanne,
                          .secondAssistant = m_lotte,
                          .staff = m_joris,
                          .newColleague = m_pieter,
                          .sick = m_noor},
                         m_today);
        addSecretariat();
        addReception();
        return m_files;
    }

private:
    // Today's visitors: the client meeting's two guests from the Hofstede Groep, a
    // candidate for the works council's talk, and a courier who walked in this morning and
    // was checked in already. The office keeps visitor names for 30 days.
    void addReception()
    {
        ReceptionRepo reception(m_db);
        const auto guest = [&](const char *name, const char *organisation, const char *time,
                               const QString &host, const QString &appointment) {
            return reception.add({.name = QString::fromUtf8(name),
                                  .organisation = QString::fromUtf8(organisation),
                                  .expectedUtc = at(m_today, time),
                                  .host = host,
                                  .appointmentId = appointment,
                                  .createdBy = m_fatima});
        };
        guest("Karin Hofstede", "Hofstede Groep", "11:00", m_maarten, m_clientMeeting);
        guest("Ruud Verbeek", "Hofstede Groep", "11:00", m_maarten, m_clientMeeting);
        guest("Els van der Meer", "Bureau Keurmerk", "14:30", m_ingrid, QString());
        const QString courier = guest("Koerier", "PostNL", "08:45", m_fatima, QString());
        const ExpectedVisitor row{courier, {}, {}, at(m_today, "08:45"), m_fatima, {}, {}, 0};
        if (m_db.clock().nowMs() > row.expectedUtc)
            reception.checkIn(row, m_fatima);
        reception.setRetentionDays(kDefaultVisitorRetentionDays);
    }

    // The n-th working day from today (0: today, or the first working day after it), so
    // demo meetings fall on weekdays and keep their spacing.
    QDate workday(int n) const
    {
        QDate d = m_today;
        while (d.dayOfWeek() > 5)
            d = d.addDays(1);
        for (int i = 0; i < n; ++i) {
            d = d.addDays(1);
            while (d.dayOfWeek() > 5)
                d = d.addDays(1);
        }
        return d;
    }

    static qint64 at(const QDate &date, const char *hhmm, const QString &tz = kHome)
    {
        return QDateTime(date, QTime::fromString(QLatin1String(hhmm), QStringLiteral("HH:mm")),
                         QTimeZone(tz.toUtf8()))
            .toMSecsSinceEpoch();
    }

    QString person(const char *name, const char *handle, Role role, QStringList principals = {},
                   int prep = 0)
    {
        Person p;
        p.name = QString::fromUtf8(name);
        p.handle = QLatin1String(handle);
        p.role = role;
        p.email = p.handle + QStringLiteral("@spil.example");
        p.tz = kHome;
        p.principals = std::move(principals);
        p.prepMinutes = prep;
        return m_people.add(p);
    }

    void addPeople()
    {
        m_maarten = person("Maarten Verhoeven", "maarten", Role::Director, {}, 120);
        m_ingrid = person("Ingrid Smit", "ingrid", Role::Director, {}, 60);
        m_sanne = person("Sanne Bakker", "sanne", Role::Assistant, {m_maarten});
        m_lotte = person("Lotte de Vries", "lotte", Role::Assistant, {m_maarten, m_ingrid});
        m_fatima = person("Fatima El Amrani", "fatima", Role::OfficeManager);
        m_joris = person("Joris Mulder", "joris", Role::Staff);
        m_noor = person("Noor Jansen", "noor", Role::Staff);
        m_pieter = person("Pieter de Boer", "pieter", Role::Staff);
    }

    QString book(const QDate &day, const char *from, const char *to, const char *title,
                 AppointmentKind kind, const char *location, QStringList attendees = {},
                 const QString &tz = kHome)
    {
        Appointment a;
        a.owner = m_maarten;
        a.title = QString::fromUtf8(title);
        a.kind = kind;
        a.startUtc = at(day, from, tz);
        a.endUtc = at(day, to, tz);
        if (a.endUtc <= a.startUtc)
            a.endUtc = at(day.addDays(1), to, tz);
        a.tz = tz;
        a.location = QString::fromUtf8(location);
        a.attendees = std::move(attendees);
        a.createdBy = m_sanne;
        // The demo shows a double booking on purpose; the prep block is booked by hand.
        return m_agenda.add(a, true);
    }

    void addAgenda()
    {
        // The weekly management meeting, from this week's Monday on; of the coming ones the
        // second is moved to Tuesday afternoon and the third cancelled.
        const QDate monday = m_today.addDays(1 - m_today.dayOfWeek());
        const QDate nextMonday = m_today.addDays((8 - m_today.dayOfWeek()) % 7);
        Appointment mt;
        mt.owner = m_maarten;
        mt.title = QStringLiteral("Managementteam-overleg");
        mt.startUtc = at(monday, "09:00");
        mt.endUtc = at(monday, "10:30");
        mt.tz = kHome;
        mt.location = QStringLiteral("Vergaderzaal De Spil");
        mt.attendees = {m_ingrid, m_fatima, m_lotte};
        mt.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=MO");
        mt.createdBy = m_sanne;
        const QString series = m_agenda.add(mt, true);
        m_agenda.moveInstance(series, at(nextMonday.addDays(7), "09:00"),
                              at(nextMonday.addDays(8), "13:00"),
                              at(nextMonday.addDays(8), "14:30"));
        m_agenda.cancelInstance(series, at(nextMonday.addDays(14), "09:00"));

        // The board presentation and the prep block in front of it.
        const QDate board = workday(3);
        Appointment pres;
        pres.owner = m_maarten;
        pres.title = QStringLiteral("Presentatie jaarplan 2027 aan de Raad van Bestuur");
        pres.kind = AppointmentKind::Presentation;
        pres.priority = AppointmentPriority::High;
        pres.startUtc = at(board, "14:00");
        pres.endUtc = at(board, "15:30");
        pres.tz = kHome;
        pres.location = QStringLiteral("Bestuurskamer, 5e etage");
        pres.attendees = {m_ingrid};
        pres.notes = QStringLiteral("Eerst lezen: jaarplan 2027 (v3) en de begroting.");
        pres.createdBy = m_sanne;
        addBoardAgenda(m_agenda.add(pres));
        book(board, "12:00", "14:00", "Voorbereiding presentatie Raad van Bestuur",
             AppointmentKind::Prep, "Eigen kamer");

        book(m_today, "08:30", "09:00", "Dagstart met Sanne", AppointmentKind::Meeting,
             "Eigen kamer", {m_sanne});
        m_clientMeeting = book(m_today, "11:00", "12:00", "Klantgesprek Hofstede Groep",
                               AppointmentKind::Meeting, "Vergaderzaal 2", {m_lotte});
        book(m_today, "15:00", "16:00", "Gesprek met de ondernemingsraad", AppointmentKind::Meeting,
             "Vergaderzaal 1");
        const QDate tomorrow = workday(1);
        book(tomorrow, "12:00", "13:30", "Lunch met wethouder Van Dijk", AppointmentKind::Meeting,
             "Restaurant De Waag");
        book(tomorrow, "13:00", "13:30", "Call met de accountant", AppointmentKind::Meeting,
             "Telefoon");
        // This week's bump: the talk with HR about the reorganisation needed the hour of
        // Sanne's annual review, which Sanne moved to next week.
        Appointment review;
        review.owner = m_maarten;
        review.title = QStringLiteral("Jaargesprek met Sanne");
        review.priority = AppointmentPriority::Low;
        review.startUtc = at(workday(2), "11:00");
        review.endUtc = at(workday(2), "12:00");
        review.tz = kHome;
        review.location = QStringLiteral("Eigen kamer");
        review.attendees = {m_sanne};
        review.createdBy = m_sanne;
        const QString reviewId = m_agenda.add(review, true);
        Appointment hr;
        hr.owner = m_maarten;
        hr.title = QStringLiteral("Reorganisatie: gesprek met HR");
        hr.priority = AppointmentPriority::High;
        hr.startUtc = review.startUtc;
        hr.endUtc = review.endUtc;
        hr.tz = kHome;
        hr.location = QStringLiteral("Eigen kamer");
        hr.attendees = {m_sanne};
        hr.notes = QStringLiteral("Vertrouwelijk: scenario's afdeling Inkoop.");
        hr.confidential = true;
        hr.createdBy = m_sanne;
        m_agenda.applyBump({hr, {{reviewId, at(workday(7), "10:00"), at(workday(7), "11:00")}}},
                           true);

        // The trip to New York: times in the zone they happen in.
        // Out and back within the working week: no Friday departure.
        const QDate fly = workday(4).dayOfWeek() == 5 ? workday(5) : workday(4);
        book(fly, "10:30", "18:45", "Vlucht KL641 Amsterdam – New York", AppointmentKind::Travel,
             "Schiphol, vertrekhal 2");
        book(fly, "13:30", "14:30", "Transfer naar hotel", AppointmentKind::Travel, "JFK", {},
             kNewYork);
        book(fly, "16:00", "17:30", "Investeerdersoverleg", AppointmentKind::Meeting,
             "Park Avenue 277, New York", {}, kNewYork);
        book(fly.addDays(1), "09:00", "12:00", "Bezoek dochteronderneming",
             AppointmentKind::Meeting, "Hudson Yards, New York", {}, kNewYork);
        book(fly.addDays(1), "18:00", "01:40", "Vlucht KL642 New York – Amsterdam",
             AppointmentKind::Travel, "JFK Terminal 4", {}, kNewYork);

        book(workday(8), "16:00", "17:00", "Borrel nieuwe medewerkers", AppointmentKind::Personal,
             "Kantine");

        // Move day: an all-day item, on its date in every zone.
        Appointment move;
        move.owner = m_maarten;
        move.title = QStringLiteral("Verhuisdag kantoor");
        move.kind = AppointmentKind::Personal;
        move.allDay = true;
        m_moveDay = workday(9);
        move.startUtc = startOfDay(m_moveDay, QTimeZone::utc());
        move.endUtc = startOfDay(m_moveDay.addDays(1), QTimeZone::utc());
        move.tz = kHome;
        move.attendees = {m_sanne, m_lotte, m_fatima, m_joris, m_noor, m_pieter};
        move.createdBy = m_fatima;
        m_agenda.add(move);
    }

    // The board meeting's agenda, with one item closed to the staff member and five papers
    // (three in, one late). The papers name no deliverer, so they add no tasks to the demo's
    // lists.
    void addBoardAgenda(const QString &meeting)
    {
        MeetingRepo meetings(m_db);
        const auto item = [&](const char *title, int minutes, const QString &presenter,
                              QStringList closedTo = {}) {
            MeetingItem i;
            i.meeting = {meeting, -1};
            i.title = QString::fromUtf8(title);
            i.minutesAllotted = minutes;
            i.presenter = presenter;
            i.closedTo = std::move(closedTo);
            return meetings.addItem(i);
        };
        const auto paper = [&](const QString &itemId, const char *title, qint64 due) {
            MeetingPaper p;
            p.itemId = itemId;
            p.title = QString::fromUtf8(title);
            p.dueUtc = due;
            return meetings.addPaper(p, m_sanne);
        };
        const QString opening = item("Opening en mededelingen", 5, m_ingrid);
        const QString plan = item("Jaarplan 2027", 45, m_maarten);
        paper(plan, "Jaarplan 2027 (v3)", at(m_today.addDays(-1), "17:00"));
        const QString budget = item("Begroting 2027", 30, m_maarten);
        paper(budget, "Begroting en toelichting", at(workday(2), "12:00"));
        const QString pay = item("Beloning directie", 10, m_ingrid, {m_joris});
        // Three papers in, read by some: the secretary sees who has not opened what.
        const auto in = [&](const QString &paperId, const char *title, QStringList readBy) {
            Document d = pdfDocument(QString::fromUtf8(title), demoPaperText(title));
            d.appointmentId = meeting;
            const QString document = DocumentRepo(m_db).add(d);
            meetings.attachPaper(paperId, document);
            for (const QString &reader : readBy)
                PaperReadRepo(m_db).recordRead(document, reader);
        };
        in(paper(opening, "Notulen vorige vergadering", at(m_today.addDays(-3), "12:00")),
           "Notulen vorige vergadering", {m_maarten, m_ingrid});
        in(paper(plan, "Marktanalyse 2027", at(m_today.addDays(-2), "12:00")), "Marktanalyse 2027",
           {m_maarten});
        in(paper(pay, "Voorstel beloning 2027", at(m_today.addDays(-1), "12:00")),
           "Voorstel beloning 2027", {m_ingrid});
    }

    QString task(const char *title, const QString &assignee, const QString &by, qint64 due,
                 bool urgent, TaskSource source, bool done = false)
    {
        Task t;
        t.title = QString::fromUtf8(title);
        t.assignee = assignee;
        t.delegatedBy = by == assignee ? QString() : by;
        t.createdBy = by;
        t.dueUtc = due;
        t.urgent = urgent;
        t.source = source;
        t.status = done ? TaskStatus::Done : TaskStatus::Open;
        return m_tasks.add(t);
    }

    void addTasks()
    {
        const QDate today = m_today;
        task("Terugbellen: wethouder Van Dijk", m_sanne, m_maarten, at(today, "16:00"), true,
             TaskSource::InPassing);
        task("Hotel in New York boeken", m_sanne, m_maarten, at(workday(2), "12:00"), true,
             TaskSource::InPassing);
        task("Stukken Raad van Bestuur printen en bundelen", m_sanne, m_maarten,
             at(workday(3), "10:00"), false, TaskSource::Meeting);
        task("Bloemen voor het jubileum van Joris", m_sanne, m_maarten, at(workday(4), "09:00"),
             false, TaskSource::InPassing);
        task("Reisdeclaratie oktober indienen", m_sanne, m_maarten, -1, false,
             TaskSource::InPassing);
        task("Agenda volgende week doorsturen", m_sanne, m_maarten, at(today.addDays(-1), "17:00"),
             false, TaskSource::InPassing, true);
        // Maarten gave it to Sanne, who passed it on to Lotte: both still wait for it.
        m_tasks.handTo(task("Jaarverslag laten drukken", m_sanne, m_maarten,
                            at(workday(4), "12:00"), false, TaskSource::InPassing),
                       m_lotte, m_sanne);
        task("Offertes catering vergelijken", m_sanne, m_fatima, at(today.addDays(-1), "17:00"),
             false, TaskSource::Request);
        task("Notulen managementteam-overleg uitwerken", m_lotte, m_maarten,
             at(workday(1), "12:00"), false, TaskSource::Meeting);
        task("Afspraak tandarts verzetten", m_lotte, m_ingrid, at(workday(1), "10:00"), true,
             TaskSource::InPassing);
        task("Verhuisdozen bestellen", m_joris, m_fatima, at(workday(3), "12:00"), false,
             TaskSource::Meeting);
        task("Telefoonlijnen laten overzetten", m_noor, m_fatima, at(m_today.addDays(9), "12:00"),
             true, TaskSource::Meeting);
        task("Kerstpakketten inventariseren", m_fatima, m_fatima, at(workday(5), "17:00"), false,
             TaskSource::Self);
    }

    // Three weeks ago's board meeting, its minutes in review: notes, decisions, an action
    // done and one open, and an attendee's comment.
    void addPastBoardMinutes()
    {
        QDate day = m_today.addDays(-21);
        while (day.dayOfWeek() > 5)
            day = day.addDays(-1);
        Appointment a;
        a.owner = m_maarten;
        a.title = QStringLiteral("Raad van Bestuur");
        a.startUtc = at(day, "14:00");
        a.endUtc = at(day, "16:00");
        a.tz = kHome;
        a.location = QStringLiteral("Bestuurskamer, 5e etage");
        a.attendees = {m_ingrid, m_sanne};
        a.createdBy = m_sanne;
        const MeetingRef meeting{m_agenda.add(a, true), -1};
        MeetingRepo meetings(m_db);
        const auto item = [&](const char *title, int minutes, const QString &presenter) {
            MeetingItem i;
            i.meeting = meeting;
            i.title = QString::fromUtf8(title);
            i.minutesAllotted = minutes;
            i.presenter = presenter;
            return meetings.addItem(i);
        };
        const QString opening = item("Opening en vaststellen agenda", 5, m_ingrid);
        const QString quarter = item("Kwartaalcijfers Q3", 40, m_maarten);
        const QString move = item("Verhuizing kantoor", 20, m_fatima);
        MinutesRepo minutes(m_db);
        const auto line = [&](const QString &itemId, MinutesEntryKind kind, const char *text) {
            return minutes.addEntry(itemId, kind, QString::fromUtf8(text), m_sanne);
        };
        line(opening, MinutesEntryKind::Note, "Ingrid opent om 14:05; de agenda is vastgesteld.");
        line(quarter, MinutesEntryKind::Note,
             "Omzet 4% boven plan, kosten huisvesting hoger door de verhuizing.");
        const QString decision =
            line(quarter, MinutesEntryKind::Decision, "De kwartaalcijfers Q3 zijn goedgekeurd.");
        const QString done =
            minutes.addAction(quarter, QStringLiteral("Toelichting kosten huisvesting rondsturen"),
                              m_maarten, at(day.addDays(7), "17:00"), m_sanne);
        m_tasks.markDone(m_db.get(QStringLiteral("minutes_entries"), done)
                             ->value(QStringLiteral("task_id"))
                             .toString());
        line(move, MinutesEntryKind::Decision, "De verhuisdatum blijft staan.");
        minutes.addAction(move, QStringLiteral("Planning verhuisdag delen met alle medewerkers"),
                          m_fatima, at(workday(2), "12:00"), m_sanne);
        minutes.setState(minutes.current(meeting)->id, MinutesState::Review);
        minutes.addComment(quarter, decision,
                           QStringLiteral("Graag vermelden: onder voorbehoud van de accountant."),
                           m_ingrid);
    }

    void addMoveDay()
    {
        ChecklistTemplate t;
        t.name = QStringLiteral("Verhuizing kantoor");
        t.description = QStringLiteral("Van de oude naar de nieuwe vestiging, in drie fasen.");
        const QString before = QStringLiteral("Weken ervoor");
        const QString day = QStringLiteral("Verhuisdag");
        const QString after = QStringLiteral("Erna");
        const int dayMin = 24 * 60;
        const QList<std::tuple<QString, int, const char *, QString, int>> items = {
            {before, 0, "Verhuizer gecontracteerd en bevestigd", m_fatima, -14 * dayMin + 600},
            {before, 0, "Plattegrond nieuwe vestiging met werkplekken rondgestuurd", m_fatima,
             -10 * dayMin + 600},
            {before, 0, "Inpakdeadline per medewerker gecommuniceerd", m_sanne, -7 * dayMin + 600},
            {before, 0, "Telefoonlijnen en internet aangevraagd", m_noor, -7 * dayMin + 900},
            {before, 0, "Adreswijziging naar klanten en leveranciers", m_lotte, -3 * dayMin + 900},
            {day, 1, "Sleuteloverdracht oude pand", m_fatima, 7 * 60},
            {day, 1, "Verhuizer aanwezig, route en lift gereserveerd", m_joris, 7 * 60 + 30},
            {day, 1, "Serverkast losgekoppeld en verpakt", m_noor, 8 * 60},
            {day, 1, "Archiefkasten gelabeld en vervoerd", m_pieter, 10 * 60},
            {day, 1, "Werkplekken opgebouwd en getest", m_noor, 15 * 60},
            {day, 1, "Telefoons en internet werken", m_noor, 16 * 60},
            {after, 2, "Sleutels en toegangspassen uitgedeeld", m_pieter, dayMin + 9 * 60},
            {after, 2, "Schade gemeld bij de verhuizer", m_fatima, 2 * dayMin + 12 * 60},
            {after, 2, "Oude pand schoon opgeleverd", m_joris, 5 * dayMin + 12 * 60},
        };
        int position = 0;
        for (const auto &[phase, order, title, who, offset] : items)
            t.items << TemplateItem{QString(), phase, order, position++, QString::fromUtf8(title),
                                    who,       offset};
        const QString templateId = m_checklists.addTemplate(t);
        const QString run =
            m_checklists.startRun(templateId, QStringLiteral("Verhuizing naar de Stationsweg"),
                                  m_moveDay, kHome, m_fatima);
        const auto runItems = m_checklists.items(run);
        // Noor's lines are still open: she is off sick (addDemoPersonnel), so the run offers
        // to hand them on.
        for (int i : {0, 1, 2})
            m_checklists.tick(runItems[i].id, runItems[i].responsible);
        m_checklists.addIncident(
            run, QStringLiteral("Lift in de nieuwe vestiging pas om 09:00 beschikbaar"), m_fatima);
    }

    // Colleagues to ask for things and the people outside the office deals with; how some of
    // them get through to the directors; today's client meeting is with one of them.
    // The request queue: Maarten's in every state but scheduled (which would book his
    // agenda), one of them forwarded to him and one he accepted, one only room made would
    // fit; one of Ingrid's.
    void addRequests(ContactRepo &contacts)
    {
        RequestRepo requests(m_db);
        const auto ask = [&](const QString &director, const char *contact, const char *subject,
                             int minutes, RequestImportance importance, int daysAgo,
                             const QString &by, QDate from = {}, QDate to = {}) {
            Request r;
            r.director = director;
            if (contact[0] == '@')
                r.requester = QString::fromUtf8(contact + 1);
            else
                r.contactId = contacts.resolve(QString::fromUtf8(contact)).id;
            r.subject = QString::fromUtf8(subject);
            r.minutes = minutes;
            r.fromDate = from.isValid() ? from : m_today;
            r.toDate = to.isValid() ? to : m_today.addDays(21);
            r.importance = importance;
            r.via = by;
            r.createdBy = by;
            r.createdAt = at(m_today.addDays(-daysAgo), "09:30");
            return requests.add(r);
        };
        using I = RequestImportance;
        ask(m_maarten, "Anouk van Dijk", "Bedrijventerrein Lage Weide", 60, I::High, 8, m_sanne);
        requests.propose(
            ask(m_maarten, "Erik Hofstede", "Vervolg overname", 90, I::Urgent, 1, m_sanne));
        requests.forward(
            ask(m_maarten, "James Whitfield", "Q1 investor update", 45, I::Normal, 2, m_sanne));
        const QString interview =
            ask(m_maarten, "Yvonne Dekker", "Interview Het Financieele Dagblad", 30, I::Normal, 4,
                m_lotte);
        requests.forward(interview);
        requests.decide(interview, RequestDecision::Accepted, QStringLiteral("Kort houden"));
        ask(m_maarten, "Bas Verbeek", "Evaluatie van de verhuizing", 30, I::Low, 16, m_sanne);
        requests.defer(ask(m_maarten, "@Mevrouw Bos (Stichting Cultuurfonds)",
                           "Sponsoring jubileumconcert", 60, I::Normal, 5, m_sanne));
        ask(m_ingrid, "Charlotte Meijer", "Managementletter bespreken", 60, I::High, 3, m_lotte);
        // The French banker is in Utrecht only tomorrow, whose free hours are too short for
        // the session she asks: the request's page offers "Make room" instead of times.
        ask(m_maarten, "Sophie Laurent", "Acquisition financing: term sheet", 240, I::Urgent, 2,
            m_sanne, workday(1), workday(1));
    }

    void addContacts()
    {
        ContactRepo contacts(m_db);
        const auto inside = [&](const char *name, const char *department, const char *askFor,
                                const char *phone, const char *email) {
            Contact c;
            c.name = QString::fromUtf8(name);
            c.kind = ContactKind::Inside;
            c.department = QString::fromUtf8(department);
            c.askFor = QString::fromUtf8(askFor);
            c.phone = QString::fromUtf8(phone);
            c.email = QString::fromUtf8(email);
            c.createdBy = m_fatima;
            return contacts.add(c);
        };
        const auto outside = [&](const char *name, const char *organisation, const char *title,
                                 const char *phone, const char *email, ContactLanguage language) {
            Contact c;
            c.name = QString::fromUtf8(name);
            c.kind = ContactKind::Outside;
            c.organisation = QString::fromUtf8(organisation);
            c.jobTitle = QString::fromUtf8(title);
            c.phone = QString::fromUtf8(phone);
            c.email = QString::fromUtf8(email);
            c.language = language;
            c.createdBy = m_sanne;
            return contacts.add(c);
        };
        const auto nl = ContactLanguage::Dutch, en = ContactLanguage::English;
        inside("Ahmed Benali", "Financiën", "declaraties, budgetten en inkooporders",
               "030 750 12 40", "ahmed.benali@spil.example");
        inside("Marieke Post", "HR", "verlof, contracten en nieuwe medewerkers", "030 750 12 55",
               "marieke.post@spil.example");
        const QString ict = inside("Dennis Kok", "ICT", "laptops, telefoons en toegangspassen",
                                   "030 750 12 70", "servicedesk@spil.example");
        inside("Yvonne Dekker", "Communicatie", "persvragen, nieuwsbrief en sociale media",
               "030 750 12 31", "yvonne.dekker@spil.example");
        inside("Ruud Hendriks", "Juridische zaken", "contracten en geheimhoudingsverklaringen",
               "030 750 12 88", "ruud.hendriks@spil.example");
        inside("Esther Willems", "Facilitair", "vergaderzalen, catering en parkeerkaarten",
               "030 750 12 10", "esther.willems@spil.example");
        const QString hofstede = outside("Erik Hofstede", "Hofstede Groep", "Algemeen directeur",
                                         "+31 20 555 01 23", "erik@hofstedegroep.nl", nl);
        const QString alderman = outside("Anouk van Dijk", "Gemeente Utrecht", "Wethouder Economie",
                                         "+31 30 286 00 00", "anouk.vandijk@utrecht.nl", nl);
        const QString accountant = outside("Charlotte Meijer", "KPMG", "Partner audit",
                                           "+31 20 656 70 00", "meijer.charlotte@kpmg.nl", nl);
        const QString investor =
            outside("James Whitfield", "Whitfield Capital, New York", "Investor relations",
                    "+1 212 555 0147", "j.whitfield@whitfieldcapital.com", en);
        outside("Sophie Laurent", "Banque Lumière", "Relationship manager", "+33 1 42 60 11 22",
                "s.laurent@banquelumiere.fr", en);
        const QString mover = outside("Bas Verbeek", "Verbeek Verhuizingen", "Projectleider",
                                      "+31 6 12 34 56 78", "bas@verbeekverhuizingen.nl", nl);

        contacts.setGate(m_maarten, hofstede, GateRule::Straight, m_sanne);
        contacts.setGate(m_maarten, investor, GateRule::Straight, m_sanne);
        contacts.setGate(m_maarten, alderman, GateRule::ViaAssistant, m_sanne);
        contacts.setGate(m_maarten, mover, GateRule::Never, m_sanne);
        contacts.setGate(m_maarten, ict, GateRule::ViaAssistant, m_sanne);
        contacts.setGate(m_ingrid, accountant, GateRule::Straight, m_lotte);
        addRequests(contacts);
        m_agenda.update(m_clientMeeting, {.contactId = hofstede});
    }

    // Paper, toner and coffee (the paper low), orders over the year so far charged to the
    // office supplies line, which runs out before December; the outing planned inside its
    // line with the coach ordered; the new copier with three quotes, none chosen yet.
    void addSuppliesAndBudgets()
    {
        SupplyRepo supplies(m_db);
        BudgetRepo budgets(m_db);
        const int year = m_today.year();
        const QString office = budgets.add(
            {.name = QStringLiteral("Kantoorartikelen"), .year = year, .amountCents = 320000});
        const QString outing = budgets.add({.name = QStringLiteral("Personeelsuitje"),
                                            .year = year,
                                            .amountCents = 450000,
                                            .planPeople = 28,
                                            .planPerHeadCents = 9500});
        const auto item = [&](const char *name, const char *unit, qint64 stock, qint64 reorder,
                              const char *supplier, qint64 price) {
            return supplies.addItem({.name = QString::fromUtf8(name),
                                     .unit = QString::fromUtf8(unit),
                                     .stock = stock,
                                     .reorderLevel = reorder,
                                     .supplier = QString::fromUtf8(supplier),
                                     .unitPriceCents = price});
        };
        const QString paper = item("Papier A4", "doos", 0, 5, "Office Centre", 2899);
        const QString toner = item("Toner HP 305A", "stuk", 0, 2, "Office Centre", 8900);
        const QString coffee = item("Koffiebonen", "kg", 0, 4, "Koffiebranderij Blom", 1450);
        item("Notitieblokken", "pak", 14, 5, "Office Centre", 650);

        // Six deliveries spread over the part of the year that has passed.
        const QDate first(year, 1, 1);
        const qint64 elapsed = first.daysTo(m_today);
        for (int k = 1; k <= 6; ++k) {
            const QDate day = first.addDays(elapsed * k / 7);
            const QString order =
                supplies.addOrder(QStringLiteral("Office Centre"), office, m_fatima);
            supplies.addLine(order, {.itemId = paper, .quantity = 8, .unitPriceCents = -1});
            supplies.addLine(order, {.itemId = toner, .quantity = 2, .unitPriceCents = -1});
            supplies.addLine(order, {.itemId = coffee, .quantity = 3, .unitPriceCents = -1});
            supplies.placeOrder(order, at(day.addDays(-3), "10:00"));
            supplies.receive(order, at(day, "11:30"));
        }
        // What the last count found: the paper is low.
        supplies.updateItem(paper, {.stock = 2});
        supplies.updateItem(toner, {.stock = 3});
        supplies.updateItem(coffee, {.stock = 6});
        const QString tonerOrder =
            supplies.addOrder(QStringLiteral("Office Centre"), office, m_fatima);
        supplies.addLine(tonerOrder, {.itemId = toner, .quantity = 4, .unitPriceCents = -1});
        supplies.placeOrder(tonerOrder, at(m_today.addDays(-2), "09:15"));

        const QString coach =
            supplies.addOrder(QStringLiteral("Touringcars Van Dam"), outing, m_fatima);
        supplies.addLine(coach,
                         {.description = QStringLiteral("Touringcar naar Texel, heen en terug"),
                          .quantity = 1,
                          .unitPriceCents = 45000});
        supplies.placeOrder(coach, at(m_today.addDays(-10), "14:00"));

        PurchaseRepo purchases(m_db);
        const QString copier = purchases.add(QStringLiteral("Nieuwe kopieermachine"), office,
                                             QStringLiteral("De oude Canon is 9 jaar oud"));
        purchases.addQuote(copier, {.supplier = QStringLiteral("Canon Nederland"),
                                    .priceCents = 489000,
                                    .notes = QStringLiteral("5 jaar service inbegrepen")});
        purchases.addQuote(copier, {.supplier = QStringLiteral("Ricoh"),
                                    .priceCents = 412500,
                                    .notes = QStringLiteral("3 jaar service, toner apart")});
        purchases.addQuote(copier, {.supplier = QStringLiteral("Konica Minolta"),
                                    .priceCents = 455000,
                                    .notes = QStringLiteral("Levering binnen een week")});
    }

    // Maarten's archive: letters in and out, minutes, a report and two contracts, one of
    // them confidential, with where each paper is kept. The contracts' notice dates fall
    // outside the secretary's task lists (one passed, one runs until notice), so the demo's
    // lists stay as they are. Three carry a file (a PDF of their text), whose text was read.
    void addArchive()
    {
        ArchiveRepo archive(m_db);
        const auto add = [&](ArchiveKind kind, int daysAgo, const char *subject,
                             QStringList parties, QStringList tags, PaperLocation where, int keep) {
            ArchiveItem a;
            a.owner = m_maarten;
            a.kind = kind;
            a.date = m_today.addDays(-daysAgo);
            a.subject = QString::fromUtf8(subject);
            a.parties = std::move(parties);
            a.tags = std::move(tags);
            a.location = std::move(where);
            a.retentionYears = keep;
            return a;
        };
        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        archive.add(add(ArchiveKind::LetterIn, 12, "Bezwaar parkeervergunning Maliebaan",
                        {s("Gemeente Utrecht")}, {s("gemeente"), s("parkeren")},
                        {s("A"), s("Correspondentie 2026"), s("2")}, 7),
                    m_sanne);
        const QString offer =
            archive.add(add(ArchiveKind::LetterOut, 20, "Offerte herinrichting kantoor",
                            {s("Hofstede Interieur")}, {s("huisvesting")},
                            {s("A"), s("Correspondentie 2026"), s("2")}, 7),
                        m_sanne);
        archive.add(add(ArchiveKind::Minutes, 40, "Notulen aandeelhoudersvergadering",
                        {s("Aandeelhouders Spil BV")}, {s("governance")},
                        {s("B"), s("Notulen AVA"), s("1")}, 0),
                    m_sanne);
        archive.add(add(ArchiveKind::Report, 65, "Jaarverslag 2025",
                        {s("Accountantskantoor Mazars")}, {s("financiën"), s("jaarverslag")},
                        {s("B"), s("Jaarstukken"), s("3")}, 10),
                    m_sanne);
        ArchiveItem lease = add(ArchiveKind::Contract, 1400, "Huurcontract kantoor Maliebaan",
                                {s("Vastgoed Maliebaan BV")}, {s("huisvesting"), s("huur")},
                                {s("C"), s("Contracten"), s("1")}, 7);
        lease.contractStart = m_today.addDays(-1400);
        lease.contractEnd = m_today.addMonths(4);
        lease.noticeMonths = 6;
        const QString leaseId = archive.add(lease, m_maarten);
        ArchiveItem takeover = add(ArchiveKind::Contract, 30, "Geheimhoudingsovereenkomst overname",
                                   {s("Van Rijswijk Holding")}, {s("overname")},
                                   {s("Kluis"), s("Directie"), QString()}, 10);
        takeover.confidential = true;
        takeover.contractStart = m_today.addDays(-30);
        const QString takeoverId = archive.add(takeover, m_maarten);
        const auto file = [&](const QString &item, const char *title, const char *text) {
            QString heading = QString::fromUtf8(title);
            heading.chop(4); // ".pdf"
            const Document d =
                pdfDocument(QString::fromUtf8(title), {heading, QString::fromUtf8(text)});
            const QString document = DocumentRepo(m_db).add(d);
            archive.file(item, document);
            archive.setFileText(d.sha256, QString::fromUtf8(text));
        };
        file(leaseId, "Huurcontract Maliebaan 2023.pdf",
             "Huurovereenkomst kantoorruimte Maliebaan 40 Utrecht. De huurder betaalt de "
             "servicekosten per kwartaal. Opzegging met een termijn van zes maanden.");
        file(offer, "Offerte herinrichting.pdf",
             "Offerte voor de herinrichting van de vergaderzalen en de receptie.");
        file(takeoverId, "NDA Van Rijswijk.pdf",
             "Non-disclosure agreement between Spil BV and Van Rijswijk Holding concerning "
             "the intended acquisition.");
    }

    // Maarten's letters: one still his notes, one waiting for his approval on his phone, and
    // one sent two weeks ago and filed in his archive with its notes.
    void addLetters()
    {
        // The office's letterhead and house style, one synced record every device prints.
        OfficeStyleRepo(m_db).change(
            {.officeName = QStringLiteral("Spil BV"),
             .addressLines =
                 QStringList{QStringLiteral("Maliebaan 40"), QStringLiteral("3581 CS Utrecht")},
             .place = QStringLiteral("Utrecht"),
             .style = LetterStyle::Formal});
        ContactRepo contacts(m_db);
        const auto find = [&](const char *name) {
            return contacts.search(QString::fromUtf8(name)).value(0).id;
        };
        const QString alderman = find("Anouk van Dijk");
        const QString investor = find("James Whitfield");
        const QString hofstede = find("Erik Hofstede");
        contacts.update(alderman, {.address = QStringLiteral("Postbus 16200\n3500 CE Utrecht"),
                                   .form = ContactForm::Ms});
        contacts.update(investor, {.address = QStringLiteral("350 Park Avenue\nNew York, NY "
                                                             "10022\nUnited States"),
                                   .form = ContactForm::Mr});
        contacts.update(hofstede, {.address = QStringLiteral("Keizersgracht 220\n1016 DZ "
                                                             "Amsterdam"),
                                   .form = ContactForm::Mr});
        LetterRepo letters(m_db);
        const auto letter = [&](const QString &to, const char *subject, const char *notes) {
            Letter l;
            l.owner = m_maarten;
            l.contactId = to;
            l.subject = QString::fromUtf8(subject);
            l.notes = QString::fromUtf8(notes);
            return letters.add(l, m_sanne);
        };
        // The secretary turns the notes the draft starts from into sentences of her own.
        const auto finish = [&](const QString &id, const char *written) {
            const Letter l = *letters.byId(id);
            QString text = l.text;
            text.replace(QString(l.notes).replace(QLatin1Char('\n'), QStringLiteral("\n\n")),
                         QString::fromUtf8(written));
            letters.update(id, {.text = text}, m_sanne);
        };
        letter(alderman, "Standplaats markt Lage Weide",
               "Dank voor het gesprek van dinsdag.\nWij willen de standplaats ook in 2027 "
               "houden; graag een bevestiging voor 1 februari.");
        const QString waiting =
            letter(investor, "Annual results 2026",
                   "Thank him for his visit in October.\nResults ahead of plan; we invite "
                   "him to the shareholders' meeting on 12 March.");
        letters.makeDraft(waiting, m_sanne, houseStyleOf(m_db));
        finish(waiting,
               "Thank you for your visit to our office in October; we were glad to show you "
               "around.\n\nI am pleased to tell you that our results for 2026 are ahead of "
               "plan. We would like to invite you to the shareholders' meeting on 12 March "
               "2027, where we will present them in full.");
        letters.submit(waiting, m_sanne);
        const QString sent =
            letter(hofstede, "Samenwerking 2027",
                   "Wij zetten de samenwerking voort.\nVoorstel: kwartaaloverleg, eerste in "
                   "januari.");
        letters.makeDraft(sent, m_sanne, houseStyleOf(m_db));
        finish(sent, "Graag zetten wij onze samenwerking in 2027 voort.\n\nWij stellen voor elk "
                     "kwartaal samen te komen, voor het eerst in januari. Mijn secretaresse neemt "
                     "contact met u op om een datum te kiezen.");
        letters.submit(sent, m_sanne);
        letters.approve(sent, m_maarten);
        // Filed as the app files it; its PDF plain text, as the demo's other files are (the
        // letterhead's PDF needs Qt Gui, which the server lacks).
        const QDate day = m_today.addDays(-15);
        ArchiveItem item;
        item.owner = m_maarten;
        item.kind = ArchiveKind::LetterOut;
        item.date = day;
        item.subject = QStringLiteral("Samenwerking 2027");
        item.parties = {QStringLiteral("Erik Hofstede"), QStringLiteral("Hofstede Groep")};
        item.restricted = true;
        const Document d = pdfDocument(
            QStringLiteral("Brief Erik Hofstede Samenwerking 2027.pdf"),
            {QStringLiteral("Samenwerking 2027"),
             QStringLiteral("Hofstede Groep, t.a.v. de heer E. Hofstede"),
             QStringLiteral("Geachte heer Hofstede,"),
             QStringLiteral("Graag zetten wij onze samenwerking in 2027 voort."),
             QStringLiteral("Wij stellen voor elk kwartaal samen te komen, voor het eerst in "
                            "januari. Mijn secretaresse neemt contact met u op om een datum te "
                            "kiezen."),
             QStringLiteral("Met vriendelijke groet,"), QStringLiteral("Maarten Verhoeven")});
        Database::Transaction tx(m_db);
        const QString document = DocumentRepo(m_db).addWithin(d);
        const QString itemId = ArchiveRepo(m_db).addWithin(item, m_sanne, document);
        letters.sendWithin(sent, m_sanne, LetterVia::Post, day, itemId);
        tx.commit();
    }

    // What the secretariat offers, and the queue: a room and business cards not handed on
    // yet, a trip with Lotte, a lunch Sanne arranged.
    void addSecretariat()
    {
        ServiceRepo secretariat(m_db);
        const auto service = [&](const char *name, const char *description) {
            return secretariat.addService(
                {.name = QString::fromUtf8(name), .description = QString::fromUtf8(description)});
        };
        const QString room =
            service("Vergaderruimte reserveren", "Een zaal of kamer voor overleg of bezoek");
        const QString order = service("Iets bestellen", "Visitekaartjes, lunch, kantoorartikelen");
        const QString travel = service("Reis regelen", "Trein, vlucht en hotel");
        service("Post en koeriers", "Aangetekende post en pakketten op tijd de deur uit");
        const QString lunch =
            secretariat.ask(order, QStringLiteral("Lunch voor de teamdag (14 personen)"),
                            at(workday(1), "12:00"), m_joris);
        secretariat.handTo(lunch, m_sanne, m_fatima);
        m_tasks.markDone(lunch);
        const QString trip =
            secretariat.ask(travel, QStringLiteral("Trein en hotel voor Brussel, twee dagen"),
                            at(workday(4), "09:00"), m_noor);
        secretariat.handTo(trip, m_lotte, m_fatima);
        const QString hall =
            secretariat.ask(room, QStringLiteral("Zaal voor 12 personen, klantpresentatie"),
                            at(workday(2), "14:00"), m_joris);
        const QString cards =
            secretariat.ask(order, QStringLiteral("Visitekaartjes, 200 stuks"), -1, m_pieter);
        // Asked on days of their own, as they would have been: asked in the same instant,
        // two requests would come in an order that changes from one demo to the next.
        Database::Transaction tx(m_db);
        const qint64 hour = 3600 * 1000;
        const qint64 now = m_db.clock().nowMs();
        const QList<std::pair<QString, qint64>> asked{
            {lunch, 6 * 24 * hour}, {trip, 3 * 24 * hour}, {hall, 24 * hour}, {cards, hour}};
        for (const auto &[id, ago] : asked)
            m_db.update(QStringLiteral("service_requests"), id,
                        {{QStringLiteral("requested_at"), now - ago}});
        tx.commit();
    }

    // A PDF document of the heading and paragraphs, added by the secretary, its file kept.
    Document pdfDocument(const QString &title, const QStringList &text)
    {
        DemoFile file;
        file.bytes = demoPaperPdf(text.value(0), text.mid(1));
        file.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(file.bytes, QCryptographicHash::Sha256).toHex());
        Document d;
        d.title = title;
        d.mime = QStringLiteral("application/pdf");
        d.size = file.bytes.size();
        d.sha256 = file.sha256;
        d.addedBy = m_sanne;
        m_files << file;
        return d;
    }

    Database &m_db;
    PeopleRepo m_people;
    AgendaRepo m_agenda;
    TaskRepo m_tasks;
    ChecklistRepo m_checklists;
    QDate m_today;
    QDate m_moveDay;
    QString m_maarten, m_ingrid, m_sanne, m_lotte, m_fatima, m_joris, m_noor, m_pieter;
    QString m_clientMeeting;
    QList<DemoFile> m_files;
};
} // namespace

QList<DemoFile> DemoOffice::create(Database &db)
{
    return Builder(db).run();
}

} // namespace spil
