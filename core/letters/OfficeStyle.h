// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/letters/Letter.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace spil {

class Database;

// The letterhead prints the address lines on one line under the name, apart by this.
inline QString addressSeparator()
{
    return QStringLiteral(" \u00b7 ");
}

// The office's letterhead and house style as the office set them: one synced record, so
// every device prints the same paper (letters, minutes, the visitor list).
struct OfficeStyle {
    QString officeName;
    QStringList addressLines;
    QString place; // where letters are dated from; empty: the date alone
    LetterStyle style = LetterStyle::Formal;
    bool operator==(const OfficeStyle &) const = default;
};

// A change to the office style: only the fields set are written.
struct OfficeStyleChange {
    std::optional<QString> officeName = std::nullopt;
    std::optional<QStringList> addressLines = std::nullopt;
    std::optional<QString> place = std::nullopt;
    std::optional<LetterStyle> style = std::nullopt;
};

class OfficeStyleRepo {
public:
    explicit OfficeStyleRepo(Database &db) : m_db(db) {}

    // The record's fixed id: every device writes the same one.
    static QString recordId();

    // What the office set; nothing while nobody has.
    std::optional<OfficeStyle> stored();
    // What this device prints: the office's record, else what the device kept before the
    // office had one (spilctl office letterhead of earlier builds), its name else the
    // workspace it signed in to, else "Spil".
    OfficeStyle current();
    // One user action: the fields given, trimmed (empty address lines dropped), into the
    // office's record. The first write makes the record from what the device printed so
    // far, so setting the place does not lose the device's letterhead. Refuses an empty
    // office name.
    void change(const OfficeStyleChange &change);

private:
    Database &m_db;
};

} // namespace spil
