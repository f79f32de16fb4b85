// SPDX-License-Identifier: GPL-3.0-or-later
// Golden snapshots: every view model over the demo office at a fixed moment, for each role,
// and after the cheap user actions, as readable text under tests/golden. A change of
// behaviour shows as a diff; SPIL_UPDATE_GOLDEN=1 writes the files anew (docs/architecture.md).

#include "AppFixture.h"
#include "Golden.h"
#include "Snapshot.h"

#include "core/agenda/AgendaRepo.h"
#include "core/checklists/ChecklistRepo.h"
#include "core/common/Time.h"
#include "core/reception/ReceptionRepo.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"
#include "qml/agenda/AppointmentDetails.h"
#include "qml/agenda/BookingForm.h"
#include "qml/agenda/TimelineModel.h"
#include "qml/budgets/BudgetListModel.h"
#include "qml/checklists/ChecklistRunModel.h"
#include "qml/checklists/ChecklistRunsModel.h"
#include "qml/contacts/ContactDetails.h"
#include "qml/contacts/ContactListModel.h"
#include "qml/letters/LetterDetails.h"
#include "qml/letters/LetterListModel.h"
#include "qml/meetings/MinutesModel.h"
#include "qml/people/PeopleModel.h"
#include "qml/people/PrincipalsModel.h"
#include "qml/reception/ReceptionModel.h"
#include "qml/requests/RequestQueueModel.h"
#include "qml/secretariat/ServiceListModel.h"
#include "qml/secretariat/ServiceRequestListModel.h"
#include "qml/secretariat/WorkDistributionModel.h"
#include "qml/shell/Language.h"
#include "qml/supplies/OrderListModel.h"
#include "qml/supplies/PurchaseListModel.h"
#include "qml/supplies/SupplyListModel.h"
#include "qml/tasks/QuickCapture.h"
#include "qml/tasks/TaskEditor.h"
#include "qml/tasks/TaskListModel.h"

#include <QCoreApplication>
#include <QHashSeed>
#include <QSet>
#include <QTranslator>
#include <functional>

using namespace spil;
using namespace spil::qml;
using namespace spil::test;

namespace {
// As the screenshots: Monday 30 November 2026, 10:15 in Amsterdam, the weekly management
// meeting still running.
const char *const kNow = "2026-11-30T10:15:00+01:00";
const QString kAmsterdam = QStringLiteral("Europe/Amsterdam");
} // namespace

class Golden : public AppFixture {
protected:
    void SetUp() override
    {
        AppFixture::SetUp();
        Snapshot::printAsText<TaskListModel::View>();
        Snapshot::printAsText<ChecklistRunModel::Filter>();
        Snapshot::printAsText<PeopleModel::Scope>();
        Snapshot::printAsText<Role>(); // Unknown (no one yet) prints as "", as it did
        Snapshot::printAsText<AppointmentKind>();
        Snapshot::printAsText<AppointmentStatus>();
        Snapshot::printAsText<AppointmentPriority>();
        Snapshot::printAsText<ConflictType>();
        Snapshot::printAsText<RequestImportance>();
        Snapshot::printAsText<RequestState>();
        Snapshot::printAsText<RequestDecision>();
        Snapshot::printAsText<LetterState>();
        Snapshot::printAsText<LetterVia>();
    }
    void TearDown() override { speak(QStringLiteral("en")); }

    static void speak(const QString &language) { applyLanguage(language); }

    // folder: where under tests/golden this state's files go.
    void open(const QString &role, const QString &folder, const QString &zone = kAmsterdam)
    {
        clock.set(at(kNow));
        m_folder = folder;
        start(role, zone);
        // The office manager reads the first director by name (Ingrid) at first; her
        // snapshots read Maarten's agenda, chosen as on the Week page.
        if (role == QStringLiteral("office-manager"))
            app->setAgendaPersonId(idOf("maarten"));
    }
    void check(const QString &file, const QString &heading,
               const std::function<void(Snapshot &)> &fill)
    {
        Snapshot snapshot(*app->office()->store(), heading);
        fill(snapshot);
        EXPECT_TRUE(matchesGolden(m_folder + QLatin1Char('/') + file, snapshot.text()));
    }

