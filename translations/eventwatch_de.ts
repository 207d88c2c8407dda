<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AvatarCache</name>
    <message>
        <source>The download is not an image.</source>
        <translation>Die heruntergeladene Datei ist kein Bild.</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2 pixels).</source>
        <translation>Das Bild ist zu groß (%1 × %2 Pixel).</translation>
    </message>
    <message>
        <source>The server is too slow.</source>
        <translation>Der Server antwortet zu langsam.</translation>
    </message>
    <message>
        <source>The server redirected to an address that is not a web address.</source>
        <translation>Der Server hat auf eine Adresse umgeleitet, die keine Webadresse ist.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server hat mit %1 geantwortet.</translation>
    </message>
    <message>
        <source>The image is larger than %1 KiB.</source>
        <translation>Das Bild ist größer als %1 KiB.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run the receiver without a window.</source>
        <translation>Den Empfänger ohne Fenster ausführen.</translation>
    </message>
    <message>
        <source>Keep the database in &lt;dir&gt; (default: %1).</source>
        <translation>Die Datenbank in &lt;dir&gt; ablegen (Standard: %1).</translation>
    </message>
    <message>
        <source>Listen on address &lt;addr&gt; (default: 127.0.0.1).</source>
        <translation>Auf Adresse &lt;addr&gt; lauschen (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <source>Listen on port &lt;n&gt; (default: %1; 0 picks a free one).</source>
        <translation>Auf Port &lt;n&gt; lauschen (Standard: %1; 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>Read the webhook token from &lt;file&gt; (must not be readable by others) instead of the system keychain.</source>
        <translation>Das Webhook-Token aus &lt;file&gt; lesen (darf für andere nicht lesbar sein) statt aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Refuse bodies larger than &lt;bytes&gt; (default: %1).</source>
        <translation>Anfragen mit mehr als &lt;bytes&gt; Byte ablehnen (Standard: %1).</translation>
    </message>
    <message>
        <source>Accept deliveries without a token (only on a loopback address).</source>
        <translation>Zustellungen ohne Token annehmen (nur auf einer Loopback-Adresse).</translation>
    </message>
    <message>
        <source>Receives Mighty Networks webhooks and shows the scheduled events.

Other commands:
  eventwatch export --help   Write the stored events as CSV, JSON or NDJSON.
  eventwatch token --help    Generate, show, set or clear the webhook token in the system keychain.</source>
        <translation>Empfängt die Webhooks von Mighty Networks und zeigt die geplanten Events.

Weitere Befehle:
  eventwatch export --help   Die gespeicherten Events als CSV, JSON oder NDJSON ausgeben.
  eventwatch token --help    Das Webhook-Token im Schlüsselbund des Systems erzeugen, anzeigen, setzen oder löschen.</translation>
    </message>
    <message>
        <source>unknown command: %1 (see --help)</source>
        <translation>unbekannter Befehl: %1 (siehe --help)</translation>
    </message>
    <message>
        <source>--data-dir must not be empty</source>
        <translation>--data-dir darf nicht leer sein</translation>
    </message>
    <message>
        <source>--bind: %1 is not an IP address</source>
        <translation>--bind: %1 ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>--port: %1 is not a port number (0-65535)</source>
        <translation>--port: %1 ist keine Portnummer (0–65535)</translation>
    </message>
    <message>
        <source>--max-body: give a number of bytes from 1 to %1</source>
        <translation>--max-body: eine Anzahl Bytes von 1 bis %1 angeben</translation>
    </message>
    <message>
        <source>--no-auth and --token-file exclude each other</source>
        <translation>--no-auth und --token-file schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>--no-auth is refused on %1: without a token only a loopback address may be used</source>
        <translation>--no-auth wird auf %1 abgelehnt: ohne Token ist nur eine Loopback-Adresse erlaubt</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>cannot configure %1: %2</source>
        <translation>%1 kann nicht eingerichtet werden: %2</translation>
    </message>
</context>
<context>
    <name>DeliveriesView</name>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Filter by type, reason, address, event id or status</source>
        <translation>Nach Typ, Grund, Adresse, Event-ID oder Status filtern</translation>
    </message>
    <message>
        <source>Which attempts to show</source>
        <translation>Welche Versuche angezeigt werden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the deliveries again</source>
        <translation>Die Zustellungen neu einlesen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>All attempts</source>
        <translation>Alle Versuche</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>No deliveries match the filter.</source>
        <translation>Keine Zustellung passt zum Filter.</translation>
    </message>
    <message>
        <source>No deliveries yet. Deliveries and refused attempts show up here as they arrive.</source>
        <translation>Noch keine Zustellungen. Zustellungen und abgelehnte Versuche erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Cannot read the deliveries: %1</source>
        <translation>Die Zustellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the newest %1</source>
        <translation>die neuesten %1</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>In the last 24 hours: %1; %2</source>
        <translation>In den letzten 24 Stunden: %1; %2</translation>
    </message>
    <message>
        <source>nothing refused</source>
        <translation>nichts abgelehnt</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 × other reasons</source>
        <translation>%1 × andere Gründe</translation>
    </message>
    <message>
        <source>%1 refused — %2</source>
        <translation>%1 abgelehnt – %2</translation>
    </message>
    <message>
        <source>no delivery was retried</source>
        <translation>keine Zustellung wurde wiederholt</translation>
    </message>
    <message>
        <source>1 delivery was retried by Mighty Networks</source>
        <translation>1 Zustellung wurde von Mighty Networks wiederholt</translation>
    </message>
    <message>
        <source>%1 deliveries were retried by Mighty Networks</source>
        <translation>%1 Zustellungen wurden von Mighty Networks wiederholt</translation>
    </message>
</context>
<context>
    <name>DeliveryLogModel</name>
    <message>
        <source>Local time of the attempt; for a retried delivery, of its latest attempt</source>
        <translation>Ortszeit des Versuchs; bei einer wiederholten Zustellung die des letzten Versuchs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Event-ID</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>%1 stored</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Refused with HTTP %1: %2</source>
        <translation>Mit HTTP %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Pfad: %1</translation>
    </message>
    <message>
        <source>Stored delivery %1</source>
        <translation>Gespeicherte Zustellung %1</translation>
    </message>
    <message>
        <source>Mighty Networks sent it %1 times; the time is that of the latest.</source>
        <translation>Mighty Networks hat sie %1-mal gesendet; die Zeit ist die des letzten Versuchs.</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Zeitpunkt: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryLogQuery</name>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>retried once</source>
        <translation>einmal wiederholt</translation>
    </message>
    <message>
        <source>retried %1 times</source>
        <translation>%1-mal wiederholt</translation>
    </message>
</context>
<context>
    <name>DeliveryWriter</name>
    <message>
        <source>cannot prepare statements: %1</source>
        <translation>die SQL-Anweisungen können nicht vorbereitet werden: %1</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>there is no notification area</source>
        <translation>es gibt keinen Benachrichtigungsbereich</translation>
    </message>
    <message>
        <source>Desktop notifications are off: no notification service answers.</source>
        <translation>Desktop-Benachrichtigungen sind aus: Kein Benachrichtigungsdienst antwortet.</translation>
    </message>
</context>
<context>
    <name>EventDetailsPanel</name>
    <message>
        <source>Select an event to see its details</source>
        <translation>Wählen Sie ein Event aus, um seine Details zu sehen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Your time:</source>
        <translation>Ihre Zeit:</translation>
    </message>
    <message>
        <source>Event time:</source>
        <translation>Zeit des Events:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Wiederholung:</translation>
    </message>
    <message>
        <source>Open in Mighty Networks</source>
        <translation>In Mighty Networks öffnen</translation>
    </message>
    <message>
        <source>Open the event in your web browser</source>
        <translation>Das Event im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation>Empfehlungen:</translation>
    </message>
    <message>
        <source>Ambassador level:</source>
        <translation>Botschafter-Stufe:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Open the creator&apos;s profile in your web browser</source>
        <translation>Das Profil des Erstellers im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>RSVPs</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Raw deliveries</source>
        <translation>Rohdaten der Zustellungen</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (zurückgezogen)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Recurrence rule</source>
        <translation>Wiederholungsregel</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Instance canceled</source>
        <translation>Termin abgesagt</translation>
    </message>
    <message>
        <source>%1, every %2</source>
        <translation>%1, alle %2</translation>
    </message>
    <message>
        <source>(%1 more characters: use Copy JSON to get all of it)</source>
        <translation>(%1 weitere Zeichen: mit „JSON kopieren“ erhalten Sie alles)</translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>Event ohne Titel</translation>
    </message>
    <message>
        <source>%1 · event %2</source>
        <translation>%1 · Event %2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <source>No RSVPs yet.</source>
        <translation>Noch keine Rückmeldungen.</translation>
    </message>
    <message>
        <source>%1 yes · %2 maybe · %3 no</source>
        <translation>%1 ja · %2 vielleicht · %3 nein</translation>
    </message>
    <message>
        <source>RSVPs are turned off.</source>
        <translation>Rückmeldungen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>RSVPs are closed.</source>
        <translation>Rückmeldungen sind geschlossen.</translation>
    </message>
    <message>
        <source>No changes recorded. Updates to this event will be listed here.</source>
        <translation>Keine Änderungen erfasst. Aktualisierungen dieses Events werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>No deliveries about this event are stored.</source>
        <translation>Zu diesem Event sind keine Zustellungen gespeichert.</translation>
    </message>
    <message>
        <source>The %1 newest of %2 deliveries about this event, newest first.</source>
        <translation>Die %1 neuesten von %2 Zustellungen zu diesem Event, die neueste zuerst.</translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation>Die neueste zuerst.</translation>
    </message>
    <message>
        <source>%1 · received %2 · attempts: %3</source>
        <translation>%1 · empfangen %2 · Versuche: %3</translation>
    </message>
    <message>
        <source>Webhook event id %1</source>
        <translation>Webhook-Event-ID %1</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy this delivery&apos;s body to the clipboard</source>
        <translation>Den Inhalt dieser Zustellung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>EventDetailsQuery</name>
    <message>
        <source>cannot read the event: %1</source>
        <translation>das Event kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>EventExporter</name>
    <message>
        <source>cannot read the events: %1</source>
        <translation>die Events können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the events from %1: %2</source>
        <translation>die Events aus %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>cannot write the export: only %1 of %2 bytes written</source>
        <translation>der Export kann nicht geschrieben werden: nur %1 von %2 Bytes geschrieben</translation>
    </message>
    <message>
        <source>cannot write the export: the output is not open</source>
        <translation>der Export kann nicht geschrieben werden: die Ausgabe ist nicht geöffnet</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Answers: yes / maybe / no</source>
        <translation>Antworten: ja / vielleicht / nein</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>RSVPs</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>%1 yes, %2 maybe, %3 no</source>
        <translation>%1 ja, %2 vielleicht, %3 nein</translation>
    </message>
</context>
<context>
    <name>EventTypeText</name>
    <message>
        <source>Local</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Online-Meeting</translation>
    </message>
    <message>
        <source>Zoom meeting</source>
        <translation>Zoom-Meeting</translation>
    </message>
    <message>
        <source>Zoom webinar</source>
        <translation>Zoom-Webinar</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Local meetup</source>
        <translation>Treffen vor Ort</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>missing --format; use one of %1</source>
        <translation>--format fehlt; eines von %1 angeben</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use one of %2</source>
        <translation>unbekanntes Format „%1“; eines von %2 angeben</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Read the events stored in &lt;DIR&gt; (default: %1).</source>
        <translation>Die in &lt;DIR&gt; gespeicherten Events lesen (Standard: %1).</translation>
    </message>
    <message>
        <source>Write &lt;FORMAT&gt;: %1.</source>
        <translation>&lt;FORMAT&gt; schreiben: %1.</translation>
    </message>
    <message>
        <source>Write to &lt;FILE&gt; instead of standard output. &lt;FILE&gt; is only replaced when the export succeeds.</source>
        <translation>In &lt;FILE&gt; statt in die Standardausgabe schreiben. &lt;FILE&gt; wird nur ersetzt, wenn der Export gelingt.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--data-dir must not be empty</source>
        <translation>--data-dir darf nicht leer sein</translation>
    </message>
    <message>
        <source>no default data directory here; pass --data-dir DIR</source>
        <translation>hier gibt es kein Standard-Datenverzeichnis; --data-dir DIR angeben</translation>
    </message>
    <message>
        <source>-o must not be empty</source>
        <translation>-o darf nicht leer sein</translation>
    </message>
    <message>
        <source>no Eventwatch data in %1</source>
        <translation>keine Eventwatch-Daten in %1</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>exported %n event(s) to %1</source>
        <translation>
            <numerusform>%n Event nach %1 exportiert</numerusform>
            <numerusform>%n Events nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the events Eventwatch has stored, one row per event: every event, or those the filters select (all of them must match).</source>
        <translation>Gibt die von Eventwatch gespeicherten Events aus, eine Zeile pro Event: alle Events oder die, die die Filter auswählen (alle Filter müssen zutreffen).</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z]</source>
        <translation>--%1 „%2“ ist kein Datum; verwenden Sie JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM[:SS][Z]</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n event(s) without a start time</source>
        <translation>
            <numerusform>%n Event ohne Beginn übersprungen</numerusform>
            <numerusform>%n Events ohne Beginn übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Only events whose title, summary, location, space or creator has words beginning with every word of &lt;TEXT&gt;.</source>
        <translation>Nur Events, deren Titel, Beschreibung, Ort, Space oder Ersteller Wörter enthält, die mit jedem Wort aus &lt;TEXT&gt; beginnen.</translation>
    </message>
    <message>
        <source>Only events in the space &lt;NAME&gt; (or id); repeat for any of several.</source>
        <translation>Nur Events im Space &lt;NAME&gt; (oder ID); mehrfach angeben für einen von mehreren.</translation>
    </message>
    <message>
        <source>Only events created by &lt;NAME&gt; (or id); repeat for any of several.</source>
        <translation>Nur Events, die &lt;NAME&gt; (oder ID) erstellt hat; mehrfach angeben für einen von mehreren.</translation>
    </message>
    <message>
        <source>Only events of the type &lt;TYPE&gt; (local, online, ...); repeat for any of several.</source>
        <translation>Nur Events der Art &lt;TYPE&gt; (local, online, …); mehrfach angeben für eine von mehreren.</translation>
    </message>
    <message>
        <source>Only events starting at or after &lt;DATE&gt; (YYYY-MM-DD: its local midnight, or an ISO 8601 time).</source>
        <translation>Nur Events, die am oder nach &lt;DATE&gt; beginnen (JJJJ-MM-TT: dessen Mitternacht Ortszeit, oder eine Zeit nach ISO 8601).</translation>
    </message>
    <message>
        <source>Only events starting before the end of &lt;DATE&gt; (a day included; or before an ISO 8601 time).</source>
        <translation>Nur Events, die vor dem Ende von &lt;DATE&gt; beginnen (ein Tag zählt ganz mit; oder vor einer Zeit nach ISO 8601).</translation>
    </message>
    <message>
        <source>CSV only: begin with a UTF-8 byte-order mark, so that Excel reads the text correctly.</source>
        <translation>Nur CSV: mit einer UTF-8-Bytereihenfolgemarke beginnen, damit Excel den Text richtig liest.</translation>
    </message>
    <message>
        <source>--excel only applies to --format csv</source>
        <translation>--excel gilt nur für --format csv</translation>
    </message>
    <message>
        <source>no space named &apos;%1&apos; among the stored events</source>
        <translation>kein Space namens „%1“ unter den gespeicherten Events</translation>
    </message>
    <message>
        <source>no creator named &apos;%1&apos; among the stored events</source>
        <translation>kein Ersteller namens „%1“ unter den gespeicherten Events</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search title, summary, location, space, creator</source>
        <translation>Titel, Beschreibung, Ort, Space, Ersteller durchsuchen</translation>
    </message>
    <message>
        <source>Show only events in the chosen spaces</source>
        <translation>Nur Events in den gewählten Spaces zeigen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Show only events created by the chosen members</source>
        <translation>Nur Events der gewählten Mitglieder zeigen</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Show only events of the chosen types</source>
        <translation>Nur Events der gewählten Typen zeigen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>When the events start</source>
        <translation>Wann die Events beginnen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum …</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>New since I last looked</source>
        <translation>Neu seit meinem letzten Besuch</translation>
    </message>
    <message>
        <source>Remove every filter (Esc twice)</source>
        <translation>Alle Filter entfernen (zweimal Esc)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show only events received after %1</source>
        <translation>Nur Events zeigen, die nach %1 empfangen wurden</translation>
    </message>
    <message>
        <source>Available once you have looked at the events</source>
        <translation>Verfügbar, sobald Sie die Events angesehen haben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to choose yet</source>
        <translation>Noch nichts zur Auswahl</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Suche: „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New since %1</source>
        <translation>Neu seit %1</translation>
    </message>
    <message>
        <source>Events from a notification</source>
        <translation>Events aus einer Benachrichtigung</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>%1: %2 chosen</source>
        <translation>%1: %2 gewählt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Event</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Events</translation>
    </message>
    <message>
        <source>%1 of 1 event</source>
        <translation>%1 von 1 Event</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Events</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Eventwatch</source>
        <translation>Eventwatch</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Events</translation>
    </message>
    <message>
        <source>&amp;Copy webhook URL</source>
        <translation>Webhook-URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Send &amp;test delivery</source>
        <translation>&amp;Testzustellung senden</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>&amp;Zustellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Send &amp;Test Delivery</source>
        <translation>&amp;Testzustellung senden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Mark All as &amp;Seen</source>
        <translation>Alle als &amp;gesehen markieren</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About Eventwatch</source>
        <translation>&amp;Über Eventwatch</translation>
    </message>
    <message>
        <source>Cannot read the event store: %1</source>
        <translation>Der Event-Speicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No deliveries yet</source>
        <translation>Noch keine Zustellungen</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Webhook URL copied</source>
        <translation>Webhook-URL kopiert</translation>
    </message>
    <message>
        <source>This event is no longer stored.</source>
        <translation>Dieses Event ist nicht mehr gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Event</numerusform>
            <numerusform>%n Events</numerusform>
        </translation>
    </message>
    <message>
        <source>Last delivery %1</source>
        <translation>Letzte Zustellung um %1</translation>
    </message>
    <message>
        <source>Refused a delivery: %1 %2</source>
        <translation>Zustellung abgelehnt: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n Zeile kopiert</numerusform>
            <numerusform>%n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Without a token, Eventwatch only listens on a loopback address such as 127.0.0.1.</source>
        <translation>Ohne Token lauscht Eventwatch nur auf einer Loopback-Adresse wie 127.0.0.1.</translation>
    </message>
    <message>
        <source>Now listening on %1</source>
        <translation>Lauscht jetzt auf %1</translation>
    </message>
    <message>
        <source>%1. Eventwatch keeps listening on %2.</source>
        <translation>%1. Eventwatch lauscht weiter auf %2.</translation>
    </message>
    <message>
        <source>The receiver is not running, so there is nothing to send to.</source>
        <translation>Der Empfänger läuft nicht, daher gibt es kein Ziel für die Zustellung.</translation>
    </message>
    <message>
        <source>Sending a test delivery…</source>
        <translation>Testzustellung wird gesendet …</translation>
    </message>
    <message>
        <source>About Eventwatch</source>
        <translation>Über Eventwatch</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Eventwatch %1&lt;/h3&gt;&lt;p&gt;Receives Mighty Networks webhooks, keeps every delivery on this computer and shows the scheduled events.&lt;/p&gt;&lt;p&gt;Data: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Eventwatch %1&lt;/h3&gt;&lt;p&gt;Empfängt die Webhooks von Mighty Networks, bewahrt jede Zustellung auf diesem Computer auf und zeigt die geplanten Events.&lt;/p&gt;&lt;p&gt;Daten: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>Eventwatch is ready. In your Mighty Networks admin, register this address as the webhook URL (through a tunnel such as cloudflared or ngrok for a public HTTPS address), and give the webhook token as its API key. New events appear here as they arrive.</source>
        <translation>Eventwatch ist bereit. Tragen Sie in der Verwaltung von Mighty Networks diese Adresse als Webhook-URL ein (über einen Tunnel wie cloudflared oder ngrok, der eine öffentliche HTTPS-Adresse bereitstellt) und geben Sie das Webhook-Token als API-Schlüssel an. Neue Events erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Reading the webhook token…</source>
        <translation>Webhook-Token wird gelesen …</translation>
    </message>
    <message>
        <source>Not receiving: no webhook token</source>
        <translation>Kein Empfang: kein Webhook-Token</translation>
    </message>
    <message>
        <source>Eventwatch receives no deliveries until a webhook token is set: open Settings (Ctrl+,) and click Generate.</source>
        <translation>Eventwatch empfängt keine Zustellungen, bis ein Webhook-Token gesetzt ist: Öffnen Sie die Einstellungen (Strg+,) und klicken Sie auf „Erzeugen“.</translation>
    </message>
    <message>
        <source>Not receiving: the keychain is unavailable</source>
        <translation>Kein Empfang: der Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Eventwatch is not receiving deliveries: %1.</source>
        <translation>Eventwatch empfängt keine Zustellungen: %1.</translation>
    </message>
    <message>
        <source>the receiver is stopped</source>
        <translation>der Empfänger ist angehalten</translation>
    </message>
    <message>
        <source>Not receiving: %1</source>
        <translation>Kein Empfang: %1</translation>
    </message>
    <message>
        <source>Eventwatch is not receiving deliveries: %1. Change the port in Settings (Ctrl+,) or stop the program that uses it.</source>
        <translation>Eventwatch empfängt keine Zustellungen: %1. Ändern Sie den Port in den Einstellungen (Strg+,) oder beenden Sie das Programm, das ihn belegt.</translation>
    </message>
    <message>
        <source>Reading token…</source>
        <translation>Token wird gelesen …</translation>
    </message>
    <message>
        <source>Reading the webhook token from the system keychain.</source>
        <translation>Das Webhook-Token wird aus dem Schlüsselbund des Systems gelesen.</translation>
    </message>
    <message>
        <source>Token set</source>
        <translation>Token gesetzt</translation>
    </message>
    <message>
        <source>A webhook token is set: deliveries without it are refused.</source>
        <translation>Ein Webhook-Token ist gesetzt: Zustellungen ohne dieses Token werden abgelehnt.</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <source>No webhook token is set yet: generate one in Settings (Ctrl+,).</source>
        <translation>Noch kein Webhook-Token gesetzt: Erzeugen Sie eines in den Einstellungen (Strg+,).</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>No token: testing only</source>
        <translation>Kein Token: nur zum Testen</translation>
    </message>
    <message>
        <source>No webhook token is required: any local program can post deliveries.</source>
        <translation>Kein Webhook-Token erforderlich: Jedes lokale Programm kann Zustellungen senden.</translation>
    </message>
</context>
<context>
    <name>NotificationController</name>
    <message>
        <source>Notifications off</source>
        <translation>Benachrichtigungen aus</translation>
    </message>
    <message>
        <source>Notifications are off: %1</source>
        <translation>Benachrichtigungen sind aus: %1</translation>
    </message>
    <message>
        <source>Eventwatch is still receiving</source>
        <translation>Eventwatch empfängt weiter</translation>
    </message>
    <message>
        <source>It keeps running in the system tray. To quit, choose Quit in the tray icon&apos;s menu.</source>
        <translation>Es läuft im Systemabschnitt der Kontrollleiste weiter. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols.</translation>
    </message>
    <message>
        <source>Quit Eventwatch?</source>
        <translation>Eventwatch beenden?</translation>
    </message>
    <message>
        <source>While Eventwatch is not running, deliveries from Mighty Networks are refused. Mighty Networks retries them for a few hours.</source>
        <translation>Solange Eventwatch nicht läuft, werden Zustellungen von Mighty Networks abgelehnt. Mighty Networks wiederholt sie einige Stunden lang.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>NotificationLedger</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsPage</name>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>&amp;Desktop-Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Tell me about</source>
        <translation>Benachrichtigen über</translation>
    </message>
    <message>
        <source>&amp;New events</source>
        <translation>&amp;Neue Events</translation>
    </message>
    <message>
        <source>Updates that &amp;move an event to another time or place</source>
        <translation>Änderungen, die ein Event &amp;verschieben (Zeit oder Ort)</translation>
    </message>
    <message>
        <source>&amp;Cancellations</source>
        <translation>Ab&amp;sagen</translation>
    </message>
    <message>
        <source>RSVP &amp;milestones: the first “yes”, then 10, 25, 50, 100…</source>
        <translation>&amp;Meilensteine bei Rückmeldungen: das erste „Ja“, dann 10, 25, 50, 100 …</translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation>&amp;Erinnern</translation>
    </message>
    <message>
        <source>Minutes before an event starts</source>
        <translation>Minuten vor Beginn eines Events</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>before an event starts</source>
        <translation>vor Beginn eines Events</translation>
    </message>
    <message>
        <source>&amp;Quiet hours</source>
        <translation>&amp;Ruhezeiten</translation>
    </message>
    <message>
        <source>No notifications from</source>
        <translation>Keine Benachrichtigungen von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Mute spaces</source>
        <translation>Spaces stummschalten</translation>
    </message>
    <message>
        <source>No notifications about events in the spaces checked here.</source>
        <translation>Keine Benachrichtigungen zu Events in den hier angehakten Spaces.</translation>
    </message>
    <message>
        <source>Muted spaces</source>
        <translation>Stummgeschaltete Spaces</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Space %1</translation>
    </message>
    <message>
        <source>No spaces yet: they appear with their first event.</source>
        <translation>Noch keine Spaces: Sie erscheinen mit ihrem ersten Event.</translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message numerus="yes">
        <source>%n new events</source>
        <comment>more than three</comment>
        <translation>
            <numerusform>%n neues Event</numerusform>
            <numerusform>%n neue Events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>12 new events in 3 spaces</comment>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n spaces</source>
        <comment>two or more</comment>
        <translation>
            <numerusform>%n Space</numerusform>
            <numerusform>%n Spaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>Event ohne Titel</translation>
    </message>
    <message>
        <source>They arrived together. Click to see them in Eventwatch.</source>
        <translation>Sie sind gleichzeitig eingetroffen. Klicken Sie, um sie in Eventwatch zu sehen.</translation>
    </message>
    <message>
        <source>No start time given</source>
        <translation>Keine Anfangszeit angegeben</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Verlegt nach %1</translation>
    </message>
    <message>
        <source>Moved to a new time</source>
        <translation>Auf eine neue Zeit verschoben</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>First “yes”</source>
        <translation>Erstes „Ja“</translation>
    </message>
    <message numerus="yes">
        <source>%n people said “yes”</source>
        <comment>ten or more</comment>
        <translation>
            <numerusform>%n Person hat „Ja“ gesagt</numerusform>
            <numerusform>%n Personen haben „Ja“ gesagt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n min</source>
        <translation>
            <numerusform>Beginnt in %n Min.</numerusform>
            <numerusform>Beginnt in %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1 · by %2</source>
        <translation>In %1 · von %2</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
</context>
<context>
    <name>ProfileId</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>its unlock prompt was dismissed or could not be shown</source>
        <translation>die Entsperrabfrage wurde abgebrochen oder konnte nicht angezeigt werden</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is %1</source>
        <translation>es gibt keinen D-Bus-Sitzungsbus: DBUS_SESSION_BUS_ADDRESS ist %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>set, but nobody answers there</source>
        <translation>gesetzt, aber dort antwortet niemand</translation>
    </message>
</context>
<context>
    <name>ReceiverService</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no webhook token is set</source>
        <translation>kein Webhook-Token gesetzt</translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <source>the database was written by a newer Eventwatch (schema %1)</source>
        <translation>die Datenbank wurde von einer neueren Eventwatch-Version geschrieben (Schema %1)</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>no token is set yet</source>
        <translation>noch kein Token gesetzt</translation>
    </message>
    <message>
        <source>the system keychain is locked (%1). Unlock it (log in to the desktop, or unlock the &quot;Login&quot; keyring), or start Eventwatch with --token-file FILE</source>
        <translation>der Schlüsselbund des Systems ist gesperrt (%1). Entsperren Sie ihn (am Desktop anmelden oder den Schlüsselbund „Anmeldung“ entsperren) oder starten Sie Eventwatch mit --token-file FILE</translation>
    </message>
    <message>
        <source>the system keychain cannot be reached (%1). Run Eventwatch in a desktop session with a Secret Service such as GNOME Keyring or KWallet, or start it with --token-file FILE</source>
        <translation>der Schlüsselbund des Systems ist nicht erreichbar (%1). Führen Sie Eventwatch in einer Desktop-Sitzung mit einem Secret Service wie GNOME Keyring oder KWallet aus oder starten Sie es mit --token-file FILE</translation>
    </message>
    <message>
        <source>the system keychain reported an error: %1</source>
        <translation>der Schlüsselbund des Systems meldet einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file</source>
        <translation>%1 ist keine gültige Einstellungsdatei</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;Listen on address:</source>
        <translation>Auf A&amp;dresse lauschen:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Largest &amp;delivery:</source>
        <translation>Größte &amp;Zustellung:</translation>
    </message>
    <message>
        <source>Larger deliveries are refused with 413 Payload Too Large</source>
        <translation>Größere Zustellungen werden mit 413 Payload Too Large abgelehnt</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherung</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Datenverzeichnis:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Applied the next time Eventwatch starts.</source>
        <translation>Wird beim nächsten Start von Eventwatch übernommen.</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Übernommen.</translation>
    </message>
    <message>
        <source>The receiver uses the new values, but they could not be saved: %1</source>
        <translation>Der Empfänger verwendet die neuen Werte, sie konnten aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The notification settings apply now but could not be saved: %1</source>
        <translation>Die Benachrichtigungseinstellungen gelten ab sofort, konnten aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The language could not be saved: %1</source>
        <translation>Die Sprache konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Restarting the receiver…</source>
        <translation>Empfänger wird neu gestartet …</translation>
    </message>
    <message>
        <source>%1 does not exist yet.</source>
        <translation>%1 existiert noch nicht.</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>Geben Sie eine IP-Adresse ein, etwa 127.0.0.1 (nur dieser Computer) oder 0.0.0.0 (alle Netzwerke).</translation>
    </message>
    <message>
        <source>Only this computer can connect. A tunnel running here (cloudflared, ngrok) reaches it; this is the safe choice.</source>
        <translation>Nur dieser Computer kann sich verbinden. Ein hier laufender Tunnel (cloudflared, ngrok) erreicht ihn; das ist die sichere Wahl.</translation>
    </message>
    <message>
        <source>Every network this computer is on can reach the receiver. Use this only when the tunnel runs on another machine.</source>
        <translation>Jedes Netzwerk, mit dem dieser Computer verbunden ist, erreicht den Empfänger. Nur verwenden, wenn der Tunnel auf einem anderen Rechner läuft.</translation>
    </message>
    <message>
        <source>Other computers that can reach %1 can send to the receiver. A tunnel on this computer only needs 127.0.0.1.</source>
        <translation>Andere Computer, die %1 erreichen, können an den Empfänger senden. Ein Tunnel auf diesem Computer braucht nur 127.0.0.1.</translation>
    </message>
    <message>
        <source>User interface</source>
        <translation>Benutzeroberfläche</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>TestDeliverySender</name>
    <message>
        <source>The test delivery was received and stored.</source>
        <translation>Die Testzustellung wurde empfangen und gespeichert.</translation>
    </message>
    <message>
        <source>The receiver answered %1: %2</source>
        <translation>Der Empfänger hat mit %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Keine Antwort von %1: %2</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Paste the token, then press Enter:</source>
        <translation>Token einfügen, dann die Eingabetaste drücken:</translation>
    </message>
    <message>
        <source>The data directory whose token is meant (default: %1).</source>
        <translation>Das Datenverzeichnis, dessen Token gemeint ist (Standard: %1).</translation>
    </message>
    <message>
        <source>generate: replace a token that is already set.</source>
        <translation>generate: ein bereits gesetztes Token ersetzen.</translation>
    </message>
    <message>
        <source>give one of generate, show, set, clear (see `eventwatch token --help`)</source>
        <translation>eines von generate, show, set, clear angeben (siehe `eventwatch token --help`)</translation>
    </message>
    <message>
        <source>--data-dir must not be empty</source>
        <translation>--data-dir darf nicht leer sein</translation>
    </message>
    <message>
        <source>unknown token action &apos;%1&apos;: use generate, show, set or clear</source>
        <translation>unbekannte Token-Aktion „%1“: generate, show, set oder clear verwenden</translation>
    </message>
    <message>
        <source>a webhook token is already set for %1 and Mighty Networks may be using it; `eventwatch token show` prints it, `eventwatch token generate --replace` replaces it</source>
        <translation>für %1 ist bereits ein Webhook-Token gesetzt, und Mighty Networks verwendet es womöglich; `eventwatch token show` gibt es aus, `eventwatch token generate --replace` ersetzt es</translation>
    </message>
    <message>
        <source>Stored a new webhook token for %1 in the system keychain. Give it to Mighty Networks as the webhook&apos;s API key; `eventwatch token show` prints it again.</source>
        <translation>Ein neues Webhook-Token für %1 wurde im Schlüsselbund des Systems gespeichert. Geben Sie es Mighty Networks als API-Schlüssel des Webhooks; `eventwatch token show` gibt es erneut aus.</translation>
    </message>
    <message>
        <source>Stored the webhook token for %1.</source>
        <translation>Das Webhook-Token für %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Removed the webhook token of %1: deliveries are refused until a new one is set.</source>
        <translation>Das Webhook-Token von %1 wurde entfernt: Zustellungen werden abgelehnt, bis ein neues gesetzt ist.</translation>
    </message>
    <message>
        <source>Usage: eventwatch token generate|show|set|clear [--data-dir DIR]

The webhook token Mighty Networks sends as its API key, kept in the system keychain.
  generate  create a random token, store it and print it (last line)
  show      print the stored token
  set       store a token read from standard input
  clear     remove the stored token</source>
        <translation>Aufruf: eventwatch token generate|show|set|clear [--data-dir DIR]

Das Webhook-Token, das Mighty Networks als API-Schlüssel sendet, aufbewahrt im Schlüsselbund des Systems.
  generate  ein zufälliges Token erzeugen, speichern und ausgeben (letzte Zeile)
  show      das gespeicherte Token ausgeben
  set       ein Token von der Standardeingabe lesen und speichern
  clear     das gespeicherte Token entfernen</translation>
    </message>
</context>
<context>
    <name>TokenFile</name>
    <message>
        <source>token file %1 does not exist</source>
        <translation>die Token-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>token file %1 is readable by group or others; run: chmod 600 %1</source>
        <translation>die Token-Datei %1 ist für Gruppe oder andere lesbar; ausführen: chmod 600 %1</translation>
    </message>
    <message>
        <source>cannot read token file %1: %2</source>
        <translation>die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>token file %1 is larger than %2 bytes</source>
        <translation>die Token-Datei %1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>token file %1 is empty</source>
        <translation>die Token-Datei %1 ist leer</translation>
    </message>
</context>
<context>
    <name>TokenKeychain</name>
    <message>
        <source>the token is too short: give at least %1 characters</source>
        <translation>das Token ist zu kurz: mindestens %1 Zeichen angeben</translation>
    </message>
    <message>
        <source>the token is too long: at most %1 characters</source>
        <translation>das Token ist zu lang: höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>the token may only contain printable ASCII without spaces</source>
        <translation>das Token darf nur druckbare ASCII-Zeichen ohne Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>no webhook token is set for %1 in the system keychain: run `eventwatch token generate --data-dir %1`, or start with --token-file FILE</source>
        <translation>für %1 ist im Schlüsselbund des Systems kein Webhook-Token gesetzt: `eventwatch token generate --data-dir %1` ausführen oder mit --token-file FILE starten</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Show Eventwatch</source>
        <translation>Eventwatch &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Pause Notifications for 1 Hour</source>
        <translation>Benachrichtigungen 1 Stunde &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Copy Webhook URL</source>
        <translation>Webhook-URL &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No unread events</source>
        <translation>Keine ungelesenen Events</translation>
    </message>
    <message>
        <source>1 unread event</source>
        <translation>1 ungelesenes Event</translation>
    </message>
    <message numerus="yes">
        <source>%n unread events</source>
        <comment>two or more</comment>
        <translation>
            <numerusform>%n ungelesenes Event</numerusform>
            <numerusform>%n ungelesene Events</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Benachrichtigungen pausiert bis %1</translation>
    </message>
</context>
<context>
    <name>WebhookServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>auf %1:%2 kann nicht gelauscht werden: %3</translation>
    </message>
</context>
<context>
    <name>WebhookTokenController</name>
    <message>
        <source>The new token was not stored: %1</source>
        <translation>Das neue Token wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>WebhookTokenPanel</name>
    <message>
        <source>Webhook token</source>
        <translation>Webhook-Token</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>&amp;Generate new…</source>
        <translation>Neu &amp;erzeugen …</translation>
    </message>
    <message>
        <source>Reading the token from the system keychain…</source>
        <translation>Token wird aus dem Schlüsselbund des Systems gelesen …</translation>
    </message>
    <message>
        <source>Set, kept in the system keychain. Mighty Networks sends it as the webhook&apos;s API key; deliveries without it are refused.</source>
        <translation>Gesetzt, aufbewahrt im Schlüsselbund des Systems. Mighty Networks sendet es als API-Schlüssel des Webhooks; Zustellungen ohne dieses Token werden abgelehnt.</translation>
    </message>
    <message>
        <source>Not set yet. Generate one, then give it to Mighty Networks as the webhook&apos;s API key. Until then Eventwatch does not receive deliveries.</source>
        <translation>Noch nicht gesetzt. Erzeugen Sie eines und geben Sie es Mighty Networks als API-Schlüssel des Webhooks. Bis dahin empfängt Eventwatch keine Zustellungen.</translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Read from %1 (--token-file). Edit that file to change it.</source>
        <translation>Aus %1 gelesen (--token-file). Zum Ändern diese Datei bearbeiten.</translation>
    </message>
    <message>
        <source>Not required (--no-auth): any program on this computer can post deliveries.</source>
        <translation>Nicht erforderlich (--no-auth): Jedes Programm auf diesem Computer kann Zustellungen senden.</translation>
    </message>
    <message>
        <source>Replace the webhook token?</source>
        <translation>Webhook-Token ersetzen?</translation>
    </message>
    <message>
        <source>Mighty Networks sends the current token. After replacing it, deliveries are refused until you paste the new token into Mighty Networks.</source>
        <translation>Mighty Networks sendet das aktuelle Token. Nach dem Ersetzen werden Zustellungen abgelehnt, bis Sie das neue Token in Mighty Networks eingefügt haben.</translation>
    </message>
</context>
</TS>
