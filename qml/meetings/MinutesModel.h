// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Meeting.h"
#include "qml/meetings/MeetingListModel.h"
#include "qml/shell/RowList.h"

#include <QDate>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One line of the minutes of the item on screen, or an attendee's comment on the item.
struct MinutesLineRow {
    Q_GADGET
    Q_PROPERTY(QString lineId MEMBER id)
    Q_PROPERTY(spil::MeetingEnums::EntryKind kind MEMBER kind)
    Q_PROPERTY(bool comment MEMBER comment)      // an attendee's comment on the item as a whole
    Q_PROPERTY(QString kindText MEMBER kindText) // "Decision"
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(QString aboutText MEMBER aboutText)   // "Joris Mulder · due Fri 4 Dec"
    Q_PROPERTY(QString statusText MEMBER statusText) // an action's task: "Open", "Done"
    Q_PROPERTY(bool done MEMBER done)
    Q_PROPERTY(bool mine MEMBER mine) // a comment row: written by the device's user
    // The comments on the line, oldest first: {commentId, text: "Ingrid Smit: Graag ...",
    // mine}.
    Q_PROPERTY(QVariantList comments MEMBER comments)
public:
    QString id;
    MinutesEntryKind kind = MinutesEntryKind::Note;
    bool comment = false;
    QString kindText, text, aboutText, statusText;
    bool done = false;
    bool mine = false;
    QVariantList comments;
    bool operator==(const MinutesLineRow &) const = default;
};

// Taking a meeting's minutes, one agenda item at a time: its notes, decisions and actions
// (each action with its task's status, read through), the attendees' comments, and the
// state of the minutes with the next steps they may take. Every change is one user action
// through OfficeStore::act; a removed line comes back with restoreLine, a comment taken back
// with restoreComment.
class MinutesModel : public RowList<MinutesLineRow, MeetingListModel> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int itemIndex READ itemIndex WRITE setItemIndex NOTIFY loaded)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY loaded)
    Q_PROPERTY(QString itemId READ itemId NOTIFY loaded)
    Q_PROPERTY(QString itemTitle READ itemTitle NOTIFY loaded)
    Q_PROPERTY(QString itemText READ itemText NOTIFY loaded) // "Item 2 of 3 · Maarten · 40 min"
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QString whenText READ whenText NOTIFY loaded)
    // For a meeting on a later day, that these minutes are taken ahead of it: the wrong
    // meeting picked, or notes prepared on purpose. Empty on the day and after.
    Q_PROPERTY(QString aheadText READ aheadText NOTIFY loaded)
    Q_PROPERTY(bool begun READ begun NOTIFY loaded)
    Q_PROPERTY(spil::MeetingEnums::MinutesState state READ state NOTIFY loaded)
    Q_PROPERTY(QString stateText READ stateText NOTIFY loaded) // "Version 2 · In review"
    Q_PROPERTY(bool editable READ editable NOTIFY loaded)
    Q_PROPERTY(bool commentable READ commentable NOTIFY loaded)
    // The meeting's owner and attendees, {personId, name}, for an action's owner.
    Q_PROPERTY(QVariantList attendees READ attendees NOTIFY loaded)
    Q_PROPERTY(QStringList dueChoices READ dueChoices CONSTANT)
    Q_PROPERTY(QString exportText READ exportText NOTIFY exported)
public:
    explicit MinutesModel(QObject *parent = nullptr);
    MinutesModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);

    int itemIndex() const { return m_itemIndex; }
    void setItemIndex(int index);
    int itemCount() const { return int(m_items.size()); }
    QString itemId() const;
    QString itemTitle() const { return m_itemTitle; }
    QString itemText() const { return m_itemText; }
    QString title() const { return m_title; }
    QString whenText() const { return m_whenText; }
    QString aheadText() const { return m_aheadText; }
    bool begun() const { return m_minutes.has_value(); }
    MinutesState state() const { return m_minutes ? m_minutes->state : MinutesState::Draft; }
    QString stateText() const { return m_stateText; }
    bool editable() const { return !m_minutes || m_minutes->state != MinutesState::Final; }
    bool commentable() const { return m_minutes && m_minutes->state == MinutesState::Review; }
    QVariantList attendees() const { return m_attendees; }
    QStringList dueChoices() const;
    QString exportText() const { return m_exportText; }

    Q_INVOKABLE void next() { setItemIndex(m_itemIndex + 1); }
    Q_INVOKABLE void previous() { setItemIndex(m_itemIndex - 1); }
    // A note or a decision on the item on screen; false when refused (an empty text).
    Q_INVOKABLE bool add(spil::MeetingEnums::EntryKind kind, const QString &text);
    // An action for owner, due by one of dueChoices (0: no date).
    Q_INVOKABLE bool addAction(const QString &text, const QString &ownerId, int dueChoice);
    Q_INVOKABLE bool editLine(const QString &lineId, const QString &text);
    // Takes a line out (an action with its task); returns its text, for the undo bar.
    Q_INVOKABLE QString removeLine(const QString &lineId);
    Q_INVOKABLE void restoreLine(const QString &lineId);
    // A comment on the item (lineId empty) or one of its lines, while in review.
    Q_INVOKABLE bool comment(const QString &lineId, const QString &text);
    // Takes one of the user's own comments back; returns its text, for the undo bar.
    Q_INVOKABLE QString removeComment(const QString &commentId);
    Q_INVOKABLE void restoreComment(const QString &commentId);
    // The next steps: to review, back to draft, final; a correction of final minutes.
    Q_INVOKABLE void setState(spil::MeetingEnums::MinutesState state);
    Q_INVOKABLE void correct();
    // The minutes as a PDF in "nl" or "en", filed with the meeting and sent up; returns the
    // local file, for the reader (empty when it failed).
    Q_INVOKABLE QString exportPdf(const QString &language);

    void reload() override;

Q_SIGNALS:
    void loaded();
    void exported();

protected:
    void meetingSwitched() override;

private:
    using Row = MinutesLineRow;
    bool write(const std::function<void(Database &)> &action);
    int m_itemIndex = 0;
    QList<MeetingItem> m_items;
    std::optional<Minutes> m_minutes;
    QHash<QString, QString> m_commentTexts;    // by comment id, of the item on screen
    QMetaObject::Connection m_sendingLinks[2]; // the last export's file: sent, or failed
    QString m_itemTitle, m_itemText, m_title, m_whenText, m_aheadText, m_stateText, m_exportText;
    QDate m_meetingDay; // in the device's zone: where a due choice counts from
    QVariantList m_attendees;
};

} // namespace spil::qml
