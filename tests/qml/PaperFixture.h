// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QVariantList>

class QString;

namespace spil::test {

// A small board pack for the reader's tests, made the way the app makes one: papers drawn
// with QPdfWriter (each page says "<paper> page <n>") and put together by writeBoardPack.
struct PaperFixture {
    QUrl pack;
    QVariantList itemStarts; // [{title, page}]
};

PaperFixture makePaperFixture(const QString &dir);

} // namespace spil::test
