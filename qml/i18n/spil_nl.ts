<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppointmentEditDialog</name>
    <message>
        <location filename="../agenda/AppointmentEditDialog.qml" line="+16"/>
        <source>Edit appointment</source>
        <translation>Afspraak wijzigen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read first (notes)</source>
        <translation>Eerst lezen (notities)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes apply to this one only. Notes and confidentiality belong to the whole series.</source>
        <translation>Wijzigingen gelden alleen voor deze. Notities en vertrouwelijkheid horen bij de hele reeks.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>AppointmentPage</name>
    <message>
        <location filename="../agenda/AppointmentPage.qml" line="+23"/>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
</context>
<context>
    <name>AppointmentView</name>
    <message>
        <location filename="../agenda/AppointmentView.qml" line="+24"/>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This appointment is no longer in the agenda.</source>
        <translation>Deze afspraak staat niet meer in de agenda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurring</source>
        <translation>Terugkerend</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home time</source>
        <translation>Tijd thuis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left</source>
        <translation>Nog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda of</source>
        <translation>Agenda van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read first</source>
        <translation>Eerst lezen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move this one</source>
        <translation>Alleen deze verplaatsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit this one</source>
        <translation>Alleen deze wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel this one</source>
        <translation>Alleen deze annuleren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel appointment</source>
        <translation>Afspraak annuleren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: %1</source>
        <translation>Geannuleerd: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../agenda/AppointmentView.qml" line="+0"/>
        <source>Agenda and papers</source>
        <translation>Agenda en stukken</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Make room here</source>
        <translation>Hier ruimte maken</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <location filename="../agenda/BookingPage.qml" line="+63"/>
        <source>New appointment</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move appointment</source>
        <translation>Afspraak verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for %1</source>
        <translation>voor %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Now: %1, %2</source>
        <translation>Nu: %1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What (e.g. Lunch with the alderman)</source>
        <translation>Wat (bijv. Lunch met de wethouder)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Find a free slot for everyone</source>
        <translation>Zoek een vrij moment voor iedereen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No common free time in the next two weeks.</source>
        <translation>Geen gezamenlijke vrije tijd in de komende twee weken.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Picked: %1. Tap Move here to move it.</source>
        <translation>Gekozen: %1. Tik op Hierheen verplaatsen om het te verplaatsen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked: %1. Tap Book to book it.</source>
        <translation>Gekozen: %1. Tik op Boeken om het te boeken.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Book anyway</source>
        <translation>Toch boeken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move anyway</source>
        <translation>Toch verplaatsen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Book</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move here</source>
        <translation>Hierheen verplaatsen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>None · choose</source>
        <translation>Geen · kiezen</translation>
    </message>
    <message>
        <source>change</source>
        <translation>wijzigen</translation>
    </message>
    <message>
        <source>Make room</source>
        <translation>Ruimte maken</translation>
    </message>
</context>
<context>
    <name>CalendarAppsDialog</name>
    <message>
        <source>Calendar apps</source>
        <translation>Agenda-apps</translation>
    </message>
    <message>
        <source>Calendar apps need a server, and this is the demo office.</source>
        <translation>Agenda-apps kunnen alleen met een server, en dit is het demokantoor.</translation>
    </message>
    <message>
        <source>An app such as Apple Calendar, Thunderbird or DAVx⁵ can keep your agenda and tasks in step both ways. Make a password for each app; revoke it when the device is gone.</source>
        <translation>Een app als Apple Agenda, Thunderbird of DAVx⁵ kan je agenda en taken in beide richtingen bijhouden. Maak per app een wachtwoord; trek het in als het apparaat weg is.</translation>
    </message>
    <message>
        <source>Enter this in %1 now: the password is not shown again.</source>
        <translation>Vul dit nu in %1 in: het wachtwoord wordt niet nog eens getoond.</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>de app</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Gebruikersnaam: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>This server does not serve calendar apps yet (CalDAV); the office manager can switch it on.</source>
        <translation>Deze server bedient nog geen agenda-apps (CalDAV); de office manager kan dat aanzetten.</translation>
    </message>
    <message>
        <source>Revoke for good</source>
        <translation>Definitief intrekken</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>App name (iPad)</source>
        <translation>Naam app (iPad)</translation>
    </message>
    <message>
        <source>Make password</source>
        <translation>Wachtwoord maken</translation>
    </message>
</context>
<context>
    <name>CalendarLinkDialog</name>
    <message>
        <source>Your calendar elsewhere</source>
        <translation>Je agenda elders</translation>
    </message>
    <message>
        <source>Subscribe to this link in your phone&apos;s calendar (iPhone: Settings, Calendar, Accounts, Add Subscribed Calendar; Android: ICSx⁵). Confidential items of others show only as busy.</source>
        <translation>Abonneer je in de agenda van je telefoon op deze link (iPhone: Instellingen, Agenda, Accounts, Voeg agenda-abonnement toe; Android: ICSx⁵). Vertrouwelijke afspraken van anderen staan er alleen als bezet in.</translation>
    </message>
    <message>
        <source>A calendar link needs a server, and this is the demo office.</source>
        <translation>Een agendalink kan alleen met een server, en dit is het demokantoor.</translation>
    </message>
    <message>
        <source>No link yet</source>
        <translation>Nog geen link</translation>
    </message>
    <message>
        <source>Make link</source>
        <translation>Link maken</translation>
    </message>
    <message>
        <source>Replace link</source>
        <translation>Link vervangen</translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation>Exporteren als .ics</translation>
    </message>
    <message>
        <source>Import %1 into %2&apos;s agenda?</source>
        <translation>%1 importeren in de agenda van %2?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import the rest</source>
        <translation>De rest importeren</translation>
    </message>
</context>
<context>
    <name>ChecklistItemDelegate</name>
    <message>
        <location filename="../checklists/ChecklistItemDelegate.qml" line="+65"/>
        <source>done by %1</source>
        <translation>afgevinkt door %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue · %1</source>
        <translation>te laat · %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>%1 is absent</source>
        <translation>%1 is afwezig</translation>
    </message>
    <message>
        <source>Hand on</source>
        <translation>Overdragen</translation>
    </message>
</context>
<context>
    <name>ChecklistRunPage</name>
    <message>
        <location filename="../checklists/ChecklistRunPage.qml" line="+10"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
</context>
<context>
    <name>PersonChip</name>
    <message>
        <source>Me</source>
        <translation>Ik</translation>
    </message>
    <message>
        <source>%1 (absent)</source>
        <translation>%1 (afwezig)</translation>
    </message>
</context>
<context>
    <name>HandItemDialog</name>
    <message>
        <source>Hand to</source>
        <translation>Geef aan</translation>
    </message>
</context>
<context>
    <name>ChecklistRunView</name>
    <message>
        <location filename="../checklists/ChecklistRunView.qml" line="+50"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine</source>
        <translation>Mijn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Done by %1</source>
        <translation>Afgevinkt door %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not done</source>
        <translation>Niet gedaan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing here</source>
        <translation>Niets te zien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No items match this filter.</source>
        <translation>Geen punten bij dit filter.</translation>
    </message>
    <message>
        <source>Handed to %1</source>
        <translation>Overgedragen aan %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <location filename="../checklists/ChecklistsPage.qml" line="+20"/>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n checklist(s)</source>
        <translation>
            <numerusform>%n checklist</numerusform>
            <numerusform>%n checklists</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a checklist</source>
        <translation>Checklist starten</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Start one from a template with New at the top.</source>
        <translation>Start er een vanuit een sjabloon met Nieuw bovenaan.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No checklists yet</source>
        <translation>Nog geen checklists</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <source>Reception</source>
        <translation>Receptie</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../app/Destinations.qml" line="+9"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgetten</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archief</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariaat</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../app/Display.cpp" line="+49"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>in %1 min</source>
        <translation>over %1 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in %1 h</source>
        <translation>over %1 uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 h %2 min</source>
        <translation>over %1 uur %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 min left</source>
        <translation>nog %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h left</source>
        <translation>nog %1 uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min left</source>
        <translation>nog %1 uur %2 min</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>%1 · home %2</source>
        <translation>%1 · thuis %2</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <location filename="../app/FirstStartPage.qml" line="+38"/>
        <source>One agenda, one set of tasks and checklists for the whole office.</source>
        <translation>Eén agenda, één takenlijst en checklists voor het hele secretariaat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+37"/>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Server (e.g. spil.example.org)</source>
        <translation>Server (bijv. spil.voorbeeld.nl)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signing in…</source>
        <translation>Bezig met inloggen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Or try the demo office, offline, as</source>
        <translation>Of probeer het demokantoor, offline, als</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistant</source>
        <translation>Secretaresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office manager</source>
        <translation>Officemanager</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../checklists/IncidentDialog.qml" line="+10"/>
        <source>Log an incident</source>
        <translation>Incident vastleggen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What happened? (e.g. lift out of order, movers 30 min late)</source>
        <translation>Wat is er gebeurd? (bijv. lift defect, verhuizers 30 min te laat)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 approved: %2</source>
        <translation>%1 gaf akkoord: %2</translation>
    </message>
    <message>
        <source>%1 commented on %2: %3</source>
        <translation>%1 heeft opmerkingen bij %2: %3</translation>
    </message>
    <message>
        <source>%1 has arrived for %2</source>
        <translation>%1 is binnen voor %2</translation>
    </message>
    <message>
        <source>%1 has arrived</source>
        <translation>%1 is binnen</translation>
    </message>
    <message>
        <location filename="../app/Main.qml" line="+106"/>
        <source>New task from %1: %2</source>
        <translation>Nieuwe taak van %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../meetings/MeetingPage.qml" line="+15"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <location line="+50"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No agenda yet</source>
        <translation>Nog geen agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items added to this meeting&apos;s agenda show here, with their papers.</source>
        <translation>Punten op de agenda van deze vergadering staan hier, met hun stukken.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
