// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/letters/LetterDetails.h"

#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/contacts/ContactRepo.h"
#include "core/documents/FileCache.h"
#include "core/letters/LetterPdf.h"
#include "core/store/Database.h"
#include "qml/letters/LetterListModel.h"
#include "qml/shell/ReadGuard.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace spil::qml {

LetterDetails::LetterDetails(QObject *parent) : OfficeView(parent)
{
    m_link.watch(OfficeLink::Data);
}

LetterDetails::LetterDetails(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : LetterDetails(parent)
{
    link(office, people);
}

void LetterDetails::setLetterId(const QString &id)
{
    if (id == letterId())
        return;
    m_id = id;
    m_letter = {};
    reload();
}

void LetterDetails::reload()
{
    m_letter = {};
    m_recipient.clear();
    m_address.clear();
    m_director.clear();
    readGuarded("LetterDetails", [&] {
        if (!open() || m_id.isEmpty())
            return;
        const auto letter = LetterRepo(*office()->store()).byId(m_id);
        if (!letter)
            return;
        m_letter = *letter;
        m_director = people()->nameOf(letter->owner);
        if (const auto c = ContactRepo(*office()->store()).byId(letter->contactId)) {
            m_recipient = c->name;
            const LetterParts parts = letterParts(*letter, *c, m_director, {}, QDate());
            m_address = parts.addressBlock.join(QLatin1Char('\n'));
        }
    });
    Q_EMIT changed();
}

QString LetterDetails::languageText() const
{
    return m_letter.language == ContactLanguage::English ? tr("English") : tr("Dutch");
}

QString LetterDetails::stateText() const
{
    return LetterListModel::stateText(m_letter.state);
}

QString LetterDetails::sentText() const
{
    if (m_letter.state != LetterState::Sent)
        return {};
    const QString day = QLocale().toString(m_letter.sentOn, QStringLiteral("d MMMM yyyy"));
    return m_letter.via == LetterVia::Email ? tr("Sent by e-mail on %1").arg(day)
                                            : tr("Sent by post on %1").arg(day);
}

bool LetterDetails::canEdit() const
{
    if (!people() || !exists())
        return people() && keepsLetters(people()->me().role);
    return mayTakeStep(LetterStep::Submit, people()->me(), m_letter);
}

bool LetterDetails::isDirector() const
{
    return people() && exists() && mayTakeStep(LetterStep::Approve, people()->me(), m_letter);
}

bool LetterDetails::step(const std::function<void(Database &, const QString &me)> &action)
{
    m_error.clear();
    if (!open()) {
        m_error = tr("No office is open.");
        Q_EMIT changed();
        return false;
    }
    const QString me = people()->me().id;
    const std::optional<Error> e = office()->attempt([&](Database &db) { action(db, me); });
    if (e) {
        m_error = e->message();
        Q_EMIT changed();
        return false;
    }
    reload();
    return true;
}

bool LetterDetails::create(const QString &contactId, const QString &subject, const QString &notes,
                           bool confidential, const QString &director)
{
    if (contactId.isEmpty()) {
        m_error = tr("Choose whom the letter goes to.");
        Q_EMIT changed();
        return false;
    }
    if (subject.trimmed().isEmpty()) {
        m_error = tr("Give the letter a subject.");
        Q_EMIT changed();
        return false;
    }
    QString id;
    const Person me = people() ? people()->me() : Person();
    if (director.isEmpty() && me.role != Role::Director && me.principals.isEmpty()) {
        m_error = tr("Choose the director the letter is from.");
        Q_EMIT changed();
        return false;
    }
    const bool ok = step([&](Database &db, const QString &user) {
        Letter l;
        l.owner = !director.isEmpty()                                    ? director
                  : me.role == Role::Director || me.principals.isEmpty() ? me.id
                                                                         : me.principals.first();
        l.contactId = contactId;
        l.subject = subject;
        l.notes = notes;
        l.confidential = confidential;
        id = LetterRepo(db).add(l, user);
    });
    if (ok) {
        m_id = id;
        reload();
    }
    return ok;
}

bool LetterDetails::saveNotes(const QString &notes)
{
    const QString id = letterId();
    if (notes.trimmed() == m_letter.notes)
        return true;
    return step([&](Database &db, const QString &me) {
        LetterRepo(db).update(id, LetterChange{.notes = notes}, me);
    });
}

bool LetterDetails::saveText(const QString &text)
{
    const QString id = letterId();
    if (text == m_letter.text)
        return true;
    return step([&](Database &db, const QString &me) {
        LetterRepo(db).update(id, LetterChange{.text = text}, me);
    });
}

bool LetterDetails::makeDraft()
{
    const QString id = letterId();
    return step([&](Database &db, const QString &me) {
        LetterRepo(db).makeDraft(id, me, houseStyleOf(db));
    });
}

bool LetterDetails::submit()
{
    const QString id = letterId();
    return step([&](Database &db, const QString &me) { LetterRepo(db).submit(id, me); });
}

bool LetterDetails::approve()
{
    const QString id = letterId();
    return step([&](Database &db, const QString &me) { LetterRepo(db).approve(id, me); });
}

bool LetterDetails::withdrawApproval()
{
    const QString id = letterId();
    return step([&](Database &db, const QString &me) { LetterRepo(db).withdrawApproval(id, me); });
}

bool LetterDetails::sendComment(const QString &comment)
{
    const QString id = letterId();
    return step([&](Database &db, const QString &me) { LetterRepo(db).comment(id, me, comment); });
}

bool LetterDetails::markReady()
{
    const QString id = letterId();
    return step([&](Database &db, const QString &me) { LetterRepo(db).markReady(id, me); });
}

bool LetterDetails::send(LetterVia via, const QString &day)
{
    const QString id = letterId();
    const QDate on = QDate::fromString(day.trimmed(), Qt::ISODate);
    if (!on.isValid()) {
        m_error = tr("Give the day as year-month-day, e.g. 2026-11-30.");
        Q_EMIT changed();
        return false;
    }
    if (!office() || !office()->fileCache()) {
        m_error = tr("This device keeps no files.");
        Q_EMIT changed();
        return false;
    }
    FileCache *cache = office()->fileCache();
    return step([&](Database &db, const QString &me) { sendLetter(db, *cache, id, me, via, on); });
}

bool LetterDetails::unsend()
{
    const QString id = letterId();
    return step([&](Database &db, const QString &) { LetterRepo(db).unsend(id); });
}

bool LetterDetails::remove()
{
    const QString id = letterId();
    return office() && !id.isEmpty() &&
           office()->act([&](Database &db) { LetterRepo(db).remove(id); }).isEmpty();
}

bool LetterDetails::restore()
{
    const QString id = letterId();
    return office() && !id.isEmpty() &&
           office()->act([&](Database &db) { LetterRepo(db).restore(id); }).isEmpty();
}

QString LetterDetails::pdf()
{
    m_error.clear();
    if (!open() || !exists() || !office()->fileCache())
        return {};
    QString path;
    readGuarded("LetterDetails", [&] {
        Database &db = *office()->store();
        const QDate day = m_letter.state == LetterState::Sent
                              ? m_letter.sentOn
                              : dateIn(office()->clock().nowMs(), office()->localZone());
        const LetterPdfInput input = letterPdfOf(db, m_letter.id, day);
        const QByteArray bytes = writeLetterPdf(input, m_letter.language);
        // Beside the file cache, not in it: a preview is no document and owes the server
        // nothing; the next one replaces it.
        const QString dir =
            QFileInfo(office()->fileCache()->dir()).absolutePath() + QStringLiteral("/letters");
        QDir().mkpath(dir);
        QSaveFile file(dir + QLatin1Char('/') + m_letter.id + QStringLiteral(".pdf"));
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
            path = file.fileName();
    });
    if (path.isEmpty()) {
        m_error = tr("The PDF could not be made.");
        Q_EMIT changed();
    }
    return path;
}

} // namespace spil::qml
