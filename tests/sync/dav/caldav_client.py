# SPDX-License-Identifier: GPL-3.0-or-later
# A CalDAV client session against spil-server with python3-caldav, as a calendar app would
# run it: discovery from the server's root, an event created, changed with If-Match (and a
# stale change refused with 412), a sync-collection report, the event deleted, and a weekly
# series searched with the server expanding it into the instances of a window (in UTC: had
# the client expanded it itself, the times would be in the series' own zone).
# Usage: caldav_client.py URL USER APP_PASSWORD [CERTIFICATE]; with a certificate (PEM),
# an https server is trusted by it alone. Prints one line per step; exits non-zero at the
# first step that fails.
import sys
from datetime import datetime, timezone
import caldav
from caldav.lib import error

url, user, password = sys.argv[1:4]
trusted = sys.argv[4] if len(sys.argv) > 4 else True

EVENT = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//caldav client//EN
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261130T090000Z
DTSTART:20261203T140000Z
DTEND:20261203T150000Z
SUMMARY:{title}
LOCATION:Kamer 4
END:VEVENT
END:VCALENDAR
"""


def step(name, ok):
    print(("ok " if ok else "FAILED ") + name, flush=True)
    if not ok:
        sys.exit(1)


client = caldav.DAVClient(url=url, username=user, password=password, ssl_verify_cert=trusted)
principal = client.principal()
step("discovery: principal " + str(principal.url), str(principal.url).endswith("/dav/principals/%s/" % user))
calendars = principal.calendars()
names = sorted(c.get_display_name() for c in calendars)
print("calendars: " + ", ".join(names), flush=True)
agenda = [c for c in calendars if str(c.url).endswith("/agenda/")][0]
step("discovery: own agenda and task list", any(str(c.url).endswith("/tasks/") for c in calendars))

before = agenda.objects_by_sync_token(load_objects=False)
token = before.sync_token
step("sync-collection: a first token", bool(token))

event = agenda.save_event(EVENT.format(uid="caldav-client-1@test", title="Lunch met de notaris"))
step("create", event.url is not None)
read = agenda.event_by_uid("caldav-client-1@test")
step("read back", "Lunch met de notaris" in read.data)
etag = client.request(str(read.url), "GET").headers.get("ETag")
step("etag", bool(etag))

changed = client.request(
    str(read.url), "PUT", EVENT.format(uid="caldav-client-1@test", title="Lunch met de notaris (verzet)"),
    {"If-Match": etag, "Content-Type": "text/calendar; charset=utf-8"})
step("change with If-Match: %d" % changed.status, changed.status == 204)
stale = client.request(
    str(read.url), "PUT", EVENT.format(uid="caldav-client-1@test", title="Oud"),
    {"If-Match": etag, "Content-Type": "text/calendar; charset=utf-8"})
step("stale If-Match refused: %d" % stale.status, stale.status == 412)

after = agenda.objects_by_sync_token(sync_token=token, load_objects=True)
titles = [o.data for o in after]
step("sync-collection: the change since the token",
     len(titles) == 1 and "(verzet)" in titles[0])
token = after.sync_token

agenda.event_by_uid("caldav-client-1@test").delete()
try:
    agenda.event_by_uid("caldav-client-1@test")
    gone = False
except error.NotFoundError:
    gone = True
step("delete", gone)
removed = agenda.objects_by_sync_token(sync_token=token, load_objects=False)
step("sync-collection: the delete since the token",
     any("caldav-client-1" in str(o.url) for o in removed))

SERIES = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//caldav client//EN
BEGIN:VEVENT
UID:caldav-client-series@test
DTSTAMP:20261130T090000Z
DTSTART;TZID=Europe/Amsterdam:20261207T090000
DTEND;TZID=Europe/Amsterdam:20261207T093000
RRULE:FREQ=WEEKLY;COUNT=6
SUMMARY:Weekstart
END:VEVENT
END:VCALENDAR
"""
agenda.save_event(SERIES)
found = agenda.search(start=datetime(2026, 12, 13, tzinfo=timezone.utc),
                      end=datetime(2026, 12, 28, tzinfo=timezone.utc),
                      event=True, expand=True)
starts = sorted(str(o.icalendar_instance.walk("VEVENT")[0]["DTSTART"].dt)
                for o in found if "Weekstart" in o.data)
step("expanded search: the two instances in the window " + ", ".join(starts),
     starts == ["2026-12-14 08:00:00+00:00", "2026-12-21 08:00:00+00:00"])
print("done", flush=True)
