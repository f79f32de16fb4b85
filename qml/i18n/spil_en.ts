<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>spil::qml::CalendarLink</name>
    <message numerus="yes">
        <source>Nothing imported from %1: %n event(s) cannot be taken (line %2: %3).</source>
        <translation>
            <numerusform>Nothing imported from %1: %n event cannot be taken (line %2: %3).</numerusform>
            <numerusform>Nothing imported from %1: %n events cannot be taken (line %2: %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message numerus="yes">
        <location filename="../checklists/ChecklistsPage.qml" line="+21"/>
        <source>%n checklist(s)</source>
        <translation>
            <numerusform>%n checklist</numerusform>
            <numerusform>%n checklists</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message numerus="yes">
        <location filename="../app/Display.cpp" line="+83"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionMenu</name>
    <message numerus="yes">
        <location filename="../app/SessionMenu.qml" line="+58"/>
        <source>%n change(s) made on this device have not reached the server yet. Sign out once they are synced.</source>
        <translation>
            <numerusform>%n change made on this device has not reached the server yet. Sign out once it is synced.</numerusform>
            <numerusform>%n changes made on this device have not reached the server yet. Sign out once they are synced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartRunDialog</name>
    <message numerus="yes">
        <location filename="../checklists/StartRunDialog.qml" line="+61"/>
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n item)</numerusform>
            <numerusform>%1 (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will start overdue: their time has already passed.</source>
        <translation>
            <numerusform>%n item will start overdue: its time has already passed.</numerusform>
            <numerusform>%n items will start overdue: their time has already passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message numerus="yes">
        <location filename="../tasks/TasksPage.qml" line="+21"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n still open at the end of the day. Strike off what is done; move the rest to the next working day.</source>
        <translation>
            <numerusform>%n still open at the end of the day. Strike off what is done; move the rest to the next working day.</numerusform>
            <numerusform>%n still open at the end of the day. Strike off what is done; move the rest to the next working day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message numerus="yes">
        <location filename="../agenda/WeekPage.qml" line="+71"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spil::qml::BookingForm</name>
    <message numerus="yes">
        <location filename="../agenda/BookingForm.cpp" line="+190"/>
        <source>This falls in the %n minute(s) %1 keeps free to prepare “%2” (%3, %4).</source>
        <translation>
            <numerusform>This falls in the %n minute %1 keeps free to prepare “%2” (%3, %4).</numerusform>
            <numerusform>This falls in the %n minutes %1 keeps free to prepare “%2” (%3, %4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spil::qml::SyncStatus</name>
    <message numerus="yes">
        <location filename="../app/SyncStatus.cpp" line="+66"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>server last heard %n min ago</source>
        <translation>
            <numerusform>server last heard %n min ago</numerusform>
            <numerusform>server last heard %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synced %n min ago</numerusform>
            <numerusform>Synced %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached. Your %n change(s) are kept on this device and go to the server as soon as it answers; nothing is lost.</source>
        <translation>
            <numerusform>The server cannot be reached. Your %n change is kept on this device and goes to the server as soon as it answers; nothing is lost.</numerusform>
            <numerusform>The server cannot be reached. Your %n changes are kept on this device and go to the server as soon as it answers; nothing is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on the way to the server.</source>
        <translation>
            <numerusform>%n change on the way to the server.</numerusform>
            <numerusform>%n changes on the way to the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spil::qml::FileCacheSettings</name>
    <message numerus="yes">
        <source>The papers of your meetings of the next %n day(s) are kept for reading offline; others go first when the cache is full.</source>
        <translation>
            <numerusform>The papers of your meetings of the next day are kept for reading offline; others go first when the cache is full.</numerusform>
            <numerusform>The papers of your meetings of the next %n days are kept for reading offline; others go first when the cache is full.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spil::qml::RequestQueueModel</name>
    <message numerus="yes">
        <source>Waiting %n working day(s)</source>
        <translation>
            <numerusform>Waiting %n working day</numerusform>
            <numerusform>Waiting %n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message numerus="yes">
        <source>%n open, most important first</source>
        <translation>
            <numerusform>%n open, most important first</numerusform>
            <numerusform>%n open, most important first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message numerus="yes">
        <source>%n waiting for your decision</source>
        <translation>
            <numerusform>%n waiting for your decision</numerusform>
            <numerusform>%n waiting for your decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsWaitingCard</name>
    <message numerus="yes">
        <source>%n request(s) waiting for your decision</source>
        <translation>
            <numerusform>%n request waiting for your decision</numerusform>
            <numerusform>%n requests waiting for your decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuppliesPage</name>
    <message numerus="yes">
        <source>%n item(s) low</source>
        <translation>
            <numerusform>%n item low</numerusform>
            <numerusform>%n items low</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) placed</source>
        <translation>
            <numerusform>%n order placed</numerusform>
            <numerusform>%n orders placed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message numerus="yes">
        <source>%n line(s) run out early</source>
        <translation>
            <numerusform>%n line runs out early</numerusform>
            <numerusform>%n lines run out early</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spil::qml::ArchiveDetails</name>
    <message numerus="yes">
        <source>Notice by %1 (%n month(s) before the end)</source>
        <translation>
            <numerusform>Notice by %1 (%n month before the end)</numerusform>
            <numerusform>Notice by %1 (%n months before the end)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonnelDateDelegate</name>
    <message numerus="yes">
        <source>Birthday, %n year(s)</source>
        <translation>
            <numerusform>Birthday, %n year</numerusform>
            <numerusform>Birthday, %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) with us</source>
        <translation>
            <numerusform>%n year with us</numerusform>
            <numerusform>%n years with us</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonnelPage</name>
    <message numerus="yes">
        <source>%n reminder(s) added to your tasks</source>
        <translation>
            <numerusform>%n reminder added to your tasks</numerusform>
            <numerusform>%n reminders added to your tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n colleague(s) absent</source>
        <translation>
            <numerusform>%n colleague absent</numerusform>
            <numerusform>%n colleagues absent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No birthdays, anniversaries or new colleagues in the next %n day(s).</source>
        <translation>
            <numerusform>No birthdays, anniversaries or new colleagues in the next day.</numerusform>
            <numerusform>No birthdays, anniversaries or new colleagues in the next %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message numerus="yes">
        <source>Visitor names are kept %n day(s)</source>
        <translation>
            <numerusform>Visitor names are kept %n day</numerusform>
            <numerusform>Visitor names are kept %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep names %n day(s)…</source>
        <translation>
            <numerusform>Keep names %n day…</numerusform>
            <numerusform>Keep names %n days…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n visitor(s) in</source>
        <translation>
            <numerusform>%1 of %n visitor in</numerusform>
            <numerusform>%1 of %n visitors in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %n visitor(s) in</source>
        <translation>
            <numerusform>%1 · %2 of %n visitor in</numerusform>
            <numerusform>%1 · %2 of %n visitors in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersWaitingCard</name>
    <message numerus="yes">
        <source>%n letter(s) waiting for your approval</source>
        <translation>
            <numerusform>%n letter waiting for your approval</numerusform>
            <numerusform>%n letters waiting for your approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayAttentionStrip</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for your decision</source>
        <translation>
            <numerusform>%n request waiting for your decision</numerusform>
            <numerusform>%n requests waiting for your decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting for your approval</source>
        <translation>
            <numerusform>%n letter waiting for your approval</numerusform>
            <numerusform>%n letters waiting for your approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) moved this week to make room</source>
        <translation>
            <numerusform>%n appointment moved this week to make room</numerusform>
            <numerusform>%n appointments moved this week to make room</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spil::qml::MinutesModel</name>
    <message numerus="yes">
        <source>Ahead of the meeting: it is on %1, in %n day(s).</source>
        <translation>
            <numerusform>Ahead of the meeting: it is on %1, in %n day.</numerusform>
            <numerusform>Ahead of the meeting: it is on %1, in %n days.</numerusform>
        </translation>
    </message>
</context>
</TS>