</context>
<context>
    <name>NextAppointmentCard</name>
    <message>
        <location filename="../agenda/NextAppointmentCard.qml" line="+18"/>
        <source>Nothing planned</source>
        <translation>Niets gepland</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NEXT</source>
        <translation>HIERNA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No appointments in the coming week.</source>
        <translation>Geen afspraken in de komende week.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>home · %1</source>
        <translation>thuis · %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Read first</source>
        <translation>Eerst lezen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../components/PageHeader.qml" line="+32"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>PaperReader</name>
    <message>
        <location filename="../documents/PaperReader.qml" line="+67"/>
        <source>Search in the paper</source>
        <translation>Zoeken in het stuk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previous match</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next match</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 · page %2</source>
        <translation>%1 · pagina %2</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Groter</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>PaperWindow</name>
    <message>
        <location filename="../documents/PaperWindow.qml" line="+13"/>
        <source>Spil: %1</source>
        <translation>Spil: %1</translation>
    </message>
</context>
<context>
    <name>PrincipalsPage</name>
    <message>
        <location filename="../people/PrincipalsPage.qml" line="+18"/>
        <source>Assistants</source>
        <translation>Secretaresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom each assistant serves</source>
        <translation>Voor wie elke secretaresse werkt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tap the directors an assistant works for, then Save: the server changes it at once, and her devices fetch her directors&apos; agendas anew.</source>
        <translation>Tik de directeuren aan voor wie een secretaresse werkt en kies Opslaan: de server past het meteen aan en haar apparaten halen de agenda&apos;s van haar directeuren opnieuw op.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saving on the server…</source>
        <translation>Opslaan op de server…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>not saved</source>
        <translation>niet opgeslagen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 serves %2</source>
        <translation>%1 werkt voor %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No assistants</source>
        <translation>Geen secretaresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistants appear here once they have an account.</source>
        <translation>Secretaresses verschijnen hier zodra ze een account hebben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For administrators</source>
        <translation>Voor beheerders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an administrator, signed in to the server, changes whom an assistant serves.</source>
        <translation>Alleen een beheerder, aangemeld bij de server, wijzigt voor wie een secretaresse werkt.</translation>
    </message>
</context>
<context>
    <name>PullToRefresh</name>
    <message>
        <location filename="../components/PullToRefresh.qml" line="+16"/>
        <source>Release to refresh</source>
        <translation>Loslaten om te verversen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pull to refresh</source>
        <translation>Omlaag trekken om te verversen</translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <location filename="../tasks/QuickCaptureDialog.qml" line="+12"/>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
</context>
<context>
    <name>QuickCaptureForm</name>
    <message>
        <location filename="../tasks/QuickCaptureForm.qml" line="+40"/>
        <source>What needs doing?</source>
        <translation>Wat moet er gebeuren?</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Bring back “%1”</source>
        <translation>“%1” terugzetten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save task</source>
        <translation>Taak opslaan</translation>
    </message>
</context>
<context>
    <name>ReadingCard</name>
    <message>
        <location filename="../agenda/ReadingCard.qml" line="+18"/>
        <source>TO READ</source>
        <translation>TE LEZEN</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>for %1 · %2, %3</source>
        <translation>voor %1 · %2, %3</translation>
    </message>
    <message>
        <source>%1, home %2</source>
        <translation>%1, thuis %2</translation>
    </message>
</context>
<context>
    <name>SessionMenu</name>
    <message>
        <source>Letterhead</source>
        <translation>Briefpapier</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Receptie</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Calendar apps</source>
        <translation>Agenda-apps</translation>
    </message>
    <message>
        <source>Papers on this device</source>
        <translation>Stukken op dit apparaat</translation>
    </message>
    <message>
        <location filename="../app/SessionMenu.qml" line="+12"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>demo office</source>
        <translation>demokantoor</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Assistants and directors</source>
        <translation>Secretaresses en directeuren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the demo</source>
        <translation>Demo verlaten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign out</source>
        <translation>Uitloggen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not signed out</source>
        <translation>Niet uitgelogd</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) made on this device have not reached the server yet. Sign out once they are synced.</source>
        <translation>
            <numerusform>%n wijziging op dit apparaat heeft de server nog niet bereikt. Log uit zodra die is gesynchroniseerd.</numerusform>
            <numerusform>%n wijzigingen op dit apparaat hebben de server nog niet bereikt. Log uit zodra ze zijn gesynchroniseerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar link and export</source>
        <translation>Agendalink en export</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgetten</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archief</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariaat</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
</context>
<context>
    <name>StartRunDialog</name>
    <message>
        <location filename="../checklists/StartRunDialog.qml" line="+14"/>
        <source>Start a checklist</source>
        <translation>Checklist starten</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n punt)</numerusform>
            <numerusform>%1 (%n punten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a week</source>
        <translation>Over een week</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Name (optional)</source>
        <translation>Naam (optioneel)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will start overdue: their time has already passed.</source>
        <translation>
            <numerusform>%n punt begint te laat: het tijdstip ervan is al voorbij.</numerusform>
            <numerusform>%n punten beginnen te laat: hun tijdstip is al voorbij.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <location filename="../tasks/TaskDelegate.qml" line="+42"/>
        <location line="+30"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strike off</source>
        <translation>Afstrepen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>NEW</source>
        <translation>NIEUW</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue · %1</source>
        <translation>te laat · %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not today</source>
        <translation>Niet vandaag</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verzet</translation>
    </message>
    <message>
        <source>home %1</source>
        <translation>thuis %1</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../tasks/TaskForm.qml" line="+40"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
</context>
<context>
    <name>TaskSheet</name>
    <message>
        <location filename="../tasks/TaskSheet.qml" line="+10"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../tasks/TasksPage.qml" line="+20"/>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nieuw</numerusform>
            <numerusform>%n nieuw</numerusform>
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
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for</source>
        <translation>Wacht op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day review</source>
        <translation>Dagafsluiting</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All done</source>
        <translation>Alles af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing waits for you. New tasks appear here the moment they are handed over.</source>
        <translation>Er wacht niets op je. Nieuwe taken verschijnen hier zodra ze worden overgedragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Struck off: %1</source>
        <translation>Afgestreept: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <location line="+4"/>
        <location line="+78"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Nothing outstanding</source>
        <translation>Niets uitstaand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks you hand over to others show here until they are done.</source>
        <translation>Taken die je aan anderen overdraagt staan hier tot ze af zijn.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n still open at the end of the day. Strike off what is done; move the rest to the next working day.</source>
        <translation>
            <numerusform>Aan het eind van de dag staat er nog %n open. Streep af wat klaar is; verplaats de rest naar de volgende werkdag.</numerusform>
            <numerusform>Aan het eind van de dag staan er nog %n open. Streep af wat klaar is; verplaats de rest naar de volgende werkdag.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A clean slate</source>
        <translation>Alles weggewerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is done. See you tomorrow.</source>
        <translation>Alles is af. Tot morgen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moved to the next working day: %1</source>
        <translation>Verplaatst naar de volgende werkdag: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Done already: %1</source>
        <translation>Al gedaan: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleted: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message>
        <source>Everything is struck off or moved on. See you tomorrow.</source>
        <translation>Alles is afgestreept of verzet. Tot morgen.</translation>
    </message>
    <message>
        <source>Handed to %1: %2</source>
        <translation>Overgedragen aan %1: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../agenda/TimelineDelegate.qml" line="+52"/>
        <source>NOW</source>
        <translation>NU</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>TodayAttentionStrip</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n verzoek</numerusform>
            <numerusform>%n verzoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for your decision</source>
        <translation>
            <numerusform>%n verzoek wacht op je beslissing</numerusform>
            <numerusform>%n verzoeken wachten op je beslissing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n brief</numerusform>
            <numerusform>%n brieven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting for your approval</source>
        <translation>
            <numerusform>%n brief wacht op je akkoord</numerusform>
            <numerusform>%n brieven wachten op je akkoord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n verzet</numerusform>
            <numerusform>%n verzet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) moved this week to make room</source>
        <translation>
            <numerusform>%n afspraak deze week verzet om ruimte te maken</numerusform>
            <numerusform>%n afspraken deze week verzet om ruimte te maken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../agenda/TodayPage.qml" line="+23"/>
        <source>%1, home %2</source>
        <translation>%1, thuis %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A free day</source>
        <translation>Een vrije dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in the agenda today.</source>
        <translation>Vandaag staat er niets in de agenda.</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message numerus="yes">
        <location filename="../agenda/WeekPage.qml" line="+71"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>An empty week</source>
        <translation>Een lege week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in the agenda this week.</source>
        <translation>Deze week staat er niets in de agenda.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Book</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <source>Times in %1; below them in grey, at home in %2</source>
        <translation>Tijden in %1; eronder in grijs, thuis in %2</translation>
    </message>
