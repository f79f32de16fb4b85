// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One sick leave. Reason and doctor's visits are filled only on a device that holds them
// (an office manager's or an admin's): the server never sends them anywhere else.
struct AbsenceRow {
    Q_GADGET
    Q_PROPERTY(QString absenceId MEMBER id)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString initials MEMBER initials)
    Q_PROPERTY(QString spanText MEMBER spanText) // "since Mon 23 Nov", "23 – 27 Nov"
    Q_PROPERTY(int days MEMBER days)             // days absent through today
    Q_PROPERTY(bool open MEMBER open)            // no last day known
    Q_PROPERTY(bool today MEMBER today)          // absent today
    Q_PROPERTY(QString reason MEMBER reason)
    Q_PROPERTY(QString doctorText MEMBER doctorText) // the next visit, "Wed 2 Dec 10:30"
public:
    QString id, personId, name, initials, spanText;
    int days = 0;
    bool open = false, today = false;
    QString reason, doctorText;
    bool operator==(const AbsenceRow &) const = default;
};

// Sick leaves: who is absent today, or every leave that is running or ahead. The office
// manager reports one in a few taps, ends it, removes it with undo.
class AbsenceListModel : public RowList<AbsenceRow> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(View view READ view WRITE setView NOTIFY viewChanged)
    // Whether the user keeps personnel matters (office managers and admins).
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY loaded)
public:
    enum class View { Today, Current };
    Q_ENUM(View)
    explicit AbsenceListModel(QObject *parent = nullptr);
    AbsenceListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    View view() const { return m_view; }
    void setView(View view);
    bool canEdit() const;
    Q_INVOKABLE QString idAt(int row) const;

    // A sick leave of personId from today, or from yesterday when sinceYesterday; the
    // reason and a doctor's visit (YYYY-MM-DDTHH:MM) may stay empty. Its id, or empty when
    // refused (the error reaches the user through the office).
    Q_INVOKABLE QString report(const QString &personId, bool sinceYesterday, const QString &reason,
                               const QString &doctorVisit);
    // Back today: yesterday was the leave's last day (for a leave that began today, today).
    Q_INVOKABLE bool end(const QString &absenceId);
    Q_INVOKABLE bool setReason(const QString &absenceId, const QString &reason);
    // The company doctor's visits, kept by the office manager: the days a visit can be put
    // on (today and the next three weeks, as the form lists them), a visit added on one of
    // them at a minute of the day (its stored "YYYY-MM-DDTHH:MM", empty when refused), and
    // that visit taken back (the form's undo).
    Q_INVOKABLE QStringList visitDays() const;
    // The day the form starts on: the next working day (Monday after a Friday or weekend).
    Q_INVOKABLE int firstVisitDay() const;
    Q_INVOKABLE QString addDoctorVisit(const QString &absenceId, int dayIndex, int minuteOfDay);
    Q_INVOKABLE bool removeDoctorVisit(const QString &absenceId, const QString &visit);
    Q_INVOKABLE QString visitText(const QString &visit) const; // "Wed 2 Dec 10:30"
    Q_INVOKABLE bool remove(const QString &absenceId);
    Q_INVOKABLE bool restore(const QString &absenceId);

Q_SIGNALS:
    void viewChanged();
    void loaded();

private:
    using Row = AbsenceRow;
    View m_view = View::Today;
};

} // namespace spil::qml
