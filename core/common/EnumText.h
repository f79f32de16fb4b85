// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <span>

namespace spil {

// A domain enum's values keep their text at the edges only: the store's columns, the wire
// and spilctl's words. Each enum names its texts once, next to its declaration:
//
//     inline constexpr EnumText<Role> roleTexts[] = {{Role::Director, "director"}, ...};
//     template <> inline constexpr std::span<const EnumText<Role>> enumTexts<Role>{roleTexts};
//
// and everything else uses toText / fromText / textOr.
template <class E> struct EnumText {
    E value;
    const char *text;
};

// Specialised per enum (see above); the primary template is never used.
template <class E> inline constexpr std::span<const EnumText<E>> enumTexts{};

template <class E> QString toText(E value)
{
    for (const EnumText<E> &t : enumTexts<E>) {
        if (t.value == value)
            return QString::fromLatin1(t.text);
    }
    return {};
}

template <class E> std::optional<E> fromText(QStringView text)
{
    for (const EnumText<E> &t : enumTexts<E>) {
        if (text == QLatin1StringView(t.text))
            return t.value;
    }
    return std::nullopt;
}

// Every text of E, in declaration order ("open, done, cancelled"): for error messages.
template <class E> QString allTexts()
{
    QStringList all;
    for (const EnumText<E> &t : enumTexts<E>)
        all << QString::fromLatin1(t.text);
    return all.join(QStringLiteral(", "));
}

// The value of text, or Error(BadInput) naming the field and what it may be.
template <class E> E parseText(QStringView text, const QString &field)
{
    if (const std::optional<E> v = fromText<E>(text))
        return *v;
    fail(ErrorKind::BadInput,
         QStringLiteral("unknown %1 '%2' (%3)").arg(field, text.toString(), allTexts<E>()));
}

} // namespace spil