</context>
<context>
    <name>spil::qml::AppointmentDetails</name>
    <message>
        <location filename="../agenda/AppointmentDetails.cpp" line="+58"/>
        <source>Presentation</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travel</source>
        <translation>Reis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prep time</source>
        <translation>Voorbereidingstijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>All day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>now · %1</source>
        <translation>nu · %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tentative</source>
        <translation>Onder voorbehoud</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Moved to %1</source>
        <translation>Verplaatst naar %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Changed: %1</source>
        <translation>Gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This overlaps “%1” (%2, %3).</source>
        <translation>Dit overlapt met “%1” (%2, %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose another time, or go ahead anyway.</source>
        <translation>Kies een ander moment, of ga toch door.</translation>
    </message>
</context>
<context>
    <name>spil::qml::BookingForm</name>
    <message numerus="yes">
        <location filename="../agenda/BookingForm.cpp" line="+190"/>
        <source>This falls in the %n minute(s) %1 keeps free to prepare “%2” (%3, %4).</source>
        <translation>
            <numerusform>Dit valt in de %n minuut die %1 vrijhoudt om “%2” voor te bereiden (%3, %4).</numerusform>
            <numerusform>Dit valt in de %n minuten die %1 vrijhoudt om “%2” voor te bereiden (%3, %4).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No office is open.</source>
        <translation>Er is geen kantoor geopend.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the appointment a title.</source>
        <translation>Geef de afspraak een titel.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose another time, or book it anyway.</source>
        <translation>Kies een ander moment, of boek toch.</translation>
    </message>
    <message>
        <source>Book it anyway only at the director's request.</source>
        <translation>Plan het alleen toch in op verzoek van de directeur.</translation>
    </message>
    <message>
        <source>Booked then.</source>
        <translation>Dan staat er al iets.</translation>
    </message>
    <message>
        <source>Booked then: %1.</source>
        <translation>Dan staat er al: %1.</translation>
    </message>
</context>
<context>
    <name>spil::qml::AppPasswordList</name>
    <message>
        <source>The server cannot be reached; try again when online.</source>
        <translation>De server is niet bereikbaar; probeer het opnieuw als je online bent.</translation>
    </message>
    <message>
        <source>Calendar app</source>
        <translation>Agenda-app</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>gemaakt %1</translation>
    </message>
    <message>
        <source>Calendar apps need a server, and this is the demo office.</source>
        <translation>Agenda-apps kunnen alleen met een server, en dit is het demokantoor.</translation>
    </message>
</context>
<context>
    <name>spil::qml::CalendarLink</name>
    <message>
        <source>A calendar link needs a server, and this is the demo office.</source>
        <translation>Een agendalink kan alleen met een server, en dit is het demokantoor.</translation>
    </message>
    <message>
        <source>The server cannot be reached; the link is as it was.</source>
        <translation>De server is niet bereikbaar; de link is niet veranderd.</translation>
    </message>
    <message>
        <source>No new link: %1</source>
        <translation>Geen nieuwe link: %1</translation>
    </message>
    <message>
        <source>New link made; the one before no longer works.</source>
        <translation>Nieuwe link gemaakt; de vorige werkt niet meer.</translation>
    </message>
    <message>
        <source>No office is open.</source>
        <translation>Er is geen kantoor geopend.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>Niets geïmporteerd uit %1: %2</translation>
    </message>
    <message>
        <source>%1 into %2&apos;s agenda: %3 added, %4 updated, %5 unchanged, %6 skipped.</source>
        <translation>%1 in de agenda van %2: %3 toegevoegd, %4 bijgewerkt, %5 ongewijzigd, %6 overgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported from %1: %n event(s) cannot be taken (line %2: %3).</source>
        <translation>
            <numerusform>Niets geïmporteerd uit %1: %n afspraak kan niet worden overgenomen (regel %2: %3).</numerusform>
            <numerusform>Niets geïmporteerd uit %1: %n afspraken kunnen niet worden overgenomen (regel %2: %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spil::qml::ChecklistRunModel</name>
    <message>
        <location filename="../checklists/ChecklistRunModel.cpp" line="+83"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>spil::qml::ChecklistRunsModel</name>
    <message>
        <location filename="../checklists/ChecklistRunsModel.cpp" line="+45"/>
        <source>%1 of %2 done</source>
        <translation>%1 van %2 af</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose a day for the checklist.</source>
        <translation>Kies een dag voor de checklist.</translation>
    </message>
</context>
<context>
    <name>spil::qml::MeetingAgendaModel</name>
    <message>
        <location filename="../meetings/MeetingAgendaModel.cpp" line="+17"/>
        <source>Papers in: %1 of %2</source>
        <translation>Stukken binnen: %1 van %2</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed to %1</source>
        <translation>Besloten voor %1</translation>
    </message>
    <message>
        <source>home %1 %2</source>
        <translation>thuis %1 %2</translation>
    </message>
</context>
<context>
    <name>spil::qml::OfficeStore</name>
    <message>
        <location filename="../app/OfficeStore.cpp" line="+141"/>
        <source>No office is open.</source>
        <translation>Er is geen kantoor geopend.</translation>
    </message>
</context>
<context>
    <name>spil::qml::PeopleModel</name>
    <message>
        <location filename="../people/PeopleModel.cpp" line="+15"/>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assistant</source>
        <translation>Secretaresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office manager</source>
        <translation>Officemanager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
</context>
<context>
    <name>spil::qml::PrincipalsModel</name>
    <message>
        <location filename="../people/PrincipalsModel.cpp" line="+33"/>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Serves no director</source>
        <translation>Werkt voor geen directeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves %1</source>
        <translation>Werkt voor %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Whom an assistant serves is changed on the server, and this is the demo office: nothing was changed.</source>
        <translation>Voor wie een secretaresse werkt, wordt op de server gewijzigd en dit is het demokantoor: er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an administrator changes whom an assistant serves.</source>
        <translation>Alleen een beheerder wijzigt voor wie een secretaresse werkt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved: %1 serves no director now.</source>
        <translation>Opgeslagen: %1 werkt nu voor geen directeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: %1 now serves %2.</source>
        <translation>Opgeslagen: %1 werkt nu voor %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: the server cannot be reached. Whom an assistant serves is changed on the server only; try again once this device is online.</source>
        <translation>Niet opgeslagen: de server is niet bereikbaar. Voor wie een secretaresse werkt, wordt alleen op de server gewijzigd; probeer het opnieuw zodra dit apparaat online is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: only an administrator changes whom an assistant serves.</source>
        <translation>Niet opgeslagen: alleen een beheerder wijzigt voor wie een secretaresse werkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: the server refused (%1).</source>
        <translation>Niet opgeslagen: de server weigerde (%1).</translation>
    </message>
</context>
<context>
    <name>spil::qml::QuickCapture</name>
    <message>
        <location filename="../tasks/QuickCapture.cpp" line="+38"/>
        <source>What is the task?</source>
        <translation>Wat is de taak?</translation>
    </message>
    <message>
        <source>Due today at %1</source>
        <translation>Vandaag om %1</translation>
    </message>
    <message>
        <source>Due tomorrow at %1</source>
        <translation>Morgen om %1</translation>
    </message>
    <message>
        <source>Due %1 at %2</source>
        <translation>Op %1 om %2</translation>
    </message>
    <message>
        <source>Due today at %1, already past</source>
        <translation>Vandaag om %1, al voorbij</translation>
    </message>
    <message>
        <source>Task saved: %1</source>
        <translation>Taak opgeslagen: %1</translation>
    </message>
    <message>
        <source>Task saved for %1: %2</source>
        <translation>Taak voor %1 opgeslagen: %2</translation>
    </message>
    <message>
        <source>Task saved for %1: %2 · %1 gets it once you are online</source>
        <translation>Taak voor %1 opgeslagen: %2 · %1 krijgt hem zodra je weer online bent</translation>
    </message>
</context>
<context>
    <name>spil::qml::SignIn</name>
    <message>
        <location filename="../app/SignIn.cpp" line="+77"/>
        <source>The server does not answer. Check its address and this device&apos;s network, or ask whoever runs it whether it is up.</source>
        <translation>De server antwoordt niet. Controleer het adres en het netwerk van dit apparaat, of vraag de beheerder of de server draait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted. Check the address; a server with its own certificate must be trusted first (ask whoever runs it).</source>
        <translation>Het certificaat van de server wordt niet vertrouwd. Controleer het adres; een server met een eigen certificaat moet eerst vertrouwd worden (vraag het de beheerder).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown user name or wrong password. Check both and try again.</source>
        <translation>Onbekende gebruikersnaam of verkeerd wachtwoord. Controleer beide en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Te veel pogingen. Wacht een minuut en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That address does not answer as a Spil server. Check the address.</source>
        <translation>Op dat adres antwoordt geen Spil-server. Controleer het adres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device still holds another user&apos;s office. That user signs in here, or this device is set up anew.</source>
        <translation>Dit apparaat bevat nog het kantoor van een andere gebruiker. Die gebruiker meldt zich hier aan, of dit apparaat wordt opnieuw ingericht.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The server ended this device&apos;s session. Sign in again: nothing on this device is lost.</source>
        <translation>De server heeft de sessie van dit apparaat beëindigd. Log opnieuw in: er gaat niets verloren op dit apparaat.</translation>
    </message>
</context>
<context>
    <name>spil::qml::SyncStatus</name>
    <message>
        <location filename="../app/SyncStatus.cpp" line="+59"/>
        <source>Demo office · offline</source>
        <translation>Demokantoor · offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes stay on this device.</source>
        <translation>Wijzigingen blijven op dit apparaat.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n wijziging wacht</numerusform>
            <numerusform>%n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetching %1 %</source>
        <translation>Ophalen %1 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>server last heard just now</source>
        <translation>server zojuist nog gehoord</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>server last heard %n min ago</source>
        <translation>
            <numerusform>server %n minuut geleden voor het laatst gehoord</numerusform>
            <numerusform>server %n minuten geleden voor het laatst gehoord</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Offline · %1</source>
        <translation>Offline · %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Not syncing</source>
        <translation>Synchroniseert niet</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wacht</numerusform>
            <numerusform>%n wachten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced just now</source>
        <translation>Zojuist gesynchroniseerd</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>%n min geleden gesynchroniseerd</numerusform>
            <numerusform>%n min geleden gesynchroniseerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced</source>
        <translation>Niet gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Synced</source>
        <translation>Gesynchroniseerd</translation>
    </message>
    <message>
        <source>This is the demo office: what you change stays on this device and reaches nobody.</source>
        <translation>Dit is het demokantoor: wat je wijzigt blijft op dit apparaat en bereikt niemand.</translation>
    </message>
    <message>
        <source>This device is being brought up to date with the server.</source>
        <translation>Dit apparaat wordt bijgewerkt met de server.</translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached. Your %n change(s) are kept on this device and go to the server as soon as it answers; nothing is lost.</source>
        <translation>
            <numerusform>De server is niet bereikbaar. Je %n wijziging blijft op dit apparaat en gaat naar de server zodra die antwoordt; er gaat niets verloren.</numerusform>
            <numerusform>De server is niet bereikbaar. Je %n wijzigingen blijven op dit apparaat en gaan naar de server zodra die antwoordt; er gaat niets verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached. You can read and change everything here; changes go to the server as soon as it answers.</source>
        <translation>De server is niet bereikbaar. Je kunt hier alles lezen en wijzigen; wijzigingen gaan naar de server zodra die antwoordt.</translation>
    </message>
    <message>
        <source>This device was signed out. Sign in again from the menu.</source>
        <translation>Dit apparaat is afgemeld. Meld je opnieuw aan via het menu.</translation>
    </message>
    <message>
        <source>The server refused this device's sync. Sign in again from the menu if it goes on.</source>
        <translation>De server weigerde de synchronisatie van dit apparaat. Meld je opnieuw aan via het menu als het zo blijft.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on the way to the server.</source>
        <translation>
            <numerusform>%n wijziging onderweg naar de server.</numerusform>
            <numerusform>%n wijzigingen onderweg naar de server.</numerusform>
        </translation>
    </message>
    <message>
        <source>This device has not reached the server yet.</source>
        <translation>Dit apparaat heeft de server nog niet bereikt.</translation>
    </message>
    <message>
        <source>Everything on this device is on the server too.</source>
        <translation>Alles op dit apparaat staat ook op de server.</translation>
    </message>
</context>
<context>
    <name>spil::qml::TaskEditor</name>
    <message>
        <location filename="../tasks/TaskEditor.cpp" line="+61"/>
        <source>What is the task?</source>
        <translation>Wat is de taak?</translation>
    </message>
</context>
<context>
    <name>spil::qml::TaskListModel</name>
    <message>
        <location filename="../tasks/TaskListModel.cpp" line="+19"/>
        <source>in passing</source>
        <translation>tussendoor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from a meeting</source>
        <translation>uit overleg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request</source>
        <translation>verzoek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>with %1 · via %2</source>
        <translation>bij %1 · via %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with %1</source>
        <translation>bij %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <source>done by %1 · %2</source>
        <translation>gedaan door %1 · %2</translation>
    </message>
</context>
<context>
    <name>spil::qml::TimelineModel</name>
    <message>
        <location filename="../agenda/TimelineModel.cpp" line="+75"/>
        <source>In prep time for “%1”</source>
        <translation>In voorbereidingstijd voor “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overlaps “%1”</source>
        <translation>Overlapt met “%1”</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <source>%1, home %2%3</source>
        <translation>%1, thuis %2%3</translation>
    </message>
</context>
<context>
    <name>BoardPackButton</name>
    <message>
        <source>Board pack: %1</source>
        <translation>Vergaderbundel: %1</translation>
    </message>
    <message>
        <source>Making the board pack…</source>
        <translation>Vergaderbundel maken…</translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation>Vergaderbundel</translation>
    </message>
</context>
<context>
    <name>FileCacheDialog</name>
    <message>
        <source>Papers on this device</source>
        <translation>Stukken op dit apparaat</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Hooguit bewaren</translation>
    </message>
</context>
<context>
    <name>spil::qml::BoardPackMaker</name>
    <message>
        <source>The office was closed.</source>
        <translation>Het kantoor is gesloten.</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>%1 ophalen</translation>
    </message>
    <message>
        <source>Making the board pack</source>
        <translation>Vergaderbundel maken</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>not in yet</source>
        <translation>nog niet binnen</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>%1 %2 · home %3 %4</source>
        <translation>%1 %2 · thuis %3 %4</translation>
    </message>
</context>
<context>
    <name>spil::qml::FileCacheSettings</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 van %2 gebruikt</translation>
    </message>
    <message numerus="yes">
        <source>The papers of your meetings of the next %n day(s) are kept for reading offline; others go first when the cache is full.</source>
        <translation>
            <numerusform>De stukken van je vergaderingen van de komende dag blijven bewaard om offline te lezen; andere gaan eerst weg als de opslag vol is.</numerusform>
            <numerusform>De stukken van je vergaderingen van de komende %n dagen blijven bewaard om offline te lezen; andere gaan eerst weg als de opslag vol is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PapersInLine</name>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to read</source>
        <translation>
            <numerusform>%n te lezen</numerusform>
            <numerusform>%n te lezen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnreadPapersPanel</name>
    <message>
        <source>Not opened yet</source>
        <translation>Nog niet geopend</translation>
    </message>
</context>
<context>
    <name>CarriedActionsPanel</name>
    <message>
        <source>Actions carried over</source>
        <translation>Overgenomen actiepunten</translation>
    </message>
</context>
<context>
    <name>MeetingPapersPanel</name>
    <message>
        <source>Papers</source>
        <translation>Stukken</translation>
    </message>
</context>
<context>
    <name>spil::qml::MeetingPapersModel</name>
    <message>
        <source>In · read</source>
        <translation>Binnen · gelezen</translation>
    </message>
    <message>
        <source>In · not read yet</source>
        <translation>Binnen · nog niet gelezen</translation>
    </message>
    <message>
        <source>Late · was due %1</source>
        <translation>Te laat · moest %1 binnen zijn</translation>
    </message>
    <message>
        <source>Not in yet</source>
        <translation>Nog niet binnen</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Uiterlijk %1</translation>
    </message>
</context>
<context>
    <name>spil::qml::UnreadPapersModel</name>
    <message>
        <source>All read</source>
        <translation>Alles gelezen</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>%1 van %2 ongelezen</translation>
    </message>
</context>
<context>
    <name>spil::qml::CarriedActionsModel</name>
    <message>
        <source>%1 · agreed %2</source>
        <translation>%1 · afgesproken %2</translation>
    </message>
    <message>
        <source>Open · overdue since %1</source>
        <translation>Open · te laat sinds %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open · due %1</source>
        <translation>Open · uiterlijk %1</translation>
    </message>
</context>
<context>
    <name>spil::qml::NextPapers</name>
    <message>
        <source>%1 of %2 papers in</source>
        <translation>%1 van %2 stukken binnen</translation>
    </message>
</context>
<context>
    <name>spil::qml::PaperOpener</name>
    <message>
        <source>This paper is no longer in the office.</source>
        <translation>Dit stuk is er niet meer.</translation>
    </message>
    <message>
        <source>Papers are being fetched; try again in a moment.</source>
        <translation>Er worden stukken opgehaald; probeer het zo nog eens.</translation>
    </message>
    <message>
        <source>This paper is not on this device.</source>
        <translation>Dit stuk staat niet op dit apparaat.</translation>
    </message>
    <message>
        <source>The paper could not be fetched: %1</source>
        <translation>Het stuk kon niet worden opgehaald: %1</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gevonden</numerusform>
            <numerusform>%n gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <source>Search name, organisation, department …</source>
        <translation>Zoek op naam, organisatie, afdeling …</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Nog geen contacten</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Niemand gevonden</translation>
    </message>
    <message>
        <source>Add one with New at the top.</source>
        <translation>Voeg er een toe met Nieuw bovenaan.</translation>
    </message>
    <message>
        <source>Try the start of a name, an organisation or a department.</source>
        <translation>Probeer het begin van een naam, organisatie of afdeling.</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>ContactView</name>
    <message>
        <source>No contact chosen</source>
        <translation>Geen contact gekozen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>Choose a contact from the list.</source>
        <translation>Kies een contact uit de lijst.</translation>
    </message>
    <message>
        <source>This contact is no longer in the office.</source>
        <translation>Dit contact staat niet meer in het kantoor.</translation>
    </message>
    <message>
        <source>Inside the organisation</source>
        <translation>Binnen de organisatie</translation>
    </message>
    <message>
        <source>Outside the organisation</source>
        <translation>Buiten de organisatie</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Ask them for</source>
        <translation>Aanspreekpunt voor</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Write in</source>
        <translation>Schrijven in</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Gets through to</source>
        <translation>Komt door bij</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>Address them as</source>
        <translation>Aanspreken met</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Contact wijzigen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>What to ask them for</source>
        <translation>Aanspreekpunt voor</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Write in</source>
        <translation>Schrijven in</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Postal address (one line per line of the envelope)</source>
        <translation>Postadres (één regel per regel op de envelop)</translation>
    </message>
    <message>
        <source>Address them as</source>
        <translation>Aanspreken met</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>De heer</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Mevrouw</translation>
    </message>
    <message>
        <source>By their full name</source>
        <translation>Volledige naam</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <source>Inside</source>
        <translation>Intern</translation>
    </message>
</context>
<context>
    <name>GateChooser</name>
    <message>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <source>Straight</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Via assistant</source>
        <translation>Via assistent</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Geen contact</translation>
    </message>
</context>
<context>
    <name>spil::qml::ContactDetails</name>
    <message>
        <source>Straight through</source>
        <translation>Direct door</translation>
    </message>
    <message>
        <source>Via the assistant</source>
        <translation>Via de assistent</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Helemaal niet</translation>
    </message>
    <message>
        <source>%1 takes %2 straight through.</source>
        <translation>%2 mag direct door naar %1.</translation>
    </message>
    <message>
        <source>%1 reaches %2 via the assistant.</source>
        <translation>%1 komt via de assistent bij %2.</translation>
    </message>
    <message>
        <source>%1 does not see %2.</source>
        <translation>%1 ontvangt %2 niet.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>No office is open.</source>
        <translation>Er is geen kantoor geopend.</translation>
    </message>
    <message>
        <source>Give the contact a name.</source>
        <translation>Geef het contact een naam.</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>De heer</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Mevrouw</translation>
    </message>
    <message>
        <source>By their full name</source>
        <translation>Volledige naam</translation>
    </message>
</context>
<context>
    <name>spil::qml::MinutesModel</name>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Ter beoordeling</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitief</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Over een week</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>Over twee weken</translation>
    </message>
    <message>
        <source>In four weeks</source>
        <translation>Over vier weken</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Versie %1 · %2</translation>
    </message>
    <message>
        <source>Not begun</source>
        <translation>Nog niet begonnen</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Punt %1 van %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Filed with the meeting: %1</source>
        <translation>Bij de vergadering opgeslagen: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Verstuurd: %1</translation>
    </message>
    <message>
        <source>Filed on this device; it is sent with the next sync (%1)</source>
        <translation>Op dit apparaat opgeslagen; het gaat mee met de volgende synchronisatie (%1)</translation>
    </message>
    <message>
        <source>Filed on this device, not sent yet: %1</source>
        <translation>Op dit apparaat opgeslagen, nog niet verstuurd: %1</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>%1 wordt verstuurd…</translation>
    </message>
    <message numerus="yes">
        <source>Ahead of the meeting: it is on %1, in %n day(s).</source>
        <translation>
            <numerusform>Vóór de vergadering: die is op %1, over %n dag.</numerusform>
            <numerusform>Vóór de vergadering: die is op %1, over %n dagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesStateBar</name>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Ter beoordeling sturen</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Terug naar concept</translation>
    </message>
    <message>
        <source>Make final</source>
        <translation>Definitief maken</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corrigeren</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exporteren</translation>
    </message>
</context>
<context>
    <name>MinutesLineDelegate</name>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Comment on this line</source>
        <translation>Opmerking bij deze regel</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Deze regel verwijderen</translation>
    </message>
    <message>
        <source>Take this comment back</source>
        <translation>Deze opmerking intrekken</translation>
    </message>
</context>
<context>
    <name>MinutesComposer</name>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nieuw besluit</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Je opmerking</translation>
    </message>
    <message>
        <source>New action: who does it?</source>
        <translation>Nieuwe actie: wie doet het?</translation>
    </message>
    <message>
        <source>New action for %1</source>
        <translation>Nieuwe actie voor %1</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Wat er moet gebeuren</translation>
    </message>
    <message>
        <source>Your comment on this item</source>
        <translation>Je opmerking bij dit punt</translation>
    </message>
    <message>
        <source>Type, then Enter</source>
        <translation>Typ, dan Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>Comment taken back: %1</source>
        <translation>Opmerking ingetrokken: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorig punt</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Volgend punt</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>No agenda yet</source>
        <translation>Nog geen agenda</translation>
    </message>
    <message>
        <source>Nothing noted yet</source>
        <translation>Nog niets genoteerd</translation>
    </message>
    <message>
        <source>Minutes are taken per agenda item; this meeting has none.</source>
        <translation>Notulen worden per agendapunt gemaakt; deze vergadering heeft er geen.</translation>
    </message>
    <message>
        <source>Add a decision or an action below.</source>
        <translation>Voeg hieronder een besluit of een actie toe.</translation>
    </message>
    <message>
        <source>These minutes are final.</source>
        <translation>Deze notulen zijn definitief.</translation>
    </message>
</context>
<context>
    <name>spil::qml::RequestQueueModel</name>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Times offered</source>
        <translation>Tijden aangeboden</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Ingepland</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>With the director</source>
        <translation>Bij de directeur</translation>
    </message>
    <message>
        <source>Came in today</source>
        <translation>Vandaag binnengekomen</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n working day(s)</source>
        <translation>
            <numerusform>Wacht %n werkdag</numerusform>
            <numerusform>Wacht %n werkdagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 said yes: schedule it</source>
        <translation>%1 zei ja: inplannen</translation>
    </message>
    <message>
        <source>%1 said no: answer it</source>
        <translation>%1 zei nee: beantwoorden</translation>
    </message>
    <message>
        <source>%1 min · %2</source>
        <translation>%1 min · %2</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Besloten</translation>
    </message>
    <message>
        <source>You said yes</source>
        <translation>Je zei ja</translation>
    </message>
    <message>
        <source>You said no</source>
        <translation>Je zei nee</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wacht op jou</translation>
    </message>
</context>
<context>
    <name>spil::qml::RequestDetails</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message numerus="yes">
        <source>%n open, most important first</source>
        <translation>
            <numerusform>%n open, belangrijkste eerst</numerusform>
            <numerusform>%n open, belangrijkste eerst</numerusform>
        </translation>
    </message>
    <message>
        <source>No requests waiting</source>
        <translation>Geen verzoeken</translation>
    </message>
    <message>
        <source>Requests for a director's time appear here, most important first.</source>
        <translation>Verzoeken om tijd van een directeur verschijnen hier, de belangrijkste eerst.</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
</context>
<context>
    <name>RequestDelegate</name>
    <message>
        <source>Gate: %1</source>
        <translation>Toegang: %1</translation>
    </message>
</context>
<context>
    <name>RequestView</name>
    <message>
        <source>Spil can propose which less important appointments to move for it.</source>
        <translation>Spil kan voorstellen welke minder belangrijke afspraken ervoor kunnen wijken.</translation>
    </message>
    <message>
        <source>Make room</source>
        <translation>Ruimte maken</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Wie vraagt</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Hoe lang</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Tussen</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Ingepland</translation>
    </message>
    <message>
        <source>Free times — tap one to book it</source>
        <translation>Vrije tijden — tik er een aan om te boeken</translation>
    </message>
    <message>
        <source>No free time in the window</source>
        <translation>Geen vrije tijd in deze periode</translation>
    </message>
    <message>
        <source>Offer these times</source>
        <translation>Deze tijden aanbieden</translation>
    </message>
    <message>
        <source>Forward to %1</source>
        <translation>Doorsturen naar %1</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Akkoord gegeven: %1</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Afgewezen: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Forwarded to %1</source>
        <translation>Doorgestuurd naar %1</translation>
    </message>
    <message>
        <source>Change my answer</source>
        <translation>Mijn antwoord wijzigen</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Message to %1</source>
        <translation>Bericht aan %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Send by mail</source>
        <translation>Versturen per mail</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Your decision</source>
        <translation>Je beslissing</translation>
    </message>
    <message>
        <source>A note for the assistant (optional)</source>
        <translation>Een notitie voor de assistent (niet verplicht)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Afwijzen</translation>
    </message>
</context>
<context>
    <name>DecisionDelegate</name>
    <message>
        <source>Accept</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Afwijzen</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <source>Requests for you</source>
        <translation>Verzoeken voor jou</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for your decision</source>
        <translation>
            <numerusform>%n wacht op je beslissing</numerusform>
            <numerusform>%n wachten op je beslissing</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to decide</source>
        <translation>Niets te beslissen</translation>
    </message>
    <message>
        <source>Requests your assistant forwards to you appear here.</source>
        <translation>Verzoeken die je assistent doorstuurt, verschijnen hier.</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Akkoord gegeven: %1</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Afgewezen: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>RequestsWaitingCard</name>
    <message numerus="yes">
        <source>%n request(s) waiting for your decision</source>
        <translation>
            <numerusform>%n verzoek wacht op je beslissing</numerusform>
            <numerusform>%n verzoeken wachten op je beslissing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spil::qml::BumpProposalModel</name>
    <message>
        <source>Moves: %1</source>
        <translation>Verzet: %1</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
</context>
<context>
    <name>spil::qml::BumpedThisWeekModel</name>
    <message>
        <source>for %1</source>
        <translation>voor %1</translation>
    </message>
    <message>
        <source>%1, home %2</source>
        <translation>%1, thuis %2</translation>
    </message>
</context>
<context>
    <name>BumpedThisWeekCard</name>
    <message>
        <source>Moved: %1 · %2</source>
        <translation>Verzet: %1 · %2</translation>
    </message>
    <message>
        <source>MOVED THIS WEEK TO MAKE ROOM</source>
        <translation>DEZE WEEK VERZET OM RUIMTE TE MAKEN</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
</context>
<context>
    <name>BumpPage</name>
    <message>
        <source>Make room</source>
        <translation>Ruimte maken</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>voor %1</translation>
    </message>
    <message>
        <source>What needs the time (e.g. Bank: takeover)</source>
        <translation>Waarvoor is de tijd nodig (bijv. Bank: overname)</translation>
    </message>
    <message>
        <source>At this time</source>
        <translation>Op dit tijdstip</translation>
    </message>
    <message>
        <source>Any time that day</source>
        <translation>Die dag, op elk moment</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Hoge prioriteit</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>No room can be made: what is booked then is as important, or does not move (presentations, travel, prep, personal appointments and recurring ones).</source>
        <translation>Er kan geen ruimte worden gemaakt: wat er dan staat is even belangrijk, of wordt niet verzet (presentaties, reizen, voorbereiding, persoonlijke en terugkerende afspraken).</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>Wat verzet wordt</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Met %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Nothing is sent by Spil: edit a message, then send it from your own mail or copy it.</source>
        <translation>Spil verstuurt niets: pas een bericht aan en verstuur het vanuit je eigen mail, of kopieer het.</translation>
    </message>
    <message>
        <source>To %1 · %2</source>
        <translation>Aan %1 · %2</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mailen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Message copied.</source>
        <translation>Bericht gekopieerd.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Confirm: move %1 and book</source>
        <translation>Bevestigen: %1 verzetten en boeken</translation>
    </message>
    <message>
        <source>Room made: %1 moved.</source>
        <translation>Ruimte gemaakt: %1 verzet.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>SupplyDelegate</name>
    <message>
        <source>Order %1</source>
        <translation>Bestel %1</translation>
    </message>
    <message>
        <source>%1 on order</source>
        <translation>%1 besteld</translation>
    </message>
    <message>
        <source>reorder at %1</source>
        <translation>bestellen bij %1</translation>
    </message>
</context>
<context>
    <name>OrderDelegate</name>
    <message>
        <source>Received %1</source>
        <translation>Ontvangen %1</translation>
    </message>
    <message>
        <source>Ordered %1</source>
        <translation>Besteld %1</translation>
    </message>
    <message>
        <source>Draft since %1</source>
        <translation>Concept sinds %1</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Bestellen</translation>
    </message>
</context>
<context>
    <name>OrderComposer</name>
    <message>
        <source>Order supplies</source>
        <translation>Voorraad bestellen</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle artikelen</translation>
    </message>
    <message>
        <source>Order low stock</source>
        <translation>Lage voorraad bestellen</translation>
    </message>
    <message>
        <source>Charge to</source>
        <translation>Ten laste van</translation>
    </message>
    <message>
        <source>%1 %2 left, %3 on order</source>
        <translation>nog %1 %2, %3 besteld</translation>
    </message>
    <message>
        <source>Place orders</source>
        <translation>Bestellingen plaatsen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>QuoteComparison</name>
    <message>
        <source>Add quote</source>
        <translation>Offerte toevoegen</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Goedkoopst</translation>
    </message>
    <message>
        <source>Choose and order</source>
        <translation>Kiezen en bestellen</translation>
    </message>
    <message>
        <source>Chosen · ordered</source>
        <translation>Gekozen · besteld</translation>
    </message>
</context>
<context>
    <name>SuppliesPage</name>
    <message>
        <source>Order supplies</source>
        <translation>Voorraad bestellen</translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation>Nieuwe aankoop</translation>
    </message>
    <message>
        <source>Quote added: %1</source>
        <translation>Offerte toegevoegd: %1</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>Voorraad</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) low</source>
        <translation>
            <numerusform>%n artikel laag</numerusform>
            <numerusform>%n artikelen laag</numerusform>
        </translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellen</translation>
    </message>
    <message>
        <source>Stock is fine</source>
        <translation>Voorraad in orde</translation>
    </message>
    <message>
        <source>Order low stock</source>
        <translation>Lage voorraad bestellen</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Ontvangen: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Lage voorraad</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Op voorraad</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Nog geen bestellingen</translation>
    </message>
    <message>
        <source>Order low stock from the top bar.</source>
        <translation>Bestel lage voorraad via de balk bovenaan.</translation>
    </message>
    <message>
        <source>Ordered from %1</source>
        <translation>Besteld bij %1</translation>
    </message>
    <message>
        <source>No purchases</source>
        <translation>Geen aankopen</translation>
    </message>
    <message>
        <source>Bigger purchases with quotes appear here.</source>
        <translation>Grotere aankopen met offertes verschijnen hier.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Offertes</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Voorraad</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) placed</source>
        <translation>
            <numerusform>%n bestelling geplaatst</numerusform>
            <numerusform>%n bestellingen geplaatst</numerusform>
        </translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw artikel</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
