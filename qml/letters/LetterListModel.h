// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/letters/Letter.h"
#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One letter in the list.
struct LetterRow {
    Q_GADGET
    Q_PROPERTY(QString letterId MEMBER id)
    Q_PROPERTY(QString subject MEMBER subject)
    Q_PROPERTY(QString recipient MEMBER recipient) // "Pieter van den Berg, Gemeente Utrecht"
    Q_PROPERTY(QString director MEMBER director)
    Q_PROPERTY(spil::LetterEnums::State letterState MEMBER state)
    Q_PROPERTY(QString stateText MEMBER stateText) // "Waiting for approval", the list's section
    Q_PROPERTY(QString detail MEMBER detail)       // "Sent by post on 30 Nov", "In English"
    Q_PROPERTY(bool confidential MEMBER confidential)
public:
    QString id, subject, recipient, director;
    LetterState state = LetterState::Notes;
    QString stateText, detail;
    bool confidential = false;
    bool operator==(const LetterRow &) const = default;
};

// The office's letters by state (notes, draft, waiting for approval, ready, sent), the
// newest first within each; or only those waiting for the user's own approval (the
// director's list of what waits on him).
class LetterListModel : public RowList<LetterRow> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool waitingOnMe READ waitingOnMe WRITE setWaitingOnMe NOTIFY waitingOnMeChanged)
    // Whether the user keeps letters (starts one): not staff.
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY loaded)
public:
    explicit LetterListModel(QObject *parent = nullptr);
    LetterListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    bool waitingOnMe() const { return m_waitingOnMe; }
    void setWaitingOnMe(bool waiting);
    bool canEdit() const;
    Q_INVOKABLE QString idAt(int row) const;

    // A state in the reader's words.
    static QString stateText(LetterState state);

Q_SIGNALS:
    void waitingOnMeChanged();
    void loaded();

private:
    using Row = LetterRow;
    bool m_waitingOnMe = false;
};

} // namespace spil::qml