    QString taskId(const char *title)
    {
        for (const Task &t : TaskRepo(*app->office()->store()).list({}, true)) {
            if (t.title == QString::fromUtf8(title))
                return t.id;
        }
        ADD_FAILURE() << "no task " << title;
        return {};
    }
    QString appointmentId(const char *title)
    {
        const qint64 now = clock.nowMs();
        const qint64 month = 31LL * 24 * 3600 * 1000;
        for (const Occurrence &o :
             AgendaRepo(*app->office()->store())
                 .allOccurrences(now - month, now + month, QTimeZone::utc())) {
            if (o.appointment.title == QString::fromUtf8(title))
                return o.appointment.id;
        }
        ADD_FAILURE() << "no appointment " << title;
        return {};
    }
    QString runId() { return ChecklistRepo(*app->office()->store()).runs().value(0).id; }
    QString itemId(const char *title)
    {
        for (const ChecklistItem &item : ChecklistRepo(*app->office()->store()).items(runId())) {
            if (item.title == QString::fromUtf8(title))
                return item.id;
        }
        ADD_FAILURE() << "no checklist item " << title;
        return {};
    }

    // The reception's day as the page shows it, found by query; its visitors named.
    void reception(const QString &file, const QString &heading, const QString &query = {})
    {
        ReceptionModel model(app->office(), app->people());
        model.setQuery(query);
        check(file, heading, [&](Snapshot &s) {
            Database &db = *app->office()->store();
            const QTimeZone zone = app->office()->localZone();
            for (const ExpectedVisitor &v :
                 ReceptionRepo(db).day(dateIn(db.clock().nowMs(), zone), zone))
                s.know(v.visitorId, QStringLiteral("visitor: ") + v.name);
            s.model(model);
        });
    }
    QString visitorId(const char *name)
    {
        Database &db = *app->office()->store();
        const QTimeZone zone = app->office()->localZone();
        for (const ExpectedVisitor &v :
             ReceptionRepo(db).day(dateIn(db.clock().nowMs(), zone), zone)) {
            if (v.name == QString::fromUtf8(name))
                return v.visitorId;
        }
        ADD_FAILURE() << "no visitor " << name;
        return {};
    }

    void timeline(const QString &file, const QString &heading, int days, int offset, bool conflicts,
                  bool readingOnly = false, const QString &personId = {})
    {
        TimelineModel model(app->office(), app->people());
        model.setDays(days);
        model.setOffset(offset);
        model.setWithConflicts(conflicts);
        model.setReadingOnly(readingOnly);
        model.setPersonId(personId);
        check(file, heading, [&](Snapshot &s) { s.model(model); });
    }
    // startUtc: the instance's start, for one of a series (0: the appointment itself).
    void details(const QString &file, const QString &heading, const QString &id,
                 qint64 startUtc = 0)
    {
        AppointmentDetails d(app->office(), app->people());
        d.setAppointmentId(id);
        d.setStartUtc(double(startUtc));
        check(file, heading, [&](Snapshot &s) { s.properties(d); });
    }
    void tasks(const QString &file, TaskListModel::View view)
    {
        TaskListModel model(app->office(), app->people());
        model.setView(view);
        check(file, QStringLiteral("TaskListModel, view %1").arg(toText(view)),
              [&](Snapshot &s) { s.model(model); });
    }
    void taskLists(const QString &prefix = QStringLiteral("task-list"))
    {
        for (const auto view : {TaskListModel::View::Inbox, TaskListModel::View::Waiting,
                                TaskListModel::View::Review})
            tasks(prefix + QLatin1Char('-') + toText(view), view);
    }
    void run(const QString &file, ChecklistRunModel::Filter filter)
    {
        ChecklistRunModel model(app->office(), app->people());
        model.setRunId(runId());
        model.setFilter(filter);
        check(
            file,
            QStringLiteral("ChecklistRunModel on the move-day run, filter %1").arg(toText(filter)),
            [&](Snapshot &s) { s.model(model); });
    }
    void runFilters()
    {
        for (const auto filter : {ChecklistRunModel::Filter::All, ChecklistRunModel::Filter::Mine,
                                  ChecklistRunModel::Filter::Open})
            run(QStringLiteral("checklist-run-") + toText(filter), filter);
    }
    void runs()
    {
        ChecklistRunsModel model(app->office(), app->people());
        check(QStringLiteral("checklist-runs"), QStringLiteral("ChecklistRunsModel"),
              [&](Snapshot &s) {
                  s.model(model);
                  s.value(QStringLiteral("today()"), model.today());
                  s.value(QStringLiteral("dayText(\"2026-12-11\")"),
                          model.dayText(QStringLiteral("2026-12-11")));
              });
    }
    // What a user action announced: a done message, or a refusal the App reported.
    void listen(AppointmentDetails &d)
    {
        QObject::connect(
            &d, &AppointmentDetails::changeDone, app.get(),
            [this](const QString &message) { m_said << QStringLiteral("done: ") + message; });
    }
    void listenToApp()
    {
        QObject::connect(app.get(), &App::actionFailed, app.get(), [this](const QString &reason) {
            m_said << QStringLiteral("actionFailed: ") + reason;
        });
    }
    void said(Snapshot &s) { s.value(QStringLiteral("said"), m_said); }
    // The letters page: all of them by state, what waits on the user's approval, and the
    // first letter's details.
    void letters()
    {
        LetterListModel list(app->office(), app->people());
        check(QStringLiteral("letters"), QStringLiteral("LetterListModel (the letters page)"),
              [&](Snapshot &s) { s.model(list); });
        LetterListModel waiting(app->office(), app->people());
        waiting.setWaitingOnMe(true);
        check(QStringLiteral("letters-waiting"),
              QStringLiteral("LetterListModel, waiting on the user's approval (Today's card)"),
              [&](Snapshot &s) { s.model(waiting); });
        if (list.rowCount() == 0)
            return;
        LetterDetails letter(app->office(), app->people());
        letter.setLetterId(list.idAt(0));
        check(QStringLiteral("letter-details"),
              QStringLiteral("LetterDetails, the first letter of the list"),
              [&](Snapshot &s) { s.properties(letter); });
    }