</context>
<context>
    <name>OutingPlan</name>
    <message>
        <source>Planned: %1 people × %2 = %3</source>
        <translation>Gepland: %1 personen × %2 = %3</translation>
    </message>
    <message>
        <source>No plan in this line yet</source>
        <translation>Nog geen plan in deze post</translation>
    </message>
    <message>
        <source>Fits in what is left (%1)</source>
        <translation>Past in wat over is (%1)</translation>
    </message>
    <message>
        <source>Does not fit: only %1 is left</source>
        <translation>Past niet: er is nog maar %1 over</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>per head</source>
        <translation>per persoon</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>BudgetCard</name>
    <message>
        <source>Spent</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <source>Committed (ordered)</source>
        <translation>Verplicht (besteld)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Projected on 31 December</source>
        <translation>Verwacht op 31 december</translation>
    </message>
    <message>
        <source>⚠ Runs out on %1, before the year is over</source>
        <translation>⚠ Reikt tot %1, niet tot het einde van het jaar</translation>
    </message>
    <message>
        <source>Lasts until the end of the year</source>
        <translation>Toereikend tot het einde van het jaar</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 wijzigen</translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <source>Budgets %1</source>
        <translation>Budgetten %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) run out early</source>
        <translation>
            <numerusform>%n post raakt te vroeg op</numerusform>
            <numerusform>%n posten raken te vroeg op</numerusform>
        </translation>
    </message>
    <message>
        <source>Every line lasts the year</source>
        <translation>Elke post is toereikend voor het jaar</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Volgend jaar</translation>
    </message>
    <message>
        <source>No budget lines for %1</source>
        <translation>Geen budgetposten voor %1</translation>
    </message>
    <message>
        <source>The office manager keeps them.</source>
        <translation>De office manager houdt ze bij.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nieuwe post</translation>
    </message>
    <message>
        <source>Add one with New line.</source>
        <translation>Voeg er een toe met Nieuwe post.</translation>
    </message>
