// SPDX-License-Identifier: GPL-3.0-or-later
// spilctl's meeting verbs on the demo office, as a secretary uses them: a new meeting at a
// time all are free, its agenda, papers with deliverers and due times, minutes with an
// action, and the minutes made final.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct Result {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QString line() const { return QString::fromUtf8(out).trimmed(); }
    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
};

class MeetingCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    }
    Result run(const QStringList &args,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(environment);
        p.start(QStringLiteral(SPILCTL_PATH),
                QStringList{QStringLiteral("--db"), dir.filePath(QStringLiteral("office.db")),
                            QStringLiteral("--now"), QStringLiteral("2026-11-26T08:00:00+01:00"),
                            QStringLiteral("--as"), QStringLiteral("sanne")} +
                    args);
        EXPECT_TRUE(p.waitForFinished(30000));
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QByteArray storeDigest() const
    {
        QFile f(dir.filePath(QStringLiteral("office.db")));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    QString ok(const QStringList &args)
    {
        const Result r = run(args);
        EXPECT_EQ(r.code, 0) << args.join(QLatin1Char(' ')).toStdString() << ": "
                             << r.err.constData();
        return r.line();
    }
    QTemporaryDir dir;
};

TEST_F(MeetingCli, ASecretaryPlansAMeetingFollowsItsPapersAndKeepsItsMinutes)
{
    // New meeting: the times Maarten and Joris are both free, then booked at the first.
    const QStringList request{
        QStringLiteral("meeting"),   QStringLiteral("new"),        QStringLiteral("Begroting"),
        QStringLiteral("--owner"),   QStringLiteral("maarten"),    QStringLiteral("--with"),
        QStringLiteral("joris"),     QStringLiteral("--minutes"),  QStringLiteral("60"),
        QStringLiteral("--from"),    QStringLiteral("2026-12-01"), QStringLiteral("--to"),
        QStringLiteral("2026-12-01")};
    const Result slots = run(request + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(slots.code, 0) << slots.err.constData();
    ASSERT_FALSE(slots.json().toArray().isEmpty());
    const QString start =
        slots.json().toArray().first().toObject().value(QStringLiteral("start")).toString();
    const QString meeting = ok(request + QStringList{QStringLiteral("--book"), start});
    ASSERT_EQ(meeting.size(), 36);
    const Result again = run(request + QStringList{QStringLiteral("--book"), start});
    EXPECT_EQ(again.code, 2) << "the time is taken now";
    EXPECT_TRUE(again.err.contains("not everyone is free")) << again.err.constData();

    const QString item =
        ok({QStringLiteral("meeting"), QStringLiteral("item"), QStringLiteral("add"), meeting,
            QStringLiteral("Begroting 2027"), QStringLiteral("--presenter"),
            QStringLiteral("maarten"), QStringLiteral("--minutes"), QStringLiteral("20")});
    ok({QStringLiteral("meeting"), QStringLiteral("item"), QStringLiteral("add"), meeting,
        QStringLiteral("Beloning"), QStringLiteral("--closed-to"), QStringLiteral("joris")});
    const QString paper =
        ok({QStringLiteral("meeting"), QStringLiteral("paper"), QStringLiteral("add"), item,
            QStringLiteral("Begroting en toelichting"), QStringLiteral("--deliverer"),
            QStringLiteral("joris"), QStringLiteral("--due"), QStringLiteral("2026-11-30T12:00")});
    ok({QStringLiteral("meeting"), QStringLiteral("paper"), QStringLiteral("add"), item,
        QStringLiteral("Risico's"), QStringLiteral("--deliverer"), QStringLiteral("lotte"),
        QStringLiteral("--due"), QStringLiteral("2026-11-25T12:00")});
    const Result tasks = run({QStringLiteral("task"), QStringLiteral("list"),
                              QStringLiteral("--assignee"), QStringLiteral("joris")});
    EXPECT_TRUE(tasks.out.contains("Begroting en toelichting")) << tasks.out.constData();

    Result shown = run({QStringLiteral("meeting"), QStringLiteral("show"), meeting});
    ASSERT_EQ(shown.code, 0) << shown.err.constData();
    EXPECT_TRUE(shown.out.contains("papers: 0 of 2 in, 1 late")) << shown.out.constData();
    EXPECT_TRUE(shown.out.contains("2. Beloning  (closed to Joris Mulder)"))
        << shown.out.constData();
    EXPECT_TRUE(shown.out.contains("[LATE]")) << shown.out.constData();

    // A paper is attached to a document of the store (spilctl doc add records one); an id
    // the store does not hold is refused and changes nothing.
    const QByteArray beforeAttach = storeDigest();
    const Result attach = run({QStringLiteral("meeting"), QStringLiteral("paper"),
                               QStringLiteral("attach"), paper, QStringLiteral("document-1")});
    EXPECT_EQ(attach.code, 2);
    EXPECT_TRUE(attach.err.contains("no document document-1")) << attach.err.constData();
    EXPECT_EQ(storeDigest(), beforeAttach);
    const Result late = run({QStringLiteral("meeting"), QStringLiteral("paper"),
                             QStringLiteral("late"), QStringLiteral("--json")});
    // The demo's board meeting has a late paper of its own; this meeting's is Lotte's.
    QStringList lateHere;
    for (const QJsonValue &paperLate : late.json().toArray()) {
        if (paperLate.toObject().value(QStringLiteral("meeting_id")).toString() == meeting)
            lateHere << paperLate.toObject().value(QStringLiteral("title")).toString();
    }
    EXPECT_EQ(lateHere, QStringList{QStringLiteral("Risico's")});

    // Minutes: words through their texts; a bad word changes nothing.
    ok({QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("add"), item,
        QStringLiteral("decision"), QStringLiteral("Begroting"), QStringLiteral("vastgesteld")});
    ok({QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("add"), item,
        QStringLiteral("action"), QStringLiteral("Offerte opvragen"), QStringLiteral("--owner"),
        QStringLiteral("joris")});
    const QByteArray before = storeDigest();
    const Result bad =
        run({QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("add"), item,
             QStringLiteral("besluit"), QStringLiteral("x")});
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(bad.err.contains("note, decision, action")) << bad.err.constData();
    const Result noOwner =
        run({QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("add"), item,
             QStringLiteral("action"), QStringLiteral("Bellen")});
    EXPECT_EQ(noOwner.code, 2);
    EXPECT_EQ(storeDigest(), before);

    const Result json =
        run({QStringLiteral("meeting"), QStringLiteral("show"), meeting, QStringLiteral("--json")});
    const QJsonObject m = json.json().toObject();
    EXPECT_EQ(m.value(QStringLiteral("papers_in")).toInt(), 0);
    EXPECT_EQ(m.value(QStringLiteral("papers_total")).toInt(), 2);
    const QJsonArray lines =
        m.value(QStringLiteral("minutes")).toObject().value(QStringLiteral("lines")).toArray();
    ASSERT_EQ(lines.size(), 2);
    QStringList statuses;
    for (const QJsonValue &line : lines)
        statuses << line.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char('/') +
                        line.toObject().value(QStringLiteral("task_status")).toString();
    statuses.sort();
    EXPECT_EQ(statuses, (QStringList{QStringLiteral("action/open"), QStringLiteral("decision/")}));

    // Final only through review; final is locked.
    const Result early = run({QStringLiteral("meeting"), QStringLiteral("minutes"),
                              QStringLiteral("state"), meeting, QStringLiteral("final")});
    EXPECT_EQ(early.code, 2);
    EXPECT_FALSE(early.err.contains("--force")) << early.err.constData();
    ok({QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("state"), meeting,
        QStringLiteral("review")});
    ok({QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("state"), meeting,
        QStringLiteral("final")});
    const Result locked =
        run({QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("add"), item,
             QStringLiteral("note"), QStringLiteral("Nog iets")});
    EXPECT_EQ(locked.code, 2);
    EXPECT_TRUE(locked.err.contains("final")) << locked.err.constData();
    ok({QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("correct"), meeting});
    shown = run({QStringLiteral("meeting"), QStringLiteral("show"), meeting});
    EXPECT_TRUE(shown.out.contains("minutes: version 2, draft")) << shown.out.constData();
    EXPECT_TRUE(shown.out.contains("action: Offerte opvragen  (Joris Mulder, task open)"))
        << shown.out.constData();
}

} // namespace

namespace {
// A one-page PDF with a line of text, as a paper sent in.
QByteArray onePagePdf(const QByteArray &text)
{
    const QByteArray content = "BT /F1 24 Tf 72 720 Td (" + text + ") Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}
} // namespace

TEST_F(MeetingCli, TheBoardPackIsOnePdfOfTheAgendaAndThePapersInWithOrWithoutADisplay)
{
    const QJsonArray agenda =
        run({QStringLiteral("agenda"), QStringLiteral("list"), QStringLiteral("--person"),
             QStringLiteral("maarten"), QStringLiteral("--from"), QStringLiteral("2026-11-26"),
             QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("--json")})
            .json()
            .toArray();
    QString meeting, item;
    for (const QJsonValue &a : agenda) {
        if (a[QStringLiteral("title")].toString().startsWith(QStringLiteral("Presentatie")))
            meeting = a[QStringLiteral("id")].toString();
    }
    ASSERT_FALSE(meeting.isEmpty());
    const QJsonArray items =
        run({QStringLiteral("meeting"), QStringLiteral("show"), meeting, QStringLiteral("--json")})
            .json()[QStringLiteral("items")]
            .toArray();
    ASSERT_FALSE(items.isEmpty());
    const QString pdf = dir.filePath(QStringLiteral("jaarplan.pdf"));
    {
        QFile f(pdf);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(onePagePdf("Jaarplan 2027"));
    }
    const QString document = run({QStringLiteral("doc"), QStringLiteral("add"), pdf,
                                  QStringLiteral("--meeting"), meeting, QStringLiteral("--json")})
                                 .json()[QStringLiteral("id")]
                                 .toString();
    ASSERT_FALSE(document.isEmpty());
    const QString paper =
        ok({QStringLiteral("meeting"), QStringLiteral("paper"), QStringLiteral("add"),
            items[0][QStringLiteral("id")].toString(), QStringLiteral("Jaarplan 2027 definitief")})
            .section(QLatin1Char(' '), 0, 0);
    ok({QStringLiteral("meeting"), QStringLiteral("paper"), QStringLiteral("attach"), paper,
        document});

    QProcessEnvironment offscreen = QProcessEnvironment::systemEnvironment();
    offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcessEnvironment noDisplay = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        noDisplay.remove(QLatin1String(name));
    for (const QProcessEnvironment &environment : {offscreen, noDisplay}) {
        const QString out = dir.filePath(QStringLiteral("pack.pdf"));
        QFile::remove(out);
        const Result r = run({QStringLiteral("meeting"), QStringLiteral("pack"), meeting,
                              QStringLiteral("--out"), out},
                             environment);
        ASSERT_EQ(r.code, 0) << r.err.constData();
        // The agenda's page, the paper added here and the demo's three papers in, a page
        // each; the demo's two others are not in yet.
        EXPECT_TRUE(r.line().contains(QStringLiteral("5 pages"))) << r.out.constData();
        EXPECT_TRUE(r.line().contains(QStringLiteral("2 papers not in"))) << r.out.constData();
        QFile made(out);
        ASSERT_TRUE(made.open(QIODevice::ReadOnly));
        EXPECT_TRUE(made.readAll().startsWith("%PDF"));
    }
    // A meeting that is not there writes nothing.
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    EXPECT_EQ(run({QStringLiteral("meeting"), QStringLiteral("pack"), QStringLiteral("nothing"),
                   QStringLiteral("--out"), none},
                  offscreen)
                  .code,
              2);
    EXPECT_FALSE(QFile::exists(none));
}

TEST_F(MeetingCli, MinutesInReviewTakeCommentsAndGoOutAsAPdfFiledWithTheMeeting)
{
    const QJsonArray agenda =
        run({QStringLiteral("agenda"), QStringLiteral("list"), QStringLiteral("--person"),
             QStringLiteral("maarten"), QStringLiteral("--from"), QStringLiteral("2026-10-26"),
             QStringLiteral("--to"), QStringLiteral("2026-11-25"), QStringLiteral("--json")})
            .json()
            .toArray();
    QString meeting;
    for (const QJsonValue &a : agenda) {
        if (a[QStringLiteral("title")].toString() == QStringLiteral("Raad van Bestuur"))
            meeting = a[QStringLiteral("id")].toString();
    }
    ASSERT_FALSE(meeting.isEmpty()) << "the demo's past board meeting";
    QJsonObject shown =
        run({QStringLiteral("meeting"), QStringLiteral("show"), meeting, QStringLiteral("--json")})
            .json()
            .toObject();
    const QString item = shown[QStringLiteral("items")][1][QStringLiteral("id")].toString();
    QJsonObject minutes = shown[QStringLiteral("minutes")].toObject();
    EXPECT_EQ(minutes[QStringLiteral("state")].toString(), QStringLiteral("review"));
    ASSERT_EQ(minutes[QStringLiteral("comments")].toArray().size(), 1);
    const QString line = minutes[QStringLiteral("lines")][1][QStringLiteral("id")].toString();

    const QString comment =
        ok({QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("comment"), item,
            QStringLiteral("Graag"), QStringLiteral("ook"), QStringLiteral("de"),
            QStringLiteral("prognose"), QStringLiteral("--line"), line.right(8)});
    ASSERT_EQ(comment.size(), 36);
    const QByteArray before = storeDigest();
    const Result empty = run({QStringLiteral("meeting"), QStringLiteral("minutes"),
                              QStringLiteral("comment"), item, QStringLiteral(" ")});
    EXPECT_EQ(empty.code, 2);
    const Result noLine =
        run({QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("comment"), item,
             QStringLiteral("x"), QStringLiteral("--line"), QStringLiteral("nothere")});
    EXPECT_EQ(noLine.code, 2);
    EXPECT_EQ(storeDigest(), before);
    const Result text = run({QStringLiteral("meeting"), QStringLiteral("show"), meeting});
    EXPECT_TRUE(text.out.contains("comment by Sanne Bakker on " + line.right(8).toUtf8() +
                                  ": Graag ook de prognose"))
        << text.out.constData();

    // Final: no more comments.
    ok({QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("state"), meeting,
        QStringLiteral("final")});
    const Result late = run({QStringLiteral("meeting"), QStringLiteral("minutes"),
                             QStringLiteral("comment"), item, QStringLiteral("Te laat")});
    EXPECT_EQ(late.code, 2);
    EXPECT_TRUE(late.err.contains("final")) << late.err.constData();

    // The export: a PDF with the office's letterhead (the demo's), filed with the meeting as
    // a document.
    const QString out = dir.filePath(QStringLiteral("notulen.pdf"));
    QProcessEnvironment offscreen = QProcessEnvironment::systemEnvironment();
    offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Result exported =
        run({QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("export"),
             meeting, QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("--out"), out},
            offscreen);
    ASSERT_EQ(exported.code, 0) << exported.err.constData();
    QFile pdf(out);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
    const QJsonArray documents =
        run({QStringLiteral("doc"), QStringLiteral("list"), QStringLiteral("--meeting"), meeting,
             QStringLiteral("--json")})
            .json()
            .toArray();
    ASSERT_EQ(documents.size(), 1);
    EXPECT_EQ(documents[0][QStringLiteral("id")].toString(), exported.line());
    EXPECT_EQ(documents[0][QStringLiteral("title")].toString(),
              QStringLiteral("Notulen Raad van Bestuur v1.pdf"));
    EXPECT_EQ(documents[0][QStringLiteral("size")].toInteger(), pdf.size());

    const Result badLanguage =
        run({QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("export"),
             meeting, QStringLiteral("--lang"), QStringLiteral("de")},
            offscreen);
    EXPECT_EQ(badLanguage.code, 2);
    EXPECT_TRUE(badLanguage.err.contains("en, nl")) << badLanguage.err.constData();
}
