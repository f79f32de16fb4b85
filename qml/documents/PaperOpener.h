// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/OfficeView.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// Opens an office document in the reader: its file from the cache, fetched first with
// progress when the device lacks it; and records, once, that the device's user read it
// (paper_reads), which the meeting's owner side sees as "who has not opened the papers".
class PaperOpener : public OfficeView {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed) // 0..1 of the file
public:
    explicit PaperOpener(QObject *parent = nullptr) : OfficeView(parent) {}
    PaperOpener(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    ~PaperOpener() override;

    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }

    // ready() once the file is on the device, failed() when it cannot be.
    Q_INVOKABLE void open(const QString &documentId);
    // That the device's user opened the document; nothing when recorded before. Returns
    // whether this was the first time.
    Q_INVOKABLE bool recordRead(const QString &documentId);
    void reload() override {}

Q_SIGNALS:
    void changed();
    void ready(const QString &path, const QString &title, const QString &mime,
               const QString &documentId);
    void failed(const QString &reason);

private:
    void finish(const QString &reason);
    QString m_documentId;
    bool m_busy = false;
    double m_progress = 0;
    QList<QMetaObject::Connection> m_transferLinks;
};

} // namespace spil::qml
