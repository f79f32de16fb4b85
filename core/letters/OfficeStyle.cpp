// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/letters/OfficeStyle.h"

#include "core/common/Error.h"
#include "core/store/Database.h"

namespace spil {

namespace {
const QString kEntity = QStringLiteral("office_style");
const QString kName = QStringLiteral("office_name");
const QString kAddress = QStringLiteral("address");
const QString kPlace = QStringLiteral("place");
const QString kStyle = QStringLiteral("letter_style");
// What a device kept in its meta before the office style was synced; read, never written.
const QString kDeviceOffice = QStringLiteral("letterhead_office");
const QString kDeviceAddress = QStringLiteral("letterhead_address");
const QString kDevicePlace = QStringLiteral("letter_place");
const QString kDeviceStyle = QStringLiteral("letter_style");
// Where the sync client keeps the workspace it signed in to.
const QString kWorkspace = QStringLiteral("sync_workspace");

QStringList cleanLines(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines) {
        // A line typed with newlines in it is several lines.
        for (const QString &part : line.split(QLatin1Char('\n'))) {
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
        }
    }
    return out;
}
} // namespace

QString OfficeStyleRepo::recordId()
{
    // A UUID of version 8 that reads as what it is; no random part, since two devices that
    // set the style offline must write one record.
    return QStringLiteral("0ff1ce00-5e71-8000-8000-000000000001");
}

std::optional<OfficeStyle> OfficeStyleRepo::stored()
{
    const auto r = m_db.get(kEntity, recordId());
    if (!r || r->value(QStringLiteral("deleted")).toBool())
        return std::nullopt;
    OfficeStyle out;
    out.officeName = r->value(kName).toString();
    out.addressLines = cleanLines({r->value(kAddress).toString()});
    out.place = r->value(kPlace).toString();
    // A word a newer build wrote reads as the formal style, the safe one for a letter.
    out.style = fromText<LetterStyle>(r->value(kStyle).toString()).value_or(LetterStyle::Formal);
    return out;
}

OfficeStyle OfficeStyleRepo::current()
{
    OfficeStyle out;
    if (const auto s = stored()) {
        out = *s;
    } else {
        out.officeName = m_db.meta(kDeviceOffice);
        out.addressLines = cleanLines({m_db.meta(kDeviceAddress)});
        out.place = m_db.meta(kDevicePlace);
        out.style = fromText<LetterStyle>(m_db.meta(kDeviceStyle)).value_or(LetterStyle::Formal);
    }
    if (out.officeName.isEmpty())
        out.officeName = m_db.meta(kWorkspace);
    if (out.officeName.isEmpty())
        out.officeName = QStringLiteral("Spil");
    return out;
}

void OfficeStyleRepo::change(const OfficeStyleChange &change)
{
    QVariantMap fields;
    if (change.officeName) {
        if (change.officeName->trimmed().isEmpty())
            fail(ErrorKind::BadInput, QStringLiteral("the letterhead needs the office's name"));
        fields.insert(kName, change.officeName->trimmed());
    }
    if (change.addressLines)
        fields.insert(kAddress, cleanLines(*change.addressLines).join(QLatin1Char('\n')));
    if (change.place)
        fields.insert(kPlace, change.place->trimmed());
    if (change.style)
        fields.insert(kStyle, toText(*change.style));
    const QString id = recordId();
    Database::Transaction tx(m_db);
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM office_style WHERE id = ?"), {id}).isValid()) {
        m_db.update(kEntity, id, fields);
    } else {
        const OfficeStyle was = current();
        QVariantMap first{{QStringLiteral("id"), id},
                          {kName, was.officeName},
                          {kAddress, was.addressLines.join(QLatin1Char('\n'))},
                          {kPlace, was.place},
                          {kStyle, toText(was.style)}};
        first.insert(fields);
        m_db.insert(kEntity, first);
    }
    tx.commit();
}

} // namespace spil