    // The back office: supplies, orders, the purchase list, budgets, the secretariat's
    // services, requests and the work distribution, as the user's role shows them.
    void backOffice()
    {
        const auto model = [&](const char *file, const char *heading, auto &m) {
            check(QLatin1String(file), QLatin1String(heading), [&](Snapshot &s) { s.model(m); });
        };
        SupplyListModel supplies(app->office(), app->people());
        model("supplies", "SupplyListModel (the supplies page)", supplies);
        OrderListModel orders(app->office(), app->people());
        model("orders", "OrderListModel (the supplies page's orders)", orders);
        PurchaseListModel purchases(app->office(), app->people());
        model("purchases", "PurchaseListModel (the supplies page's purchases)", purchases);
        BudgetListModel budgets(app->office(), app->people());
        model("budgets", "BudgetListModel (the budgets page)", budgets);
        ServiceListModel services(app->office(), app->people());
        model("services", "ServiceListModel (what the secretariat offers)", services);
        ServiceRequestListModel asked(app->office(), app->people());
        model("service-requests", "ServiceRequestListModel (what was asked of the secretariat)",
              asked);
        WorkDistributionModel load(app->office(), app->people());
        model("distribution", "WorkDistributionModel (the secretaries' work)", load);
    }

    // Everything a role's pages show at the fixed moment, before any action.
    void everything();

    QString m_folder;
    QStringList m_said;
};

