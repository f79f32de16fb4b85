// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/personnel/AbsenceListModel.h"

#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/personnel/PersonnelRepo.h"
#include "core/store/Database.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <QDateTime>
#include <QLocale>

namespace spil::qml {

AbsenceListModel::AbsenceListModel(QObject *parent) : RowList(parent) {}

AbsenceListModel::AbsenceListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : AbsenceListModel(parent)
{
    link(office, people);
}

void AbsenceListModel::setView(View view)
{
    if (view == m_view)
        return;
    m_view = view;
    Q_EMIT viewChanged();
    reload();
}

bool AbsenceListModel::canEdit() const
{
    return people() && keepsPersonnel(people()->me().role);
}

namespace {
QString spanText(const Absence &a, const QDate &today)
{
    if (a.isOpen())
        return a.from <= today ? AbsenceListModel::tr("since %1").arg(display::dayShort(a.from))
                               : AbsenceListModel::tr("from %1").arg(display::dayShort(a.from));
    if (a.from == a.until)
        return display::dayShort(a.from);
    return AbsenceListModel::tr("%1 to %2")
        .arg(display::dayShort(a.from), display::dayShort(a.until));
}

constexpr int kVisitDays = 21;

QDateTime visitAt(const QString &visit)
{
    return QDateTime::fromString(visit, QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QString shownVisit(const QDateTime &at)
{
    return QStringLiteral("%1 %2").arg(display::dayShort(at.date()),
                                       QLocale().toString(at.time(), QStringLiteral("HH:mm")));
}

// The first doctor's visit from today on, as the lists show a time.
QString nextVisit(const QStringList &visits, const QDate &today)
{
    for (const QString &v : visits) {
        const QDateTime at = visitAt(v);
        if (at.date() >= today)
            return shownVisit(at);
    }
    return {};
}
} // namespace

void AbsenceListModel::reload()
{
    QList<Row> rows;
    readGuarded("AbsenceListModel", [&] {
        if (!open())
            return;
        Database &db = *office()->store();
        PersonnelRepo repo(db);
        const QDate today = dateIn(db.clock().nowMs(), office()->localZone());
        const bool keeps = canEdit();
        QList<Absence> list;
        if (m_view == View::Today) {
            list = repo.absentOn(today);
        } else {
            for (const Absence &a : repo.absences()) {
                if (a.isOpen() || a.until >= today)
                    list.prepend(a); // the earliest first
            }
        }
        for (const Absence &a : list) {
            const QString name = people()->nameOf(a.personId);
            // The server sends details only to who keeps them; the demo's store holds them for
            // every role, so the list asks the role too.
            const auto details = keeps ? repo.detailsOf(a.id) : std::nullopt;
            rows << Row{a.id,
                        a.personId,
                        name,
                        display::initials(name),
                        spanText(a, today),
                        a.from <= today ? int(a.from.daysTo(today)) + 1 : 0,
                        a.isOpen(),
                        isAbsentOn(a, today),
                        details ? details->reason : QString(),
                        details ? nextVisit(details->doctorVisits, today) : QString()};
        }
    });
    setRows(std::move(rows), [](const Row &r) { return r.id; });
    Q_EMIT loaded();
}

QString AbsenceListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

QString AbsenceListModel::report(const QString &personId, bool sinceYesterday,
                                 const QString &reason, const QString &doctorVisit)
{
    if (!office() || !people())
        return {};
    QString id;
    const QString me = people()->me().id;
    const QTimeZone zone = office()->localZone();
    const bool done = office()
                          ->act([&](Database &db) {
                              const QDate today = dateIn(db.clock().nowMs(), zone);
                              AbsenceDetails details;
                              details.reason = reason;
                              if (!doctorVisit.trimmed().isEmpty())
                                  details.doctorVisits = {doctorVisit.trimmed()};
                              id = PersonnelRepo(db).addAbsence(
                                  {.personId = personId,
                                   .from = sinceYesterday ? today.addDays(-1) : today,
                                   .createdBy = me},
                                  details);
                          })
                          .isEmpty();
    return done ? id : QString();
}

bool AbsenceListModel::end(const QString &absenceId)
{
    if (!office())
        return false;
    const QTimeZone zone = office()->localZone();
    return office()
        ->act([&](Database &db) {
            PersonnelRepo repo(db);
            const QDate today = dateIn(db.clock().nowMs(), zone);
            const auto a = repo.absence(absenceId);
            // Back today: yesterday was the last day absent (today, for a leave of today).
            const QDate yesterday = today.addDays(-1);
            repo.endAbsence(absenceId, a ? std::max(a->from, yesterday) : yesterday);
        })
        .isEmpty();
}

bool AbsenceListModel::setReason(const QString &absenceId, const QString &reason)
{
    return office() && office()
                           ->act([&](Database &db) {
                               PersonnelRepo(db).updateDetails(absenceId, {.reason = reason});
                           })
                           .isEmpty();
}

QStringList AbsenceListModel::visitDays() const
{
    QStringList out;
    if (!office())
        return out;
    const QDate today = dateIn(office()->clock().nowMs(), office()->localZone());
    for (int i = 0; i < kVisitDays; ++i)
        out << display::dayRelative(today.addDays(i), today);
    return out;
}

int AbsenceListModel::firstVisitDay() const
{
    if (!office())
        return 0;
    const QDate today = dateIn(office()->clock().nowMs(), office()->localZone());
    int day = 1;
    while (today.addDays(day).dayOfWeek() > 5)
        ++day;
    return day;
}

QString AbsenceListModel::addDoctorVisit(const QString &absenceId, int dayIndex, int minuteOfDay)
{
    if (!office() || dayIndex < 0 || dayIndex >= kVisitDays || minuteOfDay < 0 ||
        minuteOfDay >= 24 * 60)
        return {};
    QString visit;
    const QTimeZone zone = office()->localZone();
    const bool done = office()
                          ->act([&](Database &db) {
                              PersonnelRepo repo(db);
                              const QDate day = dateIn(db.clock().nowMs(), zone).addDays(dayIndex);
                              visit = QDateTime(day, QTime(minuteOfDay / 60, minuteOfDay % 60))
                                          .toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
                              const auto details = repo.detailsOf(absenceId);
                              QStringList visits = details ? details->doctorVisits : QStringList();
                              if (!visits.contains(visit)) {
                                  visits << visit;
                                  repo.updateDetails(absenceId, {.doctorVisits = visits});
                              }
                          })
                          .isEmpty();
    return done ? visit : QString();
}

bool AbsenceListModel::removeDoctorVisit(const QString &absenceId, const QString &visit)
{
    return office() && office()
                           ->act([&](Database &db) {
                               PersonnelRepo repo(db);
                               const auto details = repo.detailsOf(absenceId);
                               QStringList visits = details ? details->doctorVisits : QStringList();
                               if (visits.removeAll(visit) > 0)
                                   repo.updateDetails(absenceId, {.doctorVisits = visits});
                           })
                           .isEmpty();
}

QString AbsenceListModel::visitText(const QString &visit) const
{
    const QDateTime at = visitAt(visit);
    return at.isValid() ? shownVisit(at) : QString();
}

bool AbsenceListModel::remove(const QString &absenceId)
{
    return office() && office()
                           ->act([&](Database &db) { PersonnelRepo(db).removeAbsence(absenceId); })
                           .isEmpty();
}

bool AbsenceListModel::restore(const QString &absenceId)
{
    return office() && office()
                           ->act([&](Database &db) { PersonnelRepo(db).restoreAbsence(absenceId); })
                           .isEmpty();
}

} // namespace spil::qml