</context>
<context>
    <name>spil::qml::BudgetListModel</name>
    <message>
        <source>Give the cost per head in euros, such as 85 or 85,50.</source>
        <translation>Geef de kosten per persoon in euro, zoals 85 of 85,50.</translation>
    </message>
    <message>
        <source>No office is open.</source>
        <translation>Er is geen kantoor geopend.</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Filed: %1</source>
        <translation>Gearchiveerd: %1</translation>
    </message>
    <message>
        <source>File removed: %1</source>
        <translation>Bestand verwijderd: %1</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archief</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n stuk</numerusform>
            <numerusform>%n stukken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gevonden</numerusform>
            <numerusform>%n gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>New archive item</source>
        <translation>Nieuw archiefstuk</translation>
    </message>
    <message>
        <source>Search subject, party, tag, text …</source>
        <translation>Zoek op onderwerp, partij, label, tekst …</translation>
    </message>
    <message>
        <source>No exact match; names spelt nearly:</source>
        <translation>Niets precies zo; namen die erop lijken:</translation>
    </message>
    <message>
        <source>The archive is empty</source>
        <translation>Het archief is leeg</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Niets gevonden</translation>
    </message>
    <message>
        <source>Add an item with New at the top.</source>
        <translation>Voeg een stuk toe met Nieuw bovenaan.</translation>
    </message>
    <message>
        <source>Try the start of a word, a party or a tag.</source>
        <translation>Probeer het begin van een woord, een partij of een label.</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>ArchiveItemPage</name>
    <message>
        <source>Filed: %1</source>
        <translation>Gearchiveerd: %1</translation>
    </message>
    <message>
        <source>File removed: %1</source>
        <translation>Bestand verwijderd: %1</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archief</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>ArchiveDelegate</name>
    <message>
        <source>Director's office</source>
        <translation>Bureau directeur</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <source>Only %1's office: he, his assistants and the office manager</source>
        <translation>Alleen het bureau van %1: hij, zijn assistenten en de officemanager</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Bestand verwijderen</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Bestand toevoegen</translation>
    </message>
    <message>
        <source>Add a file to %1</source>
        <translation>Bestand toevoegen aan %1</translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>Niets gekozen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>Choose an item from the list.</source>
        <translation>Kies een stuk uit de lijst.</translation>
    </message>
    <message>
        <source>This item is no longer in the archive.</source>
        <translation>Dit stuk staat niet meer in het archief.</translation>
    </message>
    <message>
        <source>Confidential: only %1 and his assistants</source>
        <translation>Vertrouwelijk: alleen %1 en zijn assistenten</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>No digital file</source>
        <translation>Geen digitaal bestand</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Looptijd</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Opzegging</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ArchiveForm</name>
    <message>
        <source>Who may see it</source>
        <translation>Wie het mag zien</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>The director's office</source>
        <translation>Het bureau van de directeur</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Only the director and his assistants.</source>
        <translation>Alleen de directeur en zijn assistenten.</translation>
    </message>
    <message>
        <source>The director, his assistants and the office manager.</source>
        <translation>De directeur, zijn assistenten en de officemanager.</translation>
    </message>
    <message>
        <source>Everyone in the office.</source>
        <translation>Iedereen op kantoor.</translation>
    </message>
    <message>
        <source>Archive of</source>
        <translation>Archief van</translation>
    </message>
    <message>
        <source>New archive item</source>
        <translation>Nieuw archiefstuk</translation>
    </message>
    <message>
        <source>Edit archive item</source>
        <translation>Archiefstuk bewerken</translation>
    </message>
    <message>
        <source>Letter in</source>
        <translation>Inkomende brief</translation>
    </message>
    <message>
        <source>Letter out</source>
        <translation>Uitgaande brief</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Date (year-month-day)</source>
        <translation>Datum (jaar-maand-dag)</translation>
    </message>
    <message>
        <source>Parties, separated by commas</source>
        <translation>Partijen, gescheiden door komma's</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Labels, gescheiden door komma's</translation>
    </message>
    <message>
        <source>Where the paper is</source>
        <translation>Waar het papier ligt</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>Kast</translation>
    </message>
    <message>
        <source>Binder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Plank</translation>
    </message>
    <message>
        <source>Keep (years, 0 = for ever)</source>
        <translation>Bewaren (jaren, 0 = altijd)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End (empty: until notice)</source>
        <translation>Einde (leeg: tot opzegging)</translation>
    </message>
    <message>
        <source>Notice period (months)</source>
        <translation>Opzegtermijn (maanden)</translation>
    </message>
