// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/letters/OfficeStyle.h"
#include "qml/shell/OfficeView.h"

#include <QtQml/qqmlregistration.h>
#include <optional>

namespace spil::qml {

// The office's letterhead and house style as the page shows and edits them: the name, the
// address lines, the place letters are dated from and their style; what the top of a
// letter looks like with the fields as typed; saving as one user action, with its undo.
// Only the office manager and an admin write it (the server refuses others); for the rest
// the page reads it.
class LetterheadDetails : public OfficeView {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString officeName READ officeName NOTIFY changed)
    Q_PROPERTY(QString addressText READ addressText NOTIFY changed) // lines apart by newlines
    Q_PROPERTY(QString place READ place NOTIFY changed)
    Q_PROPERTY(bool personal READ personal NOTIFY changed)
    // Whether the office set it, or the device prints what it kept itself.
    Q_PROPERTY(bool officeSet READ officeSet NOTIFY changed)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
public:
    explicit LetterheadDetails(QObject *parent = nullptr);
    LetterheadDetails(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    QString officeName() const { return m_style.officeName; }
    QString addressText() const { return m_style.addressLines.join(QLatin1Char('\n')); }
    QString place() const { return m_style.place; }
    bool personal() const { return m_style.style == LetterStyle::Personal; }
    bool officeSet() const { return m_officeSet; }
    bool canEdit() const;
    bool canUndo() const { return m_before.has_value(); }
    QString error() const { return m_error; }

    // The line under the name as letters print it, of the address as typed.
    Q_INVOKABLE QString printedAddress(const QString &addressText) const;
    // "Utrecht, 30 november 2026" as a letter in the app's language dates today from place.
    Q_INVOKABLE QString placeAndDate(const QString &place) const;
    // How English letters close in the style.
    Q_INVOKABLE QString closing(bool personalStyle) const;
    // Whether the fields as typed differ from what is saved.
    Q_INVOKABLE bool differs(const QString &name, const QString &addressText, const QString &place,
                             bool personalStyle) const;
    // Saves the fields as one user action; false (and error says why) when refused.
    Q_INVOKABLE bool save(const QString &name, const QString &addressText, const QString &place,
                          bool personalStyle);
    // Puts back what the last save replaced, as one user action.
    Q_INVOKABLE void undoSave();

Q_SIGNALS:
    void changed();

private:
    bool write(const OfficeStyle &style);
    OfficeStyle m_style;
    bool m_officeSet = false;
    std::optional<OfficeStyle> m_before;
    QString m_error;
};

} // namespace spil::qml
