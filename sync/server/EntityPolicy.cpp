// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/EntityPolicy.h"

#include "core/store/Schema.h"

#include <QJsonArray>
#include <map>

namespace spil::server {

namespace {
// The rules (docs/sync-protocol.md, "Permissions"):
// - a confidential appointment (and its exceptions) is read in full only by its owner and
//   the assistants linked to them; everyone else gets a busy block without title,
//   location, attendees, notes, creator or the UID it was imported with, with kind
//   "meeting" and priority "normal";
// - a task reaches its creator, its assignee, whoever delegated it, everyone in its chain of
//   hands (handed_by) and the office manager;
// - people, checklist runs, items and incidents reach everyone;
// - people and checklist templates are written by the office manager and admins;
//   appointments by their owner, the owner's assistants, and (when not confidential) the
//   office manager and admins; tasks by those who read them (the push checks an existing
//   task before the change only, so its reader may hand it on);
// - a document of a meeting reaches, and is written by, only those who read the meeting
//   in full (a redacted reader gets nothing of it); one of an agenda item follows that
//   item; one of no meeting reaches everyone;
// - a meeting's agenda items and minutes follow the meeting, its papers and minutes
//   entries their item: read in full by who reads the meeting in full and by nobody else
//   (no redacted form), never by the people an item is closed to, written by who may
//   write the meeting (a paper also by its deliverer); final minutes and their entries
//   take no more changes;
// - a paper read follows its document (and through it the item and the meeting): its
//   reader, set only to the pushing user's person, writes it; besides them only the
//   meeting's owner, the owner's assistants and office managers read it, and nobody the
//   item is closed to.
// - contacts reach everyone and are written by everyone but staff; an appointment's
//   contact is part of what a busy block hides;
// - a bump (appointments moved for a more important one) is written like any change of
//   the director's appointments, so staff cannot make one; who bumped (bumped_by) names
//   the pushing user only, and a busy block hides who bumped and for which appointment;
// - a director's gatekeeping (how each contact gets through to him) is read and written by
//   the director, the assistants who serve him and the office manager, and reaches nobody
//   else in any form.
// - a director's requests (the request queue) are read and written by the assistants who
//   serve him and the office manager; the director himself reads one only once it was
//   forwarded to him (or he decided it), and writes only his decision (decision,
//   decision_note, decided_at), which nobody else writes; staff and admins get nothing.
//   A decision on a request once forwarded to him (forwarded_at) stands even when the
//   forward was taken back before it arrived: he gave it offline, on what he was shown.
// - a comment on minutes follows its item like a line of the minutes, is written only by
//   the meeting's attendees, its owner and their assistants while the minutes are in
//   review (final: locked), names its author from the session and is changed only by them.
// - supply items (the stock) reach everyone, so anyone sees whether there is paper, and
//   are written by office managers and admins; budget lines, orders, their lines,
//   purchases and quotes are read only by office managers, admins and directors and
//   written only by office managers and admins: staff and assistants receive none of them.
// - an archived item (the archive) is read by everyone unless restricted or confidential;
//   a restricted one (a sent letter's copy with the director's notes), with its documents
//   and their files, reaches only its director's side (he, his assistants, office
//   managers); a confidential one only its director and the assistants who serve him, in
//   no form anyone else; written by them, and by office managers and admins who read it
//   while it is not confidential.
// - a sick leave (absences: who, from, until) reaches everyone; its details (the reason,
//   the company doctor's visits) and a person's personnel data (birth and start dates)
//   reach only office managers and admins, directors neither; all three are written only
//   by office managers and admins, and who entered a leave (created_by) is the pushing user.
// - the secretariat's services reach everyone and are written by office managers and
//   admins; a service request is read and written by whoever sent it (requested_by, set
//   only to the pushing user's person), office managers, assistants and admins, and reaches
//   nobody else in any form; only office managers and admins hand it on (assignee,
//   handed_at). Its task is an ordinary task of the secretary.
// - a visitor (the reception) is read and written by its host (host), office managers,
//   assistants and admins, and reaches nobody else in any form; one who attends an
//   appointment (appointment_id) follows that appointment too, so a confidential
//   meeting's visitor reaches only who reads the meeting in full and keeps the reception
//   or hosts; who checked a visitor in and who entered one are the pushing user. The
//   reception's settings (how long names are kept) reach everyone and are written by
//   office managers and admins.
std::map<QString, EntityPolicy> makePolicies()
{
    const QJsonObject busyBlock{{QStringLiteral("title"), QString()},
                                {QStringLiteral("location"), QString()},
                                {QStringLiteral("notes"), QString()},
                                {QStringLiteral("created_by"), QString()},
                                {QStringLiteral("ical_uid"), QString()},
                                {QStringLiteral("contact_id"), QString()},
                                {QStringLiteral("bumped_for"), QString()},
                                {QStringLiteral("bumped_by"), QString()},
                                {QStringLiteral("attendees"), QJsonArray()},
                                {QStringLiteral("kind"), QStringLiteral("meeting")},
                                {QStringLiteral("priority"), QStringLiteral("normal")}};
    const QString createdBy = QStringLiteral("created_by");
    std::map<QString, EntityPolicy> out;

    EntityPolicy managed;
    managed.write = WriteRule::Managers;
    for (const char *entity : {"people", "checklist_templates", "checklist_template_items"})
        out.emplace(QLatin1String(entity), managed);

    EntityPolicy appointments;
    appointments.read = ReadRule::Owner;
    appointments.write = WriteRule::Owner;
    appointments.ownerField = QStringLiteral("owner");
    appointments.confidentialField = QStringLiteral("confidential");
    appointments.redacted = busyBlock;
    // Who bumped an appointment (moved it for a more important one) is the pushing user.
    appointments.actorFields = {createdBy, QStringLiteral("bumped_by")};
    const QString appointmentId = QStringLiteral("appointment_id");
    const QString itemId = QStringLiteral("item_id");
    appointments.accessFields = {appointments.confidentialField, appointments.ownerField};
    out.emplace(QStringLiteral("appointments"), appointments);

    // A meeting's agenda and minutes follow the meeting, and exist only for who reads it in
    // full; an item closed to some people takes its papers and entries away from them too.
    EntityPolicy onMeeting;
    onMeeting.guardEntity = QStringLiteral("appointments");
    onMeeting.guardField = appointmentId;
    onMeeting.withheldWhenRedacted = true;
    onMeeting.actorFields = {createdBy};
    EntityPolicy agendaItems = onMeeting;
    agendaItems.actorFields = {};
    agendaItems.excludedFields = {QStringLiteral("closed_to")};
    agendaItems.accessFields = agendaItems.excludedFields;
    out.emplace(QStringLiteral("meeting_items"), agendaItems);
    EntityPolicy minutes = onMeeting;
    minutes.lockField = QStringLiteral("state");
    minutes.lockedValue = QStringLiteral("final");
    out.emplace(QStringLiteral("minutes"), minutes);

    EntityPolicy onItem = onMeeting;
    onItem.guardEntity = QStringLiteral("meeting_items");
    onItem.guardField = itemId;
    EntityPolicy papers = onItem;
    papers.writerFields = {QStringLiteral("deliverer")};
    out.emplace(QStringLiteral("meeting_papers"), papers);
    EntityPolicy entries = onItem;
    entries.lockEntity = QStringLiteral("minutes");
    entries.lockRefField = QStringLiteral("minutes_id");
    entries.lockMatchFields = {appointmentId, QStringLiteral("occurrence_utc")};
    out.emplace(QStringLiteral("minutes_entries"), entries);
    EntityPolicy comments = entries;
    comments.openValue = QStringLiteral("review");
    comments.participantFields = {QStringLiteral("attendees")};
    comments.authorField = QStringLiteral("author");
    comments.actorFields = {comments.authorField};
    out.emplace(QStringLiteral("minutes_comments"), comments);

    EntityPolicy exceptions;
    exceptions.redacted = busyBlock;
    exceptions.guardEntity = QStringLiteral("appointments");
    exceptions.guardField = QStringLiteral("series_id");
    out.emplace(QStringLiteral("appointment_exceptions"), exceptions);

    EntityPolicy tasks;
    tasks.read = ReadRule::Named;
    tasks.write = WriteRule::Readers;
    tasks.readerFields = {createdBy, QStringLiteral("assignee"), kDelegatedBy, kHandedBy};
    tasks.actorFields = {kDelegatedBy, createdBy};
    tasks.handedOn = true;
    out.emplace(QStringLiteral("tasks"), tasks);

    // A document of a meeting is read and written by whoever reads that meeting in full;
    // nobody else receives it. One that is a paper of an agenda item follows the item. One
    // of no meeting reaches everyone.
    EntityPolicy documents;
    documents.write = WriteRule::Readers;
    documents.guardEntity = QStringLiteral("appointments");
    documents.guardField = appointmentId;
    documents.nearGuards = {{QStringLiteral("meeting_items"), itemId},
                            {QStringLiteral("archive_items"), QStringLiteral("archive_item_id")}};
    documents.guardOptional = true;
    documents.withheldWhenRedacted = true;
    documents.actorFields = {QStringLiteral("added_by")};
    out.emplace(QStringLiteral("documents"), documents);

    EntityPolicy reads;
    reads.write = WriteRule::Readers;
    reads.guardEntity = QStringLiteral("documents");
    reads.guardField = QStringLiteral("document_id");
    reads.withheldWhenRedacted = true;
    reads.readerFields = {QStringLiteral("reader")};
    reads.actorFields = reads.readerFields;
    reads.ownerSideOnly = true;
    out.emplace(QStringLiteral("paper_reads"), reads);
    EntityPolicy contacts;
    contacts.write = WriteRule::AllButStaff;
    contacts.actorFields = {createdBy};
    out.emplace(QStringLiteral("contacts"), contacts);
    EntityPolicy gatekeeping;
    gatekeeping.read = ReadRule::OwnerSide;
    gatekeeping.write = WriteRule::Readers;
    gatekeeping.ownerField = QStringLiteral("director");
    gatekeeping.accessFields = {gatekeeping.ownerField};
    gatekeeping.actorFields = {QStringLiteral("set_by")};
    out.emplace(QStringLiteral("gatekeeping"), gatekeeping);

    EntityPolicy requests;
    requests.read = ReadRule::OwnerSide;
    requests.write = WriteRule::Readers;
    requests.ownerField = QStringLiteral("director");
    const QString state = QStringLiteral("state");
    const QString decision = QStringLiteral("decision");
    requests.ownerReadsWhen = {
        {state, {QStringLiteral("forwarded")}},
        {decision, {QStringLiteral("accepted"), QStringLiteral("declined")}}};
    requests.ownerOnlyFields = {{decision, QStringLiteral("pending")},
                                {QStringLiteral("decision_note"), QString()},
                                {QStringLiteral("decided_at"), QJsonValue()}};
    requests.ownerAnswersOnceSet = QStringLiteral("forwarded_at");
    requests.accessFields = {requests.ownerField, state, decision};
    requests.actorFields = {createdBy};
    out.emplace(QStringLiteral("requests"), requests);
    out.emplace(QStringLiteral("supply_items"), managed);
    EntityPolicy spending;
    spending.read = ReadRule::Managers;
    spending.write = WriteRule::Managers;
    for (const char *entity : {"budget_lines", "order_lines", "purchases", "quotes"})
        out.emplace(QLatin1String(entity), spending);
    EntityPolicy orders = spending;
    orders.actorFields = {createdBy};
    out.emplace(QStringLiteral("orders"), orders);

    // The archive: an item is its director's (owner). One that is not confidential is read
    // by everyone; a restricted one (a sent letter's copy with his notes) only by his side
    // (he, his assistants, office managers); a confidential one only by him and the
    // assistants who serve him. Whoever may not read it receives it in no form, nor the
    // documents filed in it, nor their files. Written by him and his assistants, and by
    // office managers and admins who read it while it is not confidential.
    EntityPolicy archive;
    archive.read = ReadRule::Owner;
    archive.write = WriteRule::Owner;
    archive.ownerField = QStringLiteral("owner");
    archive.confidentialField = QStringLiteral("confidential");
    archive.restrictedField = QStringLiteral("restricted");
    archive.withheldWhenRedacted = true;
    archive.accessFields = {archive.confidentialField, archive.restrictedField, archive.ownerField};
    archive.actorFields = {createdBy};
    out.emplace(QStringLiteral("archive_items"), archive);
    // Letters: a director's side's, as his gatekeeping (ReadRule::OwnerSide): he, the
    // assistants who serve him and office managers read them, staff and other directors
    // nothing in any form; a confidential letter only he and his assistants. Whoever reads
    // one writes it, but only he approves or comments, and it is ready or sent only once he
    // approved it.
    EntityPolicy letters;
    letters.read = ReadRule::OwnerSide;
    letters.write = WriteRule::Readers;
    letters.ownerField = QStringLiteral("owner");
    letters.confidentialField = QStringLiteral("confidential");
    letters.accessFields = {letters.ownerField, letters.confidentialField};
    letters.actorFields = {createdBy, QStringLiteral("approved_by")};
    letters.ownerSetsFields = {QStringLiteral("approved_by"), QStringLiteral("approved_at"),
                               QStringLiteral("comment")};
    letters.stateField = QStringLiteral("state");
    letters.approvedStates = {QStringLiteral("ready"), QStringLiteral("sent")};
    letters.approvalField = QStringLiteral("approved_by");
    out.emplace(QStringLiteral("letters"), letters);
    EntityPolicy absences = managed;
    absences.actorFields = {createdBy};
    out.emplace(QStringLiteral("absences"), absences);
    EntityPolicy personnel;
    personnel.read = ReadRule::Keepers;
    personnel.write = WriteRule::Managers;
    for (const char *entity : {"personnel", "absence_details"})
        out.emplace(QLatin1String(entity), personnel);
    out.emplace(QStringLiteral("services"), managed);
    EntityPolicy serviceRequests;
    serviceRequests.read = ReadRule::Secretariat;
    serviceRequests.write = WriteRule::Readers;
    serviceRequests.readerFields = {QStringLiteral("requested_by")};
    serviceRequests.actorFields = serviceRequests.readerFields;
    serviceRequests.accessFields = serviceRequests.readerFields;
    serviceRequests.managerFields = {QStringLiteral("assignee"), QStringLiteral("handed_at")};
    out.emplace(QStringLiteral("service_requests"), serviceRequests);

    EntityPolicy visitors;
    visitors.read = ReadRule::Secretariat;
    visitors.write = WriteRule::Readers;
    visitors.readerFields = {QStringLiteral("host")};
    visitors.accessFields = visitors.readerFields;
    visitors.guardEntity = QStringLiteral("appointments");
    visitors.guardField = appointmentId;
    visitors.guardOptional = true;
    visitors.withheldWhenRedacted = true;
    visitors.ownRuleToo = true;
    visitors.actorFields = {QStringLiteral("checked_in_by"), createdBy};
    out.emplace(QStringLiteral("visitors"), visitors);
    out.emplace(QStringLiteral("reception_settings"), managed);
    // The letterhead and house style every letter, minutes and day list of the office print.
    out.emplace(QStringLiteral("office_style"), managed);

    EntityPolicy runs;
    runs.actorFields = {createdBy};
    out.emplace(QStringLiteral("checklist_runs"), runs);
    EntityPolicy items;
    items.actorFields = {QStringLiteral("done_by")};
    items.firstActFields = {QStringLiteral("done_by"), QStringLiteral("done_at")};
    out.emplace(QStringLiteral("checklist_items"), items);
    EntityPolicy incidents;
    incidents.actorFields = {QStringLiteral("reported_by")};
    out.emplace(QStringLiteral("checklist_incidents"), incidents);
    return out;
}
} // namespace

const EntityPolicy &policyOf(const QString &entity)
{
    static const std::map<QString, EntityPolicy> policies = makePolicies();
    static const EntityPolicy open;
    const auto it = policies.find(entity);
    return it != policies.end() ? it->second : open;
}

const QList<GuardedKind> &guardedBy(const QString &entity)
{
    static const std::map<QString, QList<GuardedKind>> byGuard = [] {
        std::map<QString, QList<GuardedKind>> out;
        for (const EntityDef &def : entities()) {
            const EntityPolicy &policy = policyOf(def.name);
            if (!policy.guardEntity.isEmpty())
                out[policy.guardEntity] << GuardedKind{def.name, policy.guardField};
            for (const auto &[near, field] : policy.nearGuards)
                out[near] << GuardedKind{def.name, field};
        }
        return out;
    }();
    static const QList<GuardedKind> none;
    const auto it = byGuard.find(entity);
    return it != byGuard.end() ? it->second : none;
}

std::optional<GuardedKind> guardLink(const QString &entity, const QJsonObject &fields)
{
    const EntityPolicy &policy = policyOf(entity);
    for (const auto &[near, field] : policy.nearGuards) {
        if (!fields.value(field).toString().isEmpty())
            return GuardedKind{near, field};
    }
    if (policy.guardEntity.isEmpty() ||
        (policy.guardOptional && fields.value(policy.guardField).toString().isEmpty()))
        return std::nullopt;
    return GuardedKind{policy.guardEntity, policy.guardField};
}

} // namespace spil::server
