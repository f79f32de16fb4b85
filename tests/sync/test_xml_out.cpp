// SPDX-License-Identifier: GPL-3.0-or-later
// The DAV port's XML writer: what it writes is read back by Qt's own XML reader, with the
// namespaces, text and characters a client would get.
#include "sync/server/DavXml.h"
#include "sync/server/XmlOut.h"

#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace spil::server;

namespace {
struct Read {
    bool wellFormed = false;
    QStringList elements; // {namespace}name, in document order
    QString text;         // all character data, joined
};

Read readBack(const QByteArray &xml)
{
    Read out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement())
            out.elements << davName(r.namespaceUri().toString(), r.name().toString());
        else if (r.isCharacters())
            out.text += r.text();
    }
    out.wellFormed = !r.hasError();
    return out;
}
} // namespace

TEST(XmlOut, ElementsCarryTheirNamespacesKnownOrNot)
{
    QByteArray xml;
    XmlOut w(xml);
    w.startDocument();
    w.start(davName(kDavNs, QStringLiteral("multistatus")));
    w.declareKnown();
    w.empty(davName(kCalDavNs, QStringLiteral("calendar")));
    w.start(QStringLiteral("{urn:example:a}one"));
    w.empty(QStringLiteral("{urn:example:b}two"));
    w.end();
    w.textElement(davName(kCalServerNs, QStringLiteral("getctag")), u"7");
    w.start(davName(kCalDavNs, QStringLiteral("comp")));
    w.attribute("name", u"VEVENT");
    w.end();
    w.endDocument();

    const Read read = readBack(xml);
    ASSERT_TRUE(read.wellFormed) << xml.constData();
    EXPECT_EQ(read.elements, (QStringList{QStringLiteral("{DAV:}multistatus"),
                                          QStringLiteral("{urn:ietf:params:xml:ns:caldav}calendar"),
                                          QStringLiteral("{urn:example:a}one"),
                                          QStringLiteral("{urn:example:b}two"),
                                          QStringLiteral("{http://calendarserver.org/ns/}getctag"),
                                          QStringLiteral("{urn:ietf:params:xml:ns:caldav}comp")}));
    EXPECT_TRUE(xml.contains("<c:calendar/>")) << xml.constData();
    EXPECT_TRUE(xml.contains("<c:comp name=\"VEVENT\"/>")) << xml.constData();
    EXPECT_TRUE(xml.endsWith("</d:multistatus>\n")) << xml.constData();
}

TEST(XmlOut, TextIsEscapedAndWhatXmlCannotHoldIsLeftOut)
{
    const QString title = QStringLiteral("R&D <budget> \"Q1\"\x01 caf\u00e9 \uFFFE\U0001F4C5");
    const QByteArray calendar = "BEGIN:VCALENDAR\r\nSUMMARY:a&b<c>\r\nEND:VCALENDAR\r\n";
    QByteArray xml;
    XmlOut w(xml);
    w.startDocument();
    w.start(davName(kDavNs, QStringLiteral("prop")));
    w.declareKnown();
    w.textElement(davName(kDavNs, QStringLiteral("displayname")), title);
    w.start(davName(kCalDavNs, QStringLiteral("calendar-data")));
    w.utf8(calendar);
    w.end();
    w.start(QStringLiteral("{urn:example:a&b}x"));
    w.attribute("title", title);
    w.end();
    w.endDocument();

    const Read read = readBack(xml);
    ASSERT_TRUE(read.wellFormed) << xml.constData();
    // The reader turns the line ends of the calendar text into \n, as every client's does.
    EXPECT_EQ(read.text, QStringLiteral("R&D <budget> \"Q1\" caf\u00e9 \U0001F4C5") +
                             QStringLiteral("BEGIN:VCALENDAR\nSUMMARY:a&b<c>\nEND:VCALENDAR\n"));
    EXPECT_TRUE(xml.contains("SUMMARY:a&amp;b&lt;c&gt;\r\n")) << xml.constData();
    EXPECT_EQ(read.elements.last(), QStringLiteral("{urn:example:a&b}x"));
}

TEST(XmlOut, AMultistatusReadsBackWithFoundAndMissingProperties)
{
    Multistatus m;
    m.response(QStringLiteral("/dav/calendars/eva/agenda/a%20b.ics"),
               {DavProp{davName(kDavNs, QStringLiteral("getetag")), "\"12\"", {}},
                DavProp{davName(kDavNs, QStringLiteral("resourcetype")),
                        {},
                        [](XmlOut &w) { w.empty(davName(kDavNs, QStringLiteral("collection"))); }}},
               {QStringLiteral("{urn:example}unknown")});
    m.status(QStringLiteral("/dav/calendars/eva/agenda/gone.ics"), 404);
    m.syncToken(QStringLiteral("urn:spil:sync:e:5"));
    const QByteArray xml = m.finish();

    const Read read = readBack(xml);
    ASSERT_TRUE(read.wellFormed) << xml.constData();
    EXPECT_TRUE(read.elements.contains(QStringLiteral("{urn:example}unknown")));
    EXPECT_TRUE(read.elements.contains(QStringLiteral("{DAV:}collection")));
    EXPECT_EQ(read.elements.count(QStringLiteral("{DAV:}response")), 2);
    EXPECT_TRUE(read.text.contains(QStringLiteral("\"12\"")));
    EXPECT_TRUE(read.text.contains(QStringLiteral("HTTP/1.1 404 Not Found")));
    EXPECT_TRUE(read.text.endsWith(QStringLiteral("urn:spil:sync:e:5")));
    EXPECT_TRUE(readBack(davError(davName(kDavNs, QStringLiteral("valid-sync-token")),
                                  QStringLiteral("sync <again>")))
                    .wellFormed);
}