void Golden::everything()
{
    check(QStringLiteral("app"), QStringLiteral("App, the session's properties"),
          [&](Snapshot &s) { s.properties(*app, {}); });
    check(QStringLiteral("sync-status"), QStringLiteral("App.sync (SyncStatus)"),
          [&](Snapshot &s) { s.properties(*app->sync()); });

    timeline(QStringLiteral("timeline-today"), QStringLiteral("TimelineModel as Today shows it"), 1,
             0, false);
    timeline(QStringLiteral("timeline-today-conflicts"),
             QStringLiteral("TimelineModel, today with conflicts (the appointment page's day)"), 1,
             0, true);
    timeline(QStringLiteral("timeline-tomorrow-conflicts"),
             QStringLiteral("TimelineModel, tomorrow with conflicts (a double booking)"), 1, 1,
             true);
    timeline(QStringLiteral("timeline-day+3-conflicts"),
             QStringLiteral("TimelineModel, the board presentation's day with conflicts"), 1, 3,
             true);
    timeline(QStringLiteral("timeline-week"), QStringLiteral("TimelineModel as Week shows it"), 7,
             0, true);
    timeline(QStringLiteral("timeline-week+1"),
             QStringLiteral("TimelineModel, next week (the trip, the moved meeting)"), 7, 1, true);
    timeline(QStringLiteral("timeline-week+2"),
             QStringLiteral("TimelineModel, the week after (the cancelled meeting)"), 7, 2, true);
    timeline(QStringLiteral("reading-list"),
             QStringLiteral("TimelineModel as the reading card on Today shows it"), 7, 0, false,
             true);

    {
        AppointmentDetails next(app->office(), app->people());
        next.setFollowNext(true);
        check(QStringLiteral("next-appointment"),
              QStringLiteral("AppointmentDetails following the next appointment (Today's card)"),
              [&](Snapshot &s) { s.properties(next); });
    }
    {
        // The past board meeting's minutes, in review, on its item with every kind of line.
        MinutesModel minutes(app->office(), app->people());
        minutes.setAppointmentId(appointmentId("Raad van Bestuur"));
        minutes.next();
        check(QStringLiteral("minutes"),
              QStringLiteral("MinutesModel, the past board meeting's second item"),
              [&](Snapshot &s) {
                  s.properties(minutes, {QStringLiteral("appointmentId"), QStringLiteral("itemId"),
                                         QStringLiteral("attendees")});
                  s.model(minutes, {QStringLiteral("lineId")});
              });
    }
    const QString series = appointmentId("Managementteam-overleg");
    details(QStringLiteral("appointment-plain"), QStringLiteral("AppointmentDetails, a meeting"),
            appointmentId("Klantgesprek Hofstede Groep"));
    details(QStringLiteral("appointment-series-running"),
            QStringLiteral("AppointmentDetails, today's instance of a series, running now"), series,
            at("2026-11-30T09:00:00+01:00"));
    details(QStringLiteral("appointment-series-moved"),
            QStringLiteral("AppointmentDetails, an instance of a series moved to Tuesday"), series,
            at("2026-12-08T13:00:00+01:00"));
    details(QStringLiteral("appointment-series-cancelled"),
            QStringLiteral("AppointmentDetails, a cancelled instance of a series"), series,
            at("2026-12-14T09:00:00+01:00"));
    details(QStringLiteral("appointment-double-booking"),
            QStringLiteral("AppointmentDetails, one of a double booking"),
            appointmentId("Call met de accountant"));
    details(QStringLiteral("appointment-confidential"),
            QStringLiteral("AppointmentDetails, a confidential talk"),
            appointmentId("Reorganisatie: gesprek met HR"));
    details(QStringLiteral("appointment-presentation"),
            QStringLiteral("AppointmentDetails, the board presentation"),
            appointmentId("Presentatie jaarplan 2027 aan de Raad van Bestuur"));
    details(QStringLiteral("appointment-all-day"),
            QStringLiteral("AppointmentDetails, an all-day item"),
            appointmentId("Verhuisdag kantoor"));
    details(QStringLiteral("appointment-new-york"),
            QStringLiteral("AppointmentDetails, a meeting planned in New York"),
            appointmentId("Investeerdersoverleg"));

    {
        BookingForm form(app->office(), app->people());
        check(QStringLiteral("booking-form"), QStringLiteral("BookingForm as it opens"),
              [&](Snapshot &s) { s.properties(form); });
        form.findSlots();
        check(QStringLiteral("booking-form-free-slots"),
              QStringLiteral("BookingForm, free slots of the agenda's owner for an hour"),
              [&](Snapshot &s) { s.properties(form); });
        form.setAttendees({idOf("ingrid"), idOf("lotte")});
        form.setMinutes(90);
        form.setDayIndex(1);
        form.findSlots();
        check(QStringLiteral("booking-form-free-slots-with-attendees"),
              QStringLiteral("BookingForm, free slots from tomorrow for 90 minutes with Ingrid "
                             "and Lotte"),
              [&](Snapshot &s) { s.properties(form); });
    }

    taskLists();
    {
        TaskEditor editor(app->office(), app->people());
        editor.setTaskId(taskId("Hotel in New York boeken"));
        check(QStringLiteral("task-editor-due"),
              QStringLiteral("TaskEditor, a task with a due time"),
              [&](Snapshot &s) { s.properties(editor); });
        editor.setTaskId(taskId("Reisdeclaratie oktober indienen"));
        check(QStringLiteral("task-editor-no-due"),
              QStringLiteral("TaskEditor, a task without a due time"),
              [&](Snapshot &s) { s.properties(editor); });
    }

    runs();
    runFilters();

    for (const PeopleModel::Scope scope :
         {PeopleModel::Scope::Everyone, PeopleModel::Scope::Principals}) {
        PeopleModel people(app->office(), app->people());
        people.setScope(scope);
        check(QStringLiteral("people-") + toText(scope),
              QStringLiteral("PeopleModel, scope %1").arg(toText(scope)),
              [&](Snapshot &s) { s.model(people); });
    }
    {
        PrincipalsModel principals(app->office(), app->people());
        check(QStringLiteral("principals"),
              QStringLiteral("PrincipalsModel (the admin's assistants page)"),
              [&](Snapshot &s) { s.model(principals); });
    }
    {
        ContactListModel contacts(app->office(), app->people());
        check(QStringLiteral("contacts"), QStringLiteral("ContactListModel (the contacts page)"),
              [&](Snapshot &s) { s.model(contacts); });
        contacts.setQuery(QStringLiteral("hof"));
        check(QStringLiteral("contacts-hof"), QStringLiteral("ContactListModel, searching \"hof\""),
              [&](Snapshot &s) { s.model(contacts); });
        contacts.setQuery(QStringLiteral("ve"));
        ContactDetails details(app->office(), app->people());
        details.setContactId(contacts.idAt(0));
        check(QStringLiteral("contact-details"),
              QStringLiteral("ContactDetails, the first contact found for \"ve\" (the mover)"),
              [&](Snapshot &s) { s.properties(details); });
    }
    reception(QStringLiteral("reception"),
              QStringLiteral("ReceptionModel (the reception: today's visitors)"));
    {
        RequestQueueModel queue(app->office(), app->people(), RequestQueueModel::View::Queue);
        check(QStringLiteral("requests"),
              QStringLiteral("RequestQueueModel (the request queue, ranked)"),
              [&](Snapshot &s) { s.model(queue); });
        RequestQueueModel decisions(app->office(), app->people(),
                                    RequestQueueModel::View::Decisions);
        check(QStringLiteral("request-decisions"),
              QStringLiteral("RequestQueueModel, what was forwarded to the user to decide"),
              [&](Snapshot &s) { s.model(decisions); });
    }
    letters();
    backOffice();
}

