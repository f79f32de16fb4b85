// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/Document.h"
#include "qml/shell/OfficeView.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// Makes a meeting's board pack on the device: the papers it lacks are fetched first (one
// at a time, with progress, after a round of fetching ahead that is under way), then the
// pack is drawn on a thread of its own from the papers in the file cache and made()
// hands over its file and where each item starts. Offline, or in the demo, the papers
// not on the device are listed in the pack as not in yet.
class BoardPackMaker : public OfficeView {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString appointmentId MEMBER m_appointmentId NOTIFY meetingChanged)
    Q_PROPERTY(double occurrenceUtc MEMBER m_occurrenceUtc NOTIFY meetingChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed) // 0..1 of the bytes to fetch
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
public:
    explicit BoardPackMaker(QObject *parent = nullptr) : OfficeView(parent) {}
    BoardPackMaker(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    ~BoardPackMaker() override;

    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString statusText() const { return m_statusText; }

    Q_INVOKABLE void make();
    void reload() override {}

Q_SIGNALS:
    void meetingChanged();
    void changed();
    // path: the pack's file; itemStarts: [{title, page}] as PaperReader takes them.
    void made(const QString &path, const QVariantList &itemStarts, const QString &title);
    void failed(const QString &reason);

private:
    void fetchNext();
    void draw();
    void stop(const QString &reason);

    QString m_appointmentId;
    double m_occurrenceUtc = -1;
    bool m_busy = false;
    double m_progress = 0;
    QString m_statusText;
    QList<Document> m_missing;
    qint64 m_bytesToFetch = 0;
    qint64 m_bytesFetched = 0;
    QList<QMetaObject::Connection> m_transferLinks;
};

} // namespace spil::qml