</context>
<context>
    <name>spil::qml::ArchiveListModel</name>
    <message>
        <source>Letter in</source>
        <translation>Inkomende brief</translation>
    </message>
    <message>
        <source>Letter out</source>
        <translation>Uitgaande brief</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>Kast</translation>
    </message>
    <message>
        <source>Binder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Plank</translation>
    </message>
    <message>
        <source>Digital only</source>
        <translation>Alleen digitaal</translation>
    </message>
</context>
<context>
    <name>spil::qml::ArchiveDetails</name>
    <message>
        <source>Choose an item from the list.</source>
        <translation>Kies een stuk uit de lijst.</translation>
    </message>
    <message>
        <source>This device keeps no files.</source>
        <translation>Dit apparaat bewaart geen bestanden.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan %1 niet lezen.</translation>
    </message>
    <message>
        <source>Choose the director whose archive it is.</source>
        <translation>Kies in het archief van welke directeur het hoort.</translation>
    </message>
    <message>
        <source>Kept for ever</source>
        <translation>Wordt altijd bewaard</translation>
    </message>
    <message>
        <source>Keep until %1</source>
        <translation>Bewaren tot %1</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>From %1, until notice is given</source>
        <translation>Vanaf %1, tot opzegging</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message numerus="yes">
        <source>Notice by %1 (%n month(s) before the end)</source>
        <translation>
            <numerusform>Opzeggen vóór %1 (%n maand voor het einde)</numerusform>
            <numerusform>Opzeggen vóór %1 (%n maanden voor het einde)</numerusform>
        </translation>
    </message>
    <message>
        <source>No office is open.</source>
        <translation>Er is geen kantoor geopend.</translation>
    </message>
    <message>
        <source>Give the item a subject.</source>
        <translation>Geef het stuk een onderwerp.</translation>
    </message>
    <message>
        <source>Give the date as year-month-day, e.g. 2026-10-02.</source>
        <translation>Geef de datum als jaar-maand-dag, bijv. 2026-10-02.</translation>
    </message>
    <message>
        <source>Give the contract's dates as year-month-day.</source>
        <translation>Geef de data van het contract als jaar-maand-dag.</translation>
    </message>
</context>
<context>
    <name>spil::qml::AbsenceListModel</name>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
</context>
<context>
    <name>AbsenceDelegate</name>
    <message>
        <source>%1 · day %2</source>
        <translation>%1 · dag %2</translation>
    </message>
    <message>
        <source>Company doctor %1</source>
        <translation>Bedrijfsarts %1</translation>
    </message>
    <message>
        <source>Back today</source>
        <translation>Beter gemeld</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Company doctor…</source>
        <translation>Bedrijfsarts…</translation>
    </message>
</context>
<context>
    <name>PersonnelDateDelegate</name>
    <message numerus="yes">
        <source>Birthday, %n year(s)</source>
        <translation>
            <numerusform>Jarig, %n jaar</numerusform>
            <numerusform>Jarig, %n jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) with us</source>
        <translation>
            <numerusform>%n jaar in dienst</numerusform>
            <numerusform>%n jaar in dienst</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Inwerken</translation>
    </message>
    <message>
        <source>Onboarding ✓</source>
        <translation>Inwerken ✓</translation>
    </message>
