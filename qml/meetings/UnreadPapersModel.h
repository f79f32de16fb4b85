// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/meetings/MeetingListModel.h"
#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// Per person who should read a meeting's papers, what they have not opened yet.
struct UnreadPapersRow {
    Q_GADGET
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(int unread MEMBER unread)
    Q_PROPERTY(QString countText MEMBER countText)       // "2 of 3 unread", "All read"
    Q_PROPERTY(QString unreadTitles MEMBER unreadTitles) // the unread papers, by title
public:
    QString personId, name;
    int unread = 0;
    QString countText, unreadTitles;
    bool operator==(const UnreadPapersRow &) const = default;
};

// Who has not opened the papers: per person who should read them (the owner, then the
// attendees), what of the papers in is unread. Only the owner's side (the owner, their
// assistants, the office manager) receives others' reads, so only they see it (shown).
class UnreadPapersModel : public RowList<UnreadPapersRow, MeetingListModel> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool shown READ shown NOTIFY loaded)
public:
    explicit UnreadPapersModel(QObject *parent = nullptr) : RowList(parent) {}
    UnreadPapersModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    bool shown() const { return m_shown; }
    void reload() override;
Q_SIGNALS:
    void loaded();

private:
    bool m_shown = false;
};

} // namespace spil::qml
