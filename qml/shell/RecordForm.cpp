// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/shell/RecordForm.h"

#include "qml/shell/OfficeStore.h"

namespace spil::qml {

void RecordForm::setRecordId(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    forgetOpened();
    reload();
}

QString RecordForm::finishSave(const std::optional<Error> &error, const QString &added)
{
    if (error)
        return error->message();
    if (!added.isEmpty())
        m_id = added;
    forgetOpened();
    reload();
    return {};
}

bool RecordForm::remove()
{
    if (!m_found || !office())
        return false;
    const QString id = m_id;
    return office()->act([&](Database &db) { removeRecord(db, id); }).isEmpty();
}

bool RecordForm::restore(const QString &id)
{
    if (id.isEmpty() || !office())
        return false;
    const bool done = office()->act([&](Database &db) { restoreRecord(db, id); }).isEmpty();
    if (done && id == m_id) {
        forgetOpened();
        reload();
    }
    return done;
}

} // namespace spil::qml