TEST_F(Golden, Director)
{
    open(QStringLiteral("director"), QStringLiteral("director"));
    everything();
}

TEST_F(Golden, Assistant)
{
    open(QStringLiteral("assistant"), QStringLiteral("assistant"));
    everything();
}

TEST_F(Golden, OfficeManager)
{
    open(QStringLiteral("office-manager"), QStringLiteral("office-manager"));
    everything();
}

// The director abroad: the device in New York, his home time beside it.
TEST_F(Golden, DirectorInNewYork)
{
    open(QStringLiteral("director"), QStringLiteral("director-in-new-york"),
         QStringLiteral("America/New_York"));
    timeline(QStringLiteral("timeline-today"), QStringLiteral("TimelineModel as Today shows it"), 1,
             0, false);
    timeline(QStringLiteral("timeline-week+1"),
             QStringLiteral("TimelineModel, next week (the trip)"), 7, 1, true);
    AppointmentDetails next(app->office(), app->people());
    next.setFollowNext(true);
    check(QStringLiteral("next-appointment"),
          QStringLiteral("AppointmentDetails following the next appointment (Today's card)"),
          [&](Snapshot &s) { s.properties(next); });
    details(QStringLiteral("appointment-new-york"),
            QStringLiteral("AppointmentDetails, a meeting planned in New York"),
            appointmentId("Investeerdersoverleg"));
    BookingForm form(app->office(), app->people());
    check(QStringLiteral("booking-form"), QStringLiteral("BookingForm as it opens"),
          [&](Snapshot &s) { s.properties(form); });
}

TEST_F(Golden, DirectorInDutch)
{
    speak(QStringLiteral("nl"));
    open(QStringLiteral("director"), QStringLiteral("director-in-dutch"));
    check(QStringLiteral("sync-status"), QStringLiteral("App.sync (SyncStatus)"),
          [&](Snapshot &s) { s.properties(*app->sync()); });
    timeline(QStringLiteral("timeline-today"), QStringLiteral("TimelineModel as Today shows it"), 1,
             0, false);
    timeline(QStringLiteral("timeline-week"), QStringLiteral("TimelineModel as Week shows it"), 7,
             0, true);
    details(QStringLiteral("appointment-double-booking"),
            QStringLiteral("AppointmentDetails, one of a double booking"),
            appointmentId("Call met de accountant"));
    taskLists();
    runs();
    run(QStringLiteral("checklist-run-all"), ChecklistRunModel::Filter::All);
    PeopleModel people(app->office(), app->people());
    check(QStringLiteral("people-all"), QStringLiteral("PeopleModel, scope all"),
          [&](Snapshot &s) { s.model(people); });
    letters();
}

TEST_F(Golden, AssistantStrikesOffATask)
{
    open(QStringLiteral("assistant"), QStringLiteral("assistant/after-strike-off"));
    TaskListModel inbox(app->office(), app->people());
    inbox.strike(taskId("Terugbellen: wethouder Van Dijk"));
    taskLists();
    inbox.undo(taskId("Terugbellen: wethouder Van Dijk"));
    tasks(QStringLiteral("task-list-inbox-after-undo"), TaskListModel::View::Inbox);
}

TEST_F(Golden, AssistantPostponesATask)
{
    open(QStringLiteral("assistant"), QStringLiteral("assistant/after-postpone"));
    TaskListModel inbox(app->office(), app->people());
    const double before = inbox.postpone(taskId("Offertes catering vergelijken"));
    taskLists();
    check(QStringLiteral("postpone-returned"),
          QStringLiteral("What TaskListModel.postpone returned (the due time for undo)"),
          [&](Snapshot &s) { s.value(QStringLiteral("dueUtc"), before); });
}