</context>
<context>
    <name>DoctorVisitDialog</name>
    <message>
        <source>Company doctor for %1</source>
        <translation>Bedrijfsarts voor %1</translation>
    </message>
</context>
<context>
    <name>SickLeaveForm</name>
    <message>
        <source>Report sick</source>
        <translation>Ziekmelding</translation>
    </message>
    <message>
        <source>Who?</source>
        <translation>Wie?</translation>
    </message>
    <message>
        <source>Since today</source>
        <translation>Sinds vandaag</translation>
    </message>
    <message>
        <source>Since yesterday</source>
        <translation>Sinds gisteren</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Reden (niet verplicht)</translation>
    </message>
    <message>
        <source>Colleagues see only that they are absent; the reason stays with you.</source>
        <translation>Collega's zien alleen dat iemand afwezig is; de reden blijft bij jou.</translation>
    </message>
</context>
<context>
    <name>PersonnelPage</name>
    <message>
        <source>Dates of a colleague…</source>
        <translation>Datums van een collega…</translation>
    </message>
    <message>
        <source>Dates of %1 saved</source>
        <translation>Datums van %1 opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) added to your tasks</source>
        <translation>
            <numerusform>%n herinnering aan je taken toegevoegd</numerusform>
            <numerusform>%n herinneringen aan je taken toegevoegd</numerusform>
        </translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Nobody is absent</source>
        <translation>Niemand is afwezig</translation>
    </message>
    <message numerus="yes">
        <source>%n colleague(s) absent</source>
        <translation>
            <numerusform>%n collega afwezig</numerusform>
            <numerusform>%n collega's afwezig</numerusform>
        </translation>
    </message>
    <message>
        <source>Report sick</source>
        <translation>Ziekmelding</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Sick leave of %1 removed</source>
        <translation>Ziekmelding van %1 verwijderd</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Everyone is in.</source>
        <translation>Iedereen is er.</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Binnenkort</translation>
    </message>
    <message numerus="yes">
        <source>No birthdays, anniversaries or new colleagues in the next %n day(s).</source>
        <translation>
            <numerusform>Geen verjaardagen, jubilea of nieuwe collega's in de komende %n dag.</numerusform>
            <numerusform>Geen verjaardagen, jubilea of nieuwe collega's in de komende %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Onboarding checklist started</source>
        <translation>Inwerkchecklist gestart</translation>
    </message>
    <message>
        <source>Company doctor %1 for %2</source>
        <translation>Bedrijfsarts %1 voor %2</translation>
    </message>
</context>
<context>
    <name>SecretariatPage</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariaat</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Je verzoeken</translation>
    </message>
    <message>
        <source>Waiting to be handed on: %1</source>
        <translation>Wacht op verdeling: %1</translation>
    </message>
    <message>
        <source>Everything is handed on</source>
        <translation>Alles is verdeeld</translation>
    </message>
    <message>
        <source>Work distribution</source>
        <translation>Werkverdeling</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verdeling</translation>
    </message>
    <message>
        <source>Sent to the secretariat: %1</source>
        <translation>Naar het secretariaat: %1</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>De wachtrij</translation>
    </message>
    <message>
        <source>What you asked</source>
        <translation>Wat je hebt gevraagd</translation>
    </message>
    <message>
        <source>Handed to %1</source>
        <translation>Overgedragen aan %1</translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation>De wachtrij is leeg</translation>
    </message>
    <message>
        <source>Nothing asked yet</source>
        <translation>Nog niets gevraagd</translation>
    </message>
    <message>
        <source>Requests to the secretariat appear here.</source>
        <translation>Verzoeken aan het secretariaat verschijnen hier.</translation>
    </message>
</context>
<context>
    <name>ServiceRequestForm</name>
    <message>
        <source>Edit list</source>
        <translation>Lijst bewerken</translation>
    </message>
    <message>
        <source>What can the secretariat do for you?</source>
        <translation>Wat kan het secretariaat voor je doen?</translation>
    </message>
    <message>
        <source>What do you need? (room for 12, train to Brussels ...)</source>
        <translation>Wat heb je nodig? (zaal voor 12, trein naar Brussel ...)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
</context>
<context>
    <name>ServiceRequestDelegate</name>
    <message>
        <source>Done by %1</source>
        <translation>Gedaan door %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Bij %1</translation>
    </message>
    <message>
        <source>Waiting for the secretariat</source>
        <translation>Wacht op het secretariaat</translation>
    </message>
    <message>
        <source>needed %1</source>
        <translation>nodig %1</translation>
    </message>
    <message>
        <source>Hand to</source>
        <translation>Geef aan</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Intrekken</translation>
    </message>
</context>
<context>
    <name>DistributionPage</name>
    <message>
        <source>Work distribution</source>
        <translation>Werkverdeling</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>No secretaries</source>
        <translation>Geen secretaresses</translation>
    </message>
    <message>
        <source>Assistants appear here with their work.</source>
        <translation>Assistenten verschijnen hier met hun werk.</translation>
    </message>
</context>
<context>
    <name>SecretaryLoadCard</name>
    <message>
        <source>Serves %1</source>
        <translation>Werkt voor %1</translation>
    </message>
    <message>
        <source>Serves no director</source>
        <translation>Werkt voor geen directeur</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>Hide tasks</source>
        <translation>Taken verbergen</translation>
    </message>
    <message>
        <source>Reassign tasks</source>
        <translation>Taken verdelen</translation>
    </message>
</context>
<context>
    <name>WeekLoadChart</name>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
</context>
<context>
    <name>spil::qml::WorkDistributionModel</name>
    <message>
        <source>Moved to %1</source>
        <translation>Verplaatst naar %1</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message numerus="yes">
        <source>Visitor names are kept %n day(s)</source>
        <translation>
            <numerusform>Namen van bezoekers worden %n dag bewaard</numerusform>
            <numerusform>Namen van bezoekers worden %n dagen bewaard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep names %n day(s)…</source>
        <translation>
            <numerusform>Namen %n dag bewaren…</numerusform>
            <numerusform>Namen %n dagen bewaren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n visitor(s) in</source>
        <translation>
            <numerusform>%1 van %n bezoeker binnen</numerusform>
            <numerusform>%1 van %n bezoekers binnen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checked in</source>
        <translation>%1 is ingecheckt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Day list ready</source>
        <translation>Daglijst klaar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Receptie</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %n visitor(s) in</source>
        <translation>
            <numerusform>%1 · %2 van %n bezoeker binnen</numerusform>
            <numerusform>%1 · %2 van %n bezoekers binnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the day list</source>
        <translation>Daglijst afdrukken</translation>
    </message>
    <message>
        <source>Day list in English</source>
        <translation>Daglijst in het Engels</translation>
    </message>
    <message>
        <source>Day list in Dutch</source>
        <translation>Daglijst in het Nederlands</translation>
    </message>
    <message>
        <source>Add visitor</source>
        <translation>Bezoeker toevoegen</translation>
    </message>
    <message>
        <source>Find a visitor by name</source>
        <translation>Zoek een bezoeker op naam</translation>
    </message>
    <message>
        <source>Nobody by that name today.</source>
        <translation>Vandaag niemand met die naam.</translation>
    </message>
    <message>
        <source>No visitors expected today.</source>
        <translation>Vandaag worden geen bezoekers verwacht.</translation>
    </message>
</context>
<context>
    <name>VisitorDelegate</name>
    <message>
        <source>%1 · for %2</source>
        <translation>%1 · voor %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>voor %1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Inchecken</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <source>Add visitor</source>
        <translation>Bezoeker toevoegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation>Organisatie (niet verplicht)</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>Voor wie?</translation>
    </message>
</context>
<context>
    <name>spil::qml::ReceptionModel</name>
    <message>
        <source>in at %1</source>
        <translation>binnen om %1</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <source>Make draft</source>
        <translation>Concept maken</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>Akkoord vragen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Sent …</source>
        <translation>Verstuurd …</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>LetterDelegate</name>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Aan %1</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>Nieuwe brief</translation>
    </message>
    <message>
        <source>To whom?</source>
        <translation>Aan wie?</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Aan %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>The director&apos;s notes (type or dictate)</source>
        <translation>De notities van de directeur (typ of dicteer)</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
