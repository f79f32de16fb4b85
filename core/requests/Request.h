// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"
#include "core/contacts/Contact.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

namespace spil {

// A request's fixed sets of values; QML reads them as Request.Urgent, Request.Forwarded, ...
struct RequestEnums {
    Q_GADGET
public:
    enum class Importance { Low, Normal, High, Urgent };
    Q_ENUM(Importance)
    // New: waiting for the assistant; Proposed: times offered to who asked; Scheduled: an
    // appointment was booked; Declined, Deferred: answered no, or not now; Forwarded: the
    // director decides.
    enum class State { New, Proposed, Scheduled, Declined, Deferred, Forwarded };
    Q_ENUM(State)
    // The director's word on a forwarded request. Accepted goes back to the assistant to
    // schedule; declined to the assistant to answer with the drafted message.
    enum class Decision { Pending, Accepted, Rejected };
    Q_ENUM(Decision)
    // The messages drafted for who asked.
    enum class Message { Offer, Confirmation, Refusal, Postponement };
    Q_ENUM(Message)
};
using RequestImportance = RequestEnums::Importance;
using RequestState = RequestEnums::State;
using RequestDecision = RequestEnums::Decision;
using RequestMessage = RequestEnums::Message;

inline constexpr EnumText<RequestImportance> requestImportanceTexts[] = {
    {RequestImportance::Low, "low"},
    {RequestImportance::Normal, "normal"},
    {RequestImportance::High, "high"},
    {RequestImportance::Urgent, "urgent"}};
template <>
inline constexpr std::span<const EnumText<RequestImportance>> enumTexts<RequestImportance>{
    requestImportanceTexts};
inline constexpr EnumText<RequestState> requestStateTexts[] = {
    {RequestState::New, "new"},
    {RequestState::Proposed, "proposed"},
    {RequestState::Scheduled, "scheduled"},
    {RequestState::Declined, "declined"},
    {RequestState::Deferred, "deferred"},
    {RequestState::Forwarded, "forwarded"}};
template <>
inline constexpr std::span<const EnumText<RequestState>> enumTexts<RequestState>{requestStateTexts};
inline constexpr EnumText<RequestDecision> requestDecisionTexts[] = {
    {RequestDecision::Pending, "pending"},
    {RequestDecision::Accepted, "accepted"},
    {RequestDecision::Rejected, "declined"}};
template <>
inline constexpr std::span<const EnumText<RequestDecision>> enumTexts<RequestDecision>{
    requestDecisionTexts};
inline constexpr EnumText<RequestMessage> requestMessageTexts[] = {
    {RequestMessage::Offer, "proposed"},
    {RequestMessage::Confirmation, "scheduled"},
    {RequestMessage::Refusal, "declined"},
    {RequestMessage::Postponement, "deferred"}};
template <>
inline constexpr std::span<const EnumText<RequestMessage>> enumTexts<RequestMessage>{
    requestMessageTexts};

// A request for a director's time: who asks, about what, how long, in which window, how
// important, through whom, and where it stands.
struct Request {
    QString id;
    QString director;  // a person id
    QString contactId; // who asks, when a contact (core/contacts)
    QString requester; // who asks, in words, when not a contact
    QString subject;
    int minutes = 30;
    QDate fromDate; // the window wanted, both days included
    QDate toDate;
    RequestImportance importance = RequestImportance::Normal;
    QString via; // through whom it came: a person id or words
    ContactLanguage language = ContactLanguage::Dutch;
    RequestState state = RequestState::New;
    qint64 createdAt = 0; // UTC ms
    QString createdBy;
    QString appointmentId; // once scheduled
    RequestDecision decision = RequestDecision::Pending;
    QString decisionNote;
    qint64 decidedAt = 0;
    qint64 forwardedAt = 0; // when last put to the director; kept when taken back (UTC ms)
};

// Whether a request still asks for something of the assistant or the director: not
// scheduled and not declined.
inline bool isOpen(RequestState state)
{
    return state != RequestState::Scheduled && state != RequestState::Declined;
}
// Whether a request waits for the director's word: forwarded, not decided yet.
inline bool waitsForDecision(const Request &r)
{
    return r.state == RequestState::Forwarded && r.decision == RequestDecision::Pending;
}
// Whether the director himself reads a request: once forwarded to him, or decided by him.
// The server holds to the same (EntityPolicy's requests).
inline bool directorSees(const Request &r)
{
    return r.state == RequestState::Forwarded || r.decision != RequestDecision::Pending;
}
// Who works the queue of a director (reads and triages his requests): the assistants who
// serve him and the office manager. Staff never see it; the director sees what directorSees.
bool worksQueueOf(const Person &user, const QString &directorId);

} // namespace spil
