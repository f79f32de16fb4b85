// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"
#include "core/people/Person.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace spil {

// A service request's fixed set of states; QML reads them as Service.Open, Service.Done.
struct ServiceEnums {
    Q_GADGET
public:
    // Open: in the secretariat's queue, handed to a secretary or not yet. Done: the
    // secretary struck its task off. Cancelled: whoever asked took it back.
    enum class State { Open, Done, Cancelled };
    Q_ENUM(State)
};
using ServiceState = ServiceEnums::State;

inline constexpr EnumText<ServiceState> serviceStateTexts[] = {
    {ServiceState::Open, "open"},
    {ServiceState::Done, "done"},
    {ServiceState::Cancelled, "cancelled"}};
template <>
inline constexpr std::span<const EnumText<ServiceState>> enumTexts<ServiceState>{serviceStateTexts};

// What people can come to the secretariat for (book a room, order something, arrange
// travel); the office manager keeps the list.
struct Service {
    QString id = {};
    QString name = {};
    QString description = {};
    bool active = true; // an inactive service takes no new requests but keeps its old ones
};

// One request to the secretariat. Its task, once handed to a secretary, carries the same id
// (see ServiceRepo::handTo).
struct ServiceRequest {
    QString id = {};
    QString serviceId = {};
    QString what = {};
    qint64 neededBy = -1; // -1: no date
    QString requestedBy = {};
    qint64 requestedAt = 0;
    QString assignee = {}; // the secretary it was handed to; empty: not yet
    qint64 handedAt = -1;
    ServiceState state = ServiceState::Open;
};

// One secretary's share of the work: her open tasks, how many of them are overdue and
// urgent, the directors she serves and her open tasks due on each working day of the week.
struct SecretaryLoad {
    QString personId = {};
    QString name = {};
    QStringList directors = {}; // names, as the people list orders them
    int open = 0;
    int overdue = 0;
    int urgent = 0;
    QList<int> week = QList<int>(5, 0); // Monday to Friday of the week of now
};

// Who may hand requests on and reassign the secretaries' tasks: office managers and admins
// (the server holds to the same, see EntityPolicy's managerFields).
inline bool handsOnRequests(Role role)
{
    return role == Role::OfficeManager || role == Role::Admin;
}
// Who keeps the list of services (adds, renames, stops and offers again): office managers
// and admins, as the server's policy for services holds.
inline bool keepsServices(Role role)
{
    return role == Role::OfficeManager || role == Role::Admin;
}
// Who reads the whole queue: the secretariat (office managers, assistants) and admins.
// Everyone else reads their own requests only.
inline bool readsQueue(Role role)
{
    return handsOnRequests(role) || role == Role::Assistant;
}

// The queue's order: open requests not handed on yet first, then those handed on, then
// the closed ones; within each, the earliest needed first (no date last), then the oldest.
bool queueBefore(const ServiceRequest &a, const ServiceRequest &b);

} // namespace spil
