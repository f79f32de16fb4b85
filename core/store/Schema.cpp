// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Schema.h"

#include "core/common/Error.h"

namespace spil {

namespace {
using T = FieldType;

QList<EntityDef> buildEntities()
{
    return {
        {QStringLiteral("people"),
         {{QStringLiteral("name"), T::Text},
          {QStringLiteral("handle"), T::Text},
          {QStringLiteral("role"), T::Text},
          {QStringLiteral("email"), T::Text},
          {QStringLiteral("tz"), T::Text},
          {QStringLiteral("work_start_min"), T::Int},
          {QStringLiteral("work_end_min"), T::Int},
          {QStringLiteral("work_days"), T::Text},
          {QStringLiteral("principals"), T::List},
          {QStringLiteral("prep_minutes"), T::Int}}},
        {QStringLiteral("appointments"),
         {{QStringLiteral("owner"), T::Text},
          {QStringLiteral("title"), T::Text},
          {QStringLiteral("kind"), T::Text},
          {QStringLiteral("priority"), T::Text},
          {QStringLiteral("status"), T::Text},
          {QStringLiteral("start_utc"), T::Time},
          {QStringLiteral("end_utc"), T::Time},
          {QStringLiteral("tz"), T::Text},
          {QStringLiteral("all_day"), T::Bool},
          {QStringLiteral("location"), T::Text},
          {QStringLiteral("attendees"), T::List},
          {QStringLiteral("confidential"), T::Bool},
          {QStringLiteral("notes"), T::Text},
          {QStringLiteral("rrule"), T::Text},
          {QStringLiteral("created_by"), T::Text},
          {QStringLiteral("ical_uid"), T::Text},
          {QStringLiteral("contact_id"), T::Text},
          {QStringLiteral("bumped_at"), T::Time},
          {QStringLiteral("bumped_for"), T::Text},
          {QStringLiteral("bumped_by"), T::Text},
          {QStringLiteral("bumped_from_utc"), T::Time}}},
        {QStringLiteral("appointment_exceptions"),
         {{QStringLiteral("series_id"), T::Text},
          {QStringLiteral("original_start_utc"), T::Time},
          {QStringLiteral("cancelled"), T::Bool},
          {QStringLiteral("start_utc"), T::Time},
          {QStringLiteral("end_utc"), T::Time},
          {QStringLiteral("title"), T::Text},
          {QStringLiteral("location"), T::Text}},
         QStringLiteral("series_id"),
         QStringLiteral("appointments")},
        {QStringLiteral("tasks"),
         {{QStringLiteral("title"), T::Text},
          {QStringLiteral("notes"), T::Text},
          {QStringLiteral("assignee"), T::Text},
          {QStringLiteral("delegated_by"), T::Text},
          {QStringLiteral("handed_by"), T::List},
          {QStringLiteral("created_by"), T::Text},
          {QStringLiteral("due_utc"), T::Time},
          {QStringLiteral("urgent"), T::Bool},
          {QStringLiteral("status"), T::Text},
          {QStringLiteral("source"), T::Text},
          {QStringLiteral("created_at"), T::Time},
          {QStringLiteral("done_at"), T::Time},
          {QStringLiteral("contact_id"), T::Text}}},
        {QStringLiteral("checklist_templates"),
         {{QStringLiteral("name"), T::Text}, {QStringLiteral("description"), T::Text}}},
        {QStringLiteral("checklist_template_items"),
         {{QStringLiteral("template_id"), T::Text},
          {QStringLiteral("phase"), T::Text},
          {QStringLiteral("phase_order"), T::Int},
          {QStringLiteral("position"), T::Int},
          {QStringLiteral("title"), T::Text},
          {QStringLiteral("responsible"), T::Text},
          {QStringLiteral("due_offset_min"), T::Int}},
         QStringLiteral("template_id"),
         QStringLiteral("checklist_templates")},
        {QStringLiteral("checklist_runs"),
         {{QStringLiteral("template_id"), T::Text},
          {QStringLiteral("title"), T::Text},
          {QStringLiteral("day_utc"), T::Time},
          {QStringLiteral("tz"), T::Text},
          {QStringLiteral("created_by"), T::Text},
          {QStringLiteral("created_at"), T::Time}}},
        {QStringLiteral("checklist_items"),
         {{QStringLiteral("run_id"), T::Text},
          {QStringLiteral("phase"), T::Text},
          {QStringLiteral("phase_order"), T::Int},
          {QStringLiteral("position"), T::Int},
          {QStringLiteral("title"), T::Text},
          {QStringLiteral("responsible"), T::Text},
          {QStringLiteral("due_utc"), T::Time},
          {QStringLiteral("status"), T::Text},
          {QStringLiteral("notes"), T::Text},
          {QStringLiteral("done_by"), T::Text},
          {QStringLiteral("done_at"), T::Time}},
         QStringLiteral("run_id"),
         QStringLiteral("checklist_runs")},
        {QStringLiteral("checklist_incidents"),
         {{QStringLiteral("run_id"), T::Text},
          {QStringLiteral("at_utc"), T::Time},
          {QStringLiteral("text"), T::Text},
          {QStringLiteral("reported_by"), T::Text}},
         QStringLiteral("run_id"),
         QStringLiteral("checklist_runs")},
        // A document's file travels apart, found by its hash. appointment_id (the meeting it
        // belongs to) and item_id (the agenda item it is a paper of) may be empty, so they
        // are no parent fields.
        {QStringLiteral("documents"),
         {{QStringLiteral("title"), T::Text},
          {QStringLiteral("mime"), T::Text},
          {QStringLiteral("size"), T::Int},
          {QStringLiteral("sha256"), T::Text, TextFormat::Sha256},
          {QStringLiteral("added_by"), T::Text},
          {QStringLiteral("added_at"), T::Time},
          {QStringLiteral("appointment_id"), T::Text},
          {QStringLiteral("item_id"), T::Text},
          {QStringLiteral("archive_item_id"), T::Text}}},
        // A meeting's agenda, its papers and minutes (core/meetings). A meeting is one
        // appointment, or one occurrence of a series (occurrence_utc: its original start).
        {QStringLiteral("meeting_items"),
         {{QStringLiteral("appointment_id"), T::Text},
          {QStringLiteral("occurrence_utc"), T::Time},
          {QStringLiteral("position"), T::Int},
          {QStringLiteral("title"), T::Text},
          {QStringLiteral("presenter"), T::Text},
          {QStringLiteral("minutes_allotted"), T::Int},
          {QStringLiteral("closed_to"), T::List}},
         QStringLiteral("appointment_id"),
         QStringLiteral("appointments")},
        {QStringLiteral("meeting_papers"),
         {{QStringLiteral("item_id"), T::Text},
          {QStringLiteral("title"), T::Text},
          {QStringLiteral("deliverer"), T::Text},
          {QStringLiteral("due_utc"), T::Time},
          {QStringLiteral("document_id"), T::Text},
          {QStringLiteral("task_id"), T::Text},
          {QStringLiteral("created_by"), T::Text}},
         QStringLiteral("item_id"),
         QStringLiteral("meeting_items")},
        {QStringLiteral("minutes"),
         {{QStringLiteral("appointment_id"), T::Text},
          {QStringLiteral("occurrence_utc"), T::Time},
          {QStringLiteral("version"), T::Int},
          {QStringLiteral("state"), T::Text},
          {QStringLiteral("created_by"), T::Text}},
         QStringLiteral("appointment_id"),
         QStringLiteral("appointments")},
        {QStringLiteral("minutes_entries"),
         {{QStringLiteral("item_id"), T::Text},
          {QStringLiteral("minutes_id"), T::Text},
          {QStringLiteral("kind"), T::Text},
          {QStringLiteral("text"), T::Text},
          {QStringLiteral("owner"), T::Text},
          {QStringLiteral("due_utc"), T::Time},
          {QStringLiteral("task_id"), T::Text},
          {QStringLiteral("created_by"), T::Text},
          {QStringLiteral("created_at"), T::Time}},
         QStringLiteral("item_id"),
         QStringLiteral("meeting_items")},
        // Who opened a paper (a document of a meeting), once per document and reader: the id
        // is made from the two (PaperReadRepo::idFor), so devices that record the same read
        // make one record.
        {QStringLiteral("paper_reads"),
         {{QStringLiteral("document_id"), T::Text},
          {QStringLiteral("reader"), T::Text},
          {QStringLiteral("read_at"), T::Time}},
         QStringLiteral("document_id"),
         QStringLiteral("documents")},
        // Contacts (core/contacts), and per director how each gets through.
        {QStringLiteral("contacts"),
         {{QStringLiteral("name"), T::Text},
          {QStringLiteral("kind"), T::Text},
          {QStringLiteral("department"), T::Text},
          {QStringLiteral("ask_for"), T::Text},
          {QStringLiteral("organisation"), T::Text},
          {QStringLiteral("job_title"), T::Text},
          {QStringLiteral("phone"), T::Text},
          {QStringLiteral("email"), T::Text},
          {QStringLiteral("language"), T::Text},
          {QStringLiteral("notes"), T::Text},
          {QStringLiteral("created_by"), T::Text},
          {QStringLiteral("address"), T::Text},
          {QStringLiteral("form"), T::Text}}},
        {QStringLiteral("gatekeeping"),
         {{QStringLiteral("director"), T::Text},
          {QStringLiteral("contact_id"), T::Text},
          {QStringLiteral("rule"), T::Text},
          {QStringLiteral("set_by"), T::Text}},
         QStringLiteral("contact_id"),
         QStringLiteral("contacts")},
        // A request for a director's time (core/requests): who asks, about what, how long,
        // the window wanted, how important, its state and the director's decision.
        {QStringLiteral("requests"),
         {{QStringLiteral("director"), T::Text},
          {QStringLiteral("contact_id"), T::Text},
          {QStringLiteral("requester"), T::Text},
          {QStringLiteral("subject"), T::Text},
          {QStringLiteral("minutes"), T::Int},
          {QStringLiteral("from_date"), T::Text},
          {QStringLiteral("to_date"), T::Text},
          {QStringLiteral("importance"), T::Text},
          {QStringLiteral("via"), T::Text},
          {QStringLiteral("language"), T::Text},
          {QStringLiteral("state"), T::Text},
          {QStringLiteral("created_at"), T::Time},
          {QStringLiteral("created_by"), T::Text},
          {QStringLiteral("appointment_id"), T::Text},
          {QStringLiteral("decision"), T::Text},
          {QStringLiteral("decision_note"), T::Text},
          {QStringLiteral("decided_at"), T::Time},
          {QStringLiteral("forwarded_at"), T::Time}}},
        // An attendee's comment on minutes in review, on a line (entry_id) or on an item as a
        // whole; it follows its item, so an item closed to someone keeps its comments away
        // from them too.
        {QStringLiteral("minutes_comments"),
         {{QStringLiteral("item_id"), T::Text},
          {QStringLiteral("minutes_id"), T::Text},
          {QStringLiteral("entry_id"), T::Text},
          {QStringLiteral("text"), T::Text},
          {QStringLiteral("author"), T::Text},
          {QStringLiteral("created_at"), T::Time}},
         QStringLiteral("item_id"),
         QStringLiteral("meeting_items")},
        // Supplies (core/supplies): the stock, orders with their lines charged to a budget
        // line, and bigger purchases with their quotes; budget lines per year (core/budgets).
        // Money is in whole cents.
        {QStringLiteral("supply_items"),
         {{QStringLiteral("name"), T::Text},
          {QStringLiteral("unit"), T::Text},
          {QStringLiteral("stock"), T::Int},
          {QStringLiteral("reorder_level"), T::Int},
          {QStringLiteral("supplier"), T::Text},
          {QStringLiteral("unit_price_cents"), T::Int}}},
        {QStringLiteral("budget_lines"),
         {{QStringLiteral("name"), T::Text},
          {QStringLiteral("year"), T::Int},
          {QStringLiteral("amount_cents"), T::Int},
          {QStringLiteral("plan_people"), T::Int},
          {QStringLiteral("plan_per_head_cents"), T::Int}}},
        {QStringLiteral("orders"),
         {{QStringLiteral("supplier"), T::Text},
          {QStringLiteral("budget_line_id"), T::Text},
          {QStringLiteral("state"), T::Text},
          {QStringLiteral("purchase_id"), T::Text},
          {QStringLiteral("created_by"), T::Text},
          {QStringLiteral("created_at"), T::Time},
          {QStringLiteral("ordered_at"), T::Time},
          {QStringLiteral("received_at"), T::Time}}},
        {QStringLiteral("order_lines"),
         {{QStringLiteral("order_id"), T::Text},
          {QStringLiteral("item_id"), T::Text},
          {QStringLiteral("description"), T::Text},
          {QStringLiteral("quantity"), T::Int},
          {QStringLiteral("unit_price_cents"), T::Int}},
         QStringLiteral("order_id"),
         QStringLiteral("orders")},
        {QStringLiteral("purchases"),
         {{QStringLiteral("title"), T::Text},
          {QStringLiteral("budget_line_id"), T::Text},
          {QStringLiteral("chosen_quote_id"), T::Text},
          {QStringLiteral("order_id"), T::Text},
          {QStringLiteral("notes"), T::Text}}},
        {QStringLiteral("quotes"),
         {{QStringLiteral("purchase_id"), T::Text},
          {QStringLiteral("supplier"), T::Text},
          {QStringLiteral("price_cents"), T::Int},
          {QStringLiteral("notes"), T::Text}},
         QStringLiteral("purchase_id"),
         QStringLiteral("purchases")},
        // The archive (core/archive): a register of letters, contracts, minutes and reports,
        // where the paper is kept, how long, and who may see it. Its files are documents
        // naming the item (documents.archive_item_id). Dates are ISO days (YYYY-MM-DD).
        {QStringLiteral("archive_items"),
         {{QStringLiteral("owner"), T::Text},
          {QStringLiteral("kind"), T::Text},
          {QStringLiteral("date"), T::Text, TextFormat::Date},
          {QStringLiteral("subject"), T::Text},
          {QStringLiteral("parties"), T::List},
          {QStringLiteral("tags"), T::List},
          {QStringLiteral("cabinet"), T::Text},
          {QStringLiteral("binder"), T::Text},
          {QStringLiteral("shelf"), T::Text},
          {QStringLiteral("retention_years"), T::Int},
          {QStringLiteral("confidential"), T::Bool},
          // Read only by the director's side (he, his assistants, office managers): a sent
          // letter's copy with his notes. Confidential narrows it further.
          {QStringLiteral("restricted"), T::Bool},
          {QStringLiteral("contract_start"), T::Text, TextFormat::Date},
          {QStringLiteral("contract_end"), T::Text, TextFormat::Date},
          {QStringLiteral("notice_months"), T::Int},
          {QStringLiteral("created_by"), T::Text},
          {QStringLiteral("created_at"), T::Time}}},
        // Letters (core/letters): a director's letter to a contact, from his notes through
        // the secretary's draft and his approval to the day it was sent; once sent it names
        // the archived item it was filed as. sent_on is an ISO day.
        {QStringLiteral("letters"),
         {{QStringLiteral("owner"), T::Text},
          {QStringLiteral("contact_id"), T::Text},
          {QStringLiteral("language"), T::Text},
          {QStringLiteral("subject"), T::Text},
          {QStringLiteral("notes"), T::Text},
          {QStringLiteral("text"), T::Text},
          {QStringLiteral("state"), T::Text},
          {QStringLiteral("sent_via"), T::Text},
          {QStringLiteral("sent_on"), T::Text, TextFormat::Date},
          {QStringLiteral("comment"), T::Text},
          {QStringLiteral("approved_by"), T::Text},
          {QStringLiteral("approved_at"), T::Time},
          {QStringLiteral("confidential"), T::Bool},
          {QStringLiteral("archive_item_id"), T::Text},
          {QStringLiteral("created_by"), T::Text},
          {QStringLiteral("created_at"), T::Time}}},
        // Personnel (core/personnel): a person's birth and start dates (one record per
        // person, its id made from the person's), a sick leave as who, from and until (what
        // every colleague may know), and the leave's reason and company doctor's visits apart,
        // so the server can keep them with the office manager.
        {QStringLiteral("personnel"),
         {{QStringLiteral("person_id"), T::Text},
          {QStringLiteral("birth_date"), T::Text, TextFormat::Date},
          {QStringLiteral("start_date"), T::Text, TextFormat::Date},
          {QStringLiteral("onboarding_run_id"), T::Text}}},
        {QStringLiteral("absences"),
         {{QStringLiteral("person_id"), T::Text},
          {QStringLiteral("from_date"), T::Text, TextFormat::Date},
          {QStringLiteral("until_date"), T::Text, TextFormat::Date},
          {QStringLiteral("created_by"), T::Text}}},
        {QStringLiteral("absence_details"),
         {{QStringLiteral("absence_id"), T::Text},
          {QStringLiteral("reason"), T::Text},
          {QStringLiteral("doctor_visits"), T::List, TextFormat::LocalTime}},
         QStringLiteral("absence_id"),
         QStringLiteral("absences")},
        // The secretariat (core/secretariat): what people can come to it for, and their
        // requests; a request handed to a secretary is also her task, under the same id.
        {QStringLiteral("services"),
         {{QStringLiteral("name"), T::Text},
          {QStringLiteral("description"), T::Text},
          {QStringLiteral("active"), T::Bool}}},
        {QStringLiteral("service_requests"),
         {{QStringLiteral("service_id"), T::Text},
          {QStringLiteral("what"), T::Text},
          {QStringLiteral("needed_by"), T::Time},
          {QStringLiteral("requested_by"), T::Text},
          {QStringLiteral("requested_at"), T::Time},
          {QStringLiteral("assignee"), T::Text},
          {QStringLiteral("handed_at"), T::Time},
          {QStringLiteral("state"), T::Text}},
         QStringLiteral("service_id"),
         QStringLiteral("services")},
        // The reception (core/reception): a visitor entered by hand or an appointment's
        // outside attendee once checked in (its id made from the appointment and the name),
        // and the office's one settings record: how many days visitor names are kept.
        {QStringLiteral("visitors"),
         {{QStringLiteral("name"), T::Text},
          {QStringLiteral("organisation"), T::Text},
          {QStringLiteral("expected_utc"), T::Time},
          {QStringLiteral("host"), T::Text},
          {QStringLiteral("appointment_id"), T::Text},
          {QStringLiteral("checked_in_at"), T::Time},
          {QStringLiteral("checked_in_by"), T::Text},
          {QStringLiteral("created_by"), T::Text}}},
        {QStringLiteral("reception_settings"), {{QStringLiteral("visitor_retention_days"), T::Int}}},
        // The office's letterhead and house style (core/letters/OfficeStyle): one record per
        // office, so every device prints the same paper. address holds its lines apart by
        // newlines; letter_style is a LetterStyle word.
        {QStringLiteral("office_style"),
         {{QStringLiteral("office_name"), T::Text},
          {QStringLiteral("address"), T::Text},
          {QStringLiteral("place"), T::Text},
          {QStringLiteral("letter_style"), T::Text}}},
    };
}

// The statements of a trigger that puts the archived items named by items (ids, or a
// SELECT of ids) into the archive's two search indexes anew, under the rows they were given.
QString reindexArchive(const QString &items)
{
    return QStringLiteral(
               "DELETE FROM archive_search WHERE rowid IN "
               "(SELECT row FROM archive_search_rows WHERE id IN (%1)); "
               "DELETE FROM archive_names WHERE rowid IN "
               "(SELECT row FROM archive_search_rows WHERE id IN (%1)); "
               "INSERT INTO archive_search (rowid, id, subject, parties, tags, body) "
               "SELECT r.row, b.id, b.subject, b.parties, b.tags, b.body FROM archive_bodies b "
               "JOIN archive_search_rows r ON r.id = b.id WHERE b.id IN (%1); "
               "INSERT INTO archive_names (rowid, id, parties) SELECT r.row, a.id, a.parties "
               "FROM archive_items a JOIN archive_search_rows r ON r.id = a.id "
               "WHERE a.id IN (%1); ")
        .arg(items);
}

// Version 1 shipped people, the agenda, tasks and the outbox; version 2 added checklists
// and the per-principal prep time.
QList<QStringList> buildMigrations()
{
    const QStringList v1 = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE people (id TEXT PRIMARY KEY, deleted INTEGER NOT NULL DEFAULT 0, "
            "name TEXT NOT NULL DEFAULT '', handle TEXT NOT NULL DEFAULT '', "
            "role TEXT NOT NULL DEFAULT 'staff', email TEXT NOT NULL DEFAULT '', "
            "tz TEXT NOT NULL DEFAULT 'UTC', work_start_min INTEGER NOT NULL DEFAULT 540, "
            "work_end_min INTEGER NOT NULL DEFAULT 1020, "
            "work_days TEXT NOT NULL DEFAULT '1,2,3,4,5', principals TEXT NOT NULL DEFAULT '[]')"),
        QStringLiteral(
            "CREATE TABLE appointments (id TEXT PRIMARY KEY, deleted INTEGER NOT NULL DEFAULT 0, "
            "owner TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', "
            "kind TEXT NOT NULL DEFAULT 'meeting', priority TEXT NOT NULL DEFAULT 'normal', "
            "status TEXT NOT NULL DEFAULT 'confirmed', start_utc INTEGER, end_utc INTEGER, "
            "tz TEXT NOT NULL DEFAULT 'UTC', all_day INTEGER NOT NULL DEFAULT 0, "
            "location TEXT NOT NULL DEFAULT '', attendees TEXT NOT NULL DEFAULT '[]', "
            "confidential INTEGER NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '', "
            "rrule TEXT NOT NULL DEFAULT '', created_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX appointments_by_start ON appointments (start_utc)"),
        QStringLiteral(
            "CREATE INDEX appointments_series ON appointments (start_utc) WHERE rrule <> ''"),
        // An R*Tree over each appointment's span in minutes finds what overlaps a window in
        // O(log n) whatever the lengths; triggers keep it true for every writer.
        QStringLiteral(
            "CREATE VIRTUAL TABLE appointment_spans USING rtree_i32(id, start_min, end_min)"),
        QStringLiteral(
            "CREATE TRIGGER appointment_spans_insert AFTER INSERT ON appointments BEGIN "
            "INSERT INTO appointment_spans VALUES (new.rowid, "
            "coalesce(new.start_utc, 0) / 60000, coalesce(new.end_utc, 0) / 60000 + 1); END"),
        QStringLiteral("CREATE TRIGGER appointment_spans_update AFTER UPDATE OF start_utc, end_utc "
                       "ON appointments BEGIN UPDATE appointment_spans SET "
                       "start_min = coalesce(new.start_utc, 0) / 60000, "
                       "end_min = coalesce(new.end_utc, 0) / 60000 + 1 WHERE id = new.rowid; END"),
        QStringLiteral("CREATE TABLE appointment_exceptions (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, series_id TEXT NOT NULL "
                       "REFERENCES appointments(id) DEFERRABLE INITIALLY DEFERRED, "
                       "original_start_utc INTEGER, cancelled INTEGER NOT NULL DEFAULT 0, "
                       "start_utc INTEGER, end_utc INTEGER, title TEXT NOT NULL DEFAULT '', "
                       "location TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE INDEX appointment_exceptions_by_series ON appointment_exceptions (series_id)"),
        QStringLiteral(
            "CREATE TABLE tasks (id TEXT PRIMARY KEY, deleted INTEGER NOT NULL DEFAULT 0, "
            "title TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', "
            "assignee TEXT NOT NULL DEFAULT '', delegated_by TEXT NOT NULL DEFAULT '', "
            "created_by TEXT NOT NULL DEFAULT '', due_utc INTEGER, "
            "urgent INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT 'open', "
            "source TEXT NOT NULL DEFAULT 'self', created_at INTEGER, done_at INTEGER)"),
        QStringLiteral("CREATE INDEX tasks_by_assignee ON tasks (assignee, status)"),
        QStringLiteral("CREATE INDEX tasks_by_delegator ON tasks (delegated_by, status)"),
        QStringLiteral("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "mutation INTEGER NOT NULL, entity TEXT NOT NULL, record_id TEXT NOT NULL, "
                       "field TEXT NOT NULL, value TEXT NOT NULL, hlc TEXT NOT NULL)"),
    };
    const QStringList v2 = {
        QStringLiteral("ALTER TABLE people ADD COLUMN prep_minutes INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE checklist_templates (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL DEFAULT '', "
                       "description TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE checklist_template_items (id TEXT PRIMARY KEY, "
            "deleted INTEGER NOT NULL DEFAULT 0, template_id TEXT NOT NULL "
            "REFERENCES checklist_templates(id) DEFERRABLE INITIALLY DEFERRED, "
            "phase TEXT NOT NULL DEFAULT '', phase_order INTEGER NOT NULL DEFAULT 0, "
            "position INTEGER NOT NULL DEFAULT 0, title TEXT NOT NULL DEFAULT '', "
            "responsible TEXT NOT NULL DEFAULT '', due_offset_min INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE checklist_runs (id TEXT PRIMARY KEY, deleted INTEGER NOT NULL DEFAULT 0, "
            "template_id TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', "
            "day_utc INTEGER, tz TEXT NOT NULL DEFAULT 'UTC', "
            "created_by TEXT NOT NULL DEFAULT '', created_at INTEGER)"),
        QStringLiteral(
            "CREATE TABLE checklist_items (id TEXT PRIMARY KEY, deleted INTEGER NOT NULL DEFAULT "
            "0, "
            "run_id TEXT NOT NULL REFERENCES checklist_runs(id) DEFERRABLE INITIALLY DEFERRED, "
            "phase TEXT NOT NULL DEFAULT '', phase_order INTEGER NOT NULL DEFAULT 0, "
            "position INTEGER NOT NULL DEFAULT 0, title TEXT NOT NULL DEFAULT '', "
            "responsible TEXT NOT NULL DEFAULT '', due_utc INTEGER, "
            "status TEXT NOT NULL DEFAULT 'open', notes TEXT NOT NULL DEFAULT '', "
            "done_by TEXT NOT NULL DEFAULT '', done_at INTEGER)"),
        QStringLiteral("CREATE INDEX checklist_items_by_run ON checklist_items (run_id)"),
        QStringLiteral(
            "CREATE TABLE checklist_incidents (id TEXT PRIMARY KEY, "
            "deleted INTEGER NOT NULL DEFAULT 0, run_id TEXT NOT NULL "
            "REFERENCES checklist_runs(id) DEFERRABLE INITIALLY DEFERRED, at_utc INTEGER, "
            "text TEXT NOT NULL DEFAULT '', reported_by TEXT NOT NULL DEFAULT '')"),
    };
    // Version 3: changes the server refused for good, kept with its reason.
    const QStringList v3 = {
        QStringLiteral(
            "CREATE TABLE rejected_changes (seq INTEGER PRIMARY KEY, mutation INTEGER NOT NULL, "
            "entity TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL, "
            "value TEXT NOT NULL, hlc TEXT NOT NULL, code TEXT NOT NULL, reason TEXT NOT NULL)"),
    };
    // Version 4: which delegated tasks this device's user has seen, so new ones stand out.
    // Local to the device, never synced.
    const QStringList v4 = {
        QStringLiteral("CREATE TABLE seen_tasks (task_id TEXT PRIMARY KEY) WITHOUT ROWID"),
    };
    // Version 5: the chain of hands a task went through, so that everyone who handed it on
    // keeps sight of it. Older tasks start with none; their delegator counts as the first.
    const QStringList v5 = {
        QStringLiteral("ALTER TABLE tasks ADD COLUMN handed_by TEXT NOT NULL DEFAULT '[]'"),
    };
    // Version 6: documents (the records; their files live in the device's file cache).
    const QStringList v6 = {
        QStringLiteral(
            "CREATE TABLE documents (id TEXT PRIMARY KEY, deleted INTEGER NOT NULL DEFAULT 0, "
            "title TEXT NOT NULL DEFAULT '', mime TEXT NOT NULL DEFAULT '', "
            "size INTEGER NOT NULL DEFAULT 0, sha256 TEXT NOT NULL DEFAULT '', "
            "added_by TEXT NOT NULL DEFAULT '', added_at INTEGER, "
            "appointment_id TEXT NOT NULL DEFAULT '', item_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX documents_by_appointment ON documents (appointment_id)"),
        QStringLiteral("CREATE INDEX documents_by_hash ON documents (sha256)"),
    };
    // Version 7: meetings: agenda items, papers, minutes and their entries.
    const QStringList v7 = {
        QStringLiteral("CREATE TABLE meeting_items (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, appointment_id TEXT NOT NULL "
                       "REFERENCES appointments(id) DEFERRABLE INITIALLY DEFERRED, "
                       "occurrence_utc INTEGER, position INTEGER NOT NULL DEFAULT 0, "
                       "title TEXT NOT NULL DEFAULT '', presenter TEXT NOT NULL DEFAULT '', "
                       "minutes_allotted INTEGER NOT NULL DEFAULT 0, "
                       "closed_to TEXT NOT NULL DEFAULT '[]')"),
        QStringLiteral("CREATE INDEX meeting_items_by_meeting ON meeting_items (appointment_id)"),
        QStringLiteral("CREATE TABLE meeting_papers (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, item_id TEXT NOT NULL "
                       "REFERENCES meeting_items(id) DEFERRABLE INITIALLY DEFERRED, "
                       "title TEXT NOT NULL DEFAULT '', deliverer TEXT NOT NULL DEFAULT '', "
                       "due_utc INTEGER, document_id TEXT NOT NULL DEFAULT '', "
                       "task_id TEXT NOT NULL DEFAULT '', created_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX meeting_papers_by_item ON meeting_papers (item_id)"),
        QStringLiteral("CREATE TABLE minutes (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, appointment_id TEXT NOT NULL "
                       "REFERENCES appointments(id) DEFERRABLE INITIALLY DEFERRED, "
                       "occurrence_utc INTEGER, version INTEGER NOT NULL DEFAULT 1, "
                       "state TEXT NOT NULL DEFAULT 'draft', created_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX minutes_by_meeting ON minutes (appointment_id)"),
        QStringLiteral("CREATE TABLE minutes_entries (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, item_id TEXT NOT NULL "
                       "REFERENCES meeting_items(id) DEFERRABLE INITIALLY DEFERRED, "
                       "minutes_id TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'note', "
                       "text TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', "
                       "due_utc INTEGER, task_id TEXT NOT NULL DEFAULT '', "
                       "created_by TEXT NOT NULL DEFAULT '', created_at INTEGER)"),
        QStringLiteral("CREATE INDEX minutes_entries_by_item ON minutes_entries (item_id)"),
    };
    // Version 8: the UID of the iCalendar event an appointment was imported from, so that
    // importing the same file again updates it.
    const QStringList v8 = {
        QStringLiteral("ALTER TABLE appointments ADD COLUMN ical_uid TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX appointments_by_ical_uid ON appointments (owner, ical_uid) "
                       "WHERE ical_uid <> ''"),
    };
    // Version 9: the attendees' comments on minutes in review.
    const QStringList v9 = {
        QStringLiteral("CREATE TABLE minutes_comments (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, item_id TEXT NOT NULL "
                       "REFERENCES meeting_items(id) DEFERRABLE INITIALLY DEFERRED, "
                       "minutes_id TEXT NOT NULL DEFAULT '', entry_id TEXT NOT NULL DEFAULT '', "
                       "text TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', "
                       "created_at INTEGER)"),
        QStringLiteral("CREATE INDEX minutes_comments_by_minutes ON minutes_comments (minutes_id)"),
    };
    // Version 10: who opened which paper (paper_reads).
    const QStringList v10 = {
        QStringLiteral("CREATE TABLE paper_reads (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, document_id TEXT NOT NULL "
                       "REFERENCES documents(id) DEFERRABLE INITIALLY DEFERRED, "
                       "reader TEXT NOT NULL DEFAULT '', read_at INTEGER)"),
        QStringLiteral("CREATE INDEX paper_reads_by_document ON paper_reads (document_id)"),
    };
    // Version 11: contacts with their offline search, gatekeeping per director and
    // contact, and the contact an appointment or a task is with.
    const QStringList v11 = {
        QStringLiteral(
            "CREATE TABLE contacts (id TEXT PRIMARY KEY, deleted INTEGER NOT NULL DEFAULT 0, "
            "name TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'outside', "
            "department TEXT NOT NULL DEFAULT '', ask_for TEXT NOT NULL DEFAULT '', "
            "organisation TEXT NOT NULL DEFAULT '', job_title TEXT NOT NULL DEFAULT '', "
            "phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
            "language TEXT NOT NULL DEFAULT 'nl', notes TEXT NOT NULL DEFAULT '', "
            "created_by TEXT NOT NULL DEFAULT '')"),
        // The search index keeps its own copy of the searched words, keyed by the contact's
        // id (not its rowid, which a VACUUM may renumber); triggers keep it true for every
        // writer, applyRemote and purgeRemote included.
        QStringLiteral("CREATE VIRTUAL TABLE contacts_search USING fts5(id UNINDEXED, name, "
                       "organisation, department, ask_for, "
                       "tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN "
                       "INSERT INTO contacts_search (id, name, organisation, department, ask_for) "
                       "VALUES (new.id, new.name, new.organisation, new.department, new.ask_for); "
                       "END"),
        QStringLiteral("CREATE TRIGGER contacts_search_update AFTER UPDATE OF name, organisation, "
                       "department, ask_for ON contacts BEGIN "
                       "DELETE FROM contacts_search WHERE id = old.id; "
                       "INSERT INTO contacts_search (id, name, organisation, department, ask_for) "
                       "VALUES (new.id, new.name, new.organisation, new.department, new.ask_for); "
                       "END"),
        QStringLiteral("CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN "
                       "DELETE FROM contacts_search WHERE id = old.id; END"),
        QStringLiteral("CREATE TABLE gatekeeping (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, director TEXT NOT NULL DEFAULT '', "
                       "contact_id TEXT NOT NULL REFERENCES contacts(id) DEFERRABLE INITIALLY "
                       "DEFERRED, rule TEXT NOT NULL DEFAULT 'assistant', "
                       "set_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX gatekeeping_by_contact ON gatekeeping (contact_id)"),
        QStringLiteral("ALTER TABLE appointments ADD COLUMN contact_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE tasks ADD COLUMN contact_id TEXT NOT NULL DEFAULT ''"),
    };
    // Version 12: the request queue, a director's requests for his time.
    const QStringList v12 = {
        QStringLiteral(
            "CREATE TABLE requests (id TEXT PRIMARY KEY, deleted INTEGER NOT NULL DEFAULT 0, "
            "director TEXT NOT NULL DEFAULT '', contact_id TEXT NOT NULL DEFAULT '', "
            "requester TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL DEFAULT '', "
            "minutes INTEGER NOT NULL DEFAULT 30, from_date TEXT NOT NULL DEFAULT '', "
            "to_date TEXT NOT NULL DEFAULT '', importance TEXT NOT NULL DEFAULT 'normal', "
            "via TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT 'nl', "
            "state TEXT NOT NULL DEFAULT 'new', created_at INTEGER, "
            "created_by TEXT NOT NULL DEFAULT '', appointment_id TEXT NOT NULL DEFAULT '', "
            "decision TEXT NOT NULL DEFAULT 'pending', decision_note TEXT NOT NULL DEFAULT '', "
            "decided_at INTEGER)"),
        QStringLiteral("CREATE INDEX requests_by_director ON requests (director, created_at)"),
    };
    // Version 13: an appointment moved to make room for a more important one (a bump): when,
    // for which appointment, by whom, and the start it had.
    const QStringList v13 = {
        QStringLiteral("ALTER TABLE appointments ADD COLUMN bumped_at INTEGER"),
        QStringLiteral("ALTER TABLE appointments ADD COLUMN bumped_for TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE appointments ADD COLUMN bumped_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE appointments ADD COLUMN bumped_from_utc INTEGER"),
        QStringLiteral("CREATE INDEX appointments_bumped ON appointments (bumped_at) "
                       "WHERE bumped_at IS NOT NULL"),
    };
    // Version 14: supplies, orders and their lines, purchases with quotes, budget lines.
    const QStringList v14 = {
        QStringLiteral("CREATE TABLE supply_items (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL DEFAULT '', "
                       "unit TEXT NOT NULL DEFAULT '', stock INTEGER NOT NULL DEFAULT 0, "
                       "reorder_level INTEGER NOT NULL DEFAULT 0, "
                       "supplier TEXT NOT NULL DEFAULT '', "
                       "unit_price_cents INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE budget_lines (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL DEFAULT '', "
                       "year INTEGER NOT NULL DEFAULT 0, amount_cents INTEGER NOT NULL DEFAULT 0, "
                       "plan_people INTEGER NOT NULL DEFAULT 0, "
                       "plan_per_head_cents INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX budget_lines_by_year ON budget_lines (year)"),
        QStringLiteral("CREATE TABLE orders (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, supplier TEXT NOT NULL DEFAULT '', "
                       "budget_line_id TEXT NOT NULL DEFAULT '', "
                       "state TEXT NOT NULL DEFAULT 'draft', purchase_id TEXT NOT NULL DEFAULT '', "
                       "created_by TEXT NOT NULL DEFAULT '', created_at INTEGER, "
                       "ordered_at INTEGER, received_at INTEGER)"),
        QStringLiteral("CREATE INDEX orders_by_budget_line ON orders (budget_line_id, state)"),
        QStringLiteral("CREATE TABLE order_lines (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, order_id TEXT NOT NULL "
                       "REFERENCES orders(id) DEFERRABLE INITIALLY DEFERRED, "
                       "item_id TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', "
                       "quantity INTEGER NOT NULL DEFAULT 0, "
                       "unit_price_cents INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX order_lines_by_order ON order_lines (order_id)"),
        QStringLiteral("CREATE INDEX order_lines_by_item ON order_lines (item_id)"),
        QStringLiteral("CREATE TABLE purchases (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, title TEXT NOT NULL DEFAULT '', "
                       "budget_line_id TEXT NOT NULL DEFAULT '', "
                       "chosen_quote_id TEXT NOT NULL DEFAULT '', "
                       "order_id TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE quotes (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, purchase_id TEXT NOT NULL "
                       "REFERENCES purchases(id) DEFERRABLE INITIALLY DEFERRED, "
                       "supplier TEXT NOT NULL DEFAULT '', price_cents INTEGER NOT NULL DEFAULT 0, "
                       "notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX quotes_by_purchase ON quotes (purchase_id)"),
    };
    // Version 15: personnel data, absences and their details.
    const QStringList v15 = {
        QStringLiteral("CREATE TABLE personnel (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, person_id TEXT NOT NULL DEFAULT '', "
                       "birth_date TEXT NOT NULL DEFAULT '', start_date TEXT NOT NULL DEFAULT '', "
                       "onboarding_run_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE absences (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, person_id TEXT NOT NULL DEFAULT '', "
                       "from_date TEXT NOT NULL DEFAULT '', until_date TEXT NOT NULL DEFAULT '', "
                       "created_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX absences_by_person ON absences (person_id, from_date)"),
        QStringLiteral("CREATE TABLE absence_details (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, absence_id TEXT NOT NULL "
                       "REFERENCES absences(id) DEFERRABLE INITIALLY DEFERRED, "
                       "reason TEXT NOT NULL DEFAULT '', "
                       "doctor_visits TEXT NOT NULL DEFAULT '[]')"),
        QStringLiteral("CREATE INDEX absence_details_by_absence ON absence_details (absence_id)"),
    };
    // Version 16: the secretariat's services and the requests sent to it.
    const QStringList v16 = {
        QStringLiteral("CREATE TABLE services (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL DEFAULT '', "
                       "description TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE service_requests (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, service_id TEXT NOT NULL "
                       "REFERENCES services(id) DEFERRABLE INITIALLY DEFERRED, "
                       "what TEXT NOT NULL DEFAULT '', needed_by INTEGER, "
                       "requested_by TEXT NOT NULL DEFAULT '', requested_at INTEGER, "
                       "assignee TEXT NOT NULL DEFAULT '', handed_at INTEGER, "
                       "state TEXT NOT NULL DEFAULT 'open')"),
        QStringLiteral("CREATE INDEX service_requests_by_state ON service_requests (state)"),
        QStringLiteral(
            "CREATE INDEX service_requests_by_requester ON service_requests (requested_by)"),
    };
    // Version 17: the archive, its files (a document's archive_item_id) and its offline
    // search. archive_file_text holds the text read from each file on this device, by hash,
    // and is never synced; archive_search indexes an item's subject, parties, tags and its
    // files' text; archive_names only the parties' names, whose vocabulary the typo-tolerant
    // pass reads (archive_name_words). Triggers keep both indexes true for every writer,
    // pulls and purges included, and drop a file's text once no document names its hash.
    const QStringList v17 = {
        QStringLiteral(
            "CREATE TABLE archive_items (id TEXT PRIMARY KEY, deleted INTEGER NOT NULL DEFAULT 0, "
            "owner TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'letter_in', "
            "date TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL DEFAULT '', "
            "parties TEXT NOT NULL DEFAULT '[]', tags TEXT NOT NULL DEFAULT '[]', "
            "cabinet TEXT NOT NULL DEFAULT '', binder TEXT NOT NULL DEFAULT '', "
            "shelf TEXT NOT NULL DEFAULT '', retention_years INTEGER NOT NULL DEFAULT 0, "
            "confidential INTEGER NOT NULL DEFAULT 0, contract_start TEXT NOT NULL DEFAULT '', "
            "contract_end TEXT NOT NULL DEFAULT '', notice_months INTEGER NOT NULL DEFAULT 0, "
            "created_by TEXT NOT NULL DEFAULT '', created_at INTEGER)"),
        QStringLiteral("CREATE INDEX archive_items_by_date ON archive_items (date)"),
        QStringLiteral(
            "ALTER TABLE documents ADD COLUMN archive_item_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX documents_by_archive_item ON documents (archive_item_id)"),
        QStringLiteral("CREATE TABLE archive_file_text (sha256 TEXT PRIMARY KEY, "
                       "text TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE VIRTUAL TABLE archive_search USING fts5(id UNINDEXED, subject, "
                       "parties, tags, body, tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE VIRTUAL TABLE archive_names USING fts5(id UNINDEXED, parties, "
                       "tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral(
            "CREATE VIRTUAL TABLE archive_name_words USING fts5vocab(archive_names, 'row')"),
        // Each item's row in both indexes, given once and kept (a VACUUM may renumber the
        // items' own rowids, never these), so an index row is found and replaced by its
        // number rather than by scanning for the id.
        QStringLiteral("CREATE TABLE archive_search_rows (id TEXT PRIMARY KEY, "
                       "row INTEGER NOT NULL UNIQUE) WITHOUT ROWID"),
        // An item's subject, parties, tags and the text of its live files' that this device
        // read.
        QStringLiteral("CREATE VIEW archive_bodies AS SELECT a.id AS id, a.subject AS subject, "
                       "a.parties AS parties, a.tags AS tags, "
                       "(SELECT group_concat(t.text, ' ') FROM documents d JOIN "
                       "archive_file_text t ON t.sha256 = d.sha256 "
                       "WHERE d.archive_item_id = a.id AND d.deleted = 0) AS body "
                       "FROM archive_items a"),
        QStringLiteral("CREATE TRIGGER archive_search_insert AFTER INSERT ON archive_items BEGIN "
                       "INSERT OR IGNORE INTO archive_search_rows (id, row) VALUES (new.id, "
                       "(SELECT coalesce(max(row), 0) + 1 FROM archive_search_rows)); %1 END")
            .arg(reindexArchive(QStringLiteral("new.id"))),
        QStringLiteral("CREATE TRIGGER archive_search_update AFTER UPDATE OF subject, parties, "
                       "tags ON archive_items BEGIN %1 END")
            .arg(reindexArchive(QStringLiteral("new.id"))),
        QStringLiteral("CREATE TRIGGER archive_search_delete AFTER DELETE ON archive_items BEGIN "
                       "DELETE FROM archive_search WHERE rowid = "
                       "(SELECT row FROM archive_search_rows WHERE id = old.id); "
                       "DELETE FROM archive_names WHERE rowid = "
                       "(SELECT row FROM archive_search_rows WHERE id = old.id); "
                       "DELETE FROM archive_search_rows WHERE id = old.id; END"),
        // A file's text enters an item's body when the text is read, when a document is
        // filed into (or out of) the item, and when such a document is removed, restored or
        // purged; a purged document's text goes once no document names its hash.
        QStringLiteral("CREATE TRIGGER archive_text_insert AFTER INSERT ON archive_file_text "
                       "BEGIN %1 END")
            .arg(reindexArchive(QStringLiteral("SELECT archive_item_id FROM documents WHERE "
                                               "sha256 = new.sha256 AND archive_item_id <> ''"))),
        QStringLiteral("CREATE TRIGGER archive_document_change AFTER UPDATE OF archive_item_id, "
                       "deleted ON documents WHEN old.archive_item_id <> '' OR "
                       "new.archive_item_id <> '' BEGIN %1 END")
            .arg(reindexArchive(QStringLiteral("old.archive_item_id, new.archive_item_id"))),
        QStringLiteral("CREATE TRIGGER archive_document_insert AFTER INSERT ON documents "
                       "WHEN new.archive_item_id <> '' BEGIN %1 END")
            .arg(reindexArchive(QStringLiteral("new.archive_item_id"))),
        QStringLiteral("CREATE TRIGGER archive_document_purge AFTER DELETE ON documents BEGIN "
                       "DELETE FROM archive_file_text WHERE sha256 = old.sha256 AND NOT EXISTS "
                       "(SELECT 1 FROM documents WHERE sha256 = old.sha256); END"),
        QStringLiteral("CREATE TRIGGER archive_document_purge_body AFTER DELETE ON documents "
                       "WHEN old.archive_item_id <> '' BEGIN %1 END")
            .arg(reindexArchive(QStringLiteral("old.archive_item_id"))),
    };
    // Version 18: the reception's visitors and its retention setting.
    const QStringList v18 = {
        QStringLiteral("CREATE TABLE visitors (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL DEFAULT '', "
                       "organisation TEXT NOT NULL DEFAULT '', expected_utc INTEGER, "
                       "host TEXT NOT NULL DEFAULT '', appointment_id TEXT NOT NULL DEFAULT '', "
                       "checked_in_at INTEGER, checked_in_by TEXT NOT NULL DEFAULT '', "
                       "created_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX visitors_by_time ON visitors (expected_utc)"),
        QStringLiteral("CREATE TABLE reception_settings (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, "
                       "visitor_retention_days INTEGER NOT NULL DEFAULT 30)"),
    };
    // Version 19: letters, and a contact's postal address and form of address (how a
    // letter's salutation names them).
    const QStringList v19 = {
        QStringLiteral("ALTER TABLE contacts ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE contacts ADD COLUMN form TEXT NOT NULL DEFAULT 'none'"),
        QStringLiteral(
            "CREATE TABLE letters (id TEXT PRIMARY KEY, deleted INTEGER NOT NULL DEFAULT 0, "
            "owner TEXT NOT NULL DEFAULT '', contact_id TEXT NOT NULL DEFAULT '', "
            "language TEXT NOT NULL DEFAULT 'nl', subject TEXT NOT NULL DEFAULT '', "
            "notes TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '', "
            "state TEXT NOT NULL DEFAULT 'notes', sent_via TEXT NOT NULL DEFAULT '', "
            "sent_on TEXT NOT NULL DEFAULT '', comment TEXT NOT NULL DEFAULT '', "
            "approved_by TEXT NOT NULL DEFAULT '', approved_at INTEGER, "
            "confidential INTEGER NOT NULL DEFAULT 0, archive_item_id TEXT NOT NULL DEFAULT '', "
            "created_by TEXT NOT NULL DEFAULT '', created_at INTEGER)"),
        QStringLiteral("CREATE INDEX letters_by_state ON letters (state)"),
    };
    // Version 20: the office's letterhead and house style, synced instead of kept per device.
    const QStringList v20 = {
        QStringLiteral("CREATE TABLE office_style (id TEXT PRIMARY KEY, "
                       "deleted INTEGER NOT NULL DEFAULT 0, office_name TEXT NOT NULL DEFAULT '', "
                       "address TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '', "
                       "letter_style TEXT NOT NULL DEFAULT 'formal')"),
    };
    // Version 21: an archived item read only by its director's side (a sent letter's copy).
    const QStringList v21 = {
        QStringLiteral(
            "ALTER TABLE archive_items ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0"),
    };
    // Version 22: a pulled page reads what waits in the outbox for its own records alone.
    const QStringList v22 = {
        QStringLiteral("CREATE INDEX outbox_by_record ON outbox (record_id)"),
    };
    // Version 23: when a request was last put to the director; kept when the forward is
    // taken back, so that his word given offline meanwhile still counts.
    const QStringList v23 = {
        QStringLiteral("ALTER TABLE requests ADD COLUMN forwarded_at INTEGER"),
    };
    return {v1,  v2,  v3,  v4,  v5,  v6,  v7,  v8,  v9,  v10, v11, v12,
            v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23};
}
} // namespace

const FieldDef *EntityDef::field(const QString &fieldName) const
{
    for (const auto &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

const QList<EntityDef> &entities()
{
    static const QList<EntityDef> all = buildEntities();
    return all;
}

const EntityDef &entity(const QString &name)
{
    for (const auto &e : entities()) {
        if (e.name == name)
            return e;
    }
    fail(ErrorKind::BadInput, QStringLiteral("unknown record kind '%1'").arg(name));
}

const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = buildMigrations();
    return all;
}

} // namespace spil
