// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/meetings/MeetingListModel.h"
#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One paper of a meeting: in (with the office's document to open) or not yet.
struct MeetingPaperRow {
    Q_GADGET
    Q_PROPERTY(QString paperId MEMBER id)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString itemTitle MEMBER itemTitle)
    Q_PROPERTY(QString documentId MEMBER documentId) // empty until it is in
    Q_PROPERTY(QString stateText MEMBER stateText)   // "In · read", "Late · due Mon 30 Nov"
    Q_PROPERTY(bool late MEMBER late)
    Q_PROPERTY(bool read MEMBER read) // opened by the device's user
public:
    QString id, title, itemTitle, documentId, stateText;
    bool late = false;
    bool read = false;
    bool operator==(const MeetingPaperRow &) const = default;
};

// A meeting's papers in agenda order, each in or not, late, and read by this device's user.
class MeetingPapersModel : public RowList<MeetingPaperRow, MeetingListModel> {
    Q_OBJECT
    QML_ELEMENT
public:
    explicit MeetingPapersModel(QObject *parent = nullptr) : RowList(parent) {}
    MeetingPapersModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;
};

} // namespace spil::qml