</context>
<context>
    <name>LetterheadPage</name>
    <message>
        <source>Letterhead saved for the whole office</source>
        <translation>Briefpapier opgeslagen voor het hele kantoor</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Briefpapier</translation>
    </message>
    <message>
        <source>On letters, minutes and the visitor list</source>
        <translation>Op brieven, notulen en de bezoekerslijst</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Naam van het kantoor</translation>
    </message>
    <message>
        <source>Closing of English letters: %1</source>
        <translation>Slot van Engelse brieven: %1</translation>
    </message>
    <message>
        <source>The office has not set its letterhead yet: this device prints what it kept itself.</source>
        <translation>Het kantoor heeft nog geen briefpapier ingesteld: dit apparaat drukt af wat het zelf bewaarde.</translation>
    </message>
    <message>
        <source>Only the office manager changes the letterhead.</source>
        <translation>Alleen de officemanager wijzigt het briefpapier.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Address, one line each (street, postcode and town, phone)</source>
        <translation>Adres, elk op een eigen regel (straat, postcode en plaats, telefoon)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Place letters are dated from</source>
        <translation>Plaats waarvandaan brieven gedateerd worden</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formeel</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <source>Dutch letters always use the formal “u”; the style sets how English letters close.</source>
        <translation>Nederlandse brieven gebruiken altijd de beleefdheidsvorm ‘u’; de stijl bepaalt hoe Engelse brieven afsluiten.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>spil::qml::LetterheadDetails</name>
    <message>
        <source>Only the office manager changes the letterhead.</source>
        <translation>Alleen de officemanager wijzigt het briefpapier.</translation>
    </message>
    <message>
        <source>The letterhead needs the office's name.</source>
        <translation>Het briefpapier heeft de naam van het kantoor nodig.</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>Approved: %1</source>
        <translation>Akkoord gegeven: %1</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Sent and filed: %1</source>
        <translation>Verstuurd en gearchiveerd: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <source>Nothing chosen</source>
        <translation>Niets gekozen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>Choose a letter from the list.</source>
        <translation>Kies een brief uit de lijst.</translation>
    </message>
    <message>
        <source>This letter is no longer there.</source>
        <translation>Deze brief is er niet meer.</translation>
    </message>
    <message>
        <source>Confidential: only %1 and his assistants</source>
        <translation>Vertrouwelijk: alleen %1 en zijn assistenten</translation>
    </message>
    <message>
        <source>%1&apos;s comment</source>
        <translation>Opmerking van %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Notes of %1</source>
        <translation>Notities van %1</translation>
    </message>
    <message>
        <source>Type or dictate the notes</source>
        <translation>Typ of dicteer de notities</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Comment for the secretary</source>
        <translation>Opmerking voor het secretariaat</translation>
    </message>
    <message>
        <source>What should change (type or dictate)</source>
        <translation>Wat moet er anders (typ of dicteer)</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Approved: %1</source>
        <translation>Akkoord gegeven: %1</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>Nieuwe brief</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Wacht op mij</translation>
    </message>
    <message>
        <source>Nothing waits for you</source>
        <translation>Er wacht niets op je</translation>
    </message>
    <message>
        <source>No letters</source>
        <translation>Geen brieven</translation>
    </message>
    <message>
        <source>Letters to approve appear here.</source>
        <translation>Brieven om goed te keuren verschijnen hier.</translation>
    </message>
    <message>
        <source>Start one with New at the top.</source>
        <translation>Begin er een met Nieuw bovenaan.</translation>
    </message>
    <message>
        <source>Sent and filed: %1</source>
        <translation>Verstuurd en gearchiveerd: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n brief</numerusform>
            <numerusform>%n brieven</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersWaitingCard</name>
    <message numerus="yes">
        <source>%n letter(s) waiting for your approval</source>
        <translation>
            <numerusform>%n brief wacht op je akkoord</numerusform>
            <numerusform>%n brieven wachten op je akkoord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Letter sent</source>
        <translation>Brief verstuurd</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Per post</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Per e-mail</translation>
    </message>
    <message>
        <source>Day (year-month-day)</source>
        <translation>Dag (jaar-maand-dag)</translation>
    </message>
    <message>
        <source>The letter is filed in the archive with its PDF and the notes.</source>
        <translation>De brief wordt met de pdf en de notities in het archief opgeborgen.</translation>
    </message>
</context>
<context>
    <name>spil::qml::LetterDetails</name>
    <message>
        <source>Choose the director the letter is from.</source>
        <translation>Kies van welke directeur de brief is.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Sent by e-mail on %1</source>
        <translation>Per e-mail verstuurd op %1</translation>
    </message>
    <message>
        <source>Sent by post on %1</source>
        <translation>Per post verstuurd op %1</translation>
    </message>
    <message>
        <source>No office is open.</source>
        <translation>Er is geen kantoor geopend.</translation>
    </message>
    <message>
        <source>Choose whom the letter goes to.</source>
        <translation>Kies aan wie de brief gaat.</translation>
    </message>
    <message>
        <source>Give the letter a subject.</source>
        <translation>Geef de brief een onderwerp.</translation>
    </message>
    <message>
        <source>Give the day as year-month-day, e.g. 2026-11-30.</source>
        <translation>Geef de dag als jaar-maand-dag, bijv. 2026-11-30.</translation>
    </message>
    <message>
        <source>This device keeps no files.</source>
        <translation>Dit apparaat bewaart geen bestanden.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>De pdf kon niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>spil::qml::LetterListModel</name>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wacht op akkoord</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Klaar om te versturen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Sent by e-mail on %1</source>
        <translation>Per e-mail verstuurd op %1</translation>
    </message>
    <message>
        <source>Sent by post on %1</source>
        <translation>Per post verstuurd op %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>In het Engels</translation>
    </message>
    <message>
        <source>In Dutch</source>
        <translation>In het Nederlands</translation>
    </message>
</context>
<context>
    <name>SupplyItemDialog</name>
    <message>
        <source>Edit supply item</source>
        <translation>Artikel wijzigen</translation>
    </message>
    <message>
        <source>New supply item</source>
        <translation>Nieuw artikel</translation>
    </message>
    <message>
        <source>What (printer paper A4)</source>
        <translation>Wat (printerpapier A4)</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Op voorraad</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Bijbestellen bij</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Artikel verwijderen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Price per unit (€)</source>
        <translation>Prijs per eenheid (€)</translation>
    </message>
    <message>
        <source>box, pack</source>
        <translation>doos, pak</translation>
    </message>
</context>
<context>
    <name>spil::qml::SupplyItemEditor</name>
    <message>
        <source>Give the item a name.</source>
        <translation>Geef het artikel een naam.</translation>
    </message>
    <message>
        <source>Give the price in euros, such as 28 or 28,99.</source>
        <translation>Geef de prijs in euro, zoals 28 of 28,99.</translation>
    </message>
    <message>
        <source>Stock and reorder level cannot be below zero.</source>
        <translation>Voorraad en bestelniveau kunnen niet onder nul.</translation>
    </message>
    <message>
        <source>No office is open.</source>
        <translation>Er is geen kantoor geopend.</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Edit budget line</source>
        <translation>Begrotingspost wijzigen</translation>
    </message>
    <message>
        <source>New budget line %1</source>
        <translation>Nieuwe begrotingspost %1</translation>
    </message>
    <message>
        <source>What for (office supplies, the outing)</source>
        <translation>Waarvoor (kantoorartikelen, het uitje)</translation>
    </message>
    <message>
        <source>Amount for the year (€)</source>
        <translation>Bedrag voor het jaar (€)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Post verwijderen</translation>
    </message>
</context>
<context>
    <name>spil::qml::BudgetLineEditor</name>
    <message>
        <source>Give the line a name.</source>
        <translation>Geef de post een naam.</translation>
    </message>
    <message>
        <source>Give the amount in euros, such as 1250 or 1250,50.</source>
        <translation>Geef het bedrag in euro, zoals 1250 of 1250,50.</translation>
    </message>
    <message>
        <source>No office is open.</source>
        <translation>Er is geen kantoor geopend.</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>New purchase</source>
        <translation>Nieuwe aankoop</translation>
    </message>
    <message>
        <source>What (a new copier)</source>
        <translation>Wat (een nieuw kopieerapparaat)</translation>
    </message>
    <message>
        <source>Charged to</source>
        <translation>Ten laste van</translation>
    </message>
    <message>
        <source>Notes (what it must do)</source>
        <translation>Notities (wat het moet kunnen)</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <source>Quote for %1</source>
        <translation>Offerte voor %1</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Price in euros</source>
        <translation>Prijs in euro</translation>
    </message>
    <message>
        <source>Notes (delivery, service)</source>
        <translation>Notities (levering, service)</translation>
    </message>
</context>
<context>
    <name>spil::qml::PurchaseListModel</name>
    <message>
        <source>Give the purchase a title.</source>
        <translation>Geef de aankoop een naam.</translation>
    </message>
    <message>
        <source>Choose the budget line it is charged to.</source>
        <translation>Kies de budgetregel waar het ten laste van komt.</translation>
    </message>
    <message>
        <source>Give the supplier of the quote.</source>
        <translation>Geef de leverancier van de offerte.</translation>
    </message>
    <message>
        <source>Give the quote a price in euros, e.g. 749,50.</source>
        <translation>Geef de offerte een prijs in euro, bijv. 749,50.</translation>
    </message>
</context>
<context>
    <name>PersonnelDatesDialog</name>
    <message>
        <source>Dates of a colleague</source>
        <translation>Datums van een collega</translation>
    </message>
    <message>
        <source>Born (year-month-day)</source>
        <translation>Geboren (jaar-maand-dag)</translation>
    </message>
    <message>
        <source>e.g. 1988-03-14</source>
        <translation>bijv. 1988-03-14</translation>
    </message>
    <message>
        <source>First working day (year-month-day)</source>
        <translation>Eerste werkdag (jaar-maand-dag)</translation>
    </message>
    <message>
        <source>e.g. 2027-01-04</source>
        <translation>bijv. 2027-01-04</translation>
    </message>
</context>
<context>
    <name>spil::qml::PersonnelDatesModel</name>
    <message>
        <source>No office is open.</source>
        <translation>Er is geen kantoor open.</translation>
    </message>
    <message>
        <source>Choose the colleague.</source>
        <translation>Kies de collega.</translation>
    </message>
    <message>
        <source>Give the dates as year-month-day, e.g. 2027-01-04.</source>
        <translation>Geef de datums als jaar-maand-dag, bijv. 2027-01-04.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Keep visitor names</source>
        <translation>Namen van bezoekers bewaren</translation>
    </message>
    <message>
        <source>Days after the visit</source>
        <translation>Dagen na het bezoek</translation>
    </message>
    <message>
        <source>Names and organisations are then removed from every device; when and for whom stay.</source>
        <translation>Namen en organisaties verdwijnen dan van elk apparaat; wanneer en voor wie blijven staan.</translation>
    </message>
</context>
<context>
    <name>ServiceLine</name>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Offer again</source>
        <translation>Weer aanbieden</translation>
    </message>
    <message>
        <source>Stopped: takes no new requests</source>
        <translation>Gestopt: geen nieuwe verzoeken</translation>
    </message>
    <message>
        <source>Stopped · %1</source>
        <translation>Gestopt · %1</translation>
    </message>
</context>
<context>
    <name>ServicesDialog</name>
    <message>
        <source>No longer offered: %1</source>
        <translation>Niet meer aangeboden: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Services of the secretariat</source>
        <translation>Diensten van het secretariaat</translation>
    </message>
    <message>
        <source>What people can ask the secretariat for. A stopped service takes no new requests; the ones it has stay.</source>
        <translation>Waarvoor men bij het secretariaat terechtkan. Een gestopte dienst krijgt geen nieuwe verzoeken; de verzoeken die er zijn, blijven.</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nieuwe dienst</translation>
    </message>
    <message>
        <source>Change service</source>
        <translation>Dienst wijzigen</translation>
    </message>
    <message>
        <source>Name (book a room)</source>
        <translation>Naam (vergaderruimte reserveren)</translation>
    </message>
    <message>
        <source>What it covers (optional)</source>
        <translation>Wat eronder valt (optioneel)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
</TS>
