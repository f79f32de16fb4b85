// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/people/PrincipalsModel.h"

#include "qml/shell/ReadGuard.h"
#include "sync/client/SyncClient.h"

#include <QPointer>
#include <QSet>
#include <algorithm>

namespace spil::qml {

namespace {
// The directors in the order of the chips, whatever order they were tapped in.
QStringList ordered(const QStringList &ids, const QList<DirectorChip> &directors)
{
    QStringList out;
    for (const DirectorChip &d : directors) {
        if (ids.contains(d.personId))
            out << d.personId;
    }
    return out;
}

// "Maarten", "Maarten and Ingrid", "Maarten, Ingrid and Kees".
QString namesText(const PeopleDirectory &people, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        names << people.firstNameOf(id);
    if (names.size() < 2)
        return names.value(0);
    return PrincipalsModel::tr("%1 and %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}
} // namespace

PrincipalsModel::PrincipalsModel(QObject *parent) : RowList(parent) {}

PrincipalsModel::PrincipalsModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : PrincipalsModel(parent)
{
    link(office, people);
}

bool PrincipalsModel::allowed() const
{
    return office() && office()->admin();
}

void PrincipalsModel::reload()
{
    QList<Row> rows;
    QList<DirectorChip> directors;
    readGuarded("PrincipalsModel", [&] {
        if (!open())
            return;
        QList<Person> assistants, heads;
        for (const Person &p : people()->all()) {
            if (p.role == Role::Assistant)
                assistants << p;
            else if (p.role == Role::Director)
                heads << p;
        }
        const auto byName = [](const Person &a, const Person &b) {
            return a.name.localeAwareCompare(b.name) < 0;
        };
        std::sort(assistants.begin(), assistants.end(), byName);
        std::sort(heads.begin(), heads.end(), byName);
        for (const Person &head : std::as_const(heads))
            directors << DirectorChip{head.id, head.name, people()->firstNameOf(head.id)};
        for (const Person &a : std::as_const(assistants)) {
            const QStringList stored = ordered(a.principals, directors);
            // What was saved has arrived once the person record says so.
            if (m_sent.contains(a.id) && m_sent.value(a.id) == stored)
                m_sent.remove(a.id);
            const QStringList held = m_sent.value(a.id, stored);
            if (m_drafts.contains(a.id) && m_drafts.value(a.id) == held)
                m_drafts.remove(a.id);
            Row row{a.id, a.name, m_drafts.value(a.id, held), {}, m_drafts.contains(a.id)};
            row.servesText = row.serves.isEmpty()
                                 ? tr("Serves no director")
                                 : tr("Serves %1").arg(namesText(*people(), row.serves));
            rows << row;
        }
    });
    if (directors != m_directors) {
        m_directors = directors;
        Q_EMIT directorsChanged();
    }
    setRows(std::move(rows), [](const Row &r) { return r.id; });
}

void PrincipalsModel::toggle(int row, const QString &directorId)
{
    if (row < 0 || row >= m_rows.size() || m_busy)
        return;
    const Row &r = m_rows[row];
    QStringList serves = r.serves;
    if (!serves.removeAll(directorId))
        serves << directorId;
    m_drafts.insert(r.id, ordered(serves, m_directors));
    reload();
}

void PrincipalsModel::revert(int row)
{
    if (row < 0 || row >= m_rows.size() || m_busy)
        return;
    m_drafts.remove(m_rows[row].id);
    reload();
}

void PrincipalsModel::finish(bool failed, const QString &message)
{
    m_busy = false;
    m_failed = failed;
    m_message = message;
    Q_EMIT statusChanged();
}

void PrincipalsModel::save(int row)
{
    if (row < 0 || row >= m_rows.size() || m_busy || !office() || !people())
        return;
    const Row r = m_rows[row];
    if (!office()->syncClient()) {
        finish(true, tr("Whom an assistant serves is changed on the server, and this is the "
                        "demo office: nothing was changed."));
        return;
    }
    if (!office()->admin()) {
        finish(true, tr("Only an administrator changes whom an assistant serves."));
        return;
    }
    // The server knows people by their user names.
    QStringList handles;
    for (const QString &id : r.serves)
        handles << people()->person(id).handle;
    const QString assistant = people()->person(r.id).handle;
    m_busy = true;
    m_message.clear();
    m_failed = false;
    Q_EMIT statusChanged();
    QPointer<PrincipalsModel> self(this);
    office()->syncClient()->setPrincipals(
        assistant, handles,
        [self, id = r.id, name = people()->firstNameOf(r.id), serves = r.serves,
         names = namesText(*people(), r.serves)](const client::SyncClient::AdminAnswer &answer) {
            if (!self)
                return;
            if (answer.ok) {
                self->m_drafts.remove(id);
                self->m_sent.insert(id, serves);
                self->finish(false, names.isEmpty()
                                        ? tr("Saved: %1 serves no director now.").arg(name)
                                        : tr("Saved: %1 now serves %2.").arg(name, names));
                self->reload();
                // Her person record comes back with the new directors.
                if (self->office())
                    self->office()->refresh();
                return;
            }
            if (answer.status == 0) // the server did not answer
                self->finish(true, tr("Not saved: the server cannot be reached. Whom an assistant "
                                      "serves is changed on the server only; try again once "
                                      "this device is online."));
            else if (answer.status == 403)
                self->finish(true, tr("Not saved: only an administrator changes whom an "
                                      "assistant serves."));
            else
                self->finish(true, tr("Not saved: the server refused (%1).").arg(answer.message));
        });
}

} // namespace spil::qml
