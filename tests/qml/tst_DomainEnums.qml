// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Spil

// QML names the domain's values by their enum names, never by the store's words.
TestCase {
    name: "DomainEnums"

    function test_tasksAndChecklistsShowTheirEnumsFromCore() {
        verify(Task.Done !== undefined)
        compare(Task.Status.Done, Task.Done)
        verify(Task.Open !== Task.Done && Task.Done !== Task.Cancelled)
        verify(Task.InPassing !== Task.Self)
        compare(Task.Source.Meeting, Task.Meeting)
        verify(Checklist.Done !== undefined)
        compare(Checklist.ItemStatus.Done, Checklist.Done)
        verify(Checklist.Open !== Checklist.Done)
    }

    function test_dueChoicesAreNamed() {
        const all = [Task.Keep, Task.None, Task.Today, Task.Tomorrow, Task.ThisWeek, Task.TitleDay]
        for (const c of all)
            verify(c !== undefined)
        compare(new Set(all).size, all.length)
        compare(Task.Due.Today, Task.Today)
    }
}