TEST_F(Golden, AssistantLooksAtHerInbox)
{
    open(QStringLiteral("assistant"), QStringLiteral("assistant/after-mark-seen"));
    TaskListModel inbox(app->office(), app->people());
    inbox.markSeen();
    tasks(QStringLiteral("task-list-inbox"), TaskListModel::View::Inbox);
}

TEST_F(Golden, AssistantMarksATaskUrgent)
{
    open(QStringLiteral("assistant"), QStringLiteral("assistant/after-urgent"));
    TaskListModel inbox(app->office(), app->people());
    inbox.toggleUrgent(taskId("Bloemen voor het jubileum van Joris"));
    taskLists();
}

TEST_F(Golden, AssistantCapturesTasks)
{
    open(QStringLiteral("assistant"), QStringLiteral("assistant/after-quick-capture"));
    QuickCapture capture(app->office(), app->people());
    EXPECT_TRUE(capture.capture(QStringLiteral("Taxi bestellen"), {}, TaskDue::Today, true));
    EXPECT_TRUE(capture.capture(QStringLiteral("Vergaderzaal reserveren"), idOf("lotte"),
                                TaskDue::Tomorrow, false));
    EXPECT_TRUE(capture.capture(QStringLiteral("Jaarplan nalezen"), {}, TaskDue::ThisWeek, false));
    EXPECT_FALSE(capture.capture(QStringLiteral("  "), {}, TaskDue::None, false));
    check(QStringLiteral("quick-capture"), QStringLiteral("QuickCapture after an empty title"),
          [&](Snapshot &s) { s.properties(capture); });
    taskLists();
}

TEST_F(Golden, AssistantEditsAndDeletesTasks)
{
    open(QStringLiteral("assistant"), QStringLiteral("assistant/after-task-edit"));
    TaskEditor editor(app->office(), app->people());
    editor.setTaskId(taskId("Reisdeclaratie oktober indienen"));
    EXPECT_TRUE(editor.save(QStringLiteral("Reisdeclaratie oktober en november indienen"),
                            QStringLiteral("Bonnen in de map op het bureau."), idOf("lotte"),
                            TaskDue::Tomorrow, true));
    check(QStringLiteral("task-editor"), QStringLiteral("TaskEditor after saving a hand-over"),
          [&](Snapshot &s) { s.properties(editor); });
    TaskEditor removed(app->office(), app->people());
    removed.setTaskId(taskId("Bloemen voor het jubileum van Joris"));
    EXPECT_TRUE(removed.remove());
    taskLists();
}

TEST_F(Golden, AssistantCancelsAppointments)
{
    open(QStringLiteral("assistant"), QStringLiteral("assistant/after-cancel"));
    listenToApp();
    AppointmentDetails plain(app->office(), app->people());
    plain.setAppointmentId(appointmentId("Klantgesprek Hofstede Groep"));
    EXPECT_TRUE(plain.cancel());
    check(QStringLiteral("appointment-plain"), QStringLiteral("AppointmentDetails, cancelled"),
          [&](Snapshot &s) { s.properties(plain); });
    AppointmentDetails instance(app->office(), app->people());
    instance.setAppointmentId(appointmentId("Managementteam-overleg"));
    instance.setStartUtc(double(at("2026-12-21T09:00:00+01:00")));
    EXPECT_TRUE(instance.cancel());
    check(QStringLiteral("appointment-series-instance"),
          QStringLiteral("AppointmentDetails, an instance of a series, cancelled"),
          [&](Snapshot &s) {
              s.properties(instance);
              said(s);
          });
    timeline(QStringLiteral("timeline-today-conflicts"),
             QStringLiteral("TimelineModel, today with conflicts"), 1, 0, true);
    timeline(QStringLiteral("timeline-week+3"),
             QStringLiteral("TimelineModel, the week of the cancelled instance"), 7, 3, true);
    plain.undoCancel();
    timeline(QStringLiteral("timeline-today-after-undo"),
             QStringLiteral("TimelineModel, today after undoing the cancellation"), 1, 0, true);
}

