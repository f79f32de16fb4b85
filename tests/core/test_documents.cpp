// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "core/common/Sha256.h"
#include "core/documents/DocumentRepo.h"
#include "core/store/FieldCodec.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace spil;
using namespace spil::test;

namespace {
const QString kHash =
    QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

class Documents : public StoreTest {
protected:
    Documents()
    {
        maarten = addPerson("Maarten de Vries", Role::Director);
        board = AgendaRepo(*db).add(appointment(
            maarten, "Raad van bestuur", utc("2026-12-01T09:00:00Z"), utc("2026-12-01T11:00:00Z")));
    }
    Document paper(const char *title, const QString &meeting = {}) const
    {
        Document d;
        d.title = QString::fromUtf8(title);
        d.mime = QStringLiteral("application/pdf");
        d.size = 1234;
        d.sha256 = kHash;
        d.addedBy = maarten;
        d.appointmentId = meeting;
        return d;
    }
    QSet<QString> fieldsSince(int pending)
    {
        QSet<QString> out;
        for (const OutboxChange &c : db->pendingChanges().mid(pending))
            out.insert(c.field);
        return out;
    }
    QString maarten, board;
    DocumentRepo documents{*db};
};
} // namespace

TEST_F(Documents, AddStoresEveryFieldWithTheClocksTimeInOneAction)
{
    const int pending = db->pendingCount();
    Document d = paper("  Jaarrekening 2026 ", board);
    d.itemId = QStringLiteral("01900000-0000-7000-8000-0000000000aa");
    const QString id = documents.add(d);
    const Document stored = *documents.byId(id);
    EXPECT_EQ(stored.title, QStringLiteral("Jaarrekening 2026"));
    EXPECT_EQ(stored.mime, QStringLiteral("application/pdf"));
    EXPECT_EQ(stored.size, 1234);
    EXPECT_EQ(stored.sha256, kHash);
    EXPECT_EQ(stored.addedBy, maarten);
    EXPECT_EQ(stored.addedAt, clock.nowMs());
    EXPECT_EQ(stored.appointmentId, board);
    EXPECT_EQ(stored.itemId, d.itemId);
    QSet<qint64> mutations;
    for (const OutboxChange &c : db->pendingChanges().mid(pending))
        mutations.insert(c.mutation);
    EXPECT_EQ(mutations.size(), 1);
    EXPECT_EQ(fieldsSince(pending).size(), entity(QStringLiteral("documents")).fields.size());
}

TEST_F(Documents, AFileOfUnknownTypeIsOctetStream)
{
    Document d = paper("Notulen");
    d.mime.clear();
    EXPECT_EQ(documents.byId(documents.add(d))->mime, QStringLiteral("application/octet-stream"));
}

