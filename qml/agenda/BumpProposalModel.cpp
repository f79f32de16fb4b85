// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/agenda/BumpProposalModel.h"

#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/requests/RequestDrafts.h"
#include "core/store/Database.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace spil::qml {

BumpProposalModel::BumpProposalModel(QObject *parent) : RowList(parent)
{
    m_need.importance = AppointmentPriority::High;
}

BumpProposalModel::BumpProposalModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : BumpProposalModel(parent)
{
    link(office, people);
}

void BumpProposalModel::classBegin()
{
    m_building = true;
    RowList::classBegin();
}

void BumpProposalModel::componentComplete()
{
    m_building = false;
    RowList::componentComplete();
}

void BumpProposalModel::needEdited()
{
    Q_EMIT needChanged();
    if (!m_building)
        reload();
}

void BumpProposalModel::setOwnerId(const QString &id)
{
    if (id == m_need.principal)
        return;
    m_need.principal = id;
    needEdited();
}

void BumpProposalModel::setTitle(const QString &title)
{
    if (title == m_need.title)
        return;
    // The title is not part of what the planner weighs: only the messages' words follow.
    m_need.title = title;
    Q_EMIT needChanged();
}

void BumpProposalModel::setMinutes(int minutes)
{
    if (minutes == m_need.minutes)
        return;
    m_need.minutes = minutes;
    needEdited();
}

void BumpProposalModel::setFromUtc(double utc)
{
    if (qint64(utc) == m_need.fromUtc)
        return;
    m_need.fromUtc = qint64(utc);
    needEdited();
}

void BumpProposalModel::setToUtc(double utc)
{
    if (qint64(utc) == m_need.toUtc)
        return;
    m_need.toUtc = qint64(utc);
    needEdited();
}

void BumpProposalModel::setImportance(AppointmentPriority importance)
{
    if (importance == m_need.importance)
        return;
    m_need.importance = importance;
    needEdited();
}

void BumpProposalModel::setContactId(const QString &id)
{
    if (id == m_need.contactId)
        return;
    m_need.contactId = id;
    Q_EMIT needChanged();
}

void BumpProposalModel::setRequestId(const QString &id)
{
    if (id == m_requestId)
        return;
    m_requestId = id;
    needEdited();
}

QTimeZone BumpProposalModel::zone() const
{
    return office() ? office()->localZone() : QTimeZone::utc();
}

QTimeZone BumpProposalModel::ownerZone() const
{
    const QString tz = people() ? people()->person(m_need.principal).tz : QString();
    const QTimeZone owner(tz.toUtf8());
    return !tz.isEmpty() && owner.isValid() ? owner : zone();
}

QString BumpProposalModel::windowText() const
{
    if (m_need.toUtc <= m_need.fromUtc)
        return {};
    const QTimeZone z = ownerZone();
    const QDate first = dateIn(m_need.fromUtc, z);
    const QDate last = dateIn(m_need.toUtc - 1, z);
    return first == last
               ? display::dayShort(first)
               : display::dayShort(first) + QStringLiteral(" – ") + display::dayShort(last);
}

void BumpProposalModel::wantDay(double dayStartUtc)
{
    // The day the page showed, on this device's calendar; the owner's whole day of that date.
    const QDate day = dateIn(qint64(dayStartUtc), zone());
    const QTimeZone owner = ownerZone();
    m_need.fromUtc = startOfDay(day, owner);
    m_need.toUtc = startOfDay(day.addDays(1), owner);
    needEdited();
}

void BumpProposalModel::wantAt(double startUtc)
{
    m_need.fromUtc = qint64(startUtc);
    m_need.toUtc = m_need.fromUtc + m_need.minutes * 60 * 1000LL;
    needEdited();
}

void BumpProposalModel::reload()
{
    // What was done stays in sight until the user goes back or undoes it.
    if (m_undo)
        return;
    QList<Row> rows;
    m_proposals.clear();
    readGuarded("BumpProposalModel", [&] {
        // A request's need is read from it each time: it may have changed meanwhile.
        if (!m_requestId.isEmpty() && open()) {
            RequestRepo requests(*office()->store());
            const auto r = requests.byId(m_requestId);
            const BumpNeed need = r ? requests.bumpNeed(*r) : BumpNeed{};
            const bool changed = need.principal != m_need.principal ||
                                 need.minutes != m_need.minutes || need.fromUtc != m_need.fromUtc ||
                                 need.toUtc != m_need.toUtc ||
                                 need.importance != m_need.importance ||
                                 need.title != m_need.title || need.contactId != m_need.contactId;
            m_need = need;
            if (changed)
                Q_EMIT needChanged();
        }
        if (!open() || m_need.principal.isEmpty() || m_need.toUtc <= m_need.fromUtc ||
            m_need.minutes <= 0)
            return;
        Database &db = *office()->store();
        AgendaRepo agenda(db);
        m_proposals = BumpPlanner(db, agenda).propose(m_need);
    });
    const QTimeZone z = zone();
    for (qsizetype i = 0; i < m_proposals.size(); ++i) {
        const BumpProposal &p = m_proposals[i];
        QStringList titles;
        for (const BumpMove &m : p.moves)
            titles << m.occurrence.appointment.title;
        rows << Row{int(i + 1), display::dayShort(dateIn(p.slot.start, z)),
                    display::timeRange(p.slot.start, p.slot.end, z),
                    tr("Moves: %1").arg(titles.join(QStringLiteral(", "))), int(p.moves.size())};
    }
    setRows(std::move(rows), [](const Row &r) { return r.number; });
    if (m_selected >= m_proposals.size())
        m_selected = 0;
    fillSelected();
}