TEST_F(Golden, AssistantMovesAppointments)
{
    open(QStringLiteral("assistant"), QStringLiteral("assistant/after-move"));
    listenToApp();
    AppointmentDetails call(app->office(), app->people());
    listen(call);
    call.setAppointmentId(appointmentId("Call met de accountant"));
    // Out of the double booking on the same day, then into the prep time before the board
    // presentation (refused), then through the refusal.
    EXPECT_TRUE(call.moveTo(double(at("2026-12-01T14:00:00+01:00")), 30));
    check(QStringLiteral("appointment-moved"), QStringLiteral("AppointmentDetails, moved"),
          [&](Snapshot &s) { s.properties(call); });
    timeline(QStringLiteral("timeline-tomorrow-conflicts"),
             QStringLiteral("TimelineModel, tomorrow with conflicts"), 1, 1, true);
    EXPECT_FALSE(call.moveTo(double(at("2026-12-03T13:00:00+01:00")), 30));
    check(QStringLiteral("appointment-move-refused"),
          QStringLiteral("AppointmentDetails, a move into prep time refused"),
          [&](Snapshot &s) { s.properties(call); });
    EXPECT_TRUE(call.moveTo(double(at("2026-12-03T13:00:00+01:00")), 30, true));
    timeline(QStringLiteral("timeline-day+3-conflicts"),
             QStringLiteral("TimelineModel, the presentation's day after a forced move"), 1, 3,
             true);
    call.undoChange();
    check(QStringLiteral("appointment-after-undo"),
          QStringLiteral("AppointmentDetails after undoing the last move"), [&](Snapshot &s) {
              s.properties(call);
              said(s);
          });
    AppointmentDetails instance(app->office(), app->people());
    listen(instance);
    instance.setAppointmentId(appointmentId("Managementteam-overleg"));
    instance.setStartUtc(double(at("2026-12-21T09:00:00+01:00")));
    EXPECT_TRUE(instance.edit(QStringLiteral("Managementteam-overleg (kort)"),
                              QStringLiteral("Vergaderzaal 2"), 45, {}, false));
    check(QStringLiteral("appointment-series-edited"),
          QStringLiteral("AppointmentDetails, one instance of a series edited"), [&](Snapshot &s) {
              s.properties(instance);
              said(s);
          });
    timeline(QStringLiteral("timeline-week+3"),
             QStringLiteral("TimelineModel, the week of the edited instance"), 7, 3, true);
}

TEST_F(Golden, AssistantBooksAppointments)
{
    open(QStringLiteral("assistant"), QStringLiteral("assistant/after-booking"));
    BookingForm form(app->office(), app->people());
    form.setTitle(QStringLiteral("Overleg met Joris"));
    form.setPlace(QStringLiteral("Eigen kamer"));
    form.setAttendees({idOf("joris")});
    form.setDayIndex(3);
    form.setStartMinutes(13 * 60);
    form.setMinutes(30);
    EXPECT_FALSE(form.book());
    check(QStringLiteral("booking-form-refused"),
          QStringLiteral("BookingForm, a booking in prep time refused"),
          [&](Snapshot &s) { s.properties(form); });
    form.setDayIndex(1);
    form.setStartMinutes(15 * 60);
    EXPECT_TRUE(form.book());
    check(QStringLiteral("booking-form-booked"), QStringLiteral("BookingForm after booking"),
          [&](Snapshot &s) { s.properties(form); });
    form.setTitle({});
    EXPECT_FALSE(form.book());
    check(QStringLiteral("booking-form-no-title"),
          QStringLiteral("BookingForm, a booking without a title"),
          [&](Snapshot &s) { s.properties(form); });
    timeline(QStringLiteral("timeline-tomorrow-conflicts"),
             QStringLiteral("TimelineModel, tomorrow with the new booking"), 1, 1, true);
    form.findSlots();
    form.pickSlot(1);
    check(QStringLiteral("booking-form-picked-slot"),
          QStringLiteral("BookingForm after picking the second free slot"),
          [&](Snapshot &s) { s.properties(form); });
}

TEST_F(Golden, OfficeManagerWorksTheChecklist)
{
    open(QStringLiteral("office-manager"), QStringLiteral("office-manager/after-checklist"));
    ChecklistRunModel model(app->office(), app->people());
    model.setRunId(runId());
    model.tick(itemId("Sleuteloverdracht oude pand"));
    model.tick(itemId("Adreswijziging naar klanten en leveranciers"));
    model.untick(itemId("Verhuizer gecontracteerd en bevestigd"));
    EXPECT_TRUE(model.addIncident(QStringLiteral("Serverkast past niet in de lift")));
    runFilters();
    ChecklistRunsModel runsModel(app->office(), app->people());
    const QString templateId = runsModel.templates().value(0).id;
    EXPECT_FALSE(runsModel.startRun(templateId, QStringLiteral("Verhuizing archief"), 3).isEmpty());
    EXPECT_FALSE(runsModel
                     .startRunOn(templateId, QStringLiteral("Verhuizing magazijn"),
                                 QStringLiteral("2026-11-02"))
                     .isEmpty());
    runs();
}