TEST_F(Documents, BadRecordsAreRefusedAndStoreNothing)
{
    const int pending = db->pendingCount();
    Document untitled = paper("   ");
    EXPECT_THROW(documents.add(untitled), Error);
    for (const char *hash :
         {"", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08", "9f86d081",
          "zz86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}) {
        Document d = paper("Begroting");
        d.sha256 = QString::fromLatin1(hash);
        EXPECT_THROW(documents.add(d), Error) << hash;
    }
    Document negative = paper("Begroting");
    negative.size = -1;
    EXPECT_THROW(documents.add(negative), Error);
    try {
        documents.add(paper("Begroting", QStringLiteral("01900000-0000-7000-8000-0000000000ff")));
        FAIL() << "a document of a meeting not in the store was stored";
    } catch (const Error &e) {
        EXPECT_EQ(e.kind(), ErrorKind::NotFound);
    }
    EXPECT_EQ(db->pendingCount(), pending);
    EXPECT_TRUE(documents.list().isEmpty());
}

TEST_F(Documents, RenameWritesOnlyTheTitle)
{
    const QString id = documents.add(paper("Concept", board));
    const int pending = db->pendingCount();
    documents.rename(id, QStringLiteral("Definitief"));
    EXPECT_EQ(fieldsSince(pending), QSet<QString>{QStringLiteral("title")});
    EXPECT_EQ(documents.byId(id)->title, QStringLiteral("Definitief"));
    EXPECT_THROW(documents.rename(id, QStringLiteral(" ")), Error);
    EXPECT_EQ(documents.byId(id)->title, QStringLiteral("Definitief"));
}

TEST_F(Documents, MovingToAnotherMeetingWritesOnlyItsMeetingAndItem)
{
    const QString id = documents.add(paper("Concept", board));
    const QString other = AgendaRepo(*db).add(appointment(
        maarten, "Auditcommissie", utc("2026-12-03T09:00:00Z"), utc("2026-12-03T10:00:00Z")));
    const int pending = db->pendingCount();
    documents.update(id, {.appointmentId = other, .itemId = QString()});
    // item_id was empty already: only the meeting changed.
    EXPECT_EQ(fieldsSince(pending), QSet<QString>{QStringLiteral("appointment_id")});
    EXPECT_EQ(documents.list(other).size(), 1);
    EXPECT_TRUE(documents.list(board).isEmpty());
    EXPECT_THROW(documents.update(id, {.appointmentId = QStringLiteral("nope")}), Error);
    EXPECT_THROW(documents.update(QStringLiteral("nope"), {.title = QStringLiteral("x")}), Error);
}

TEST_F(Documents, RemoveLeavesATombstoneAndRestoreUndoesIt)
{
    const QString id = documents.add(paper("Concept", board));
    documents.remove(id);
    EXPECT_FALSE(documents.byId(id).has_value());
    EXPECT_TRUE(documents.list(board).isEmpty());
    EXPECT_EQ(db->pendingChanges().last().field, QStringLiteral("deleted"));
    EXPECT_EQ(db->pendingChanges().last().value, QJsonValue(true));
    documents.restore(id);
    EXPECT_EQ(documents.byId(id)->title, QStringLiteral("Concept"));
    EXPECT_THROW(documents.remove(QStringLiteral("nope")), Error);
}

TEST_F(Documents, ListsAreOldestFirstAndPerMeeting)
{
    const QString other = AgendaRepo(*db).add(appointment(
        maarten, "Auditcommissie", utc("2026-12-03T09:00:00Z"), utc("2026-12-03T10:00:00Z")));
    const QString first = documents.add(paper("Agenda", board));
    clock.advance(60'000);
    const QString second = documents.add(paper("Jaarrekening", board));
    clock.advance(60'000);
    const QString loose = documents.add(paper("Losse notitie"));
    const QString audit = documents.add(paper("Auditrapport", other));
    const auto ofBoard = documents.list(board);
    ASSERT_EQ(ofBoard.size(), 2);
    EXPECT_EQ(ofBoard[0].id, first);
    EXPECT_EQ(ofBoard[1].id, second);
    EXPECT_EQ(documents.list().size(), 4);
    QStringList both;
    for (const Document &d : documents.ofAppointments({board, other, QString()}))
        both << d.id;
    EXPECT_EQ(both, (QStringList{first, second, audit}));
    EXPECT_FALSE(both.contains(loose));
}

// The wire and the store take a hash only in its one spelling.
TEST(DocumentHashes, OnlyLowerCaseHexOfSixtyFourDigitsIsASha256)
{
    EXPECT_TRUE(isSha256Hex(kHash));
    EXPECT_FALSE(isSha256Hex(kHash.toUpper()));
    EXPECT_FALSE(isSha256Hex(kHash.left(63)));
    EXPECT_FALSE(isSha256Hex(kHash + QLatin1Char('0')));
    const FieldDef &field = *entity(QStringLiteral("documents")).field(QStringLiteral("sha256"));
    EXPECT_EQ(fromJson(field, kHash).toString(), kHash);
    EXPECT_THROW(fromJson(field, kHash.toUpper()), Error);
    EXPECT_THROW(fromJson(field, QString()), Error);
    EXPECT_THROW(toStored(field, QStringLiteral("abc")), Error);
    // Other text fields take any text.
    const FieldDef &title = *entity(QStringLiteral("documents")).field(QStringLiteral("title"));
    EXPECT_EQ(fromJson(title, QStringLiteral("ABC")).toString(), QStringLiteral("ABC"));
}

// Fed in pieces it gives the standard digest, byte for byte what QCryptographicHash gives:
// the server compares it with mutation hashes stored before it hashed through OpenSSL.
TEST(DocumentHashes, Sha256InPiecesIsTheStandardDigest)
{
    Sha256 abc;
    abc.addData(QByteArrayLiteral("a"));
    abc.addData(QByteArrayLiteral("bc"));
    EXPECT_EQ(abc.hex(),
              QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QByteArray text(100000, '\0');
    for (int i = 0; i < text.size(); ++i)
        text[i] = char(i * 31 % 251);
    Sha256 pieces;
    for (qsizetype at = 0; at < text.size(); at += 4096)
        pieces.addData(text.mid(at, 4096));
    const QByteArray digest = pieces.digest();
    EXPECT_EQ(digest.size(), 32);
    EXPECT_EQ(digest, QCryptographicHash::hash(text, QCryptographicHash::Sha256));
}
