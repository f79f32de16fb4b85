// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace spil::server {

// Writes XML as UTF-8 straight into a byte array, for the DAV port's answers: a first sync
// writes thousands of calendar texts, which QXmlStreamWriter would take through QString and
// a QIODevice twice over. Element names are in Clark notation ("{DAV:}href"); DAV's, CalDAV's,
// CalendarServer's and Apple's namespaces get the prefixes declared by declareKnown() on the
// root, any other one a prefix of its own declared on the element.
class XmlOut {
public:
    explicit XmlOut(QByteArray &out) : m_out(out) {}

    void startDocument() { m_out += R"(<?xml version="1.0" encoding="UTF-8"?>)"; }
    // The known prefixes (d, c, cs, ic), as attributes of the element just started.
    void declareKnown();
    void start(const QString &clark);
    void attribute(QByteArrayView name, QStringView value);
    void end();
    void text(QStringView value);
    // Text that is UTF-8 already (a calendar's text).
    void utf8(QByteArrayView value);
    void textElement(const QString &clark, QStringView value);
    void empty(const QString &clark)
    {
        start(clark);
        end();
    }
    void endDocument();

private:
    void closeStartTag();
    void escaped(QByteArrayView value);
    void escaped(QStringView value);

    QByteArray &m_out;
    QList<QByteArray> m_open; // qualified names of the open elements
    bool m_startTagOpen = false;
    int m_prefixes = 0;
};

} // namespace spil::server