TEST_F(Golden, OfficeManagerChecksVisitorsIn)
{
    open(QStringLiteral("office-manager"), QStringLiteral("office-manager/after-check-in"));
    ReceptionModel model(app->office(), app->people());
    // An attendee of an appointment (the check-in makes the record) and a walk-in.
    EXPECT_TRUE(model.checkIn(visitorId("Karin Hofstede")));
    EXPECT_TRUE(model.add(QStringLiteral("Monteur Kopieerservice"), QStringLiteral("Ricoh"),
                          idOf("fatima")));
    reception(QStringLiteral("reception"),
              QStringLiteral("ReceptionModel after Karin Hofstede's check-in and a walk-in"));
    reception(QStringLiteral("reception-hof"), QStringLiteral("ReceptionModel, searching \"hof\""),
              QStringLiteral("hof"));
    EXPECT_TRUE(model.undoCheckIn(visitorId("Karin Hofstede")));
    reception(QStringLiteral("reception-undone"),
              QStringLiteral("ReceptionModel after the check-in was undone"));
}

// Before any session: the first-start page's state.
TEST_F(Golden, NoSession)
{
    clock.set(at(kNow));
    m_folder = QStringLiteral("no-session");
    app = std::make_unique<App>(clock, dir.path(), kAmsterdam);
    const auto write = [&](const QString &file, const QString &heading,
                           const std::function<void(Snapshot &)> &fill) {
        // No store to name ids from: there are none to name.
        Database empty(dir.filePath(QStringLiteral("names.db")), clock);
        Snapshot snapshot(empty, heading);
        fill(snapshot);
        EXPECT_TRUE(matchesGolden(m_folder + QLatin1Char('/') + file, snapshot.text()));
    };
    write(QStringLiteral("app"), QStringLiteral("App, the session's properties"),
          [&](Snapshot &s) { s.properties(*app, {}); });
    write(QStringLiteral("sync-status"), QStringLiteral("App.sync (SyncStatus)"),
          [&](Snapshot &s) { s.properties(*app->sync()); });
    TaskListModel inbox(app->office(), app->people());
    TimelineModel today(app->office(), app->people());
    write(QStringLiteral("task-list-inbox"), QStringLiteral("TaskListModel, view inbox"),
          [&](Snapshot &s) { s.model(inbox); });
    write(QStringLiteral("timeline-today"), QStringLiteral("TimelineModel as Today shows it"),
          [&](Snapshot &s) { s.model(today); });
}

// A director's chip tapped in an assistant's row (not saved: saving needs an admin on a
// server), then the row put back.
TEST_F(Golden, PrincipalsDraft)
{
    open(QStringLiteral("director"), QStringLiteral("director/after-principals-draft"));
    PrincipalsModel principals(app->office(), app->people());
    principals.toggle(1, idOf("ingrid"));
    check(QStringLiteral("principals"), QStringLiteral("PrincipalsModel, Sanne's row changed"),
          [&](Snapshot &s) { s.model(principals); });
    principals.revert(1);
    check(QStringLiteral("principals-reverted"),
          QStringLiteral("PrincipalsModel, Sanne's row put back"),
          [&](Snapshot &s) { s.model(principals); });
}

// Whose agenda the office manager reads first does not hang on a QHash's order, which
// changes with the hash seed from one run of the app to the next.
TEST_F(Golden, TheOfficeManagerReadsTheSameAgendaOnEveryStart)
{
    QSet<QString> agendas;
    for (int i = 0; i < 16; ++i) {
        QHashSeed::resetRandomGlobalSeed();
        clock.set(at(kNow));
        start(QStringLiteral("office-manager"));
        agendas.insert(app->nameOf(app->agendaPersonId()));
    }
    EXPECT_EQ(agendas.size(), 1) << agendas.values().join(QStringLiteral(", ")).toStdString();
}

// The diff a failed snapshot prints: the changed line in its context, the golden one first.
TEST(GoldenDiff, ShowsTheChangedLineInItsContext)
{
    const QStringList before{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                             QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f")};
    QStringList after = before;
    after[3] = QStringLiteral("D");
    after << QStringLiteral("g");
    EXPECT_EQ(unifiedDiff(before, after, 1).toStdString(), "@@ -3,4 +3,5 @@\n"
                                                           " c\n"
                                                           "-d\n"
                                                           "+D\n"
                                                           " e\n"
                                                           " f\n"
                                                           "+g\n");
    EXPECT_TRUE(unifiedDiff(before, before).isEmpty());
}
