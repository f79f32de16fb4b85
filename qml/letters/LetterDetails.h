// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/letters/Letter.h"
#include "qml/shell/OfficeView.h"

#include <QtQml/qqmlregistration.h>
#include <functional>

namespace spil {
class Database;
}

namespace spil::qml {

// One letter: its notes, its text and its state, and each step of it as the user may take
// it (make the draft, ask for approval, approve or comment, ready, sent by post or e-mail,
// with undo), and its PDF. Every step is one user action; a refused one sets error.
class LetterDetails : public OfficeView {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString letterId READ letterId WRITE setLetterId NOTIFY changed)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString subject READ subject NOTIFY changed)
    Q_PROPERTY(QString recipient READ recipient NOTIFY changed)
    Q_PROPERTY(QString contactId READ contactId NOTIFY changed)
    Q_PROPERTY(QString addressText READ addressText NOTIFY changed) // the address block
    Q_PROPERTY(QString director READ director NOTIFY changed)
    Q_PROPERTY(QString languageText READ languageText NOTIFY changed)
    Q_PROPERTY(QString notes READ notes NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(spil::LetterEnums::State letterState READ letterState NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString comment READ comment NOTIFY changed)
    Q_PROPERTY(QString sentText READ sentText NOTIFY changed) // "Sent by post on 30 November 2026"
    Q_PROPERTY(bool confidential READ confidential NOTIFY changed)
    // Whether the user writes it (the director's side) and whether the user is its director
    // (who alone approves, comments, and marks his own draft ready).
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY changed)
    Q_PROPERTY(bool isDirector READ isDirector NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
public:
    explicit LetterDetails(QObject *parent = nullptr);
    LetterDetails(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    QString letterId() const { return m_letter.id.isEmpty() ? m_id : m_letter.id; }
    void setLetterId(const QString &id);
    bool exists() const { return !m_letter.id.isEmpty(); }
    QString subject() const { return m_letter.subject; }
    QString recipient() const { return m_recipient; }
    QString contactId() const { return m_letter.contactId; }
    QString addressText() const { return m_address; }
    QString director() const { return m_director; }
    QString languageText() const;
    QString notes() const { return m_letter.notes; }
    QString text() const { return m_letter.text; }
    LetterState letterState() const { return m_letter.state; }
    QString stateText() const;
    QString comment() const { return m_letter.comment; }
    QString sentText() const;
    bool confidential() const { return m_letter.confidential; }
    bool canEdit() const;
    bool isDirector() const;
    QString error() const { return m_error; }

    // A new letter of the notes to the contact, in the contact's language; it belongs to
    // the director chosen (empty: the director the user is or serves first), and becomes
    // this view's.
    Q_INVOKABLE bool create(const QString &contactId, const QString &subject, const QString &notes,
                            bool confidential, const QString &director = {});
    Q_INVOKABLE bool saveNotes(const QString &notes);
    Q_INVOKABLE bool saveText(const QString &text);
    Q_INVOKABLE bool makeDraft();
    Q_INVOKABLE bool submit();
    Q_INVOKABLE bool approve();
    // Undo of approve(): waiting for his approval again (LetterRepo::withdrawApproval).
    Q_INVOKABLE bool withdrawApproval();
    Q_INVOKABLE bool sendComment(const QString &comment);
    Q_INVOKABLE bool markReady();
    // Sent by via on the day (YYYY-MM-DD), filed in the archive in the same action.
    Q_INVOKABLE bool send(spil::LetterEnums::Via via, const QString &day);
    Q_INVOKABLE bool unsend();
    Q_INVOKABLE bool remove();
    Q_INVOKABLE bool restore();
    // The letter as a PDF on the device's letterhead, dated today (as sent, once sent),
    // written into the device's data folder; its path, or empty with error set.
    Q_INVOKABLE QString pdf();

Q_SIGNALS:
    void changed();

private:
    bool step(const std::function<void(Database &, const QString &me)> &action);
    QString m_id;
    Letter m_letter;
    QString m_recipient, m_address, m_director;
    QString m_error;
};

} // namespace spil::qml