void BumpProposalModel::select(int index)
{
    if (index == m_selected || index < 0 || index >= m_proposals.size() || m_undo)
        return;
    m_selected = index;
    fillSelected();
}

void BumpProposalModel::fillSelected()
{
    m_moves.clear();
    m_messages.clear();
    m_messageRows.clear();
    if (m_selected < m_proposals.size() && open()) {
        const QTimeZone z = zone();
        const auto when = [&](qint64 start, qint64 end) {
            return display::dayShort(dateIn(start, z)) + QStringLiteral(" · ") +
                   display::timeRange(start, end, z);
        };
        readGuarded("BumpProposalModel", [&] {
            Database &db = *office()->store();
            const auto add = [&](const BumpMessage &message, const QString &about) {
                m_messageRows << BumpMessageRow{
                    int(m_messages.size()),
                    message.name,
                    message.email,
                    message.language == ContactLanguage::English ? tr("English") : tr("Dutch"),
                    about,
                    message.subject,
                    message.body};
                m_messages << message;
            };
            // Who asked hears first: the room was made for them.
            if (!m_requestId.isEmpty())
                if (const auto r = RequestRepo(db).byId(m_requestId))
                    add(draftBumpConfirmation(db, *r, m_proposals[m_selected].slot,
                                              people()->me().name, zone()),
                        r->subject);
            for (const BumpMove &m : m_proposals[m_selected].moves) {
                const Appointment &a = m.occurrence.appointment;
                QStringList with;
                for (const QString &who : a.attendees)
                    if (who != a.owner)
                        with << people()->nameOf(who);
                m_moves << BumpMoveRow{
                    a.id, a.title, when(m.occurrence.startUtc, m.occurrence.endUtc),
                    when(m.newSlot.start, m.newSlot.end), with.join(QStringLiteral(", "))};
                for (const BumpMessage &message :
                     draftBumpMessages(db, a, m.newSlot.start, people()->me().name))
                    add(message, a.title);
            }
        });
    }
    Q_EMIT selectedChanged();
}

void BumpProposalModel::editMessage(int index, const QString &subject, const QString &body)
{
    if (index < 0 || index >= m_messages.size())
        return;
    // No signal: the field being typed in keeps its cursor.
    m_messages[index].subject = subject;
    m_messages[index].body = body;
    m_messageRows[index].subject = subject;
    m_messageRows[index].body = body;
}

QString BumpProposalModel::mailtoAt(int index) const
{
    return index >= 0 && index < m_messages.size() ? mailtoLink(m_messages[index]) : QString();
}

QString BumpProposalModel::textAt(int index) const
{
    if (index < 0 || index >= m_messages.size())
        return {};
    return m_messages[index].subject + QStringLiteral("\n\n") + m_messages[index].body;
}

void BumpProposalModel::copyAt(int index) const
{
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->setText(textAt(index));
}

bool BumpProposalModel::confirm()
{
    if (m_undo || m_selected >= m_proposals.size() || !office())
        return false;
    const BumpProposal &p = m_proposals[m_selected];
    const QString by = people() ? people()->me().id : QString();
    QString ownerTz = QStringLiteral("Europe/Amsterdam");
    if (office()->store())
        if (const auto owner = PeopleRepo(*office()->store()).byId(m_need.principal))
            ownerTz = owner->tz;
    BumpNeed need = m_need;
    if (need.title.trimmed().isEmpty())
        need.title = tr("Appointment");
    Bump bump{BumpPlanner::bookingFor(need, p, ownerTz, by), {}};
    for (const BumpMove &m : p.moves)
        bump.moves << BumpMoveTo{m.occurrence.appointment.id, m.newSlot.start, m.newSlot.end};
    // Held from before the action: the reload it causes keeps what is shown.
    m_undo = BumpUndo{};
    const auto refused = office()->attempt([&](Database &db) {
        if (m_requestId.isEmpty()) {
            m_undo = AgendaRepo(db).applyBump(bump);
            return;
        }
        // The request is booked (its subject, its contact, scheduled) in the room made.
        m_requestUndo = RequestRepo(db).scheduleByBump(m_requestId, p.slot.start, bump.moves, by);
        m_undo = m_requestUndo->bump;
    });
    if (refused) {
        m_undo.reset();
        m_requestUndo.reset();
        m_error = refused->message();
        Q_EMIT appliedChanged();
        reload();
        return false;
    }
    m_error.clear();
    Q_EMIT appliedChanged();
    return true;
}

bool BumpProposalModel::undo()
{
    if (!m_undo || !office())
        return false;
    const BumpUndo undo = *m_undo;
    const auto requestUndo = m_requestUndo;
    if (!office()
             ->act([&](Database &db) {
                 if (requestUndo)
                     RequestRepo(db).undoScheduleByBump(*requestUndo);
                 else
                     AgendaRepo(db).undoBump(undo);
             })
             .isEmpty())
        return false;
    m_undo.reset();
    m_requestUndo.reset();
    Q_EMIT appliedChanged();
    reload();
    return true;
}

} // namespace spil::qml
