// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reception/Visitor.h"
#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One visitor of the day as the reception's list shows them.
struct VisitorRow {
    Q_GADGET
    Q_PROPERTY(QString visitorId MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString organisation MEMBER organisation)
    Q_PROPERTY(QString timeText MEMBER timeText) // "11:00"
    Q_PROPERTY(QString hostName MEMBER hostName)
    Q_PROPERTY(QString appointmentTitle MEMBER appointmentTitle)
    Q_PROPERTY(bool checkedIn MEMBER checkedIn)
    Q_PROPERTY(QString arrivedText MEMBER arrivedText) // "in at 10:58"
public:
    QString id, name, organisation, timeText, hostName, appointmentTitle;
    bool checkedIn = false;
    QString arrivedText;
    bool operator==(const VisitorRow &) const = default;
};

// The reception's day: today's expected visitors in time order (outside attendees of the
// day's appointments and visitors entered by hand), those the search words find as they
// are typed; check in with one tap and undo, a walk-in added, the day list as a PDF.
class ReceptionModel : public RowList<VisitorRow> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QString dayText READ dayText NOTIFY loaded)
    Q_PROPERTY(int expected READ expected NOTIFY loaded)
    Q_PROPERTY(int arrived READ arrived NOTIFY loaded)
    // Whether the user keeps the reception (office managers, assistants and admins).
    Q_PROPERTY(bool canKeep READ canKeep NOTIFY loaded)
    // How many days visitor names are kept after the visit, and whether the user sets it
    // (office managers and admins, as the server has it).
    Q_PROPERTY(int retentionDays READ retentionDays NOTIFY loaded)
    Q_PROPERTY(bool canSetRetention READ canSetRetention NOTIFY loaded)
    Q_PROPERTY(int maxRetentionDays READ maxRetentionDays CONSTANT)
public:
    explicit ReceptionModel(QObject *parent = nullptr);
    ReceptionModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString dayText() const { return m_dayText; }
    int expected() const { return int(m_day.size()); }
    int arrived() const;
    bool canKeep() const;
    int retentionDays() const { return m_retentionDays; }
    bool canSetRetention() const;
    int maxRetentionDays() const;

    Q_INVOKABLE bool checkIn(const QString &visitorId);
    Q_INVOKABLE bool undoCheckIn(const QString &visitorId);
    // A walk-in for hostId, expected now. False when refused (the office says why).
    Q_INVOKABLE bool add(const QString &name, const QString &organisation, const QString &hostId);
    // The day list as a PDF in language ("en" or "nl") with the office's letterhead,
    // written beside the store; its path, or empty when it could not be made.
    Q_INVOKABLE QString exportPdf(const QString &language);
    // The office's retention of visitor names; false when refused.
    Q_INVOKABLE bool setRetentionDays(int days);

Q_SIGNALS:
    void queryChanged();
    void loaded();

private:
    using Row = VisitorRow;
    QString m_query;
    QString m_dayText;
    QList<ExpectedVisitor> m_day;
    int m_retentionDays = 0;
};

} // namespace spil::qml
